import { localIsoDate } from '../../i18n/dates';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ChartType } from 'chart.js';
import type { ChartModel } from '../charts/chart-view';
import type { ChartPalette } from '../charts/palette';
import { seriesTable, type ExportableChart, type SeriesColumn } from '../export/chart-export';
import type { ExportTable } from '../export/table-model';
import type { WaterfallStep } from './waterfall-chart-vm';

/** What every export of the comparison names: whose scenarios, which plan data, when. */
export interface CompareExportContext {
  /** The compared scenarios' names, joined, for file names. */
  readonly scenarios: string;
  readonly datasetVersion: string;
  readonly i18n: I18n;
  readonly date: Date;
}

/** The source line under the comparison's charts and chart tables (local date). */
export function compareSource(context: CompareExportContext): string {
  return context.i18n.t('compare.pngSource', {
    version: context.datasetVersion,
    date: localIsoDate(context.date),
  });
}

/**
 * A chart of the comparison as it leaves the app: its PNG (drawn in the light palette) and its data.
 * @param model the chart in a palette
 * @param table the chart's numbers, rounded as its labels show them
 */
export function compareChartExport(
  context: CompareExportContext,
  chart: {
    readonly title: string;
    readonly unit: string;
    readonly model: (palette: ChartPalette) => ChartModel<ChartType>;
    readonly table: (notes: readonly string[]) => ExportTable;
  },
): ExportableChart {
  const source = compareSource(context);
  return {
    title: chart.title,
    unit: chart.unit,
    scenario: context.scenarios,
    source,
    unitsLine: context.i18n.t('compare.pngUnits', { unit: chart.unit }),
    model: chart.model,
    table: () => chart.table([source]),
  };
}

/** The data of an overlay chart: one row per year, a column per scenario and the target (亿元). */
export function overlayTable(
  context: CompareExportContext,
  title: string,
  years: readonly number[],
  series: readonly { readonly label: string; readonly values: readonly number[] }[],
  target: number,
  notes: readonly string[],
): ExportTable {
  const { i18n } = context;
  const unit = i18n.t('unit.yi');
  const withUnit = (text: string) => i18n.t('export.bracketed', { text, inner: unit });
  const columns: SeriesColumn[] = [
    ...series.map((s) => ({ header: withUnit(s.label), values: s.values })),
    {
      header: withUnit(i18n.t('targets.target')),
      values: years.map((_, i) => (i === years.length - 1 ? target : null)),
    },
  ];
  return seriesTable({
    title,
    scenario: context.scenarios,
    categoryHeader: i18n.t('export.yearColumn'),
    categories: years.map(String),
    series: columns,
    decimals: 1,
    notes,
  });
}

/** The data of the attainment chart: one row per target, a column per scenario (%, one decimal). */
export function attainmentTable(
  context: CompareExportContext,
  title: string,
  targets: readonly string[],
  series: readonly { readonly label: string; readonly values: readonly (number | null)[] }[],
  notes: readonly string[],
): ExportTable {
  const { i18n } = context;
  return seriesTable({
    title,
    scenario: context.scenarios,
    categoryHeader: i18n.t('targets.indicator'),
    categories: targets,
    series: series.map((s) => ({
      header: i18n.t('export.bracketed', { text: s.label, inner: i18n.t('unit.percent') }),
      values: s.values.map((v) => (v === null ? null : v * 100)),
    })),
    decimals: 1,
    notes,
  });
}

/** The data of the waterfall: one row per bar, its change (parts) or level (totals), 亿元. */
export function waterfallTable(
  context: CompareExportContext,
  title: string,
  steps: readonly WaterfallStep[],
  notes: readonly string[],
): ExportTable {
  const { i18n } = context;
  const unit = i18n.t('unit.yi');
  return seriesTable({
    title,
    scenario: context.scenarios,
    categoryHeader: i18n.t('compare.why.step'),
    categories: steps.map((s) => s.label),
    series: [
      {
        header: i18n.t('export.bracketed', { text: i18n.t('compare.why.change'), inner: unit }),
        values: steps.map((s) => (s.kind === 'total' ? null : s.value)),
      },
      {
        header: i18n.t('export.bracketed', { text: i18n.t('compare.why.level'), inner: unit }),
        values: steps.map((s) => s.end),
      },
    ],
    decimals: 1,
    notes,
  });
}
