import { transfer } from 'comlink';
import { PLAN_DATASET } from '../src/data/plan-dataset';
import type { PlanDataset } from '../src/data/plan-types';
import { project, ScenarioValidationError } from '../src/engine';
import { planOverview } from '../src/engine/plan-overview';
import { referenceOverviews, type ReferenceOverview } from '../src/engine/reference-overview';
import {
  MonteCarloRun,
  goalSeek,
  solveUniformGrowth,
  tornado,
  type SimulationResult,
  type TrialPart,
} from '../src/engine/uncertainty';
import type { ProjectionApi, Refusal } from './projection-api';
import { DEFAULT_SEED } from '../src/data/scenario-limits';

/** Trials made between two looks at the clock while a slice runs. */
const TRIALS_PER_CHECK = 1024;

/** Run `compute`; an invalid scenario becomes a refusal, any other error is rethrown. */
function refuseInvalid<T>(compute: () => T): T | Refusal {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ScenarioValidationError) return { ok: false, issues: [...error.issues] };
    throw error;
  }
}

/** Every typed array's buffer in a result, once each: what to transfer instead of copy. */
function buffersOf(result: SimulationResult): ArrayBuffer[] {
  const arrays = [
    ...result.series.flatMap((s) => [s.quantiles, s.mostLikely]),
    ...result.targets.map((t) => t.quantiles),
    result.histogram.counts,
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** A part's typed arrays' buffers: what to transfer instead of copy. */
function partBuffers(part: TrialPart): ArrayBuffer[] {
  return [part.figures, part.min, part.max, part.onTrack, part.atRisk].map((a) => a.buffer as ArrayBuffer);
}

/**
 * Create the projection service the worker exposes: plain engine calls, testable in Node with no
 * Worker. An invalid scenario yields `{ ok: false, issues }`; any other error is rethrown, so the
 * caller sees a crash rather than a silently wrong answer. It holds at most one Monte Carlo run.
 * @param dataset the plan dataset to project against; defaults to the bundled plan.
 * @param now the clock slices are timed with, ms (performance.now by default).
 */
export function createProjectionService(
  initial: PlanDataset = PLAN_DATASET,
  now: () => number = () => performance.now(),
): ProjectionApi {
  let dataset = initial;
  let run: { id: number; seed: number; simulation: MonteCarloRun; computeMs: number } | null = null;
  // The references depend on the dataset alone: built once.
  let references: ReferenceOverview[] | null = null;
  const current = (runId: number) => {
    if (run === null || run.id !== runId) {
      throw new Error(
        `No Monte Carlo run ${runId} here: it was cancelled, finished or replaced. Start it again.`,
      );
    }
    return run;
  };
  return {
    useDataset(next) {
      dataset = next;
      references = null;
      run = null;
    },

    project(scenario, options = {}) {
      const start = now();
      return refuseInvalid(() => {
        const result = project(dataset, scenario);
        if (options.overview !== true) return { ok: true, result, computeMs: now() - start };
        // The whole-plan views' figures (indicators, key projects, parks) travel with the projection.
        const plan = planOverview(dataset, scenario, result);
        return { ok: true, result, plan, computeMs: now() - start };
      });
    },

    references() {
      references ??= referenceOverviews(dataset);
      return references;
    },

    startSimulation(runId, scenario, range) {
      run = null; // free the earlier run's storage before allocating the next
      return refuseInvalid(() => {
        const seed = scenario.uncertainty?.seed ?? DEFAULT_SEED;
        const start = now();
        const simulation = new MonteCarloRun(dataset, scenario, seed, range === undefined ? {} : { range });
        run = { id: runId, seed, simulation, computeMs: now() - start };
        return {
          ok: true,
          runId,
          total: simulation.size,
          trials: simulation.total,
          seed,
          rangedCount: simulation.rangedCount,
        };
      });
    },

    continueSimulation(runId, sliceMs) {
      const active = current(runId);
      const { simulation } = active;
      const start = now();
      do simulation.step(TRIALS_PER_CHECK);
      while (simulation.done < simulation.size && now() - start < sliceMs);
      active.computeMs += now() - start;
      return { runId, done: simulation.done, total: simulation.size, computeMs: active.computeMs };
    },

    handOverSimulation(runId) {
      const part = current(runId).simulation.part();
      run = null;
      return transfer(part, partBuffers(part));
    },

    takeInSimulation(runId, part) {
      const active = current(runId);
      const start = now();
      active.simulation.absorb(part);
      active.computeMs += now() - start;
    },

    finishSimulation(runId) {
      const active = current(runId);
      const start = now();
      const result = active.simulation.result();
      run = null;
      const reply = { runId, seed: active.seed, result, computeMs: active.computeMs + now() - start };
      return transfer(reply, buffersOf(result));
    },

    cancelSimulation(runId) {
      if (run !== null && run.id === runId) run = null;
    },

    tornado(scenario, targetId) {
      return refuseInvalid(() => ({ ok: true, tornado: tornado(dataset, scenario, targetId) }));
    },

    goalSeek(scenario, request) {
      return refuseInvalid(() => ({ ok: true, answer: goalSeek(dataset, scenario, request) }));
    },

    solveUniformGrowth(scenario) {
      return refuseInvalid(() => ({ ok: true, solution: solveUniformGrowth(dataset, scenario) }));
    },
  };
}
