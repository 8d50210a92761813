import { INDICATOR_SECTOR_IDS, type IndicatorSectorId } from '../data/indicator-defaults';
import type { IndicatorUnit, PlanDataset, TargetDirection, ZoneIndicator } from '../data/plan-types';
import { readFigure } from '../data/provenance';
import { indicatorMethod, type IndicatorMethod } from '../data/indicator-catalogue';
import { cagr, statusOf } from './project';
import type { ProjectionResult, TargetStatus } from './projection-types';
import type { Scenario } from '../scenario/scenario';

/**
 * The 专栏1 indicators (and the other 2020 goals of 第三章 第四节) for a projected scenario. Pure.
 *
 * - `projected`: industrial output and output intensity, straight from the projection.
 * - `derived`: high-tech output and its share, the value-added rate, energy per value added and net
 *   profit, computed from the projection: output a sector already had in the base year keeps the
 *   plan's 2017 ratios, output added since then takes the scenario's assumptions.
 * - `trajectory`: every other indicator follows a path the user can enter year by year; years not
 *   entered follow the default path (a straight line from 2017 to the target, or 2017's value held
 *   where 2017 already meets the target) or are interpolated between the values around them.
 * Formulas: docs/model.md, "Indicators".
 */

/** Status of an indicator: a target status, or why there is none. */
export type IndicatorStatus =
  | TargetStatus
  /** The target-year value is the default path's, not a projection: nothing was entered for that year. */
  | 'planPath'
  /**
   * The model's target-year value is undefined, so it cannot be compared with the target: the zone's
   * output intensity without producing land to divide by (shown as "—").
   */
  | 'noValue';

/** Where one year's value comes from. */
export type IndicatorValueSource =
  /** The plan's base-year figure. */
  | 'base'
  /** Computed by the model (projected or derived indicators). */
  | 'model'
  /** Entered by the user. */
  | 'entered'
  /** On the default path (nothing entered on either side). */
  | 'path'
  /** Interpolated between an entered value and its neighbour. */
  | 'interpolated'
  /** No value: no base-year figure and nothing entered before. */
  | 'none'
  /** No value: the model's ratio is undefined because there is no producing land (zone output intensity). */
  | 'noLand';

/** One indicator across the horizon, compared with its target. Values in the indicator's unit. */
export interface IndicatorRow {
  readonly id: string;
  readonly method: IndicatorMethod;
  readonly unit: IndicatorUnit;
  readonly direction: TargetDirection;
  /** The plan's base-year value under the chosen reading; null where the plan gives none. */
  readonly base: number | null;
  /** The target under the chosen reading. */
  readonly target: number;
  /** One value per year, base year first; null where there is none. */
  readonly values: readonly (number | null)[];
  readonly sources: readonly IndicatorValueSource[];
  /** The target-year value; null where the model's value is undefined (status `noValue`). */
  readonly projected: number | null;
  /** Shortfall: target − projected ("at most": projected − target); ≤ 0 means met; null without a projection. */
  readonly gap: number | null;
  /** projected ÷ target ("at most": target ÷ projected), fraction; null without a projection. */
  readonly attainment: number | null;
  readonly status: IndicatorStatus;
  /** Whether the base-year value already meets the target. */
  readonly metInBase: boolean;
  /** The even yearly step from the first value to the target (indicator units per year); null without a first value. */
  readonly requiredStep: number | null;
  /** The yearly growth rate from the first value to the target, fraction; null without a positive first value. */
  readonly requiredCagr: number | null;
  /** The yearly step the projection takes from the first value; null without a first value. */
  readonly scenarioStep: number | null;
  readonly scenarioCagr: number | null;
}

export type { IndicatorMethod } from '../data/indicator-catalogue';
export {
  DERIVED_INDICATOR_IDS,
  INDICATOR_ASSUMPTION_LIMITS,
  PROJECTED_INDICATOR_IDS,
  indicatorMethod,
  indicatorValueRange,
  trajectoryIndicatorIds,
} from '../data/indicator-catalogue';

/** The indicator assumptions as numbers, after the scenario's settings are applied over the defaults. */
export interface ResolvedIndicatorAssumptions {
  readonly highTechShareOfNew: Readonly<Record<IndicatorSectorId, number>>;
  readonly valueAddedRateOfNew: number;
  readonly energyOfNew: number;
  readonly energyImprovement: number;
  readonly profitMarginOfNew: number;
}

