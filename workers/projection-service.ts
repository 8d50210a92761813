import { PLAN_DATASET } from '../src/data/plan-dataset';
import type { PlanDataset } from '../src/data/plan-types';
import { project, ScenarioValidationError } from '../src/engine';
import type { ProjectionApi } from './projection-api';

/**
 * Create the projection service the worker exposes: plain engine calls, testable in Node with no
 * Worker. An invalid scenario yields `{ ok: false, issues }`; any other error is rethrown, so the
 * caller sees a crash rather than a silently wrong answer.
 * @param dataset the plan dataset to project against; defaults to the bundled plan.
 */
export function createProjectionService(dataset: PlanDataset = PLAN_DATASET): ProjectionApi {
  return {
    project(scenario) {
      const start = performance.now();
      try {
        const result = project(dataset, scenario);
        return { ok: true, result, computeMs: performance.now() - start };
      } catch (error) {
        if (error instanceof ScenarioValidationError) return { ok: false, issues: [...error.issues] };
        throw error;
      }
    },
  };
}
