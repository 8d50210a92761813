import type { ActualValue } from '../../data/actuals-types';
import type { ClusterId, PlanDataset } from '../../data/plan-types';

/**
 * The actuals the evaluation uses, as numbers per year of the dataset's horizon (base year excluded:
 * the base year is the plan's own figure). Years after the target year are kept apart: they belong to
 * the next period, not to this plan's evaluation.
 */
export interface ActualSeries {
  /** The horizon's projected years, in order. */
  readonly years: readonly number[];
  /** Per cluster: output (revenue for services), investment and producing land by year; absent years missing. */
  readonly clusters: Readonly<
    Record<
      ClusterId,
      { output: Map<number, number>; investment: Map<number, number>; land: Map<number, number> }
    >
  >;
  /** All industrial output of the zone (indicator `industrialOutput`), by year. */
  readonly industrialOutput: ReadonlyMap<number, number>;
  /** Output intensity of producing land (indicator `outputIntensity`), by year. */
  readonly outputIntensity: ReadonlyMap<number, number>;
  /** Every indicator's actual by year (indicator id → year → value). */
  readonly indicators: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** The last projected year with any cluster output or zone output actual; null without one. */
  readonly lastYear: number | null;
}

/** Sort the actuals into series over the dataset's projected years. */
export function actualSeries(dataset: PlanDataset, values: readonly ActualValue[]): ActualSeries {
  const { baseYear, targetYear } = dataset.horizon;
  const years: number[] = [];
  for (let year = baseYear + 1; year <= targetYear; year++) years.push(year);
  const clusters = {} as Record<
    ClusterId,
    { output: Map<number, number>; investment: Map<number, number>; land: Map<number, number> }
  >;
  for (const cluster of dataset.clusters) {
    clusters[cluster.id] = { output: new Map(), investment: new Map(), land: new Map() };
  }
  const indicators = new Map<string, Map<number, number>>();
  let lastYear: number | null = null;
  for (const actual of values) {
    if (actual.year <= baseYear || actual.year > targetYear) continue;
    const [kind, id] = actual.key.split('.') as [string, string];
    if (kind === 'indicator') {
      let series = indicators.get(id);
      if (series === undefined) indicators.set(id, (series = new Map()));
      series.set(actual.year, actual.value);
      if (id === 'industrialOutput') lastYear = Math.max(lastYear ?? actual.year, actual.year);
      continue;
    }
    const cluster = clusters[id as ClusterId];
    if (cluster === undefined) continue;
    if (kind === 'output') {
      cluster.output.set(actual.year, actual.value);
      lastYear = Math.max(lastYear ?? actual.year, actual.year);
    } else if (kind === 'investment') cluster.investment.set(actual.year, actual.value);
    else if (kind === 'land') cluster.land.set(actual.year, actual.value);
  }
  return {
    years,
    clusters,
    industrialOutput: indicators.get('industrialOutput') ?? new Map(),
    outputIntensity: indicators.get('outputIntensity') ?? new Map(),
    indicators,
    lastYear,
  };
}
