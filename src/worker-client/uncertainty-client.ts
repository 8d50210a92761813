import type { Issue } from '../scenario/issues';
import type { Scenario } from '../scenario/scenario';
import type { GoalSeekRequest, SimulatedTargetId, SimulationResult } from '../engine/uncertainty';
import type {
  GoalSeekReply,
  SimulationProgress,
  SimulationStartReply,
  TornadoReply,
  UniformGrowthReply,
} from '../../workers/projection-api';
import type { WorkerHandle } from './projection-client';

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

/** Thrown for a call that got no reply in time or whose worker failed. */
export class WorkerFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

/**
 * The UI's way to the uncertainty analyses, in a worker of its own so that projections stay
 * responsive while a long simulation runs. A simulation is driven from here a slice at a time
 * (with one more slice always asked for ahead): each reply reports progress, and {@link cancel}
 * stops asking for more and tells the worker to free the run, so a run stops within two slices. One simulation at a time: a new one cancels the one before. Tornado and goal-seek
 * calls are answered between slices. A worker that throws, fails to load or gives no reply within
 * the timeout is terminated; the call fails with a message and the next call starts a new worker.
 */
export class UncertaintyClient {
  readonly #createWorker: () => WorkerHandle;
  readonly #timeoutMs: number;
  readonly #sliceMs: number;
  readonly #now: () => number;
  #worker: WorkerHandle | null = null;
  /** The reject functions of calls waiting for a reply. */
  readonly #pending = new Set<(error: Error) => void>();
  #runId = 0;
  #cancelled = new Set<number>();
  #disposed = false;

  /** Create a client; no worker starts until the first call. */
  constructor(options: UncertaintyClientOptions) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
    if (!(timeoutMs > 0 && Number.isFinite(timeoutMs))) {
      throw new RangeError(`timeoutMs is ${timeoutMs}; it must be a finite number of milliseconds above 0.`);
    }
    if (!(sliceMs > 0 && Number.isFinite(sliceMs))) {
      throw new RangeError(`sliceMs is ${sliceMs}; it must be a finite number of milliseconds above 0.`);
    }
    this.#createWorker = options.createWorker;
    this.#timeoutMs = timeoutMs;
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
    this.#disposed = true;
    this.cancel();
    this.#stopWorker('The uncertainty worker was stopped.');
  }

  #ensureWorker(): WorkerHandle {
    if (this.#disposed) throw new WorkerFailure('The uncertainty client was disposed; create a new one.');
    if (this.#worker === null) {
      const worker = this.#createWorker();
      this.#worker = worker;
      worker.onCrash?.((message) => {
        if (this.#worker === worker) this.#stopWorker(`The uncertainty worker crashed: ${message}`);
      });
    }
    return this.#worker;
  }

  /** Terminate the worker and fail every call waiting for it. */
  #stopWorker(message: string): void {
    const worker = this.#worker;
    this.#worker = null;
    worker?.terminate();
    for (const fail of [...this.#pending]) fail(new WorkerFailure(message));
  }

  /**
   * Call the worker. A reply that does not come within the timeout stops the (hung) worker; an
   * error the service throws only fails this call (the worker is fine and is kept).
   */
  #call<T>(invoke: (api: WorkerHandle['api']) => Promise<T> | T): Promise<T> {
    let worker: WorkerHandle;
    try {
      worker = this.#ensureWorker();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new WorkerFailure(String(error)));
    }
    return new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => finish(() => reject(error));
      const finish = (action: () => void) => {
        if (!this.#pending.delete(fail)) return; // settled already
        clearTimeout(timer);
        action();
      };
      this.#pending.add(fail);
      const timer = setTimeout(() => {
        fail(new WorkerFailure(`The uncertainty worker gave no reply within ${this.#timeoutMs} ms.`));
        if (this.#worker === worker) this.#stopWorker('The uncertainty worker stopped responding.');
      }, this.#timeoutMs);
      new Promise<T>((done) => done(invoke(worker.api))).then(
        (value) => finish(() => resolve(value)),
        (error: unknown) => fail(error instanceof Error ? error : new WorkerFailure(String(error))),
      );
    });
  }
}
