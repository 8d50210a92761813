import { LEVERS, OTHER_INDUSTRY_GROWTH, leverSpec, type LeverId } from '../data/levers';
import type { ClusterId } from '../data/plan-types';
import type { Issue } from '../scenario/issues';
import type { AssumptionRange, Scenario, ScenarioUncertainty } from '../scenario/scenario';
import {
  emptyUncertainty,
  hasRanges,
  presetRange,
  type GoalSeekAnswer,
  type GoalSeekRequest,
  type SimulatedTargetId,
  type SimulationResult,
  type Tornado,
  type UniformGrowthSolution,
} from '../engine/uncertainty';
import type { Refusal, SimulationOutcome, UncertaintyClient } from '../worker-client/uncertainty-client';
import type { WorkbenchState } from './workbench.svelte';
import { MAX_SEED } from '../data/scenario-limits';

/** Where the Monte Carlo run stands. */
export type RunStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'done' }
  | { readonly kind: 'cancelled'; readonly done: number; readonly total: number }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly message: string };

/** A finished simulation with what it was run for. */
export interface CompletedRun {
  readonly result: SimulationResult;
  readonly seed: number;
  /** Time the worker spent, and time from Run to result, ms. */
  readonly computeMs: number;
  readonly elapsedMs: number;
  /** JSON of the scenario it was run for: results are stale once the scenario differs. */
  readonly scenarioJson: string;
}

/** An analysis answer (tornado, goal seek, uniform solve), or why there is none. */
export type Analysis<T> =
  | { readonly kind: 'pending' }
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly message: string };

/** Which presets a planner can apply: the growth rate only, or every continuous lever. */
export type PresetLevers = 'growth' | 'all';
/** Where a preset applies: the selected cluster (and zone), or every cluster. */
export type PresetScope = 'cluster' | 'all';

/** What the uncertainty state needs from outside. */
export interface UncertaintyDeps {
  readonly workbench: WorkbenchState;
  readonly client: UncertaintyClient;
  /** A new seed, 0 … 2³²−1 (crypto.getRandomValues by default; never Math.random). */
  readonly newSeed?: () => number;
  /** The clock for run timing, ms. */
  readonly now?: () => number;
}

function cryptoSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/**
 * The uncertainty view's state: ranges are edited on the workbench's working scenario (so they are
 * saved, exported and compared with it); the Monte Carlo run, its result, the tornado and the goal
 * seek are kept here and survive leaving and reopening the view.
 */
export class UncertaintyState {
  readonly workbench: WorkbenchState;
  /** Where the simulation stands (replaced whole). */
  status = $state.raw<RunStatus>({ kind: 'idle' });
  /** The last complete simulation (kept through a cancelled or failed later run). */
  completed = $state.raw<CompletedRun | null>(null);
  /** The target the tornado is aimed at. */
  tornadoTarget = $state<SimulatedTargetId>('industrialOutput');
  tornado = $state.raw<Analysis<Tornado>>({ kind: 'pending' });
  /** The goal seek asked for. */
  goalRequest = $state<GoalSeekRequest>({
    targetId: 'newMaterials',
    clusterId: 'newMaterials',
    leverId: 'growthRate',
  });
  goal = $state.raw<Analysis<GoalSeekAnswer>>({ kind: 'pending' });
  uniform = $state.raw<Analysis<UniformGrowthSolution>>({ kind: 'pending' });
  /**
   * Workers the simulation is split over, 1 or 2 (one per core by default, at most two). A setting of
   * this machine, not of the scenario: the result is the same whatever it is.
   */
  workers = $state(1);

