import type { Scenario } from '../scenario/scenario';
import type { ScenarioSummary } from '../engine/scenario-summary';
import { createLibraryWorker } from './library-client';

/**
 * Summarize one scenario against the plan (differences and headline) in a short-lived library worker,
 * so the page never projects a scenario itself. Pass a plain snapshot, never a `$state` proxy.
 */
export async function summarizeScenarioInWorker(scenario: Scenario): Promise<ScenarioSummary> {
  const worker = createLibraryWorker();
  try {
    const [summary] = await worker.api.summarize([scenario]);
    if (summary === undefined) throw new Error('the library worker returned no summary');
    return summary;
  } finally {
    worker.terminate();
  }
}