/** Series behind the derived indicators, one value per year (base year first). */
export interface IndicatorSeries {
  /** Industrial value added, 亿元. */
  readonly valueAdded: readonly number[];
  /** High-tech industry output, 亿元. */
  readonly highTechOutput: readonly number[];
  /** Net profit, 亿元. */
  readonly netProfit: readonly number[];
  /** Energy use of industry, 10,000 t of standard coal. */
  readonly energyUse: readonly number[];
  /** Output the sectors had in the base year and still have (Σ min(Y_t, Y_0)), 亿元. */
  readonly baseOutput: readonly number[];
  /** Output added since the base year (Σ max(0, Y_t − Y_0)), 亿元. */
  readonly newOutput: readonly number[];
}

/** Every indicator of the dataset for a scenario. */
export interface IndicatorsResult {
  /** Base year first, then each projected year. */
  readonly years: readonly number[];
  /** One row per dataset indicator, in dataset order. */
  readonly rows: readonly IndicatorRow[];
  /** Null when the dataset has no indicator defaults (then nothing is derived). */
  readonly series: IndicatorSeries | null;
  readonly assumptions: ResolvedIndicatorAssumptions | null;
}

/** Apply the scenario's indicator assumptions over the dataset's defaults; null without defaults. */
export function resolveIndicatorAssumptions(
  dataset: PlanDataset,
  scenario: Pick<Scenario, 'indicators'>,
): ResolvedIndicatorAssumptions | null {
  const defaults = dataset.indicatorDefaults;
  if (defaults === undefined) return null;
  const s = scenario.indicators;
  const shares = {} as Record<IndicatorSectorId, number>;
  for (const sector of INDICATOR_SECTOR_IDS) {
    shares[sector] = s?.highTechShareOfNew?.[sector] ?? defaults.highTechShareOfNew[sector].value;
  }
  return {
    highTechShareOfNew: shares,
    valueAddedRateOfNew: s?.valueAddedRateOfNew ?? defaults.valueAddedRateOfNew.value,
    energyOfNew: s?.energyOfNew ?? defaults.energyOfNew.value,
    energyImprovement: s?.energyImprovement ?? defaults.energyImprovement.value,
    profitMarginOfNew: s?.profitMarginOfNew ?? defaults.profitMarginOfNew.value,
  };
}

/** Whether a value meets a target in the given direction. */
function meets(value: number, target: number, direction: TargetDirection): boolean {
  return direction === 'atLeast' ? value >= target : value <= target;
}

/** Attainment and gap, as the target table computes them (evaluateTarget in project.ts). */
function attainmentOf(direction: TargetDirection, projected: number, target: number) {
  const attainment =
    direction === 'atLeast'
      ? target > 0
        ? projected / target
        : projected >= target
          ? 1
          : 0
      : projected > 0
        ? target / projected
        : 1;
  const gap = direction === 'atLeast' ? target - projected : projected - target;
  return { attainment, gap };
}

/**
 * The value of an indicator's default path in year index t of n: the base year's value in the
 * base year; then a straight line to the target, or the base value held where it already meets
 * the target; without a base value, only the target year has one (the target).
 */
export function defaultPathValue(
  base: number | null,
  target: number,
  direction: TargetDirection,
  t: number,
  n: number,
): number | null {
  if (base === null) return t === n ? target : null;
  if (meets(base, target, direction)) return base;
  return base + ((target - base) * t) / n;
}

/**
 * Resolve a trajectory: entered values where given; the base value in the base year; the default
 * path's value in the target year unless entered; every other year interpolated in a straight line
 * between the nearest years with a value on either side (none before the first such year).
 * @param entered calendar year (as text) → value; years outside the horizon are ignored.
 */
export function resolveTrajectory(
  base: number | null,
  target: number,
  direction: TargetDirection,
  years: readonly number[],
  entered: Readonly<Record<string, number>> | undefined,
): { values: (number | null)[]; sources: IndicatorValueSource[] } {
  const n = years.length - 1;
  const known: (number | null)[] = years.map(() => null);
  const isEntered: boolean[] = years.map(() => false);
  known[0] = base;
  for (let t = 1; t <= n; t++) {
    const value = entered?.[String(years[t])];
    if (value !== undefined) {
      known[t] = value;
      isEntered[t] = true;
    }
  }
  if (!isEntered[n]) known[n] = defaultPathValue(base, target, direction, n, n);
  const values: (number | null)[] = [];
  const sources: IndicatorValueSource[] = [];
  for (let t = 0; t <= n; t++) {
    if (t === 0) {
      values.push(base);
      sources.push(base === null ? 'none' : 'base');
      continue;
    }
    if (known[t] !== null) {
      values.push(known[t]!);
      sources.push(isEntered[t] ? 'entered' : 'path');
      continue;
    }
    let p = t - 1;
    while (p >= 0 && known[p] === null) p--;
    let q = t + 1;
    while (q <= n && known[q] === null) q++;
    if (p < 0 || q > n) {
      values.push(null);
      sources.push('none');
      continue;
    }
    const from = known[p]!;
    const to = known[q]!;
    values.push(from + ((to - from) * (t - p)) / (q - p));
    sources.push(isEntered[p] || isEntered[q] ? 'interpolated' : 'path');
  }
  return { values, sources };
}