  /** The working scenario's uncertainty, or an empty one (not yet stored) when it has none. */
  readonly uncertainty: ScenarioUncertainty = $derived(this.#scenario().uncertainty ?? emptyUncertainty());
  /** Whether any assumption carries a range. */
  readonly hasRanges: boolean = $derived(hasRanges(this.#scenario().uncertainty));
  /** JSON of the working scenario, to tell whether results are for it. */
  readonly scenarioJson: string = $derived(JSON.stringify(this.#scenario()));
  /** Whether the shown simulation was run for another version of the scenario. */
  readonly stale: boolean = $derived(
    this.completed !== null && this.completed.scenarioJson !== this.scenarioJson,
  );

  readonly #client: UncertaintyClient;
  readonly #newSeed: () => number;
  readonly #now: () => number;
  /** Sequence numbers of analysis requests: only the newest answer of each kind is shown. */
  #seq = { tornado: 0, goal: 0, uniform: 0, run: 0 };

  constructor(deps: UncertaintyDeps) {
    this.workbench = deps.workbench;
    this.#client = deps.client;
    this.workers = deps.client.defaultWorkers;
    this.#newSeed = deps.newSeed ?? cryptoSeed;
    this.#now = deps.now ?? (() => performance.now());
  }

  #scenario(): Scenario {
    return this.workbench.scenario;
  }

  #snapshot(): Scenario {
    return this.workbench.scenario;
  }

  /** Store a changed copy of the uncertainty on the working scenario. */
  #update(change: (u: ScenarioUncertainty) => void): void {
    const next = structuredClone($state.snapshot(this.uncertainty)) as ScenarioUncertainty;
    change(next);
    this.workbench.edits.setUncertainty(next);
  }

  /** The range of a cluster lever, if any. */
  rangeOf(clusterId: ClusterId, leverId: LeverId): AssumptionRange | undefined {
    return this.uncertainty.clusters[clusterId]?.[leverId];
  }

  /** Set or (with null) clear the range of a cluster lever; the caller has validated it. */
  setRange(clusterId: ClusterId, leverId: LeverId, range: AssumptionRange | null): void {
    this.#update((u) => {
      const ranges = { ...u.clusters[clusterId] };
      if (range === null) delete ranges[leverId];
      else ranges[leverId] = range;
      if (Object.keys(ranges).length === 0) delete u.clusters[clusterId];
      else u.clusters[clusterId] = ranges;
    });
  }

