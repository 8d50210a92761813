import type { ClusterData, PlanDataset } from '../../data/plan-types';
import type { ProjectionResult, TargetResult } from '../../engine/projection-types';
import type { I18n } from '../../i18n/i18n.svelte';
import { cagrText } from '../targets/target-rows';
import type { ChartModel } from './chart-view';
import { clusterChartModel } from './cluster-chart-vm';
import type { ChartPalette } from './palette';
import { zoneChartModel } from './zone-chart-vm';

/** A chart of a scenario ready to draw: its model, title and accessible description. */
export interface ScenarioChart<T extends 'bar' | 'line'> {
  readonly id: string;
  readonly title: string;
  /** What the chart shows, with its key numbers, for screen readers and image descriptions. */
  readonly description: string;
  /** The unit of the value axis, e.g. "亿元". */
  readonly unit: string;
  /** The target the chart marks, in `unit`. */
  readonly targetValue: number;
  readonly model: ChartModel<T>;
}

/** The zone chart of a projection (industrial output stacked by cluster, with the target); null without a zone target. */
export function zoneChart(
  result: ProjectionResult,
  dataset: PlanDataset,
  i18n: I18n,
  palette: ChartPalette,
  /** Actual zone industrial output by year (where entered). */
  actuals?: ReadonlyMap<number, number>,
): ScenarioChart<'bar'> | null {
  const target = result.targets.find((t) => t.id === 'industrialOutput');
  const last = result.zone[result.zone.length - 1];
  if (target === undefined || last === undefined) return null;
  const inside = last.otherIndustryInTarget;
  return {
    id: 'zone',
    // The period's own target (600 for the embedded plan), never a number written into the message.
    title: i18n.t(inside ? 'chart.zoneTitle' : 'chart.zoneTitleClusters', {
      target: i18n.num(target.target, 0),
    }),
    description: i18n.t(inside ? 'chart.zoneAria' : 'chart.zoneAriaClusters', {
      value: i18n.yi(target.projected),
      target: i18n.yi(target.target),
      other: i18n.yi(last.otherIndustry),
    }),
    unit: i18n.t('unit.yi'),
    targetValue: target.target,
    model: zoneChartModel(
      result,
      dataset.clusters,
      target.target,
      {
        clusterName: (cluster) => i18n.text(cluster.name),
        otherIndustry: i18n.t(inside ? 'chart.otherIndustry' : 'chart.otherIndustryBeside', {
          target: i18n.num(target.target, 0),
        }),
        targetLabel: i18n.t('chart.target', { value: i18n.yi(target.target, 0) }),
        yAxis: i18n.t('chart.yAxisYi'),
        formatValue: (v) => i18n.yi(v),
        actual: i18n.t('chart.actual'),
      },
      palette,
      actuals,
    ),
  };
}

/** A cluster's chart with the cluster and its target. */
export interface ClusterChart extends ScenarioChart<'line'> {
  readonly cluster: ClusterData;
  readonly target: TargetResult;
  /** "产值" or "营业收入" in the current language. */
  readonly measure: string;
}

/** One chart per cluster of a projection (projected output, land capacity, plan path, target). */
export function clusterCharts(
  result: ProjectionResult,
  dataset: PlanDataset,
  i18n: I18n,
  palette: ChartPalette,
  /** Actual output by cluster and year (where entered). */
  actuals?: (clusterId: ClusterData['id']) => ReadonlyMap<number, number> | undefined,
): ClusterChart[] {
  return dataset.clusters.flatMap((cluster): ClusterChart[] => {
    const projection = result.clusters.find((c) => c.id === cluster.id);
    const target = result.targets.find((t) => t.id === cluster.id);
    if (projection === undefined || target === undefined) return [];
    const name = i18n.text(cluster.name);
    const measure = i18n.t(cluster.measure === 'serviceRevenue' ? 'chart.revenue' : 'chart.output');
    return [
      {
        id: cluster.id,
        cluster,
        target,
        measure,
        title: i18n.t('export.clusterChartTitle', {
          cluster: name,
          measure,
          year: dataset.horizon.targetYear,
        }),
        description: i18n.t('chart.clusterAria', {
          cluster: name,
          measure,
          value: i18n.yi(target.projected),
          target: i18n.yi(target.target),
        }),
        unit: i18n.t('unit.yi'),
        targetValue: target.target,
        model: clusterChartModel(
          projection,
          target,
          {
            projected: i18n.t('chart.projected', { measure }),
            capacity: i18n.t('chart.capacity'),
            planPath: i18n.t('chart.planPath', { rate: cagrText(i18n, target.requiredCagr) }),
            link: i18n.t('link.chartSeries'),
            targetLabel: i18n.t('chart.target', { value: i18n.num(target.target, 0) }),
            yAxis: i18n.t('chart.yAxisYi'),
            formatValue: (v) => i18n.yi(v),
            actual: i18n.t('chart.actual'),
          },
          palette,
          actuals?.(cluster.id),
        ),
      },
    ];
  });
}

/**
 * A copy of a chart model with every text at a set size (px): for projectors and print, where the
 * workbench's sizes are too small. Only options are copied; the data stay shared.
 */
export function withFontSize<T extends 'bar' | 'line'>(model: ChartModel<T>, size: number): ChartModel<T> {
  // Chart.js's option types are generic per chart type and scale id: copy them as plain records.
  const options = model.options as Record<string, any>;
  // Every chart has an x and a y axis even when its options do not mention them.
  const scales = { x: {}, y: {}, ...(options.scales ?? {}) } as Record<string, Record<string, any>>;
  const sizedScales = Object.fromEntries(
    Object.entries(scales).map(([id, scale]) => [
      id,
      {
        ...scale,
        ticks: { ...scale.ticks, font: { ...scale.ticks?.font, size } },
        title: { ...scale.title, font: { ...scale.title?.font, size } },
      },
    ]),
  );
  const plugins = (options.plugins ?? {}) as Record<string, any>;
  const annotations = (plugins.annotation?.annotations ?? {}) as Record<string, any>;
  const sizedAnnotations = Object.fromEntries(
    Object.entries(annotations).map(([id, annotation]) => [
      id,
      annotation.type === 'label'
        ? // A label annotation (e.g. a bar's value) carries its font itself.
          { ...annotation, font: { ...annotation.font, size: Math.round(size * 0.9) } }
        : annotation.label === undefined
          ? annotation
          : {
              ...annotation,
              label: {
                ...annotation.label,
                font: { ...annotation.label.font, size: Math.round(size * 0.9) },
              },
            },
    ]),
  );
  const sized = {
    ...options,
    scales: sizedScales,
    plugins: {
      ...plugins,
      legend: {
        ...plugins.legend,
        labels: {
          ...plugins.legend?.labels,
          boxWidth: Math.round(size * 1.2),
          font: { ...plugins.legend?.labels?.font, size },
        },
      },
      tooltip: {
        ...plugins.tooltip,
        titleFont: { size },
        bodyFont: { size },
      },
      annotation: { ...plugins.annotation, annotations: sizedAnnotations },
    },
  };
  return { type: model.type, data: model.data, options: sized as ChartModel<T>['options'] };
}