/** Sum of base-year output still produced and of output added since, over the industrial sectors. */
function splitOutput(result: ProjectionResult) {
  const n = result.years.length;
  const baseOutput = new Array<number>(n).fill(0);
  const newOutput = new Array<number>(n).fill(0);
  const newBySector = new Map<IndicatorSectorId, number[]>();
  const add = (sector: IndicatorSectorId, outputs: readonly number[]) => {
    const row = new Array<number>(n).fill(0);
    const y0 = outputs[0]!;
    for (let t = 0; t < n; t++) {
      const y = outputs[t]!;
      baseOutput[t] = baseOutput[t]! + Math.min(y, y0);
      const added = Math.max(0, y - y0);
      newOutput[t] = newOutput[t]! + added;
      row[t] = added;
    }
    newBySector.set(sector, row);
  };
  for (const cluster of result.clusters) {
    if (cluster.measure !== 'industrialOutput') continue;
    if (!(INDICATOR_SECTOR_IDS as readonly string[]).includes(cluster.id)) continue;
    add(
      cluster.id as IndicatorSectorId,
      cluster.years.map((y) => y.output),
    );
  }
  add(
    'otherIndustry',
    result.zone.map((z) => z.otherIndustry),
  );
  return { baseOutput, newOutput, newBySector };
}

/**
 * Compute the derived series: with B_t the output sectors already had and N_t the output added
 * since the base year (per sector N_s,t), and the plan's 2017 ratios (high-tech share s₀, value-added
 * rate r₀, energy per value added e₀, profit per yuan m₀ = net profit ÷ industrial output):
 *   high-tech output  = s₀·B_t + Σ_s s_s·N_s,t
 *   value added       = r₀·B_t + r·N_t
 *   energy use        = e₀·(1 − η)^t·r₀·B_t + e·r·N_t          (10,000 tce, value added in 亿元)
 *   net profit        = m₀·B_t + m·N_t
 */
function deriveSeries(
  dataset: PlanDataset,
  scenario: Pick<Scenario, 'conflictChoices'>,
  result: ProjectionResult,
  a: ResolvedIndicatorAssumptions,
): IndicatorSeries {
  const choices = scenario.conflictChoices;
  const baseOf = (id: string): number => {
    const figure = dataset.indicators.find((i) => i.id === id)?.base ?? null;
    return figure === null ? 0 : readFigure(figure, choices);
  };
  const s0 = baseOf('highTechRevenueShare') / 100;
  const r0 = baseOf('valueAddedRate') / 100;
  const e0 = baseOf('energyPerValueAdded');
  const industrialOutput0 = result.zone[0]!.totalIndustrialOutput;
  const m0 = industrialOutput0 > 0 ? baseOf('netProfit') / industrialOutput0 : 0;
  const { baseOutput, newOutput, newBySector } = splitOutput(result);
  const n = result.years.length;
  const highTechOutput: number[] = [];
  const valueAdded: number[] = [];
  const energyUse: number[] = [];
  const netProfit: number[] = [];
  for (let t = 0; t < n; t++) {
    const b = baseOutput[t]!;
    const added = newOutput[t]!;
    let ht = s0 * b;
    for (const sector of INDICATOR_SECTOR_IDS)
      ht += a.highTechShareOfNew[sector] * (newBySector.get(sector)?.[t] ?? 0);
    highTechOutput.push(ht);
    const vaBase = r0 * b;
    const vaNew = a.valueAddedRateOfNew * added;
    valueAdded.push(vaBase + vaNew);
    energyUse.push(e0 * (1 - a.energyImprovement) ** t * vaBase + a.energyOfNew * vaNew);
    netProfit.push(m0 * b + a.profitMarginOfNew * added);
  }
  return { valueAdded, highTechOutput, netProfit, energyUse, baseOutput, newOutput };
}

/**
 * The model's values of a projected or derived indicator, one per year; null in a year where the value
 * is undefined (the zone's output intensity without producing land: docs/model.md §6).
 */