  /** Set or (with null) clear the range of other industry's growth rate. */
  setOtherIndustryRange(range: AssumptionRange | null): void {
    this.#update((u) => {
      if (range === null) delete u.otherIndustryGrowth;
      else u.otherIndustryGrowth = range;
    });
  }

  /**
   * Give ranges of ±share around the current values (triangular), on the growth rate or on every
   * continuous lever (the lag, a whole number of years, is left alone), of the selected cluster or
   * of every cluster; "all levers" includes other industry's growth.
   * @param share the relative half-width, e.g. 0.2 for ±20 %.
   */
  applyPreset(levers: PresetLevers, scope: PresetScope, share: number, clusterId: ClusterId): void {
    const scenario = this.#scenario();
    const clusters = scope === 'all' ? this.workbench.dataset.clusters.map((c) => c.id) : [clusterId];
    const specs = levers === 'growth' ? [leverSpec('growthRate')] : LEVERS.filter((l) => !l.integer);
    this.#update((u) => {
      for (const id of clusters) {
        const ranges = { ...u.clusters[id] };
        for (const spec of specs) ranges[spec.id] = presetRange(scenario.clusters[id][spec.id], spec, share);
        u.clusters[id] = ranges;
      }
      if (levers === 'all' && scope === 'all') {
        u.otherIndustryGrowth = presetRange(scenario.otherIndustryGrowth, OTHER_INDUSTRY_GROWTH, share);
      }
    });
  }

  /** Clear the ranges of one cluster, or (with null) every range; the settings stay. */
  clearRanges(clusterId: ClusterId | null): void {
    this.#update((u) => {
      if (clusterId === null) {
        u.clusters = {};
        delete u.otherIndustryGrowth;
      } else {
        delete u.clusters[clusterId];
      }
    });
  }

  /** Set the number of trials (a whole number 1 … 1,000,000; the caller has checked it). */
  setTrials(trials: number): void {
    this.#update((u) => (u.trials = trials));
  }

  /** Set the seed (a whole number 0 … 2³²−1; the caller has checked it). */
  setSeed(seed: number): void {
    this.#update((u) => (u.seed = seed));
  }

  /** Set the workers the next simulations are split over (1 or 2; the caller offers only these). */
  setWorkers(workers: number): void {
    this.workers = workers;
  }

  /** Pick a new random seed. */
  newSeed(): void {
    this.setSeed(Math.min(MAX_SEED, Math.max(0, Math.floor(this.#newSeed()))));
  }

  /** Run the Monte Carlo simulation of the working scenario; resolves when it ends. */
  async run(): Promise<void> {
    const scenario = this.#snapshot();
    if (scenario.uncertainty === undefined) scenario.uncertainty = emptyUncertainty();
    const scenarioJson = this.scenarioJson;
    const seq = ++this.#seq.run;
    this.status = { kind: 'running', done: 0, total: scenario.uncertainty.trials };
    const started = this.#now();
    const outcome: SimulationOutcome = await this.#client.simulate(
      scenario,
      (progress) => {
        if (seq === this.#seq.run) this.status = { kind: 'running', ...progress };
      },
      this.workers,
    );
    // A newer run took over: its own status stands.
    if (seq !== this.#seq.run) return;
    switch (outcome.kind) {
      case 'done':
        this.completed = {
          result: outcome.result,
          seed: outcome.seed,
          computeMs: outcome.computeMs,
          elapsedMs: this.#now() - started,
          scenarioJson,
        };
        this.status = { kind: 'done' };
        break;
      case 'cancelled':
        this.status = { kind: 'cancelled', done: outcome.done, total: outcome.total };
        break;
      case 'invalid':
        this.status = { kind: 'invalid', issues: outcome.issues };
        break;
      case 'failed':
        this.status = { kind: 'failed', message: outcome.message };
        break;
    }
  }

  /** Stop the running simulation after its current slice. */
  cancel(): void {
    this.#client.cancel();
  }

  /** Recompute the tornado for the working scenario and the chosen target (newest answer wins). */
  async refreshTornado(): Promise<void> {
    const seq = ++this.#seq.tornado;
    const targetId = this.tornadoTarget;
    const answer = await this.#analyse(
      () => this.#client.tornado(this.#snapshot(), targetId),
      (reply) => reply.tornado,
    );
    if (seq === this.#seq.tornado) this.tornado = answer;
  }

  /** Recompute the goal seek for the working scenario and the chosen request (newest answer wins). */
  async refreshGoalSeek(): Promise<void> {
    const seq = ++this.#seq.goal;
    const request = $state.snapshot(this.goalRequest) as GoalSeekRequest;
    const answer = await this.#analyse(
      () => this.#client.goalSeek(this.#snapshot(), request),
      (reply) => reply.answer,
    );
    if (seq === this.#seq.goal) this.goal = answer;
  }

  /** Recompute the multi-target growth solve for the working scenario (newest answer wins). */
  async refreshUniform(): Promise<void> {
    const seq = ++this.#seq.uniform;
    const answer = await this.#analyse(
      () => this.#client.solveUniformGrowth(this.#snapshot()),
      (reply) => reply.solution,
    );
    if (seq === this.#seq.uniform) this.uniform = answer;
  }

  /** Choose a goal seek's target; a cluster target moves that cluster's own lever. */
  setGoalTarget(targetId: GoalSeekRequest['targetId']): void {
    const clusterId = targetId === 'industrialOutput' ? this.goalRequest.clusterId : targetId;
    this.goalRequest = { ...this.goalRequest, targetId, clusterId };
  }

  /** Apply a goal-seek answer to the working scenario. */
  applyGoalSeek(answer: GoalSeekAnswer): void {
    if (answer.value === null) return;
    this.workbench.edits.setLever(answer.request.clusterId, answer.request.leverId, answer.value);
  }

  /** Apply the uniform growth change to every cluster: one undo step, one projection. */
  applyUniform(solution: UniformGrowthSolution): void {
    const rates = solution.growthRates;
    if (rates === null) return;
    this.workbench.batch(() => {
      for (const cluster of this.workbench.dataset.clusters) {
        this.workbench.edits.setLever(cluster.id, 'growthRate', rates[cluster.id]);
      }
    });
  }

  async #analyse<R extends { readonly ok: true }, T>(
    call: () => Promise<R | Refusal>,
    pick: (reply: R) => T,
  ): Promise<Analysis<T>> {
    try {
      const reply = await call();
      if (!reply.ok) return { kind: 'invalid', issues: reply.issues };
      return { kind: 'ok', value: pick(reply) };
    } catch (error) {
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Stop the worker. */
  dispose(): void {
    this.#client.dispose();
  }
}

const states = new WeakMap<WorkbenchState, UncertaintyState>();

/**
 * The uncertainty state of a workbench, created on first use: the view is loaded lazily and
 * may be left and reopened, and its run and results are kept meanwhile.
 */
export function uncertaintyStateFor(
  workbench: WorkbenchState,
  create: (workbench: WorkbenchState) => UncertaintyState,
): UncertaintyState {
  let state = states.get(workbench);
  if (state === undefined) {
    state = create(workbench);
    states.set(workbench, state);
  }
  return state;
}
