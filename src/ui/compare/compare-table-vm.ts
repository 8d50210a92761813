import { leverSpec } from '../../data/levers';
import type { PlanDataset } from '../../data/plan-types';
import type { AssumptionRow, Comparison, Delta, OutcomeRow, OutcomeSubject } from '../../engine/compare';
import { conflictFigures } from '../../engine/compare';
import type { TargetStatus } from '../../engine/projection-types';
import type { I18n } from '../../i18n/i18n.svelte';
import { localIsoDate } from '../../i18n/dates';
import type { ExportCell, ExportColumn, ExportTable } from '../export/table-model';

/** One cell of the compare table as shown. */
export interface TableCell {
  /** The value, formatted (with its unit where the row label has none). */
  readonly main: string;
  /** A second line: the gap of an attainment, or null. */
  readonly sub: string | null;
  /** The difference from the reference, formatted with its sign; null in the reference column or without one. */
  readonly delta: string | null;
  /** −1, 0 or 1: the sign of the difference (for an arrow beside it; the sign is also in the text). */
  readonly deltaSign: -1 | 0 | 1;
  /** Status of an attainment, shown as a badge with words. */
  readonly status: TargetStatus | null;
  /** Whether an assumption differs from the reference column's. */
  readonly differsFromReference: boolean;
}

/** One row of the compare table as shown. */
export interface TableRow {
  readonly id: string;
  /** Row heading, with the unit. */
  readonly label: string;
  readonly cells: readonly TableCell[];
  /** Assumption rows: whether the scenarios differ here (highlighted). */
  readonly differs: boolean;
}

/** A group of rows under its own heading. */
export interface TableSection {
  readonly id: 'outcomes' | 'targets' | 'assumptions';
  readonly title: string;
  readonly rows: readonly TableRow[];
}

/** What the table model needs besides the comparison. */
export interface CompareTableInput {
  readonly comparison: Comparison;
  readonly dataset: PlanDataset;
  /** Each column's name, in column order. */
  readonly names: readonly string[];
  readonly i18n: I18n;
}

/** The name of what an outcome row is about, in the current language. */
export function subjectName(subject: OutcomeSubject, dataset: PlanDataset, i18n: I18n): string {
  if (subject.kind === 'cluster') {
    const cluster = dataset.clusters.find((c) => c.id === subject.clusterId);
    return cluster === undefined ? subject.clusterId : i18n.text(cluster.name);
  }
  switch (subject.indicatorId) {
    case 'industrialOutput':
      return i18n.t('targets.industrialOutput');
    case 'serviceRevenue':
      return i18n.t('compare.row.serviceRevenue');
    case 'outputIntensity':
      return i18n.t('targets.outputIntensity');
  }
}

function unitText(unit: OutcomeRow['unit'], i18n: I18n): string {
  if (unit === 'fraction') return i18n.t('compare.export.attainmentUnit');
  return i18n.t(unit === 'yi' ? 'unit.yi' : 'unit.yiPerKm2');
}

/** A number with its sign always shown ("+12.3", "−4.0", "0.0"). */
function signed(value: number, decimals: number, i18n: I18n): string {
  const text = i18n.num(value, decimals);
  if (Number(value.toFixed(decimals)) > 0) return `+${text}`;
  return text.replace(/^-/, '−');
}

function signOf(delta: Delta | null, decimals: number): -1 | 0 | 1 {
  if (delta === null) return 0;
  const rounded = Number(delta.absolute.toFixed(decimals));
  return rounded > 0 ? 1 : rounded < 0 ? -1 : 0;
}

function deltaText(delta: Delta | null, kind: OutcomeRow['kind'], i18n: I18n): string | null {
  if (delta === null) return null;
  if (kind === 'attainment')
    return i18n.t('compare.delta.points', { value: signed(delta.absolute * 100, 1, i18n) });
  const absolute = signed(delta.absolute, 1, i18n);
  if (delta.relative === null) return absolute;
  const relative = `${signed(delta.relative * 100, 1, i18n)}%`;
  return i18n.locale === 'zh-CN' ? `${absolute}（${relative}）` : `${absolute} (${relative})`;
}

function gapText(gap: number, unit: OutcomeRow['unit'], i18n: I18n): string {
  const value =
    unit === 'yi' ? i18n.yi(Math.abs(gap)) : `${i18n.num(Math.abs(gap))} ${i18n.t('unit.yiPerKm2')}`;
  return i18n.t(gap > 0 ? 'targets.shortfall' : 'targets.surplus', { value });
}

function withUnit(name: string, unit: string, i18n: I18n): string {
  return i18n.t('compare.row.withUnit', { name, unit });
}

