import type {
  DetailUnit,
  OutputPart,
  PlanDetailFigure,
  PlanSubTarget,
  TextProject,
} from '../../data/plan-detail-types';
import type { PlanDataset } from '../../data/plan-types';
import type { Figure } from '../../data/provenance';
import type { I18n } from '../../i18n/i18n.svelte';
import type { DataCell, DataColumn, DataRow, DataTableModel } from '../tables/data-table-model';
import { dataColumn, targetHeading } from '../targets/target-table-model';

/**
 * The tables of "the rest of the plan" (whole-plan view, "Baseline & sub-targets", and the projects
 * named in the text) as they are drawn and as they leave the app: one DataTableModel each, so files
 * hold what the screen shows. Every value carries its provenance mark; the plan's own words and the
 * section stand beside it.
 */

/** Decimals of a figure as the plan writes it (135.4 → 1, 0.84 → 2, 6238 → 0), at most 2. */
export function planDecimals(value: number): number {
  for (let d = 0; d < 2; d++) if (Math.abs(value * 10 ** d - Math.round(value * 10 ** d)) < 1e-9) return d;
  return 2;
}

/** The unit of a figure in the current language. */
export function detailUnitText(i18n: I18n, unit: DetailUnit): string {
  return i18n.t(`plan.unit.${unit}`);
}

/** A value as the tables show it: "≥ 40", "> 300", "≈ 7", "4–6", or the number. */
export function detailValueText(i18n: I18n, item: Pick<PlanDetailFigure, 'figure' | 'qualifier' | 'upper'>) {
  const number = (value: number) => i18n.num(value, planDecimals(value));
  if (item.upper !== undefined) {
    return i18n.t('plan.detail.range', { low: number(item.figure.value), high: number(item.upper.value) });
  }
  const text = number(item.figure.value);
  switch (item.qualifier) {
    case 'atLeast':
      return `≥ ${text}`;
    case 'over':
      return `> ${text}`;
    case 'about':
      return `≈ ${text}`;
    default:
      return text;
  }
}

/** The qualifier in words, for files (where the value column holds the bare number). */
function qualifierWords(i18n: I18n, item: Pick<PlanDetailFigure, 'qualifier' | 'upper'>): string | null {
  if (item.upper !== undefined) return i18n.t('plan.qualifier.range');
  return item.qualifier === undefined ? null : i18n.t(`plan.qualifier.${item.qualifier}`);
}

/** Where a figure stands, in the current language. */
function sourceText(i18n: I18n, figure: Figure): string {
  switch (figure.kind) {
    case 'plan':
      return i18n.section(figure.source.section);
    case 'derived':
      return figure.sources.map((s) => i18n.section(s.section)).join(i18n.t('summary.listSeparator'));
    case 'estimate':
      return i18n.t('provenance.estimateLong');
    case 'actual':
      return `${figure.source.document}${figure.source.date === '' ? '' : ` (${figure.source.date})`}`;
    case 'conflict':
      return figure.readings.map((r) => i18n.section(r.source.section)).join(i18n.t('summary.listSeparator'));
  }
}

/** The plan's words for a figure (kept in Chinese in both languages), or how it is computed. */
function quoteCell(i18n: I18n, figure: Figure): DataCell {
  if (figure.kind === 'plan') {
    const quote = figure.source.quote ?? '';
    return { text: quote, attrs: { lang: 'zh', 'data-source': 'plan' } };
  }
  if (figure.kind === 'derived') {
    return { text: i18n.t('plan.detail.computed', { formula: i18n.text(figure.formula) }) };
  }
  return { text: '' };
}

/** The note of a figure and how it relates to the indicators and the plan's conflicts. */
function noteText(
  i18n: I18n,
  dataset: PlanDataset,
  item: Pick<PlanDetailFigure, 'note' | 'indicatorId' | 'conflictId'>,
) {
  const parts: string[] = [];
  if (item.note !== undefined) parts.push(i18n.text(item.note));
  if (item.indicatorId !== undefined) {
    const indicator = dataset.indicators.find((i) => i.id === item.indicatorId);
    if (indicator !== undefined)
      parts.push(i18n.t('plan.detail.seeIndicator', { indicator: i18n.text(indicator.name) }));
  }
  if (item.conflictId !== undefined) parts.push(i18n.t('plan.detail.seeConflict'));
  return parts.join(i18n.locale === 'zh-CN' ? '' : ' ');
}

function valueCell(i18n: I18n, item: PlanDetailFigure, subject: string, strong = false): DataCell {
  return {
    text: detailValueText(i18n, item),
    value: item.figure.value,
    figure: { figure: item.figure, subject },
    attrs: { 'data-value': String(item.figure.value) },
    ...(strong ? { strong } : {}),
  };
}

