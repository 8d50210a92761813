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
import { splitTrials, type TrialPart } from '../engine/uncertainty';
import { DEFAULT_TRIALS, MAX_TRIALS } from '../data/scenario-limits';
import { transfer } from 'comlink';

/** A worker count checked: a whole number 1 … {@link MAX_SIMULATION_WORKERS}. */
function checkedWorkers(workers: number): number {
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= MAX_SIMULATION_WORKERS)) {
    throw new RangeError(
      `workers is ${workers}; it must be a whole number from 1 to ${MAX_SIMULATION_WORKERS}.`,
    );
  }
  return workers;
}

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
  /** Workers a simulation is split over when the call does not say, 1 or 2 (default {@link defaultWorkerCount}). */
  workers?: number;
  /** The clock for `elapsedMs`, ms (performance.now by default). */
  now?: () => number;
}

/** Default time to wait for a reply, ms. */
const DEFAULT_TIMEOUT_MS = 10_000;
/** Default worker time per slice, ms: well under one 50 ms long task, and about two frames. */
const DEFAULT_SLICE_MS = 25;
/** Most workers a simulation is split over. */
export const MAX_SIMULATION_WORKERS = 2;

/**
 * Workers to split a simulation over by default: one per logical core the browser reports, at most
 * {@link MAX_SIMULATION_WORKERS}; one when it does not say.
 */
export function defaultWorkerCount(
  hardwareConcurrency: number | undefined = globalThis.navigator?.hardwareConcurrency,
): number {
  const cores =
    hardwareConcurrency !== undefined && hardwareConcurrency >= 1 ? Math.floor(hardwareConcurrency) : 1;
  return Math.min(MAX_SIMULATION_WORKERS, cores);
}

/** Progress of the trials a run's workers make, and how they end. */
type PartEnd = 'done' | 'cancelled' | 'stopped';

/**
 * The UI's way to the uncertainty analyses, in workers of their own so that projections stay
 * responsive while a long simulation runs. A simulation is split into at most two parts of whole
 * stream blocks (src/engine/uncertainty/streams.ts), one per worker, so a seed gives the same result
 * on one worker or two. Each part is driven from here a slice at a time (with one more slice always
 * asked for ahead): each reply reports progress (the parts' trials summed), and {@link cancel} stops
 * asking for more and tells the workers to free the run, so a run stops within two slices. When both
 * parts are made, the second worker hands its trials over (transferred) to the first, which
 * summarises. One simulation at a time: a new one cancels the one before. Tornado and goal-seek calls
 * go to the first worker and are answered between slices. A worker that throws, fails to load or
 * gives no reply within the timeout is terminated; the call fails with a message and the next call
 * starts a new worker.
 */
export class UncertaintyClient {
  readonly #worker: SupervisedWorker<ProjectionApi>;
  /** The second worker, started on the first simulation split over two. */
  readonly #helper: SupervisedWorker<ProjectionApi>;
  readonly #sliceMs: number;
  readonly #workers: number;
  readonly #now: () => number;
  #runId = 0;
  #cancelled = new Set<number>();

  /** Create a client; no worker starts until the first call. */
  constructor(options: UncertaintyClientOptions) {
    const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
    if (!(sliceMs > 0 && Number.isFinite(sliceMs))) {
      throw new RangeError(`sliceMs is ${sliceMs}; it must be a finite number of milliseconds above 0.`);
    }
    const supervised = () =>
      new SupervisedWorker<ProjectionApi>({
        create: options.createWorker,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        name: 'uncertainty',
      });
    this.#worker = supervised();
    this.#helper = supervised();
    this.#sliceMs = sliceMs;
    this.#workers = checkedWorkers(options.workers ?? defaultWorkerCount());
    this.#now = options.now ?? (() => performance.now());
  }

  /** Workers a simulation is split over when the call does not say. */
  get defaultWorkers(): number {
    return this.#workers;
  }

