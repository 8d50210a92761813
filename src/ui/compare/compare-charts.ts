import type { PlanDataset } from '../../data/plan-types';
import { readFigure } from '../../data/provenance';
import type { ClusterId } from '../../data/plan-types';
import type { Comparison, LeverGroupId, Waterfall } from '../../engine/compare';
import type { I18n } from '../../i18n/i18n.svelte';
import type { CompareColumn, WaterfallBy, WaterfallState } from '../../state/compare.svelte';
import type { ChartModel } from '../charts/chart-view';
import type { ChartPalette } from '../charts/palette';
import { attainmentChartModel, type AttainmentSeries } from './attainment-chart-vm';
import { wrapLabel } from './chart-labels';
import { subjectName } from './compare-table-vm';
import { overlayChartModel, type OverlaySeries } from './overlay-chart-vm';
import { seriesStyle } from './series-styles';
import { waterfallChartModel, waterfallSteps, type WaterfallStep } from './waterfall-chart-vm';

/** A comparison as its charts need it: the engine's answer, its columns and their names. */
export interface ComparedColumns {
  readonly comparison: Comparison;
  readonly columns: readonly CompareColumn[];
  readonly names: readonly string[];
  readonly dataset: PlanDataset;
}

/** One overlay chart: a target's yearly values, one line per scenario, and the target. */
export interface OverlayChart {
  /** "zone" or the cluster's id. */
  readonly id: string;
  readonly title: string;
  /** Accessible description with the target-year values. */
  readonly label: string;
  readonly target: number;
  readonly series: readonly OverlaySeries[];
  readonly model: ChartModel<'line'>;
}

/** Each projectable scenario column with its style slot (its place among the scenario columns). */
function projectedColumns({ comparison, columns, names }: ComparedColumns) {
  return columns.flatMap((column, index) => {
    const result = comparison.columns[index];
    if (column.scenario === null) return [];
    const slot = columns.slice(0, index).filter((c) => c.scenario !== null).length;
    return result?.kind === 'projected' ? [{ projection: result.projection, name: names[index]!, slot }] : [];
  });
}

/** The overlay charts of a comparison: the zone's industrial output, then each cluster. */
export function overlayCharts(compared: ComparedColumns, i18n: I18n, palette: ChartPalette): OverlayChart[] {
  const { comparison, dataset } = compared;
  const projected = projectedColumns(compared);
  const years = comparison.years;
  const last = years.length - 1;
  type Projection = (typeof projected)[number]['projection'];
  const build = (
    id: string,
    title: string,
    values: (p: Projection) => number[],
    target: number,
  ): OverlayChart => {
    const series: OverlaySeries[] = projected.map((p) => ({
      label: p.name,
      values: values(p.projection),
      style: seriesStyle(p.slot, palette),
    }));
    return {
      id,
      title,
      label: i18n.t('compare.charts.aria', {
        subject: title,
        from: years[0]!,
        to: years[last]!,
        year: years[last]!,
        values: series.map((s) => `${s.label} ${i18n.yi(s.values[last] ?? 0)}`).join(comma(i18n)),
        target: i18n.yi(target),
      }),
      target,
      series,
      model: overlayChartModel(
        years,
        series,
        target,
        {
          targetLabel: i18n.t('chart.target', { value: i18n.num(target, 0) }),
          yAxis: i18n.t('chart.yAxisYi'),
          formatValue: (v) => i18n.yi(v),
        },
        palette,
      ),
    };
  };
  return [
    build(
      'zone',
      i18n.t('compare.charts.zone'),
      (p) => p.zone.map((z) => z.industrialOutput),
      readFigure(dataset.zone.industrialOutputTarget),
    ),
    ...dataset.clusters.map((cluster) =>
      build(
        cluster.id,
        cluster.measure === 'serviceRevenue' ? i18n.t('compare.row.serviceRevenue') : i18n.text(cluster.name),
        (p) => p.clusters.find((c) => c.id === cluster.id)?.years.map((y) => y.output) ?? [],
        readFigure(cluster.target),
      ),
    ),
  ];
}

/** The attainment chart: each target's attainment, grouped by scenario. */
export interface AttainmentChart {
  readonly title: string;
  readonly label: string;
  readonly targetNames: readonly string[];
  readonly series: readonly AttainmentSeries[];
  readonly model: ChartModel<'bar'>;
}

