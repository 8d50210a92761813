import type { PlanDataset } from '../../data/plan-types';
import type { ActualSeries } from './actual-series';

/**
 * Zone industrial output actuals: the indicator `industrialOutput` where entered; otherwise, in a
 * year where every industrial cluster's output is entered, their sum (what the 600 measures by default).
 */
export function zoneOutputActuals(dataset: PlanDataset, series: ActualSeries): Map<number, number> {
  const out = new Map(series.industrialOutput);
  const industrial = dataset.clusters.filter((c) => c.measure === 'industrialOutput');
  for (const year of series.years) {
    if (out.has(year)) continue;
    let sum = 0;
    let all = true;
    for (const cluster of industrial) {
      const value = series.clusters[cluster.id].output.get(year);
      if (value === undefined) all = false;
      else sum += value;
    }
    if (all && industrial.length > 0) out.set(year, sum);
  }
  return out;
}
