import type { PlanDataset } from '../data/plan-types';
import { defaultScenario } from '../scenario/default-scenario';
import type { Scenario } from '../scenario/scenario';

/**
 * The scenario the app opens on when no working draft is stored: today the plan's default
 * scenario. The one place to change it — the build embeds its projection (`virtual:start-projection`,
 * tools/start-projection-plugin.ts), so the first numbers need no worker.
 */
export function startScenario(dataset: PlanDataset): Scenario {
  return defaultScenario(dataset);
}
