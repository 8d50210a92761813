import type { ActualValue } from '../../data/actuals-types';
import type { PlanDataset } from '../../data/plan-types';

/** The years a new period may start from: those with every cluster's actual output, after the dataset's base year. */
export function baseYearCandidates(dataset: PlanDataset, values: readonly ActualValue[]): number[] {
  const years = new Map<number, Set<string>>();
  for (const v of values) {
    if (!v.key.startsWith('output.') || v.year <= dataset.horizon.baseYear) continue;
    let set = years.get(v.year);
    if (set === undefined) years.set(v.year, (set = new Set()));
    set.add(v.key.slice('output.'.length));
  }
  return [...years]
    .filter(([, ids]) => dataset.clusters.every((c) => ids.has(c.id)))
    .map(([year]) => year)
    .sort((a, b) => a - b);
}