/** The heading of an assumption row, with its unit. */
export function assumptionLabel(row: AssumptionRow, dataset: PlanDataset, i18n: I18n): string {
  const subject = row.subject;
  switch (subject.kind) {
    case 'lever': {
      const cluster = dataset.clusters.find((c) => c.id === subject.clusterId);
      const name = i18n.t('compare.assumption.lever', {
        cluster: cluster === undefined ? subject.clusterId : i18n.text(cluster.name),
        lever: i18n.t(`lever.${subject.leverId}`),
      });
      return withUnit(name, i18n.t(`unit.${leverSpec(subject.leverId).unit}`), i18n);
    }
    case 'otherIndustryGrowth':
      return withUnit(i18n.t('workbench.otherIndustryGrowth'), i18n.t('unit.percentPerYear'), i18n);
    case 'threshold':
      return withUnit(
        i18n.t(subject.which === 'onTrack' ? 'compare.assumption.onTrack' : 'compare.assumption.atRisk'),
        i18n.t('unit.percent'),
        i18n,
      );
    case 'conflict':
      return conflictSubject(subject.conflictId, dataset, i18n);
    case 'link':
      return subject.field === 'share'
        ? withUnit(i18n.t('link.producerServicesShare'), i18n.t('unit.yiPerYi'), i18n)
        : i18n.t('compare.assumption.linkOn', { link: i18n.t(`link.${subject.linkId}`) });
  }
}

/** What a conflicting plan figure is, named in the current language. */
export function conflictSubject(conflictId: string, dataset: PlanDataset, i18n: I18n): string {
  const { baseYear, targetYear } = dataset.horizon;
  for (const cluster of dataset.clusters) {
    const name = i18n.text(cluster.name);
    if (cluster.base.kind === 'conflict' && cluster.base.conflictId === conflictId) {
      return i18n.t('compare.conflict.clusterBase', { cluster: name, year: baseYear });
    }
    if (cluster.target.kind === 'conflict' && cluster.target.conflictId === conflictId) {
      return i18n.t('compare.conflict.clusterTarget', { cluster: name, year: targetYear });
    }
  }
  const inside = dataset.zone.otherIndustryInTarget;
  if (inside.kind === 'conflict' && inside.conflictId === conflictId) {
    return i18n.t('compare.conflict.otherIndustryIn600');
  }
  const zoneBase = dataset.zone.industrialOutputBase;
  if (zoneBase.kind === 'conflict' && zoneBase.conflictId === conflictId) {
    return i18n.t('compare.conflict.zoneOutputBase', { year: baseYear });
  }
  const indicator = dataset.indicators.find(
    (i) =>
      (i.base?.kind === 'conflict' && i.base.conflictId === conflictId) ||
      (i.target.kind === 'conflict' && i.target.conflictId === conflictId),
  );
  return i18n.t('compare.conflict.other', {
    name: indicator === undefined ? conflictId : i18n.text(indicator.name),
  });
}

/** Display scale and decimals of an assumption row's values. */
function assumptionScale(row: AssumptionRow): { scale: number; decimals: number } {
  switch (row.subject.kind) {
    case 'lever': {
      const spec = leverSpec(row.subject.leverId);
      return { scale: spec.displayScale, decimals: spec.decimals };
    }
    case 'otherIndustryGrowth':
      return { scale: 100, decimals: 1 };
    case 'threshold':
      return { scale: 100, decimals: 0 };
    case 'conflict':
      return { scale: 1, decimals: 0 };
    case 'link':
      return row.subject.field === 'share' ? { scale: 1, decimals: 2 } : { scale: 1, decimals: 0 };
  }
}

/**
 * Enough decimals that values which differ also read differently (up to four more than usual):
 * 10.06 % and 10.1 % must not both show as "10.1".
 */
function decimalsToTell(
  values: readonly (number | null)[],
  scale: number,
  decimals: number,
  i18n: I18n,
): number {
  const present = values.filter((v): v is number => v !== null).map((v) => v * scale);
  const distinct = new Set(present).size;
  for (let d = decimals; d <= decimals + 4; d++) {
    if (new Set(present.map((v) => i18n.num(v, d))).size === distinct) return d;
  }
  return decimals + 4;
}

/** Format one assumption row's values (model units → display units; readings by their label). */
export function assumptionTexts(row: AssumptionRow, dataset: PlanDataset, i18n: I18n): string[] {
  if (row.subject.kind === 'conflict') {
    const figure = conflictFigures(dataset).get(row.subject.conflictId);
    return row.values.map((value) => {
      const reading = value === null ? undefined : figure?.readings[value];
      return reading === undefined ? i18n.t('compare.cell.missing') : i18n.text(reading.label);
    });
  }
  const { scale, decimals } = assumptionScale(row);
  const shown = decimalsToTell(row.values, scale, decimals, i18n);
  return row.values.map((value) =>
    value === null ? i18n.t('compare.cell.missing') : i18n.num(value * scale, shown),
  );
}