/** The columns every figure table ends with: source, the plan's words, the note. */
function sourceColumns(i18n: I18n): DataColumn[] {
  return [
    dataColumn(i18n, 'source', i18n.t('plan.detail.source')),
    dataColumn(i18n, 'quote', i18n.t('plan.detail.quote')),
    dataColumn(i18n, 'note', i18n.t('plan.detail.note')),
  ];
}

/** A number column whose rows keep the plan's own decimals (201, 135.4, 0.84): files write them as they are. */
function planNumberColumn(i18n: I18n, id: string, header: string, only?: 'file'): DataColumn {
  return { ...dataColumn(i18n, id, header), numeric: true, ...(only === undefined ? {} : { only }) };
}

/** Files say what "≥", ">", "≈" and ranges mean, and give a range's upper end. */
function qualifierColumns(i18n: I18n, items: readonly PlanDetailFigure[]): DataColumn[] {
  const columns: DataColumn[] = [];
  if (items.some((i) => i.qualifier !== undefined || i.upper !== undefined)) {
    columns.push(dataColumn(i18n, 'qualifier', i18n.t('plan.detail.qualifier'), { only: 'file' }));
  }
  if (items.some((i) => i.upper !== undefined)) {
    columns.push(planNumberColumn(i18n, 'upper', i18n.t('plan.detail.upper'), 'file'));
  }
  return columns;
}

function qualifierCells(i18n: I18n, item: PlanDetailFigure): Record<string, DataCell> {
  const words = qualifierWords(i18n, item);
  return {
    qualifier: { text: words ?? '', value: words },
    upper: item.upper === undefined ? { text: '', value: null } : { text: '', value: item.upper.value },
  };
}

/** A table of figures the plan states (the 2017 baseline, the sums of sub-targets). */
export function detailFigureTable(
  title: string,
  items: readonly PlanDetailFigure[],
  dataset: PlanDataset,
  i18n: I18n,
): DataTableModel {
  const rows: DataRow[] = items.map((item) => {
    const name = i18n.text(item.name);
    const unit = detailUnitText(i18n, item.unit);
    return {
      id: item.id,
      heading: targetHeading(i18n, name, unit),
      attrs: { 'data-detail-id': item.id, 'data-kind': item.figure.kind },
      cells: {
        value: valueCell(i18n, item, name),
        ...qualifierCells(i18n, item),
        source: { text: sourceText(i18n, item.figure) },
        quote: quoteCell(i18n, item.figure),
        note: { text: noteText(i18n, dataset, item) },
      },
    };
  });
  return {
    title,
    caption: null,
    rowHeader: i18n.t('targets.indicator'),
    unitHeader: i18n.t('export.unitColumn'),
    columns: [
      planNumberColumn(i18n, 'value', i18n.t('plan.detail.value')),
      ...qualifierColumns(i18n, items),
      ...sourceColumns(i18n),
    ],
    rows,
  };
}

/** A table of targets (per cluster, or of 第五章): the 2017 value where the plan gives one, the target and its year. */
export function subTargetTable(
  title: string,
  targets: readonly PlanSubTarget[],
  dataset: PlanDataset,
  i18n: I18n,
): DataTableModel {
  const rows: DataRow[] = targets.map((target) => {
    const name = i18n.text(target.name);
    const unit = detailUnitText(i18n, target.unit);
    const base: DataCell =
      target.base === undefined
        ? { text: i18n.t('targets.none'), value: null }
        : {
            text: i18n.num(target.base.value, planDecimals(target.base.value)),
            value: target.base.value,
            figure: { figure: target.base, subject: `${name} ${i18n.t('plan.detail.base')}` },
          };
    return {
      id: target.id,
      heading: targetHeading(i18n, name, unit),
      attrs: { 'data-target-id': target.id, 'data-year': String(target.year) },
      cells: {
        base,
        value: valueCell(i18n, target, `${name} ${i18n.t('plan.detail.target')}`, true),
        ...qualifierCells(i18n, target),
        year: { text: String(target.year), value: target.year },
        source: { text: sourceText(i18n, target.figure) },
        quote: quoteCell(i18n, target.figure),
        note: { text: noteText(i18n, dataset, target) },
      },
    };
  });
  return {
    title,
    caption: null,
    rowHeader: i18n.t('targets.indicator'),
    unitHeader: i18n.t('export.unitColumn'),
    columns: [
      planNumberColumn(i18n, 'base', i18n.t('plan.detail.base')),
      planNumberColumn(i18n, 'value', i18n.t('plan.detail.target')),
      ...qualifierColumns(i18n, targets),
      dataColumn(i18n, 'year', i18n.t('plan.detail.year')),
      ...sourceColumns(i18n),
    ],
    rows,
  };
}

