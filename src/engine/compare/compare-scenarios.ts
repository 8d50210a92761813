import type { ClusterId, PlanDataset } from '../../data/plan-types';
import { project } from '../project';
import type { ProjectionResult, TargetStatus } from '../projection-types';
import { resolveModel } from '../resolve-model';
import type { Scenario } from '../../scenario/scenario';
import type { Issue } from '../../scenario/issues';
import { validateScenario } from '../../scenario/schema';
import { diffAssumptions, type AssumptionRow } from './assumption-diff';
import { deltaOf, type Delta } from './deltas';

/** One column to compare: a scenario to project, or the plan itself (its targets). */
export type CompareEntry =
  { readonly kind: 'plan' } | { readonly kind: 'scenario'; readonly scenario: Scenario };

/** What a column holds once compared. */
export type ColumnResult =
  /** The plan's targets under its default readings: outcomes are the targets, there are no assumptions. */
  | { readonly kind: 'plan' }
  | {
      readonly kind: 'projected';
      readonly projection: ProjectionResult;
      /** The dataset version the scenario was made with, when it is not the current one; else null. */
      readonly otherDataset: string | null;
      readonly targetsOnTrack: number;
      readonly targetsTotal: number;
    }
  /** The scenario cannot be projected with this dataset (an assumption is out of range). */
  | {
      readonly kind: 'invalid';
      readonly issues: readonly Issue[];
      readonly otherDataset: string | null;
    };

/** What an outcome row is about. */
export type OutcomeSubject =
  | { readonly kind: 'cluster'; readonly clusterId: ClusterId }
  | {
      readonly kind: 'zone';
      readonly indicatorId: 'industrialOutput' | 'serviceRevenue' | 'outputIntensity';
    };

/** The kind of an outcome row: a target-year figure, an attainment with its status, or a gap. */
export type OutcomeKind = 'output' | 'attainment' | 'gap';

/** One column's value in an outcome row. */
export interface OutcomeCell {
  /** Target-year figure (亿元 or 亿元/km²), attainment (fraction) or gap (亿元 or 亿元/km², ≤ 0 when met); null when the column cannot be projected. */
  readonly value: number | null;
  /** The target this value is measured against, under the column's readings; null where none applies. */
  readonly target: number | null;
  /** Status of an attainment; null in other rows and in the plan's column. */
  readonly status: TargetStatus | null;
  /** Difference from the reference column; null in the reference column or when either value is missing. */
  readonly delta: Delta | null;
}

/** One outcome across the compared columns. */
export interface OutcomeRow {
  /** Stable id: `<kind>.<cluster or indicator id>`, e.g. `output.newMaterials`, `attainment.industrialOutput`. */
  readonly id: string;
  readonly kind: OutcomeKind;
  readonly subject: OutcomeSubject;
  /** Unit of the values: 亿元, 亿元/km², or a fraction (attainment). */
  readonly unit: 'yi' | 'yiPerKm2' | 'fraction';
  /** One cell per column. */
  readonly cells: readonly OutcomeCell[];
}

/** A side-by-side comparison of scenarios and the plan: plain, cloneable data. */
export interface Comparison {
  readonly datasetVersion: string;
  /** Base year first, then each projected year. */
  readonly years: readonly number[];
  readonly targetYear: number;
  /** The column deltas are taken against; −1 for none. */
  readonly referenceIndex: number;
  readonly columns: readonly ColumnResult[];
  /** Target-year outputs, then attainment and gap per target (clusters, industrial output, output intensity). */
  readonly outcomes: readonly OutcomeRow[];
  /** Every assumption, differing ones marked. */
  readonly assumptions: readonly AssumptionRow[];
}

/** A target-year figure of a column, with its target; null value when it cannot be projected. */
interface Figure {
  readonly value: number | null;
  readonly target: number | null;
  readonly status: TargetStatus | null;
}

const MISSING: Figure = { value: null, target: null, status: null };

/**
 * Compare scenarios and the plan side by side: project each scenario, list its target-year outcomes
 * (output per industrial cluster, zone industrial output, modern-services revenue, output intensity;
 * attainment, status and gap per target), the deltas of each column against the reference column
 * (absolute, and relative where meaningful), and every assumption with those that differ marked.
 * The plan's column holds its targets (default readings): attainment 100 %, gap 0.
 *
 * Pure. A scenario outside the dataset's ranges is reported as `invalid` with its issues, never thrown.
 * @param referenceIndex the column deltas are taken against, 0 … entries.length − 1 (−1: no deltas)
 * @throws RangeError when referenceIndex is not −1 or a column index
 */
