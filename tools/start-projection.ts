/**
 * The projection the app opens with, computed at build time (tools/start-projection-plugin.ts runs
 * this module in Node): the start scenario projected by the very service the projection worker
 * exposes, so the embedded numbers are the worker's numbers.
 */
import { PLAN_DATASET } from '../src/data/plan-dataset';
import { startScenario } from '../src/state/start-scenario';
import { createProjectionService } from '../workers/projection-service';
import type { StartProjection } from '../src/state/start-projection';

/** Project the start scenario against the bundled plan; throws if the engine refuses it. */
export function computeStartProjection(): StartProjection {
  const scenario = startScenario(PLAN_DATASET);
  const reply = createProjectionService(PLAN_DATASET, () => 0).project(scenario);
  if (!reply.ok) {
    const first = reply.issues[0];
    throw new Error(
      `The start scenario does not project (${first?.message ?? 'no reason given'}); fix src/state/start-scenario.ts.`,
    );
  }
  return { datasetVersion: PLAN_DATASET.version, scenario, result: reply.result };
}
