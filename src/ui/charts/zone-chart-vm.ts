import type { ClusterData } from '../../data/plan-types';
import type { ProjectionResult } from '../../engine/projection-types';
import type { ChartModel } from './chart-view';
import { labelledLine, withPaletteText, type ChartPalette } from './palette';

/** Words and number formatting the zone chart needs, in the current language. */
export interface ZoneChartText {
  readonly clusterName: (cluster: ClusterData) => string;
  /** Other industry's label: "其他工业", or "其他工业（另计，不在 600 之内）" when it is beside the 600. */
  readonly otherIndustry: string;
  readonly targetLabel: string;
  readonly yAxis: string;
  readonly formatValue: (value: number) => string;
}

/**
 * Build the zone chart: industrial output stacked by cluster per year, with the zone target line. Other
 * industry follows the reading of `otherIndustryIn600`: stacked on the clusters when the 600 counts it,
 * else a bar of its own beside the clusters' stack (hatched), so the stack is what the 600 measures.
 */
export function zoneChartModel(
  result: ProjectionResult,
  clusters: readonly ClusterData[],
  target: number,
  text: ZoneChartText,
  palette: ChartPalette,
): ChartModel<'bar'> {
  const industrial = clusters.filter((c) => c.measure === 'industrialOutput');
  const datasets = industrial.map((cluster) => {
    const projection = result.clusters.find((p) => p.id === cluster.id);
    return {
      label: text.clusterName(cluster),
      data: projection ? projection.years.map((y) => y.output) : [],
      backgroundColor: palette.clusters[cluster.id],
      borderColor: palette.surface,
      borderWidth: 1,
      stack: 'output',
    };
  });
  const inside = result.zone[0]?.otherIndustryInTarget ?? true;
  datasets.push({
    label: text.otherIndustry,
    data: result.zone.map((z) => z.otherIndustry),
    // Beside the 600: an outlined bar, told apart from the clusters' stack by its shape, not colour alone.
    backgroundColor: inside ? palette.other : palette.surface,
    borderColor: inside ? palette.surface : palette.other,
    borderWidth: inside ? 1 : 2,
    stack: inside ? 'output' : 'other',
  });
  const highest = Math.max(target, ...result.zone.map((z) => z.industrialOutput));
  return withPaletteText(
    {
      type: 'bar',
      data: { labels: result.years.map(String), datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true },
          y: {
            stacked: true,
            beginAtZero: true,
            suggestedMax: highest * 1.1,
            title: { display: true, text: text.yAxis },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14 } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${text.formatValue(Number(item.raw))}`,
            },
          },
          annotation: {
            annotations: {
              target: labelledLine(palette, {
                value: target,
                label: text.targetLabel,
                width: 2,
                dash: [6, 4],
                size: 11,
              }),
            },
          },
        },
      },
    },
    palette,
  );
}