/** The 2017 split inside new materials: firms, output and share of the total per part, then the total. */
export function outputSplitTable(
  title: string,
  parts: readonly OutputPart[],
  total: OutputPart,
  i18n: I18n,
): DataTableModel {
  const firmsHeader = i18n.t('plan.detail.firmsHeader');
  const outputHeader = i18n.t('export.bracketed', {
    text: i18n.t('plan.detail.output'),
    inner: detailUnitText(i18n, 'yi'),
  });
  const row = (part: OutputPart, isTotal: boolean): DataRow => {
    const name = i18n.text(part.name);
    const share = (part.output.value / total.output.value) * 100;
    return {
      id: part.id,
      heading: { name, unit: null, unitText: null, notes: [], fileName: name },
      attrs: { 'data-part': part.id, 'data-kind': part.output.kind },
      cells: {
        firms: {
          text: i18n.num(part.firms.value, 0),
          value: part.firms.value,
          figure: { figure: part.firms, subject: `${name} ${i18n.t('plan.detail.firms')}` },
          ...(isTotal ? { strong: true } : {}),
        },
        output: {
          text: i18n.num(part.output.value, 1),
          value: part.output.value,
          figure: { figure: part.output, subject: `${name} ${i18n.t('plan.detail.output')}` },
          attrs: { 'data-value': String(part.output.value) },
          ...(isTotal ? { strong: true } : {}),
        },
        share: { text: `${i18n.num(share, 1)}%`, value: Math.round(share * 10) / 10 },
        source: { text: sourceText(i18n, part.output) },
        quote: quoteCell(i18n, part.output),
        note: { text: part.note === undefined ? '' : i18n.text(part.note) },
      },
    };
  };
  return {
    title,
    caption: null,
    rowHeader: i18n.t('plan.detail.part'),
    unitHeader: null,
    columns: [
      dataColumn(i18n, 'firms', firmsHeader, { decimals: 0 }),
      dataColumn(i18n, 'output', outputHeader, { decimals: 1 }),
      dataColumn(i18n, 'share', i18n.t('plan.detail.share', { total: i18n.num(total.output.value, 1) }), {
        unit: i18n.t('unit.percent'),
        decimals: 1,
      }),
      ...sourceColumns(i18n),
    ],
    rows: [...parts.map((part) => row(part, false)), row(total, true)],
  };
}

/** The projects the plan names in its text outside the boxes: what they build, in the plan's words. */
export function textProjectTable(
  title: string,
  projects: readonly TextProject[],
  dataset: PlanDataset,
  i18n: I18n,
): DataTableModel {
  const clusterName = (id: string | null) => {
    if (id === null) return i18n.t('plan.detail.infrastructure');
    const cluster = dataset.clusters.find((c) => c.id === id);
    return cluster === undefined ? id : i18n.text(cluster.name);
  };
  const rows: DataRow[] = projects.map((project) => ({
    id: project.id,
    heading: {
      name: i18n.text(project.name),
      unit: null,
      unitText: null,
      notes: [],
      fileName: i18n.text(project.name),
      // In Chinese the name is the plan's own (it may hold Latin letters, e.g. SMC).
      ...(i18n.locale === 'zh-CN' ? { nameAttrs: { 'data-source': 'plan' } } : {}),
    },
    attrs: { 'data-text-project': project.id, 'data-cluster': project.clusterId ?? 'none' },
    cells: {
      cluster: { text: clusterName(project.clusterId) },
      capacity: { text: i18n.text(project.capacity.text) },
      stage: { text: i18n.t(`plan.stage.${project.stage}`) },
      sponsor: { text: project.sponsor === null ? i18n.t('targets.none') : i18n.text(project.sponsor) },
      source: { text: i18n.section(project.capacity.source.section) },
      quote: { text: project.capacity.source.quote ?? '', attrs: { lang: 'zh', 'data-source': 'plan' } },
      note: { text: project.note === undefined ? '' : i18n.text(project.note) },
    },
  }));
  return {
    title,
    caption: null,
    rowHeader: i18n.t('plan.detail.project'),
    unitHeader: null,
    columns: [
      dataColumn(i18n, 'cluster', i18n.t('plan.detail.cluster')),
      dataColumn(i18n, 'capacity', i18n.t('plan.detail.capacity')),
      dataColumn(i18n, 'stage', i18n.t('plan.detail.stage')),
      dataColumn(i18n, 'sponsor', i18n.t('plan.detail.sponsor')),
      ...sourceColumns(i18n),
    ],
    rows,
  };
}