/** Build the attainment chart of a comparison. */
export function attainmentChart(
  compared: ComparedColumns,
  i18n: I18n,
  palette: ChartPalette,
): AttainmentChart {
  const { comparison, columns, names, dataset } = compared;
  const rows = comparison.outcomes.filter((row) => row.kind === 'attainment');
  const targetNames = rows.map((row) => subjectName(row.subject, dataset, i18n));
  const series: AttainmentSeries[] = columns.flatMap((column, index) => {
    if (column.scenario === null || comparison.columns[index]?.kind !== 'projected') return [];
    const slot = columns.slice(0, index).filter((c) => c.scenario !== null).length;
    return [
      {
        label: names[index]!,
        values: rows.map((row) => row.cells[index]!.value),
        style: seriesStyle(slot, palette),
      },
    ];
  });
  const values = series
    .map(
      (s) =>
        `${s.label}: ${s.values
          .map((v, i) => `${targetNames[i]} ${v === null ? '—' : i18n.pct(v)}`)
          .join(comma(i18n))}`,
    )
    .join(i18n.locale === 'zh-CN' ? '；' : '; ');
  return {
    title: i18n.t('compare.attainment.heading', { year: comparison.targetYear }),
    label: i18n.t('compare.attainment.aria', { year: comparison.targetYear, values }),
    targetNames,
    series,
    model: attainmentChartModel(
      targetNames.map((name) => wrapLabel(name, i18n.locale === 'zh-CN' ? 6 : 14)) as string[],
      series,
      {
        fullLabel: i18n.t('compare.attainment.full'),
        yAxis: i18n.t('compare.attainment.axis'),
        formatValue: (v) => i18n.pct(v),
      },
      palette,
    ),
  };
}

/** The comma of a list in a sentence: "，" in Chinese, ", " in English. */
function comma(i18n: I18n): string {
  return i18n.locale === 'zh-CN' ? '，' : ', ';
}

/** A change with its sign, one decimal ("+12.3", "−4.0"). */
export function signedChange(i18n: I18n, value: number): string {
  const text = i18n.num(value, 1);
  return Number(value.toFixed(1)) > 0 ? `+${text}` : text.replace(/^-/, '−');
}

/** The breakdown of why two scenarios differ, worded and drawn. */
export interface WaterfallView {
  readonly w: Waterfall;
  readonly from: string;
  readonly to: string;
  /** The figure broken down, named: "全区工业总产值" or "服务业营业收入". */
  readonly measure: string;
  /** "2020 年全区工业总产值：“B”比“A”多 12.3 亿元。" */
  readonly headline: string;
  /** "其中 增速 +1.2，…。" ("" when equal). */
  readonly parts: string;
  readonly label: string;
  readonly steps: readonly WaterfallStep[];
  readonly model: ChartModel<'bar'>;
}

/** Word and draw a waterfall from `from` to `to`, by kind of assumption or by cluster. */
export function waterfallView(
  w: Waterfall,
  names: { readonly from: string; readonly to: string },
  by: 'group' | 'cluster',
  dataset: PlanDataset,
  i18n: I18n,
  palette: ChartPalette,
): WaterfallView {
  const year = dataset.horizon.targetYear;
  const { from, to } = names;
  const group = (id: LeverGroupId | 'other' | 'links') => i18n.t(`compare.why.group.${id}`);
  const measure = i18n.t(`compare.why.measure.${w.measure}`);
  const cluster = (id: ClusterId) => {
    const found = dataset.clusters.find((c) => c.id === id);
    return found === undefined ? id : i18n.text(found.name);
  };
  const steps = waterfallSteps(w, by, { from, to, group, cluster });
  const list = steps
    .slice(1, -1)
    .map((s) => `${s.label} ${signedChange(i18n, s.value)}`)
    .join(comma(i18n));
  const rounded = Number(w.total.toFixed(1));
  const headline =
    rounded === 0
      ? i18n.t('compare.why.same', { year, measure, from, to })
      : i18n.t(rounded > 0 ? 'compare.why.more' : 'compare.why.less', {
          year,
          measure,
          from,
          to,
          value: i18n.yi(Math.abs(w.total)),
        });
  const wrap = i18n.locale === 'zh-CN' ? 7 : 13;
  return {
    w,
    from,
    to,
    measure,
    headline,
    parts: rounded === 0 ? '' : i18n.t('compare.why.parts', { parts: list }),
    label: i18n.t('compare.why.aria', {
      year,
      measure,
      from,
      to,
      start: i18n.yi(w.from),
      end: i18n.yi(w.to),
      parts: list,
    }),
    steps,
    model: waterfallChartModel(
      steps.map((s) => ({ ...s, label: wrapLabel(s.label, wrap) as string })),
      {
        yAxis: i18n.t('compare.why.axis', { measure, unit: i18n.t('unit.yi') }),
        formatChange: (v) => signedChange(i18n, v),
        formatTotal: (v) => i18n.num(v, 1),
      },
      palette,
    ),
  };
}

/**
 * The breakdown the compare view shows (its chosen pair, by kind of assumption or by cluster), named
 * as the comparison's columns are; null while none is ready or when it cannot be computed.
 */
export function chosenWaterfall(
  state: WaterfallState,
  by: WaterfallBy,
  compared: ComparedColumns,
  i18n: I18n,
  palette: ChartPalette,
): WaterfallView | null {
  if (state.kind !== 'ready' || !state.outcome.ok) return null;
  const nameOf = (key: string) =>
    compared.names[compared.columns.findIndex((column) => column.key === key)] ?? '';
  const names = { from: nameOf(state.from), to: nameOf(state.to) };
  return waterfallView(state.outcome.waterfall, names, by, compared.dataset, i18n, palette);
}
