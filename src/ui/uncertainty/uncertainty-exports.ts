import type { FanSeries, OutputHistogram } from '../../engine/uncertainty';
import type { I18n } from '../../i18n/i18n.svelte';
import type { WorkbenchState } from '../../state/workbench.svelte';
import type { ChartType } from 'chart.js';
import type { ChartModel } from '../charts/chart-view';
import type { ChartPalette } from '../charts/palette';
import { seriesTable, type ExportableChart } from '../export/chart-export';
import { sourceLine, workingScenarioMeta } from '../export/scenario-meta';
import type { ExportTable } from '../export/table-model';

/**
 * A chart of the uncertainty view as it leaves the app, named after the working scenario.
 * @param table the chart's numbers given the source line (and the scenario's name)
 */
export function uncertaintyChartExport(
  workbench: WorkbenchState,
  i18n: I18n,
  chart: {
    readonly title: string;
    readonly unit: string;
    readonly model: (palette: ChartPalette) => ChartModel<ChartType>;
    readonly table: (scenario: string, notes: readonly string[]) => ExportTable;
  },
): ExportableChart {
  const meta = workingScenarioMeta(workbench, i18n);
  const source = sourceLine(i18n, workbench.dataset, meta);
  return {
    title: chart.title,
    unit: chart.unit,
    scenario: meta.name,
    source,
    unitsLine: i18n.t('export.units', { unit: chart.unit }),
    model: chart.model,
    table: () => chart.table(meta.name, [source]),
  };
}

/** A fan chart's numbers: one row per year, P10 … P90, the most likely value and the target (亿元). */
export function fanTable(
  i18n: I18n,
  title: string,
  series: FanSeries,
  years: readonly number[],
  mostLikely: readonly number[],
  scenario: string,
  notes: readonly string[],
): ExportTable {
  const unit = i18n.t('unit.yi');
  const withUnit = (text: string) => i18n.t('export.bracketed', { text, inner: unit });
  const levels = ['levelP10', 'levelP25', 'median', 'levelP75', 'levelP90'] as const;
  return seriesTable({
    title,
    scenario,
    categoryHeader: i18n.t('export.yearColumn'),
    categories: years.map(String),
    series: [
      ...levels.map((level, l) => ({
        header: withUnit(i18n.t(`uncertainty.${level}`)),
        values: years.map((_, t) => series.quantiles[t * levels.length + l] ?? null),
      })),
      { header: withUnit(i18n.t('uncertainty.mostLikelyLine')), values: mostLikely },
      {
        header: withUnit(i18n.t('targets.target')),
        values: years.map((_, t) => (t === years.length - 1 ? series.target : null)),
      },
    ],
    decimals: 1,
    notes,
  });
}

/** The histogram's numbers: one row per bin (亿元 from–to), the share of trials in it (%). */
export function histogramTable(
  i18n: I18n,
  title: string,
  histogram: OutputHistogram,
  trials: number,
  scenario: string,
  notes: readonly string[],
): ExportTable {
  const bins = Array.from(histogram.counts, (count, i) => ({
    from: histogram.start + i * histogram.binWidth,
    to: histogram.start + (i + 1) * histogram.binWidth,
    share: (count / trials) * 100,
  }));
  const unit = i18n.t('unit.yi');
  return seriesTable({
    title,
    scenario,
    categoryHeader: i18n.t('uncertainty.histBinColumn', { unit }),
    categories: bins.map((bin) => `${i18n.num(bin.from)}–${i18n.num(bin.to)}`),
    series: [
      {
        header: i18n.t('export.bracketed', {
          text: i18n.t('uncertainty.histAxisY'),
          inner: i18n.t('unit.percent'),
        }),
        values: bins.map((bin) => bin.share),
      },
    ],
    decimals: 1,
    notes,
  });
}
