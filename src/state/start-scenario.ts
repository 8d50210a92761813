import type { PlanDataset } from '../data/plan-types';
import { START_REFERENCE } from '../data/references';
import { referenceScenario } from '../engine/reference-scenarios';
import type { Scenario } from '../scenario/scenario';

/**
 * The scenario the app opens on when no working draft is stored: the plan path (what the plan's
 * targets take; src/data/references.ts). The one place to change it — the build embeds its
 * projection (`virtual:start-projection`, tools/start-projection-plugin.ts), so the first numbers
 * need no worker.
 */
export function startScenario(dataset: PlanDataset): Scenario {
  return referenceScenario(dataset, START_REFERENCE);
}
