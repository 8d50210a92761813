import type { ClusterId } from '../../data/plan-types';
import { LEVER_GROUP_IDS, type LeverGroupId, type Waterfall } from '../../engine/compare';
import type { ChartModel } from '../charts/chart-view';
import { withPaletteText, type ChartPalette } from '../charts/palette';
import { barFill } from './series-styles';

/** One bar of a waterfall: a total (from 0), or a part floating from the running level. */
export interface WaterfallStep {
  readonly label: string;
  /** The total, or the part's change, 亿元. */
  readonly value: number;
  /** Level the bar starts from, 亿元. */
  readonly start: number;
  /** Level the bar ends at, 亿元. */
  readonly end: number;
  readonly kind: 'total' | 'up' | 'down';
}

/** Names a waterfall's bars need, in the current language. */
export interface WaterfallNames {
  readonly from: string;
  readonly to: string;
  readonly group: (id: LeverGroupId | 'other' | 'links') => string;
  readonly cluster: (id: ClusterId) => string;
}

/**
 * The bars of a breakdown: the `from` total, each part in turn (by lever group, or by cluster), and
 * the `to` total. Every part starts where the previous one ended, so the last part ends at `to`
 * (up to rounding). "Other" and "links" (the links between clusters) follow the clusters' parts,
 * each left out when it is exactly 0 (the two scenarios agree on it, or it changes nothing).
 */
export function waterfallSteps(
  waterfall: Waterfall,
  by: 'group' | 'cluster',
  names: WaterfallNames,
): WaterfallStep[] {
  const parts: { label: string; value: number }[] =
    by === 'group'
      ? LEVER_GROUP_IDS.map((id) => ({ label: names.group(id), value: waterfall.byGroup[id] }))
      : waterfall.clusters.map((c) => ({ label: names.cluster(c.clusterId), value: c.total }));
  if (waterfall.other !== 0) parts.push({ label: names.group('other'), value: waterfall.other });
  if (waterfall.links !== 0) parts.push({ label: names.group('links'), value: waterfall.links });
  const steps: WaterfallStep[] = [
    { label: names.from, value: waterfall.from, start: 0, end: waterfall.from, kind: 'total' },
  ];
  let level = waterfall.from;
  for (const part of parts) {
    const end = level + part.value;
    steps.push({
      label: part.label,
      value: part.value,
      start: level,
      end,
      kind: part.value < 0 ? 'down' : 'up',
    });
    level = end;
  }
  steps.push({ label: names.to, value: waterfall.to, start: 0, end: waterfall.to, kind: 'total' });
  return steps;
}

/** Words a waterfall chart needs, in the current language. */
export interface WaterfallText {
  readonly yAxis: string;
  /** A change with its sign, e.g. "+12.3". */
  readonly formatChange: (value: number) => string;
  readonly formatTotal: (value: number) => string;
}

/** A round axis minimum below `value` (a multiple of 10, 50 or 100 depending on size). */
function roundDown(value: number): number {
  const step = value > 500 ? 100 : value > 100 ? 50 : 10;
  return Math.max(0, Math.floor(value / step) * step);
}

/**
 * A waterfall chart: floating bars (`[start, end]`), totals dark, increases solid green, decreases
 * hatched orange (told apart without colour: hatching, and every bar labelled with its signed value).
 * The axis starts at a round number below the lowest level so that small parts stay visible; the
 * totals are drawn from there.
 */
export function waterfallChartModel(
  steps: readonly WaterfallStep[],
  text: WaterfallText,
  palette: ChartPalette,
): ChartModel<'bar'> {
  const UP = { colour: palette.up, dash: [], pointStyle: 'circle', pattern: 'solid' } as const;
  const DOWN = { colour: palette.down, dash: [], pointStyle: 'rect', pattern: 'diagonal' } as const;
  const TOTAL_COLOUR = palette.zone;
  const levels = steps.flatMap((s) => (s.kind === 'total' ? [s.end] : [s.start, s.end]));
  const low = Math.min(...levels);
  const high = Math.max(...levels);
  const axisMin = roundDown(low - Math.max(0.25 * (high - low), 0.05 * high));
  const upFill = barFill(UP);
  const downFill = barFill(DOWN);
  const labels = Object.fromEntries(
    steps.map((step, index) => [
      `value${index}`,
      {
        type: 'label' as const,
        xValue: index,
        yValue: Math.max(step.start, step.end),
        yAdjust: -9,
        content: step.kind === 'total' ? text.formatTotal(step.value) : text.formatChange(step.value),
        color: palette.text,
        font: { size: 11, weight: 'bold' as const },
      },
    ]),
  );
  return withPaletteText(
    {
      type: 'bar',
      data: {
        labels: steps.map((s) => s.label),
        datasets: [
          {
            data: steps.map((s) =>
              s.kind === 'total' ? [axisMin, s.end] : [s.start, s.end],
            ) as unknown as number[],
            backgroundColor: steps.map((s) =>
              s.kind === 'total' ? TOTAL_COLOUR : s.kind === 'up' ? upFill : downFill,
            ),
            borderColor: steps.map((s) =>
              s.kind === 'total' ? TOTAL_COLOUR : s.kind === 'up' ? UP.colour : DOWN.colour,
            ),
            borderWidth: 1.5,
            barPercentage: 0.7,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { top: 18 } },
        scales: {
          x: { ticks: { autoSkip: false, maxRotation: 0, font: { size: 11 } } },
          y: {
            min: axisMin,
            suggestedMax: high + 0.08 * (high - axisMin),
            title: { display: true, text: text.yAxis },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => {
                const step = steps[item.dataIndex]!;
                return step.kind === 'total' ? text.formatTotal(step.value) : text.formatChange(step.value);
              },
            },
          },
          annotation: { annotations: labels },
        },
      },
    },
    palette,
  );
}
