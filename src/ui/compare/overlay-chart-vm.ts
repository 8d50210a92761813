import type { ChartModel } from '../charts/chart-view';
import { labelledLine, withPaletteText, type ChartPalette } from '../charts/palette';
import type { SeriesStyle } from './series-styles';

/** One scenario's line on an overlay chart. */
export interface OverlaySeries {
  readonly label: string;
  /** One value per year, 亿元. */
  readonly values: readonly number[];
  readonly style: SeriesStyle;
}

/** Words and number formatting an overlay chart needs, in the current language. */
export interface OverlayText {
  /** Label of the target line, e.g. "目标 250". */
  readonly targetLabel: string;
  readonly yAxis: string;
  readonly formatValue: (value: number) => string;
}

/**
 * An overlay chart: every scenario's yearly values as a line with its own colour, dash and point
 * shape, and the plan's target as a horizontal line. The legend draws each line's dash, so it reads
 * in greyscale too.
 * @param target the target value, or null for none
 */
export function overlayChartModel(
  years: readonly number[],
  series: readonly OverlaySeries[],
  target: number | null,
  text: OverlayText,
  palette: ChartPalette,
): ChartModel<'line'> {
  const top = Math.max(target ?? 0, ...series.flatMap((s) => s.values)) * 1.12;
  return withPaletteText(
    {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: series.map((s) => ({
          label: s.label,
          data: [...s.values],
          borderColor: s.style.colour,
          backgroundColor: s.style.colour,
          borderDash: [...s.style.dash],
          borderWidth: 3,
          pointStyle: s.style.pointStyle,
          pointRadius: 4.5,
          pointHoverRadius: 6,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { beginAtZero: true, suggestedMax: top, title: { display: true, text: text.yAxis } },
        },
        plugins: {
          // A flat box (height 0) is drawn as a stroke with the dataset's dash: the legend shows each line style.
          legend: { position: 'bottom', labels: { boxWidth: 34, boxHeight: 0, font: { size: 11 } } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${text.formatValue(Number(item.raw))}`,
            },
          },
          annotation: {
            annotations:
              target === null
                ? {}
                : {
                    target: labelledLine(palette, { value: target, label: text.targetLabel, alpha: 0.92 }),
                  },
          },
        },
      },
    },
    palette,
  );
}