function outcomeCells(row: OutcomeRow, comparison: Comparison, i18n: I18n): TableCell[] {
  return row.cells.map((cell, index) => {
    const isPlan = comparison.columns[index]?.kind === 'plan';
    const missing = i18n.t('compare.cell.missing');
    let main: string;
    let sub: string | null = null;
    if (cell.value === null) main = missing;
    else if (row.kind === 'attainment') {
      // The gap row of the same target carries the target's unit (亿元 or 亿元/km²).
      const gap = comparison.outcomes.find((r) => r.id === `gap.${row.id.slice('attainment.'.length)}`);
      const unit = gap?.unit ?? 'yi';
      if (isPlan) {
        const target = cell.target ?? 0;
        main = i18n.t('compare.cell.target', {
          value: unit === 'yi' ? i18n.yi(target) : `${i18n.num(target)} ${i18n.t('unit.yiPerKm2')}`,
        });
      } else {
        main = i18n.pct(cell.value);
        const gapValue = gap?.cells[index]?.value ?? null;
        sub = gapValue === null ? null : gapText(gapValue, unit, i18n);
      }
    } else main = i18n.num(cell.value, 1);
    const decimals = row.kind === 'attainment' ? 3 : 1;
    return {
      main,
      sub,
      delta: deltaText(cell.delta, row.kind, i18n),
      deltaSign: signOf(cell.delta, decimals),
      status: cell.status,
      differsFromReference: false,
    };
  });
}

/**
 * The compare table as shown: target-year results, attainment per target (with status and gap), and
 * the assumptions (only those that differ unless `showAll`), each cell with its delta.
 */
export function compareTableSections(input: CompareTableInput, showAll: boolean): TableSection[] {
  const { comparison, dataset, i18n } = input;
  const year = comparison.targetYear;
  const outputs = comparison.outcomes
    .filter((row) => row.kind === 'output')
    .map((row): TableRow => ({
      id: row.id,
      label: withUnit(subjectName(row.subject, dataset, i18n), unitText(row.unit, i18n), i18n),
      cells: outcomeCells(row, comparison, i18n),
      differs: false,
    }));
  const targets = comparison.outcomes
    .filter((row) => row.kind === 'attainment')
    .map((row): TableRow => ({
      id: row.id,
      label: i18n.t('compare.row.attainment', { name: subjectName(row.subject, dataset, i18n) }),
      cells: outcomeCells(row, comparison, i18n),
      differs: false,
    }));
  const assumptions = comparison.assumptions
    .filter((row) => showAll || row.differs)
    .map((row): TableRow => {
      const texts = assumptionTexts(row, dataset, i18n);
      return {
        id: row.id,
        label: assumptionLabel(row, dataset, i18n),
        differs: row.differs,
        cells: texts.map((main, index) => ({
          main,
          sub: null,
          delta: null,
          deltaSign: 0,
          status: null,
          differsFromReference: row.differsFromReference[index] ?? false,
        })),
      };
    });
  return [
    { id: 'outcomes', title: i18n.t('compare.table.outcomes', { year }), rows: outputs },
    { id: 'targets', title: i18n.t('compare.table.targets', { year }), rows: targets },
    { id: 'assumptions', title: i18n.t('compare.table.assumptions'), rows: assumptions },
  ];
}

/** Everything the export notes say besides the table. */
export interface ExportContext {
  readonly appVersion: string;
  /** Export date, written as the local YYYY-MM-DD. */
  readonly date: Date;
  /** Whose comparison it is (the compared scenarios' names, joined), for the file name. */
  readonly scenarios: string;
}

/**
 * The compare table for CSV, XLSX and the clipboard, as the screen rounds it: headers in the current
 * language; values as numbers in the units of the unit column (results and gaps in 亿元 with one
 * decimal, attainment in % with one decimal, assumptions with the decimals the screen shows them);
 * per non-reference column its difference from the reference, absolute (attainment in percentage
 * points) and relative in %; every assumption with a "differs" flag; status as words.
 */
