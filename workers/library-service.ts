import { PLAN_DATASET } from '../src/data/plan-dataset';
import type { PlanDataset } from '../src/data/plan-types';
import { compareScenarios, decomposeDifference } from '../src/engine/compare';
import { evaluatePlan } from '../src/engine/evaluation/evaluate';
import { carryScenario, datasetEngineProblem } from '../src/engine/next-period/carry-scenario';
import { checkNextPeriod, nextPeriodDataset } from '../src/engine/next-period/next-period-dataset';
import { summarizeScenario } from '../src/engine/scenario-summary';
import type { LibraryApi } from './library-api';

/**
 * Create the library service over a dataset; testable in Node without a Worker. The actuals are
 * the zone's, evaluated against the plan the app runs on (the embedded plan or a later period).
 */
export function createLibraryService(initial: PlanDataset = PLAN_DATASET): LibraryApi {
  let dataset = initial;
  const known = new Map<string, PlanDataset>([[PLAN_DATASET.version, PLAN_DATASET]]);
  known.set(initial.version, initial);
  const datasetOf = (version: string) => known.get(version) ?? dataset;
  return {
    useDatasets(active, datasets) {
      dataset = active;
      for (const d of [active, ...datasets]) known.set(d.version, d);
    },
    summarize: (scenarios) =>
      scenarios.map((scenario) => summarizeScenario(datasetOf(scenario.datasetVersion), scenario)),
    compare: (entries, referenceIndex) => compareScenarios(dataset, entries, referenceIndex),
    waterfall: (from, to, measure) => decomposeDifference(dataset, from, to, measure),
    evaluate: (values) => evaluatePlan(dataset, values),
    nextPeriod(fromVersion, values, request) {
      const from = datasetOf(fromVersion);
      const problems = checkNextPeriod(from, values, request);
      if (problems.length > 0) return { ok: false, problems };
      const built = nextPeriodDataset(from, values, request);
      const engine = datasetEngineProblem(built);
      return engine === null ? { ok: true, dataset: built } : { ok: false, engine };
    },
    rerun(scenario, toVersion) {
      const to = known.get(toVersion);
      if (to === undefined) return { ok: false, unknownVersion: toVersion };
      return carryScenario(scenario, datasetOf(scenario.datasetVersion), to);
    },
  };
}
