import type { OutputHistogram } from '../../engine/uncertainty';
import type { ChartModel } from '../charts/chart-view';
import { withAlpha, withPaletteText, type ChartPalette } from '../charts/palette';

/** Words and number formatting the histogram needs, in the current language. */
export interface HistogramText {
  readonly series: string;
  readonly xAxis: string;
  readonly yAxis: string;
  readonly targetLabel: string;
  /** Tooltip title of a bin, from its lower and upper edge. */
  readonly binLabel: (from: number, to: number) => string;
  /** A share of trials (fraction) as text. */
  readonly formatShare: (share: number) => string;
}

/**
 * Build the histogram of target-year zone output: the share of trials per bin on a linear axis,
 * the target marked by a labelled line (or, when it lies far beyond every trial, by an arrow at the
 * axis's edge, so that the bars keep a readable width).
 */
export function histogramModel(
  histogram: OutputHistogram,
  trials: number,
  text: HistogramText,
  palette: ChartPalette,
): ChartModel<'bar'> {
  const { start, binWidth, counts, target } = histogram;
  const width = binWidth > 0 ? binWidth : Math.max(1, Math.abs(start) * 0.01);
  // Points on a linear x axis (bin centres), which Chart.js parses for bars too; its bar typings
  // only name numbers and [start, end] pairs, hence the cast below.
  const points = Array.from(counts, (count, i) => ({ x: start + (i + 0.5) * width, y: count / trials }));
  const data = points as unknown as number[];
  const end = start + counts.length * width;
  // Show the target on the axis unless it is so far from every trial that the bars would shrink
  // to a sliver; then an arrow at the edge points to it.
  const span = Math.max(end - start, width);
  let low = start - 0.1 * span;
  let high = end + 0.1 * span;
  const targetShown = target >= low - 3 * span && target <= high + 3 * span;
  if (targetShown) {
    low = Math.min(low, target - 0.1 * span);
    high = Math.max(high, target + 0.1 * span);
  }
  const top = Math.max(...points.map((p) => p.y));
  const targetMark = targetShown
    ? {
        type: 'line' as const,
        xMin: target,
        xMax: target,
        borderColor: palette.target,
        borderWidth: 2,
        borderDash: [6, 4],
        label: {
          display: true,
          content: text.targetLabel,
          position: 'start' as const,
          backgroundColor: palette.target,
          color: palette.onTarget,
          font: { size: 11 },
        },
      }
    : {
        type: 'label' as const,
        xValue: target > high ? high : low,
        yValue: top,
        position: { x: target > high ? ('end' as const) : ('start' as const), y: 'start' as const },
        content: target > high ? `${text.targetLabel} →` : `← ${text.targetLabel}`,
        backgroundColor: palette.target,
        color: palette.onTarget,
        font: { size: 11 },
      };
  return withPaletteText(
    {
      type: 'bar',
      data: {
        datasets: [
          {
            label: text.series,
            data,
            backgroundColor: withAlpha(palette.zone, 0.75),
            borderColor: palette.surface,
            borderWidth: 1,
            barPercentage: 1,
            categoryPercentage: 1,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            type: 'linear',
            suggestedMin: low,
            suggestedMax: high,
            title: { display: true, text: text.xAxis },
          },
          y: {
            beginAtZero: true,
            title: { display: true, text: text.yAxis },
            ticks: { callback: (value) => text.formatShare(Number(value)) },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => {
                const x = Number((items[0]?.raw as { x: number } | undefined)?.x ?? 0);
                return text.binLabel(x - width / 2, x + width / 2);
              },
              label: (item) => text.formatShare(Number((item.raw as { y: number }).y)),
            },
          },
          annotation: { annotations: { target: targetMark } },
        },
      },
    },
    palette,
  );
}