function modelValues(
  id: string,
  result: ProjectionResult,
  series: IndicatorSeries | null,
): (number | null)[] | null {
  const zone = result.zone;
  switch (id) {
    case 'industrialOutput':
      return zone.map((z) => z.industrialOutput);
    case 'outputIntensity':
      return zone.map((z) => z.outputIntensity);
  }
  if (series === null) return null;
  const ratio = (top: readonly number[], bottom: readonly number[], scale: number) =>
    top.map((x, t) => (bottom[t]! > 0 ? (x / bottom[t]!) * scale : 0));
  const output = zone.map((z) => z.totalIndustrialOutput);
  switch (id) {
    case 'highTechOutput':
      return [...series.highTechOutput];
    case 'highTechRevenueShare':
      return ratio(series.highTechOutput, output, 100);
    case 'valueAddedRate':
      return ratio(series.valueAdded, output, 100);
    case 'netProfit':
      return [...series.netProfit];
    case 'energyPerValueAdded':
      return ratio(series.energyUse, series.valueAdded, 1);
  }
  return null;
}

function row(
  indicator: ZoneIndicator,
  method: IndicatorMethod,
  base: number | null,
  target: number,
  values: (number | null)[],
  sources: IndicatorValueSource[],
  onPath: boolean,
  thresholds: Scenario['thresholds'],
): IndicatorRow {
  const n = values.length - 1;
  const projected = values[n] ?? null;
  const { attainment, gap } =
    projected === null
      ? { attainment: null, gap: null }
      : attainmentOf(indicator.direction, projected, target);
  const first = base ?? values[0] ?? null;
  const status: IndicatorStatus = onPath
    ? 'planPath'
    : attainment === null
      ? 'noValue'
      : statusOf(attainment, thresholds);
  return {
    id: indicator.id,
    method,
    unit: indicator.unit,
    direction: indicator.direction,
    base,
    target,
    values,
    sources,
    projected,
    gap,
    attainment,
    status,
    metInBase: base !== null && meets(base, target, indicator.direction),
    requiredStep: first === null ? null : (target - first) / n,
    requiredCagr: first === null ? null : cagr(first, target, n),
    scenarioStep: first === null || projected === null ? null : (projected - first) / n,
    scenarioCagr: first === null || projected === null ? null : cagr(first, projected, n),
  };
}

/**
 * Compute every indicator of the dataset for a scenario and its projection (`project(dataset,
 * scenario)`): projected, derived or following its trajectory, each compared with its target under
 * the scenario's readings and thresholds. Pure.
 */
export function computeIndicators(
  dataset: PlanDataset,
  scenario: Pick<Scenario, 'conflictChoices' | 'thresholds' | 'indicators'>,
  result: ProjectionResult,
): IndicatorsResult {
  const choices = scenario.conflictChoices;
  const assumptions = resolveIndicatorAssumptions(dataset, scenario);
  const series = assumptions === null ? null : deriveSeries(dataset, scenario, result, assumptions);
  const rows = dataset.indicators.map((indicator) => {
    const method = indicatorMethod(dataset, indicator.id);
    const computed = method === 'trajectory' ? null : modelValues(indicator.id, result, series);
    // Read "other industry beside the 600", the output the 600 is compared with counts the four
    // industrial clusters only: its 2017 value is theirs (93.2), not the zone's 135.4.
    const clustersOnly =
      indicator.id === 'industrialOutput' && result.zone[0]?.otherIndustryInTarget === false;
    const base =
      clustersOnly && computed !== null
        ? computed[0]!
        : indicator.base === null
          ? null
          : readFigure(indicator.base, choices);
    const target = readFigure(indicator.target, choices);
    if (computed !== null) {
      const sources: IndicatorValueSource[] = computed.map((v, t) =>
        t === 0 && base !== null ? 'base' : v === null ? 'noLand' : 'model',
      );
      // The base year shows the plan's figure where there is one; the model starts from it.
      const values: (number | null)[] = computed.map((v, t) => (t === 0 && base !== null ? base : v));
      return row(indicator, method, base, target, values, sources, false, scenario.thresholds);
    }
    const entered = scenario.indicators?.trajectories?.[indicator.id];
    const { values, sources } = resolveTrajectory(base, target, indicator.direction, result.years, entered);
    const onPath = sources[sources.length - 1] !== 'entered';
    return row(indicator, 'trajectory', base, target, values, sources, onPath, scenario.thresholds);
  });
  return { years: result.years, rows, series, assumptions };
}
