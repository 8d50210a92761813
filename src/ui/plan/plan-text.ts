import type { PlanDataset } from '../../data/plan-types';

/**
 * Whether a dataset's figures stand in a plan text with its chapters and boxes (专栏), as the embedded
 * 2018–2020 plan's do, rather than in a period a planner made from actuals (issue 14, part 5), which
 * has no boxes, no text-only projects and no baseline tables of its own: wording that cites the plan
 * text ("专栏1", "项目（专栏原文）") and the tables drawn from it are shown only for the former.
 */
export function fromPlanText(dataset: PlanDataset): boolean {
  return dataset.origin === undefined;
}

/** The heading of the indicator table: "主要发展指标（专栏1）与 2020 年目标", without the box on a period. */
export function indicatorHeadingKey(
  dataset: PlanDataset,
): 'plan.indicatorHeading' | 'plan.indicatorHeadingPeriod' {
  return fromPlanText(dataset) ? 'plan.indicatorHeading' : 'plan.indicatorHeadingPeriod';
}
