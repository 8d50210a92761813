import type { LeverId } from '../../data/levers';
import type { ClusterId, PlanDataset } from '../../data/plan-types';
import { project } from '../project';
import type { Scenario } from '../../scenario/scenario';
import type { Issue } from '../../scenario/issues';
import { validateScenario } from '../../scenario/schema';
import { conflictFigures, modelConflictIds, readingOf } from './conflicts';
import { owenValues } from './owen';

/** The lever groups a difference is broken down by. */
export const LEVER_GROUP_IDS = ['growth', 'investment', 'land'] as const;
/** A lever group: growth, investment, or land. */
export type LeverGroupId = (typeof LEVER_GROUP_IDS)[number];

/** The levers of each group, in `LEVERS` order. */
export const LEVER_GROUPS: Readonly<Record<LeverGroupId, readonly LeverId[]>> = {
  growth: ['growthRate'],
  investment: ['investmentPerYear', 'baseYearInvestment', 'outputPerInvestment', 'lagYears', 'rampUpShare'],
  land: ['landPace', 'landIntensity'],
};

/** One cluster's share of the difference, split by lever group (亿元). */
export interface ClusterContribution {
  readonly clusterId: ClusterId;
  readonly growth: number;
  readonly investment: number;
  readonly land: number;
  /** growth + investment + land. */
  readonly total: number;
}

/**
 * Target-year zone industrial output of scenario `to` minus that of `from`, broken down by cluster
 * and lever group (亿元); the parts add up to `total` (to floating-point rounding).
 */
export interface Waterfall {
  /** The year compared: the dataset's target year. */
  readonly year: number;
  /** Zone industrial output of `from` in that year, 亿元. */
  readonly from: number;
  /** Zone industrial output of `to` in that year, 亿元. */
  readonly to: number;
  /** to − from, 亿元. */
  readonly total: number;
  /** One entry per cluster, in dataset order. */
  readonly clusters: readonly ClusterContribution[];
  /** The part due to assumptions outside the clusters' levers: other industry's growth, the readings of conflicting plan figures, and the key projects. */
  readonly other: number;
  /** The part due to the links between clusters (producer services, the agricultural supply): switched on or off, or the share moved. */
  readonly links: number;
  /** The clusters' parts summed per lever group, plus `other` and `links`; adds up to `total`. */
  readonly byGroup: Readonly<Record<LeverGroupId | 'other' | 'links', number>>;
  /** The figure explained: zone industrial output (as the 600 measures it) or services revenue. */
  readonly measure: WaterfallMeasure;
  /** Set when one cluster's output (`measure` its kind) is explained rather than the zone's. */
  readonly cluster?: ClusterId;
  /** How many projections the breakdown took (for the benchmark and tests). */
  readonly projections: number;
}

/** What a waterfall explains: target-year zone industrial output, or services revenue (where producer services show). */
export type WaterfallMeasure = 'industrialOutput' | 'serviceRevenue';

/** One cluster's target-year output (revenue for services): the evaluation's per-cluster explanation. */
export type ClusterOutputMeasure = `cluster:${ClusterId}`;

function explained(
  dataset: PlanDataset,
  measure: WaterfallMeasure | ClusterOutputMeasure,
): { measure: WaterfallMeasure; cluster?: ClusterId } {
  if (!measure.startsWith('cluster:')) return { measure: measure as WaterfallMeasure };
  const cluster = dataset.clusters.find((c) => `cluster:${c.id}` === measure)!;
  return { measure: cluster.measure, cluster: cluster.id };
}

/** The result of {@link decomposeDifference}: the breakdown, or which side cannot be projected. */
export type WaterfallOutcome =
  | { readonly ok: true; readonly waterfall: Waterfall }
  | { readonly ok: false; readonly side: 'from' | 'to'; readonly issues: readonly Issue[] };

/** A factor of the breakdown: one lever group of one cluster, or everything outside the clusters. */
type Factor =
  | { readonly kind: 'group'; readonly clusterId: ClusterId; readonly group: LeverGroupId }
  | { readonly kind: 'other' }
  | { readonly kind: 'links' };

/** Whether two scenarios set the links between clusters alike. */
function sameLinks(a: Scenario, b: Scenario): boolean {
  return JSON.stringify(a.links) === JSON.stringify(b.links);
}

/** Whether two scenarios agree on everything outside the clusters that changes a projection. */
function sameOther(dataset: PlanDataset, a: Scenario, b: Scenario): boolean {
  if (a.otherIndustryGrowth !== b.otherIndustryGrowth) return false;
  // Key projects (switched on, their start, ramp-up and output) change output outside the lever groups.
  if (JSON.stringify(a.projects ?? null) !== JSON.stringify(b.projects ?? null)) return false;
  const figures = conflictFigures(dataset);
  return modelConflictIds(dataset).every((id) => {
    const figure = figures.get(id)!;
    return readingOf(figure, a) === readingOf(figure, b);
  });
}

/**
 * The scenario `from` with the factors of `mask` taken from `to`. Thresholds and the dataset version
 * stay those of `from` (they change no output); ranges are dropped (a mix of two scenarios' values
 * need not lie within either's ranges, and projections ignore them).
 */
