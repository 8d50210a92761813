import { LEVERS, type LeverId } from '../../data/levers';
import type { ClusterId, PlanDataset } from '../../data/plan-types';
import type { Scenario } from '../../scenario/scenario';
import { conflictFigures, modelConflictIds, readingOf } from './conflicts';
import { sameValue } from './deltas';

/** What an assumption row is about. */
export type AssumptionSubject =
  | { readonly kind: 'lever'; readonly clusterId: ClusterId; readonly leverId: LeverId }
  | { readonly kind: 'otherIndustryGrowth' }
  /** A link between clusters: switched on (1) or off (0), or the producer-services share. */
  | {
      readonly kind: 'link';
      readonly linkId: 'producerServices' | 'agriSupply';
      readonly field: 'enabled' | 'share';
    }
  /** The reading of a conflicting plan figure; values are reading indices. */
  | { readonly kind: 'conflict'; readonly conflictId: string }
  | { readonly kind: 'threshold'; readonly which: 'onTrack' | 'atRisk' };

/** One assumption across the compared columns. */
export interface AssumptionRow {
  /** Stable id: `lever.<cluster>.<lever>`, `otherIndustryGrowth`, `link.<id>.<field>`, `conflict.<id>`, `threshold.<which>`. */
  readonly id: string;
  readonly subject: AssumptionSubject;
  /** One value per column in model units (a reading index for conflicts); null for columns without assumptions (the plan's targets). */
  readonly values: readonly (number | null)[];
  /** Whether at least two columns with assumptions hold different values. */
  readonly differs: boolean;
  /** Per column: whether its value differs from the reference column's (false when either has none). */
  readonly differsFromReference: readonly boolean[];
}

/** Read a value; null when the scenario lacks it or it is not a finite number (a malformed scenario). */
function readSafely(read: (scenario: Scenario) => number, scenario: Scenario): number | null {
  try {
    const value = read(scenario);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * List every assumption of the compared scenarios, in the workbench's order: each cluster's levers,
 * other industry's growth, the readings of conflicting plan figures (those that change a projection,
 * and any other a scenario chose), and the status thresholds; mark the rows whose values differ.
 *
 * @param scenarios one entry per column; null for a column without assumptions (the plan's targets)
 * @param referenceIndex the reference column, or −1 for none
 */
export function diffAssumptions(
  dataset: PlanDataset,
  scenarios: readonly (Scenario | null)[],
  referenceIndex: number,
): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  const add = (id: string, subject: AssumptionSubject, read: (scenario: Scenario) => number) => {
    const values = scenarios.map((scenario) => (scenario === null ? null : readSafely(read, scenario)));
    const present = values.filter((value): value is number => value !== null);
    const differs = present.some((value) => !sameValue(value, present[0]!));
    const reference = values[referenceIndex] ?? null;
    rows.push({
      id,
      subject,
      values,
      differs,
      differsFromReference: values.map(
        (value, index) =>
          index !== referenceIndex && value !== null && reference !== null && !sameValue(value, reference),
      ),
    });
  };

  for (const cluster of dataset.clusters) {
    for (const lever of LEVERS) {
      add(
        `lever.${cluster.id}.${lever.id}`,
        { kind: 'lever', clusterId: cluster.id, leverId: lever.id },
        (s) => s.clusters[cluster.id][lever.id],
      );
    }
  }
  add('otherIndustryGrowth', { kind: 'otherIndustryGrowth' }, (s) => s.otherIndustryGrowth);
  add('link.producerServices.enabled', { kind: 'link', linkId: 'producerServices', field: 'enabled' }, (s) =>
    s.links.producerServices.enabled ? 1 : 0,
  );
  add(
    'link.producerServices.share',
    { kind: 'link', linkId: 'producerServices', field: 'share' },
    (s) => s.links.producerServices.share,
  );
  add('link.agriSupply.enabled', { kind: 'link', linkId: 'agriSupply', field: 'enabled' }, (s) =>
    s.links.agriSupply.enabled ? 1 : 0,
  );

  const figures = conflictFigures(dataset);
  const chosen = new Set(scenarios.flatMap((s) => (s === null ? [] : Object.keys(s.conflictChoices))));
  const conflictIds = [
    ...modelConflictIds(dataset),
    ...[...figures.keys()].filter((id) => chosen.has(id)),
  ].filter((id, index, all) => all.indexOf(id) === index);
  for (const conflictId of conflictIds) {
    const figure = figures.get(conflictId);
    if (figure === undefined) continue;
    add(`conflict.${conflictId}`, { kind: 'conflict', conflictId }, (s) => readingOf(figure, s));
  }
  add('threshold.onTrack', { kind: 'threshold', which: 'onTrack' }, (s) => s.thresholds.onTrack);
  add('threshold.atRisk', { kind: 'threshold', which: 'atRisk' }, (s) => s.thresholds.atRisk);
  return rows;
}