export function compareScenarios(
  dataset: PlanDataset,
  entries: readonly CompareEntry[],
  referenceIndex: number,
): Comparison {
  if (!Number.isInteger(referenceIndex) || referenceIndex < -1 || referenceIndex >= entries.length) {
    throw new RangeError(
      `referenceIndex ${referenceIndex} must be −1 or a column index 0…${entries.length - 1}`,
    );
  }
  const plan = resolveModel(dataset, {});
  const years = plan.years;
  const last = years.length - 1;
  const columns = entries.map((entry): ColumnResult => {
    if (entry.kind === 'plan') return { kind: 'plan' };
    const otherDataset =
      entry.scenario.datasetVersion === dataset.version ? null : entry.scenario.datasetVersion;
    const issues = validateScenario(entry.scenario, dataset);
    if (issues.length > 0) return { kind: 'invalid', issues, otherDataset };
    const projection = project(dataset, entry.scenario);
    return {
      kind: 'projected',
      projection,
      otherDataset,
      targetsOnTrack: projection.targets.filter((t) => t.status === 'onTrack').length,
      targetsTotal: projection.targets.length,
    };
  });

  const rows: OutcomeRow[] = [];
  const addRow = (
    kind: OutcomeKind,
    subjectId: string,
    subject: OutcomeSubject,
    unit: OutcomeRow['unit'],
    figureOf: (column: ColumnResult) => Figure,
  ) => {
    const figures = columns.map((column) => (column.kind === 'invalid' ? MISSING : figureOf(column)));
    const reference = referenceIndex < 0 ? null : figures[referenceIndex]!.value;
    rows.push({
      id: `${kind}.${subjectId}`,
      kind,
      subject,
      unit,
      cells: figures.map((figure, index) => ({
        ...figure,
        delta: index === referenceIndex ? null : deltaOf(figure.value, reference, kind === 'output'),
      })),
    });
  };
  const targetOf = (column: ColumnResult, id: string) =>
    column.kind === 'projected' ? column.projection.targets.find((t) => t.id === id) : undefined;

  // Target-year outputs.
  for (const cluster of plan.clusters) {
    if (cluster.measure !== 'industrialOutput') continue;
    addRow('output', cluster.id, { kind: 'cluster', clusterId: cluster.id }, 'yi', (column) => {
      if (column.kind !== 'projected') return { value: cluster.target, target: cluster.target, status: null };
      const target = targetOf(column, cluster.id);
      return { value: target?.projected ?? null, target: target?.target ?? null, status: null };
    });
  }
  const zoneTarget = (
    column: ColumnResult,
    id: 'industrialOutput' | 'outputIntensity',
    planTarget: number,
  ) => {
    if (column.kind !== 'projected') return { value: planTarget, target: planTarget, status: null };
    const target = targetOf(column, id);
    // No producing land, no intensity: an empty cell ("—"), never 0.
    if (id === 'outputIntensity' && column.projection.zone[last]!.outputIntensity === null) {
      return { value: null, target: target?.target ?? null, status: null };
    }
    return { value: target?.projected ?? null, target: target?.target ?? null, status: null };
  };
  /** Whether a column has no zone intensity (no producing land): its attainment and gap stay empty. */
  const noIntensity = (column: ColumnResult, id: string) =>
    id === 'outputIntensity' &&
    column.kind === 'projected' &&
    column.projection.zone[last]!.outputIntensity === null;
  addRow('output', 'industrialOutput', { kind: 'zone', indicatorId: 'industrialOutput' }, 'yi', (column) =>
    zoneTarget(column, 'industrialOutput', plan.industrialOutputTarget),
  );
  const serviceIds = plan.clusters.filter((c) => c.measure === 'serviceRevenue').map((c) => c.id);
  const planServiceTarget = plan.clusters
    .filter((c) => c.measure === 'serviceRevenue')
    .reduce((sum, c) => sum + c.target, 0);
  addRow('output', 'serviceRevenue', { kind: 'zone', indicatorId: 'serviceRevenue' }, 'yi', (column) => {
    if (column.kind !== 'projected')
      return { value: planServiceTarget, target: planServiceTarget, status: null };
    const target = serviceIds.reduce((sum, id) => sum + (targetOf(column, id)?.target ?? 0), 0);
    return { value: column.projection.zone[last]!.serviceRevenue, target, status: null };
  });
  addRow(
    'output',
    'outputIntensity',
    { kind: 'zone', indicatorId: 'outputIntensity' },
    'yiPerKm2',
    (column) => zoneTarget(column, 'outputIntensity', plan.intensityTarget),
  );

  // Attainment and gap per target, in the engine's target order.
  const planTargets: { id: string; subject: OutcomeSubject; unit: 'yi' | 'yiPerKm2'; target: number }[] = [
    ...plan.clusters.map((cluster) => ({
      id: cluster.id as string,
      subject: { kind: 'cluster', clusterId: cluster.id } as const,
      unit: 'yi' as const,
      target: cluster.target,
    })),
    {
      id: 'industrialOutput',
      subject: { kind: 'zone', indicatorId: 'industrialOutput' },
      unit: 'yi',
      target: plan.industrialOutputTarget,
    },
    {
      id: 'outputIntensity',
      subject: { kind: 'zone', indicatorId: 'outputIntensity' },
      unit: 'yiPerKm2',
      target: plan.intensityTarget,
    },
  ];
  for (const { id, subject, target: planTarget } of planTargets) {
    addRow('attainment', id, subject, 'fraction', (column) => {
      if (column.kind !== 'projected') return { value: 1, target: planTarget, status: null };
      const target = targetOf(column, id);
      return target === undefined || noIntensity(column, id)
        ? MISSING
        : { value: target.attainment, target: target.target, status: target.status };
    });
  }
  for (const { id, subject, unit, target: planTarget } of planTargets) {
    addRow('gap', id, subject, unit, (column) => {
      if (column.kind !== 'projected') return { value: 0, target: planTarget, status: null };
      const target = targetOf(column, id);
      return target === undefined || noIntensity(column, id)
        ? MISSING
        : { value: target.gap, target: target.target, status: null };
    });
  }

  return {
    datasetVersion: dataset.version,
    years,
    targetYear: years[last]!,
    referenceIndex,
    columns,
    outcomes: rows,
    assumptions: diffAssumptions(
      dataset,
      entries.map((entry) => (entry.kind === 'plan' ? null : entry.scenario)),
      referenceIndex,
    ),
  };
}