function substitute(from: Scenario, to: Scenario, factors: readonly Factor[], mask: number): Scenario {
  const hybrid: Scenario = {
    datasetVersion: from.datasetVersion,
    reference: from.reference,
    clusters: structuredClone(from.clusters),
    otherIndustryGrowth: from.otherIndustryGrowth,
    links: structuredClone(from.links),
    conflictChoices: { ...from.conflictChoices },
    thresholds: { ...from.thresholds },
    ...(from.projects !== undefined ? { projects: structuredClone(from.projects) } : {}),
  };
  factors.forEach((factor, index) => {
    if ((mask & (1 << index)) === 0) return;
    if (factor.kind === 'links') {
      hybrid.links = structuredClone(to.links);
      return;
    }
    if (factor.kind === 'other') {
      hybrid.otherIndustryGrowth = to.otherIndustryGrowth;
      hybrid.conflictChoices = { ...to.conflictChoices };
      if (to.projects !== undefined) hybrid.projects = structuredClone(to.projects);
      else delete hybrid.projects;
      return;
    }
    for (const lever of LEVER_GROUPS[factor.group]) {
      hybrid.clusters[factor.clusterId][lever] = to.clusters[factor.clusterId][lever];
    }
  });
  return hybrid;
}

/**
 * Break the difference in target-year zone industrial output between two scenarios down by cluster
 * and lever group, by substituting `to`'s assumptions into `from` one group at a time.
 *
 * The parts are Owen values (docs/model.md §14): each is the average change it brings over every
 * order of substitution that moves one cluster's assumptions (or the zone-wide ones) together,
 * a cluster's three groups in any order within it. So the result does not depend on an arbitrary
 * order, interactions are shared out evenly, a group whose assumptions are equal in both scenarios
 * gets exactly 0, and the parts add up to the total difference.
 *
 * Pure. Refuses (no throw) when either scenario cannot be projected with this dataset.
 */
export function decomposeDifference(
  dataset: PlanDataset,
  from: Scenario,
  to: Scenario,
  measure: WaterfallMeasure | ClusterOutputMeasure = 'industrialOutput',
): WaterfallOutcome {
  const fromIssues = validateScenario(from, dataset);
  if (fromIssues.length > 0) return { ok: false, side: 'from', issues: fromIssues };
  const toIssues = validateScenario(to, dataset);
  if (toIssues.length > 0) return { ok: false, side: 'to', issues: toIssues };

  // Only factors whose assumptions differ take part: the others contribute 0 by construction, and
  // leaving them out keeps the number of projections small (2^active at most).
  const factors: Factor[] = [];
  const groups: number[][] = [];
  for (const cluster of dataset.clusters) {
    const group: number[] = [];
    for (const id of LEVER_GROUP_IDS) {
      const differs = LEVER_GROUPS[id].some(
        (lever) => from.clusters[cluster.id][lever] !== to.clusters[cluster.id][lever],
      );
      if (!differs) continue;
      group.push(factors.length);
      factors.push({ kind: 'group', clusterId: cluster.id, group: id });
    }
    if (group.length > 0) groups.push(group);
  }
  if (!sameOther(dataset, from, to)) {
    groups.push([factors.length]);
    factors.push({ kind: 'other' });
  }
  if (!sameLinks(from, to)) {
    groups.push([factors.length]);
    factors.push({ kind: 'links' });
  }

  let projections = 0;
  const outputOf = (scenario: Scenario): number => {
    projections++;
    const result = project(dataset, scenario);
    if (measure.startsWith('cluster:')) {
      const cluster = result.clusters.find((c) => `cluster:${c.id}` === measure);
      return cluster?.years[cluster.years.length - 1]?.output ?? 0;
    }
    return result.zone[result.zone.length - 1]![measure as 'industrialOutput' | 'serviceRevenue'];
  };
  const fromOutput = outputOf(from);
  const toOutput = outputOf(to);
  const all = (1 << factors.length) - 1;
  const values = owenValues(groups, (mask) => {
    if (mask === 0) return fromOutput;
    if (mask === all) return toOutput;
    return outputOf(substitute(from, to, factors, mask));
  });

  const byGroup = { growth: 0, investment: 0, land: 0, other: 0, links: 0 };
  const parts = new Map<ClusterId, Record<LeverGroupId, number>>();
  factors.forEach((factor, index) => {
    const part = values[index] ?? 0;
    if (factor.kind === 'other' || factor.kind === 'links') {
      byGroup[factor.kind] += part;
      return;
    }
    byGroup[factor.group] += part;
    const entry = parts.get(factor.clusterId) ?? { growth: 0, investment: 0, land: 0 };
    entry[factor.group] += part;
    parts.set(factor.clusterId, entry);
  });
  const clusters = dataset.clusters.map((cluster): ClusterContribution => {
    const entry = parts.get(cluster.id) ?? { growth: 0, investment: 0, land: 0 };
    return { clusterId: cluster.id, ...entry, total: entry.growth + entry.investment + entry.land };
  });
  return {
    ok: true,
    waterfall: {
      year: dataset.horizon.targetYear,
      from: fromOutput,
      to: toOutput,
      total: toOutput - fromOutput,
      clusters,
      other: byGroup.other,
      links: byGroup.links,
      byGroup,
      ...explained(dataset, measure),
      projections,
    },
  };
}