export function compareExportTable(input: CompareTableInput, context: ExportContext): ExportTable {
  const { comparison, dataset, names, i18n } = input;
  const year = comparison.targetYear;
  const ref = comparison.referenceIndex;
  const columns: ExportColumn[] = [
    { header: i18n.t('compare.export.section') },
    { header: i18n.t('compare.export.indicator') },
    { header: i18n.t('compare.export.unit') },
  ];
  names.forEach((name, index) => {
    columns.push({ header: name });
    if (ref >= 0 && index !== ref) {
      columns.push({ header: i18n.t('compare.export.delta', { name }) });
      columns.push({ header: i18n.t('compare.export.deltaPct', { name }), decimals: 1 });
    }
  });
  columns.push({ header: i18n.t('compare.export.differs') });

  const rows: ExportCell[][] = [];
  const shown = (value: number | null, decimals: number): ExportCell =>
    value === null ? null : { value, decimals };
  const push = (
    section: string,
    label: string,
    unit: string,
    values: readonly ExportCell[],
    deltas: readonly (Delta | null)[],
    delta: { readonly scale: number; readonly decimals: number },
    differs: boolean,
  ) => {
    const row: ExportCell[] = [section, label, unit];
    values.forEach((value, index) => {
      row.push(value);
      if (ref >= 0 && index !== ref) {
        const d = deltas[index] ?? null;
        row.push(d === null ? null : shown(d.absolute * delta.scale, delta.decimals));
        row.push(d?.relative == null ? null : d.relative * 100);
      }
    });
    row.push(differs ? i18n.t('compare.export.yes') : null);
    rows.push(row);
  };

  const outcomesTitle = i18n.t('compare.table.outcomes', { year });
  const targetsTitle = i18n.t('compare.table.targets', { year });
  for (const row of comparison.outcomes.filter((r) => r.kind === 'output')) {
    push(
      outcomesTitle,
      subjectName(row.subject, dataset, i18n),
      unitText(row.unit, i18n),
      row.cells.map((c) => shown(c.value, 1)),
      row.cells.map((c) => c.delta),
      { scale: 1, decimals: 1 },
      false,
    );
  }
  const attainments = comparison.outcomes.filter((r) => r.kind === 'attainment');
  for (const row of attainments) {
    push(
      targetsTitle,
      subjectName(row.subject, dataset, i18n),
      unitText('fraction', i18n),
      row.cells.map((c) => shown(c.value === null ? null : c.value * 100, 1)),
      row.cells.map((c) => (c.delta === null ? null : { absolute: c.delta.absolute, relative: null })),
      { scale: 100, decimals: 1 },
      false,
    );
  }
  for (const row of attainments) {
    push(
      targetsTitle,
      i18n.t('compare.export.status', { name: subjectName(row.subject, dataset, i18n) }),
      '',
      row.cells.map((c) => (c.status === null ? null : i18n.t(`status.${c.status}`))),
      row.cells.map(() => null),
      { scale: 1, decimals: 1 },
      false,
    );
  }
  for (const row of comparison.outcomes.filter((r) => r.kind === 'gap')) {
    push(
      targetsTitle,
      i18n.t('compare.export.gap', { name: subjectName(row.subject, dataset, i18n) }),
      unitText(row.unit, i18n),
      row.cells.map((c) => shown(c.value, 1)),
      row.cells.map((c) => (c.delta === null ? null : { absolute: c.delta.absolute, relative: null })),
      { scale: 1, decimals: 1 },
      false,
    );
  }
  const assumptionsTitle = i18n.t('compare.table.assumptions');
  for (const row of comparison.assumptions) {
    const label = assumptionLabel(row, dataset, i18n);
    if (row.subject.kind === 'conflict') {
      push(
        assumptionsTitle,
        label,
        '',
        assumptionTexts(row, dataset, i18n),
        [],
        { scale: 1, decimals: 0 },
        row.differs,
      );
      continue;
    }
    const { scale, decimals } = assumptionScale(row);
    const shownDecimals = decimalsToTell(row.values, scale, decimals, i18n);
    const reference = ref >= 0 ? (row.values[ref] ?? null) : null;
    push(
      assumptionsTitle,
      label,
      '',
      row.values.map((v) => shown(v === null ? null : v * scale, shownDecimals)),
      row.values.map((v) =>
        v === null || reference === null
          ? null
          : {
              absolute: v - reference,
              relative: reference !== 0 ? (v - reference) / Math.abs(reference) : null,
            },
      ),
      { scale, decimals: shownDecimals },
      row.differs,
    );
  }

  const notes: string[] = [];
  if (ref >= 0) notes.push(i18n.t('compare.export.reference', { name: names[ref] ?? '' }));
  comparison.columns.forEach((column, index) => {
    if (column.kind !== 'plan' && column.otherDataset !== null) {
      notes.push(
        i18n.t('compare.export.otherDataset', {
          name: names[index] ?? '',
          version: column.otherDataset,
          current: comparison.datasetVersion,
        }),
      );
    }
  });
  notes.push(
    i18n.t('compare.export.source', {
      version: comparison.datasetVersion,
      app: context.appVersion,
      date: localIsoDate(context.date),
    }),
  );
  return {
    title: i18n.t('compare.export.title', { year }),
    scenario: context.scenarios,
    columns,
    rows,
    notes,
  };
}
