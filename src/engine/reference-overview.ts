import type { PlanDataset } from '../data/plan-types';
import { referenceIdsOf, type ReferenceId } from '../data/references';
import type { Scenario } from '../scenario/scenario';
import { project } from './project';
import type { TargetResult } from './projection-types';
import { referenceFacts, referenceScenario, type ReferenceFacts } from './reference-scenarios';
import { headlineOf, type ScenarioHeadline } from './scenario-summary';

/**
 * One reference scenario as the app shows it beside the working one: the scenario itself (what
 * "start from" makes the working scenario), its headline and every target it meets or misses, and
 * the facts its one-line explanation rests on (docs/model.md, "Reference scenarios"). Plain data.
 */
export interface ReferenceOverview {
  readonly id: ReferenceId;
  readonly scenario: Scenario;
  /** Zone industrial output in the target year and how many targets are on track. */
  readonly headline: ScenarioHeadline;
  /** Every target against the reference's projection, in the projection's order (the 7 of the plan). */
  readonly targets: readonly TargetResult[];
  /** Plan path: what the targets take; project-backed: the share its named projects back. */
  readonly facts: ReferenceFacts;
}

/** Every reference scenario of the dataset with its results, in `REFERENCE_IDS` order. Pure. */
export function referenceOverviews(dataset: PlanDataset): ReferenceOverview[] {
  return referenceIdsOf(dataset).map((id) => {
    const scenario = referenceScenario(dataset, id);
    const result = project(dataset, scenario);
    return {
      id,
      scenario,
      headline: headlineOf(result),
      targets: result.targets,
      facts: referenceFacts(dataset, id),
    };
  });
}
