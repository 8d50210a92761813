import type { ChartModel } from '../charts/chart-view';
import { labelledLine, withPaletteText, type ChartPalette } from '../charts/palette';
import { barFill, type SeriesStyle } from './series-styles';

/** One scenario's bars: its attainment of each target. */
export interface AttainmentSeries {
  readonly label: string;
  /** Attainment per target as a fraction (1 = 100 %); null where it cannot be computed. */
  readonly values: readonly (number | null)[];
  readonly style: SeriesStyle;
}

/** Words an attainment chart needs, in the current language. */
export interface AttainmentText {
  /** Label of the 100 % line. */
  readonly fullLabel: string;
  readonly yAxis: string;
  readonly formatValue: (fraction: number) => string;
}

/**
 * Attainment per target, grouped by scenario: one group of bars per target, one bar per scenario in
 * its colour and fill pattern, and a line at 100 %. Values are drawn in percent.
 */
export function attainmentChartModel(
  targets: readonly string[],
  series: readonly AttainmentSeries[],
  text: AttainmentText,
  palette: ChartPalette,
): ChartModel<'bar'> {
  const top = Math.max(100, ...series.flatMap((s) => s.values.map((v) => (v ?? 0) * 100)));
  return withPaletteText(
    {
      type: 'bar',
      data: {
        labels: [...targets],
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values.map((v) => (v === null ? null : v * 100)) as number[],
          backgroundColor: barFill(s.style),
          borderColor: s.style.colour,
          borderWidth: 1.5,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { ticks: { autoSkip: false, maxRotation: 0, font: { size: 11 } } },
          y: {
            beginAtZero: true,
            suggestedMax: Math.ceil(top / 20) * 20,
            title: { display: true, text: text.yAxis },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 18, boxHeight: 12, font: { size: 11 } } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${text.formatValue(Number(item.raw) / 100)}`,
            },
          },
          annotation: {
            annotations: {
              full: labelledLine(palette, {
                value: 100,
                label: text.fullLabel,
                dash: [6, 3],
                position: 'end',
                yAdjust: -11,
                alpha: 0.92,
              }),
            },
          },
        },
      },
    },
    palette,
  );
}
