import type { Issue } from '../scenario/issues';
import type { Scenario } from '../scenario/scenario';
import type { GoalSeekRequest, SimulatedTargetId, SimulationResult } from '../engine/uncertainty';
import type {
  ProjectionApi,
  GoalSeekReply,
  SimulationProgress,
  SimulationStartReply,
  TornadoReply,
  UniformGrowthReply,
} from '../../workers/projection-api';
import type { WorkerHandle } from './projection-client';
import { SupervisedWorker } from './supervised-worker';

export { WorkerFailure } from './supervised-worker';
// The worker contracts the state layer uses come through here, never from workers/ directly.
export type { Refusal } from '../../workers/projection-api';

/** How a finished {@link UncertaintyClient.simulate} call ended. */
export type SimulationOutcome =
  | {
      readonly kind: 'done';
      readonly result: SimulationResult;
      readonly seed: number;
      /** Time the worker spent on trials and summary, ms. */
      readonly computeMs: number;
      /** Time from the call to the result on this thread, ms. */
      readonly elapsedMs: number;
    }
  /** Stopped by {@link UncertaintyClient.cancel} or by a newer run, after `done` of `total` trials. */
  | { readonly kind: 'cancelled'; readonly done: number; readonly total: number }
  /** The scenario's ranges or settings are invalid. */
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  /** The worker crashed or hung; it was stopped and a new one starts with the next call. */
  | { readonly kind: 'failed'; readonly message: string };

/** Progress of a running simulation. */
export interface SimulationProgressEvent {
  /** Trials made so far, and in all. */
  readonly done: number;
  readonly total: number;
}

/** How an {@link UncertaintyClient} starts workers and paces a run. */
export interface UncertaintyClientOptions {
  /** Start a new worker; called lazily on the first call and again after a failure. */
  createWorker: () => WorkerHandle;
  /** Time to wait for any one reply before deeming the worker hung, ms, > 0 (default 10,000). */
  timeoutMs?: number;
  /** Worker time per slice of trials, ms, > 0 (default 25): progress and cancel act this often. */
  sliceMs?: number;
  /** The clock for `elapsedMs`, ms (performance.now by default). */
  now?: () => number;
}

/** Default time to wait for a reply, ms. */
const DEFAULT_TIMEOUT_MS = 10_000;
/** Default worker time per slice, ms: well under one 50 ms long task, and about two frames. */
const DEFAULT_SLICE_MS = 25;

/**
 * The UI's way to the uncertainty analyses, in a worker of its own so that projections stay
 * responsive while a long simulation runs. A simulation is driven from here a slice at a time
 * (with one more slice always asked for ahead): each reply reports progress, and {@link cancel}
 * stops asking for more and tells the worker to free the run, so a run stops within two slices. One simulation at a time: a new one cancels the one before. Tornado and goal-seek
 * calls are answered between slices. A worker that throws, fails to load or gives no reply within
 * the timeout is terminated; the call fails with a message and the next call starts a new worker.
 */
export class UncertaintyClient {
  readonly #worker: SupervisedWorker<ProjectionApi>;
  readonly #sliceMs: number;
  readonly #now: () => number;
  #runId = 0;
  #cancelled = new Set<number>();

  /** Create a client; no worker starts until the first call. */
  constructor(options: UncertaintyClientOptions) {
    const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
    if (!(sliceMs > 0 && Number.isFinite(sliceMs))) {
      throw new RangeError(`sliceMs is ${sliceMs}; it must be a finite number of milliseconds above 0.`);
    }
    this.#worker = new SupervisedWorker({
      create: options.createWorker,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      name: 'uncertainty',
    });
    this.#sliceMs = sliceMs;
    this.#now = options.now ?? (() => performance.now());
  }

  /**
   * Run the scenario's Monte Carlo simulation (its `uncertainty` trials and seed), reporting
   * progress after every slice. Never rejects: failures come back as an outcome.
   * @param scenario plain data: pass `$state.snapshot(scenario)`, never a Svelte proxy.
   */
  async simulate(
    scenario: Scenario,
    onProgress: (progress: SimulationProgressEvent) => void = () => {},
  ): Promise<SimulationOutcome> {
    this.cancel();
    const runId = ++this.#runId;
    const started = this.#now();
    try {
      const start = await this.#call<SimulationStartReply>((api) => api.startSimulation(runId, scenario));
      if (!start.ok) return { kind: 'invalid', issues: start.issues };
      let progress = { done: 0, total: start.total };
      onProgress(progress);
      // Two slices are asked for at a time, so the worker starts the next one as soon as it ends
      // one, without waiting for this thread to receive the reply and ask again.
      const inFlight: Promise<SimulationProgress>[] = [];
      const ask = () => {
        const step = this.#call<SimulationProgress>((api) => api.continueSimulation(runId, this.#sliceMs));
        step.catch(() => {}); // a slice asked for ahead may be dropped unanswered (cancel)
        inFlight.push(step);
      };
      ask();
      ask();
      while (progress.done < progress.total) {
        const step = await inFlight.shift()!;
        progress = { done: step.done, total: step.total };
        onProgress(progress);
        if (progress.done >= progress.total) break;
        if (this.#cancelled.has(runId)) {
          this.#cancelled.delete(runId);
          void this.#call((api) => api.cancelSimulation(runId)).catch(() => {});
          return { kind: 'cancelled', ...progress };
        }
        ask();
      }
      const finished = await this.#call((api) => api.finishSimulation(runId));
      return {
        kind: 'done',
        result: finished.result,
        seed: finished.seed,
        computeMs: finished.computeMs,
        elapsedMs: this.#now() - started,
      };
    } catch (error) {
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    } finally {
      this.#cancelled.delete(runId);
    }
  }

  /** Stop the running simulation after its current slice; its promise resolves as cancelled. */
  cancel(): void {
    if (this.#runId > 0) this.#cancelled.add(this.#runId);
  }

  /**
   * One-at-a-time sensitivity of a target.
   * @throws WorkerFailure when the worker crashes or hangs.
   */
  tornado(scenario: Scenario, targetId: SimulatedTargetId): Promise<TornadoReply> {
    return this.#call<TornadoReply>((api) => api.tornado(scenario, targetId));
  }

  /**
   * The lever value that reaches a target.
   * @throws WorkerFailure when the worker crashes or hangs.
   */
  goalSeek(scenario: Scenario, request: GoalSeekRequest): Promise<GoalSeekReply> {
    return this.#call<GoalSeekReply>((api) => api.goalSeek(scenario, request));
  }

  /**
   * The smallest uniform growth change that reaches every cluster target.
   * @throws WorkerFailure when the worker crashes or hangs.
   */
  solveUniformGrowth(scenario: Scenario): Promise<UniformGrowthReply> {
    return this.#call<UniformGrowthReply>((api) => api.solveUniformGrowth(scenario));
  }

  /** Stop the worker; calls in flight fail, later calls are refused. */
  dispose(): void {
    this.cancel();
    this.#worker.dispose();
  }

  /**
   * Call the worker (supervised: a reply that does not come within the timeout stops the hung
   * worker; an error the service throws only fails this call, and the worker is kept).
   */
  #call<T>(invoke: (api: WorkerHandle['api']) => Promise<T> | T): Promise<T> {
    return this.#worker.call(invoke);
  }
}
