import type { FanSeries } from '../../engine/uncertainty';
import type { ChartModel } from '../charts/chart-view';
import { labelledLine, withAlpha, withPaletteText, type ChartPalette } from '../charts/palette';

import './fan-bands-plugin';

/** Words and number formatting a fan chart needs, in the current language. */
export interface FanChartText {
  /** Names of the quantile levels, in the order of the series' levels (P10 … P90). */
  readonly levels: readonly string[];
  /** Legend names of the outer (P10–P90) and inner (P25–P75) bands. */
  readonly outerBand: string;
  readonly innerBand: string;
  readonly median: string;
  readonly mostLikely: string;
  readonly targetLabel: string;
  readonly yAxis: string;
  readonly formatValue: (value: number) => string;
}

/** Dataset order: P90, P10, P75, P25, median, most likely; bands fill P10–P90 and P25–P75. */
const P90 = 0;
const P10 = 1;
const P75 = 2;
const P25 = 3;
const HIDDEN_FROM_LEGEND = new Set([P90, P75]);

/**
 * Build a fan chart: the P10–P90 and P25–P75 bands of a simulated figure year by year, its median,
 * the most likely projection (dashed) and the target line. The levels are those of the simulation
 * result (QUANTILE_LEVELS: 0.1, 0.25, 0.5, 0.75, 0.9).
 */
export function fanChartModel(
  series: FanSeries,
  years: readonly number[],
  colour: string,
  text: FanChartText,
  palette: ChartPalette,
): ChartModel<'line'> {
  const L = 5;
  const level = (l: number) => years.map((_, t) => series.quantiles[t * L + l]!);
  const line = { pointRadius: 0, borderWidth: 1, tension: 0 } as const;
  const names = [
    text.levels[4]!,
    text.levels[0]!,
    text.levels[3]!,
    text.levels[1]!,
    text.median,
    text.mostLikely,
  ];
  const top = Math.max(series.target, ...level(4), ...series.mostLikely) * 1.1;
  const outer = withAlpha(colour, 0.16);
  const inner = withAlpha(colour, 0.34);
  return withPaletteText(
    {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: [
          { ...line, label: names[0], data: level(4), borderColor: withAlpha(colour, 0.5) },
          // The band datasets' background colour is the band's, so that their legend boxes show it.
          {
            ...line,
            label: text.outerBand,
            data: level(0),
            borderColor: withAlpha(colour, 0.5),
            backgroundColor: outer,
          },
          { ...line, label: names[2], data: level(3), borderColor: withAlpha(colour, 0.7) },
          {
            ...line,
            label: text.innerBand,
            data: level(1),
            borderColor: withAlpha(colour, 0.7),
            backgroundColor: inner,
          },
          {
            label: text.median,
            data: level(2),
            borderColor: colour,
            backgroundColor: colour,
            borderWidth: 2.5,
            pointRadius: 3,
            tension: 0,
          },
          {
            label: text.mostLikely,
            data: Array.from(series.mostLikely),
            borderColor: palette.mostLikely,
            // Transparent fill: its legend box shows only the dashed outline, like the line.
            backgroundColor: 'rgba(0, 0, 0, 0)',
            borderWidth: 1.5,
            borderDash: [5, 4],
            pointRadius: 2,
            pointStyle: 'rect',
            tension: 0,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { beginAtZero: true, suggestedMax: top, title: { display: true, text: text.yAxis } },
        },
        plugins: {
          fanBands: {
            bands: [
              { upper: P90, lower: P10, colour: outer },
              { upper: P75, lower: P25, colour: inner },
            ],
          },
          legend: {
            position: 'bottom',
            labels: {
              boxWidth: 12,
              font: { size: 11 },
              filter: (item) => !HIDDEN_FROM_LEGEND.has(item.datasetIndex ?? -1),
            },
          },
          tooltip: {
            callbacks: {
              label: (item) => `${names[item.datasetIndex] ?? ''}: ${text.formatValue(Number(item.raw))}`,
            },
          },
          annotation: {
            annotations: {
              target: labelledLine(palette, { value: series.target, label: text.targetLabel, dash: [6, 4] }),
            },
          },
        },
      },
    },
    palette,
  );
}
