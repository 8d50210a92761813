import type { Tornado } from '../../engine/uncertainty';
import type { ChartModel } from '../charts/chart-view';
import { labelledLine, withPaletteText, type ChartPalette } from '../charts/palette';

/** Words and number formatting the tornado needs, in the current language. */
export interface TornadoText {
  /** Name of each bar's assumption (with its range), in bar order. */
  readonly names: readonly string[];
  readonly atLow: string;
  readonly atHigh: string;
  readonly axis: string;
  readonly baseLabel: string;
  readonly targetLabel: string;
  readonly format: (value: number) => string;
}

/** What the tornado measures: the target-year value (亿元) or the attainment (fraction). */
export type TornadoMeasure = 'value' | 'attainment';

/**
 * Build the tornado: one row per ranged assumption, widest swing on top; a bar from the most
 * likely outcome to the outcome with the assumption at its low value, and one to its high value
 * (floating bars, overlaid); vertical lines at the most likely outcome and at the target.
 */
export function tornadoModel(
  tornado: Tornado,
  measure: TornadoMeasure,
  text: TornadoText,
  palette: ChartPalette,
): ChartModel<'bar'> {
  const pick = (value: number, attainment: number) => (measure === 'value' ? value : attainment);
  const base = pick(tornado.baseValue, tornado.baseAttainment);
  const goal = measure === 'value' ? tornado.target : 1;
  const lows = tornado.bars.map((bar) => pick(bar.valueAtLow, bar.attainmentAtLow));
  const highs = tornado.bars.map((bar) => pick(bar.valueAtHigh, bar.attainmentAtHigh));
  const all = [base, goal, ...lows, ...highs];
  const span = Math.max(...all) - Math.min(...all) || Math.abs(base) || 1;
  const bar = { borderWidth: 0, grouped: false, barPercentage: 0.7, categoryPercentage: 0.9 } as const;
  return withPaletteText(
    {
      type: 'bar',
      data: {
        labels: [...text.names],
        datasets: [
          {
            ...bar,
            label: text.atLow,
            data: lows.map((v) => [base, v] as [number, number]),
            backgroundColor: palette.low,
          },
          {
            ...bar,
            label: text.atHigh,
            data: highs.map((v) => [base, v] as [number, number]),
            backgroundColor: palette.high,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            min: Math.min(...all) - span * 0.08,
            max: Math.max(...all) + span * 0.08,
            title: { display: true, text: text.axis },
            ticks: { callback: (value) => text.format(Number(value)) },
          },
          y: { ticks: { font: { size: 11 } } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const [, end] = item.raw as [number, number];
                return `${item.dataset.label ?? ''}: ${text.format(end)}`;
              },
            },
          },
          annotation: {
            annotations: {
              base: labelledLine(palette, {
                value: base,
                label: text.baseLabel,
                axis: 'x',
                colour: palette.mostLikely,
                textColour: palette.surface,
                position: 'end',
              }),
              target: labelledLine(palette, {
                value: goal,
                label: text.targetLabel,
                axis: 'x',
                dash: [6, 4],
              }),
            },
          },
        },
      },
    },
    palette,
  );
}
