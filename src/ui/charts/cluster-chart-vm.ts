import type { ClusterProjection, TargetResult } from '../../engine/projection-types';
import type { ChartModel } from './chart-view';
import { labelledLine, withPaletteText, type ChartPalette } from './palette';

/** Words and number formatting a cluster chart needs, in the current language. */
export interface ClusterChartText {
  readonly projected: string;
  readonly capacity: string;
  readonly planPath: string;
  /** Label of the part a link between clusters brings (producer services), drawn where it is above 0. */
  readonly link: string;
  readonly targetLabel: string;
  readonly yAxis: string;
  readonly formatValue: (value: number) => string;
}

/**
 * Build one cluster's chart: projected output per year (solid), land capacity (dashed), the path the
 * target needs from the base year at its overall CAGR (dotted), the part a link between clusters brings
 * where there is one (producer services: a thin line with diamonds), and the target line.
 */
export function clusterChartModel(
  projection: ClusterProjection,
  target: TargetResult,
  text: ClusterChartText,
  palette: ChartPalette,
): ChartModel<'line'> {
  const years = projection.years;
  const output = years.map((y) => y.output);
  const capacity = years.map((y) => y.capacity);
  const n = years.length - 1;
  const rate = target.requiredCagr;
  const planPath = years.map((_, t) => (rate === null ? target.base : target.base * (1 + rate) ** t));
  const top = Math.max(target.target, ...output, ...planPath) * 1.15;
  const colour = palette.clusters[projection.id];
  return withPaletteText(
    {
      type: 'line',
      data: {
        labels: years.map((y) => String(y.year)),
        datasets: [
          {
            label: text.projected,
            data: output,
            borderColor: colour,
            backgroundColor: colour,
            borderWidth: 3,
            pointRadius: 4,
            pointStyle: 'circle',
          },
          {
            label: text.capacity,
            data: capacity,
            borderColor: palette.capacity,
            backgroundColor: palette.capacity,
            borderWidth: 1.5,
            borderDash: [6, 4],
            pointRadius: 2,
            pointStyle: 'rect',
          },
          ...(years.some((y) => y.link > 0)
            ? [
                {
                  label: text.link,
                  data: years.map((y) => y.link),
                  borderColor: colour,
                  backgroundColor: palette.surface,
                  borderWidth: 1.5,
                  borderDash: [1, 3],
                  pointRadius: 4,
                  pointStyle: 'rectRot',
                },
              ]
            : []),
          {
            label: text.planPath,
            data: planPath,
            borderColor: palette.target,
            backgroundColor: palette.target,
            borderWidth: 1.5,
            borderDash: [2, 3],
            pointRadius: (context) => (context.dataIndex === n ? 5 : 0),
            pointStyle: 'triangle',
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { beginAtZero: true, suggestedMax: top, title: { display: true, text: text.yAxis } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${text.formatValue(Number(item.raw))}`,
            },
          },
          annotation: {
            annotations: {
              target: labelledLine(palette, {
                value: target.target,
                label: text.targetLabel,
                width: 1,
                alpha: 0.9,
              }),
            },
          },
        },
      },
    },
    palette,
  );
}