  /**
   * Run the scenario's Monte Carlo simulation (its `uncertainty` trials and seed), reporting
   * progress after every slice. Never rejects: failures come back as an outcome.
   * @param scenario plain data: pass `$state.snapshot(scenario)`, never a Svelte proxy.
   * @param workers workers to split the trials over, 1 or 2 (the result is the same either way).
   */
  async simulate(
    scenario: Scenario,
    onProgress: (progress: SimulationProgressEvent) => void = () => {},
    workers: number = this.#workers,
  ): Promise<SimulationOutcome> {
    this.cancel();
    const runId = ++this.#runId;
    const started = this.#now();
    const home = this.#worker;
    let helper: SupervisedWorker<ProjectionApi> | null = null;
    try {
      const trials = scenario.uncertainty?.trials ?? DEFAULT_TRIALS;
      // An invalid number of trials is the engine's to refuse: the run is then not split.
      const ranges =
        Number.isInteger(trials) && trials >= 1 && trials <= MAX_TRIALS
          ? splitTrials(trials, checkedWorkers(workers))
          : [];
      if (ranges.length > 1) helper = this.#helper;
      const start = await home.call<SimulationStartReply>((api) =>
        ranges.length > 1
          ? api.startSimulation(runId, scenario, ranges[0])
          : api.startSimulation(runId, scenario),
      );
      if (!start.ok) return { kind: 'invalid', issues: start.issues };
      if (helper !== null) {
        const second = await helper.call<SimulationStartReply>((api) =>
          api.startSimulation(runId, scenario, ranges[1]),
        );
        if (!second.ok) return { kind: 'invalid', issues: second.issues };
      }
      const total = start.trials;
      const done = [0, 0];
      const report = () => onProgress({ done: done[0]! + done[1]!, total });
      report();
      // Each worker's part is driven on its own; a failure of either stops the other.
      let failed = false;
      const drive = async (worker: SupervisedWorker<ProjectionApi>, p: number): Promise<PartEnd> => {
        // Two slices are asked for at a time, so the worker starts the next one as soon as it ends
        // one, without waiting for this thread to receive the reply and ask again.
        const inFlight: Promise<SimulationProgress>[] = [];
        const ask = () => {
          const step = worker.call<SimulationProgress>((api) => api.continueSimulation(runId, this.#sliceMs));
          step.catch(() => {}); // a slice asked for ahead may be dropped unanswered (cancel)
          inFlight.push(step);
        };
        ask();
        ask();
        for (;;) {
          let step: SimulationProgress;
          try {
            step = await inFlight.shift()!;
          } catch (error) {
            failed = true;
            throw error;
          }
          done[p] = step.done;
          report();
          if (step.done >= step.total) return 'done';
          if (failed || this.#cancelled.has(runId)) {
            void worker.call((api) => api.cancelSimulation(runId)).catch(() => {});
            return failed ? 'stopped' : 'cancelled';
          }
          ask();
        }
      };
      const second = helper;
      const ends = await Promise.all([drive(home, 0), ...(second === null ? [] : [drive(second, 1)])]);
      if (ends.some((end) => end !== 'done') || this.#cancelled.has(runId)) {
        // One part may have finished while the other was cancelled: free it too.
        for (const worker of second === null ? [home] : [home, second]) {
          void worker.call((api) => api.cancelSimulation(runId)).catch(() => {});
        }
        return { kind: 'cancelled', done: done[0]! + done[1]!, total };
      }
      if (second !== null) {
        const part = await second.call<TrialPart>((api) => api.handOverSimulation(runId));
        await home.call((api) =>
          api.takeInSimulation(
            runId,
            transfer(
              part,
              [part.figures, part.min, part.max, part.onTrack, part.atRisk].map((a) => a.buffer),
            ),
          ),
        );
      }
      const finished = await home.call((api) => api.finishSimulation(runId));
      return {
        kind: 'done',
        result: finished.result,
        seed: finished.seed,
        computeMs: finished.computeMs,
        elapsedMs: this.#now() - started,
      };
    } catch (error) {
      for (const worker of helper === null ? [home] : [home, helper]) {
        if (worker.running) void worker.call((api) => api.cancelSimulation(runId)).catch(() => {});
      }
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
    this.#helper.dispose();
  }

  /**
   * Call the worker (supervised: a reply that does not come within the timeout stops the hung
   * worker; an error the service throws only fails this call, and the worker is kept).
   */
  #call<T>(invoke: (api: WorkerHandle['api']) => Promise<T> | T): Promise<T> {
    return this.#worker.call(invoke);
  }
}
