/**
 * Check a well-typed scenario against the plan dataset's ranges. The rules are the engine's own
 * (`validateScenario`: levers, thresholds, conflict choices, uncertainty ranges, trials and seed), so an
 * accepted scenario is one the engine projects; this module words its findings as format issues.
 */
import type { PlanDataset } from '../data/plan-types';
import type { Scenario } from '../scenario/scenario';
import { validateScenario } from '../engine/validation';
import { makeIssue, type Issue } from '../scenario/issues';

/**
 * List every value of a well-typed scenario (one that passed `ScenarioSchema`) that the engine refuses,
 * with paths relative to the scenario (`clusters.newMaterials.growthRate`, `uncertainty.trials`):
 * `outOfRange` for numbers, `invalidOption` for a word or key outside its allowed set (e.g. a range on a
 * cluster or lever that does not exist). An empty list means the engine can project it.
 */
export function checkScenarioRanges(scenario: Scenario, dataset: PlanDataset): Issue[] {
  return validateScenario(scenario, dataset).map((issue) => {
    if (issue.allowed !== undefined) {
      return makeIssue('invalidOption', issue.path, {
        value: JSON.stringify(issue.value),
        options: issue.allowed,
      });
    }
    if (Number.isNaN(issue.min) || Number.isNaN(issue.max)) {
      // Not reached after ScenarioSchema: the engine's words for a value that is not an object.
      return makeIssue('wrongType', issue.path, { expected: 'object', received: 'other' });
    }
    return makeIssue('outOfRange', issue.path, {
      value: Number(issue.value),
      min: issue.min,
      max: issue.max,
      integer: issue.integer,
    });
  });
}
