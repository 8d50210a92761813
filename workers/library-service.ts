import { PLAN_DATASET } from '../src/data/plan-dataset';
import type { PlanDataset } from '../src/data/plan-types';
import { compareScenarios, decomposeDifference } from '../src/engine/compare';
import { summarizeScenario } from '../src/engine/scenario-summary';
import type { LibraryApi } from './library-api';

/** Create the library service over a dataset; testable in Node without a Worker. */
export function createLibraryService(dataset: PlanDataset = PLAN_DATASET): LibraryApi {
  return {
    summarize: (scenarios) => scenarios.map((scenario) => summarizeScenario(dataset, scenario)),
    compare: (entries, referenceIndex) => compareScenarios(dataset, entries, referenceIndex),
    waterfall: (from, to, measure) => decomposeDifference(dataset, from, to, measure),
  };
}
