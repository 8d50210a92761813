import { leverSpec, type LeverId } from '../../data/levers';
import { OTHER_INDUSTRY_GROWTH } from '../../data/levers';
import type { ClusterId, PlanDataset } from '../../data/plan-types';
import type { ClusterAssumptions, Scenario } from '../../scenario/scenario';
import {
  allocateOutput,
  compileModel,
  leverParameter,
  otherGrowthParameter,
  parametersOf,
  runKernel,
  type CompiledModel,
  type KernelOutput,
} from '../kernel';
import type { ActualSeries } from './actual-series';

/**
 * The back-fit (docs/model.md §21, docs/evaluation.md): per cluster, the organic growth, the investment
 * that came (or what it yielded) and target-year intensity that reproduce the actual path, by least squares on
 * the years given, bounded by the levers' ranges, computed through the projection kernel itself.
 * Deterministic: a grid, then coordinate-wise golden-section search.
 */

/** How a lever's fitted value was found. */
export type FitBasis =
  /** Least squares on the actual output (or land) of the years given. */
  | 'fitted'
  /** Taken from the actuals directly (the mean of the actual investment of the years given). */
  | 'fromActuals'
  /** Kept at the plan path's value: no actual tells it. */
  | 'kept';

/** One year of a cluster's fit, 亿元 (land in km²). */
export interface FitYear {
  readonly year: number;
  readonly actual: number;
  readonly fitted: number;
  /** fitted − actual. */
  readonly error: number;
}

/** The back-fit of one cluster. */
export interface ClusterFit {
  readonly clusterId: ClusterId;
  /** Whether the cluster had output actuals to fit to (otherwise every lever is the plan path's). */
  readonly fitted: boolean;
  /** The plan path's and the fitted value of each lever the fit moves, with how it was found. */
  readonly levers: readonly {
    readonly leverId: FitLeverId;
    readonly plan: number;
    readonly fitted: number;
    readonly basis: FitBasis;
  }[];
  /** The output of the years given, actual beside fitted. */
  readonly years: readonly FitYear[];
  /** Producing land of the years given (where entered), actual beside fitted. */
  readonly landYears: readonly FitYear[];
  /** Root mean square and largest absolute error of output over the years given, 亿元 (0 without years). */
  readonly rmse: number;
  readonly maxError: number;
  /** Whether a fitted lever ended at an end of its range (the actual path may lie outside the model's reach). */
  readonly atBound: boolean;
}

/** The back-fit of other industry (zone output less the four industrial clusters). */
export interface OtherIndustryFit {
  readonly fitted: boolean;
  readonly plan: number;
  readonly growth: number;
  readonly years: readonly FitYear[];
  readonly rmse: number;
}

/** The back-fitted scenario and how well it reproduces the actuals. */
export interface BackFit {
  /** The plan path with each cluster's levers replaced by their fitted values. */
  readonly scenario: Scenario;
  readonly clusters: readonly ClusterFit[];
  readonly otherIndustry: OtherIndustryFit;
  /** Kernel runs the fit took (for the benchmark and tests). */
  readonly runs: number;
}

/** The levers the back-fit may move, in the order shown. */
export const FIT_LEVERS = [
  'growthRate',
  'investmentPerYear',
  'baseYearInvestment',
  'outputPerInvestment',
  'landIntensity',
  'landPace',
] as const;
export type FitLeverId = (typeof FIT_LEVERS)[number];

/** Points of the first grid per lever. */
const GRID_SECOND = 61;
/** Golden-section steps per coordinate and rounds over the coordinates. */
const GOLDEN_STEPS = 90;
const ROUNDS = 40;
/** Weight of the pull toward the plan path's values: breaks ties where output alone cannot tell growth from investment. */
const TIE_BREAK = 1e-9;
const PHI = (Math.sqrt(5) - 1) / 2;
/** Golden-section steps of the nested growth-and-investment fit (inner: growth; outer: investment). */
const INNER_STEPS = 60;
const OUTER_STEPS = 50;

/** Minimise a function of one variable on [lo, hi] by golden-section search (assumed unimodal there). */
export function goldenSection(
  f: (x: number) => number,
  lo: number,
  hi: number,
  steps = GOLDEN_STEPS,
): number {
  let a = lo;
  let b = hi;
  let c = b - PHI * (b - a);
  let d = a + PHI * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < steps && b - a > 1e-15 * Math.max(1, Math.abs(a)); i++) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - PHI * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + PHI * (b - a);
      fd = f(d);
    }
  }
  // The ends may be better than any inner point (a minimum at a bound of the range).
  const candidates = [a, b, (a + b) / 2, lo, hi];
  let best = candidates[0]!;
  let bestValue = f(best);
  for (const x of candidates.slice(1)) {
    const value = f(x);
    if (value < bestValue) {
      best = x;
      bestValue = value;
    }
  }
  return best;
}

/** A fit problem on the kernel: parameters by index, an objective of one run's output. */
class KernelFit {
  readonly model: CompiledModel;
  readonly params: Float64Array;
  readonly out: KernelOutput;
  runs = 0;

  constructor(dataset: PlanDataset, scenario: Scenario) {
    this.model = compileModel(dataset, scenario);
    this.params = parametersOf(this.model, scenario);
    this.out = allocateOutput(this.model);
  }

  run(): KernelOutput {
    this.runs++;
    runKernel(this.model, this.params, this.out);
    return this.out;
  }

  /**
   * Minimise `objective` over the parameters `indices` within their ranges: the best point of a grid
   * (`points` per parameter), then coordinate-wise golden-section search around it, round after round.
   */
  minimise(
    indices: readonly number[],
    ranges: readonly { min: number; max: number }[],
    points: readonly number[],
    objective: () => number,
  ): void {
    const p = this.params;
    const value = () => {
      this.run();
      return objective();
    };
    // Grid (a full product over the parameters; at most two here).
    const grids = indices.map((_, k) => {
      const { min, max } = ranges[k]!;
      const n = points[k]!;
      return Array.from({ length: n }, (_, i) => min + ((max - min) * i) / (n - 1));
    });
    let best = indices.map((index) => p[index]!);
    let bestValue = value();
    const visit = (k: number, chosen: number[]) => {
      if (k === indices.length) {
        chosen.forEach((x, j) => (p[indices[j]!] = x));
        const v = value();
        if (v < bestValue) {
          bestValue = v;
          best = [...chosen];
        }
        return;
      }
      for (const x of grids[k]!) visit(k + 1, [...chosen, x]);
    };
    visit(0, []);
    best.forEach((x, j) => (p[indices[j]!] = x));
    // Coordinate-wise refinement around the best grid point, narrowing as it goes.
    let widths = indices.map((_, k) => (ranges[k]!.max - ranges[k]!.min) / (points[k]! - 1));
    for (let round = 0; round < ROUNDS; round++) {
      const before = bestValue;
      indices.forEach((index, k) => {
        const { min, max } = ranges[k]!;
        const centre = p[index]!;
        const lo = Math.max(min, centre - widths[k]!);
        const hi = Math.min(max, centre + widths[k]!);
        const x = goldenSection(
          (v) => {
            p[index] = v;
            return value();
          },
          lo,
          hi,
        );
        p[index] = x;
      });
      bestValue = value();
      widths = widths.map((w) => w / 2);
      if (before - bestValue <= 1e-15 * Math.max(1, before) && round > 2) break;
    }
  }
}

const LEVER_RANGE = (id: LeverId) => {
  const { min, max } = leverSpec(id);
  return { min, max };
};

/**
 * The range of the share of the plan path's investment that came: none of it, up to where the yearly
 * or the base year's investment reaches the top of its lever's range.
 */
function shareRange(yearly: number, baseYear: number): { min: number; max: number } {
  const limits = [
    ...(yearly > 0 ? [LEVER_RANGE('investmentPerYear').max / yearly] : []),
    ...(baseYear > 0 ? [LEVER_RANGE('baseYearInvestment').max / baseYear] : []),
  ];
  return { min: 0, max: Math.min(...limits) };
}

function errorsOf(years: readonly FitYear[]): { rmse: number; maxError: number } {
  if (years.length === 0) return { rmse: 0, maxError: 0 };
  let sum = 0;
  let max = 0;
  for (const y of years) {
    sum += y.error * y.error;
    max = Math.max(max, Math.abs(y.error));
  }
  return { rmse: Math.sqrt(sum / years.length), maxError: max };
}

/**
 * Back-fit the levers to the actuals, starting from `plan` (the plan path): for each cluster with
 * output actuals, industrial clusters first (services revenue follows industrial output through the
 * producer-services link),
 * - investment per year: the mean of the actual investment of the years given, where entered (then the
 *   yield of each 亿元 is fitted); otherwise the share of the plan path's investment that came, the base
 *   year's and the yearly alike, is fitted;
 * - growth (and that share or the yield): least squares on the output of the years given;
 * - target-year intensity: least squares on the producing land of the years given, where entered;
 *   the plan path's otherwise (output does not tell it while land does not bind);
 * - land pace: what the fitted output needs each year (readied land is not observed).
 * Other industry's growth is fitted to zone output less the four industrial clusters, in the years
 * where all five are entered. Clusters without actuals keep the plan path's levers.
 */
export function backFit(dataset: PlanDataset, plan: Scenario, actuals: ActualSeries): BackFit {
  const fit = new KernelFit(dataset, plan);
  const { model, params } = fit;
  const n = model.yearCount;
  const baseYear = model.resolved.years[0]!;
  const paceMax = leverSpec('landPace').max;
  // Land never binds while output is fitted: every pace at its maximum.
  model.resolved.clusters.forEach((_, c) => (params[leverParameter(c, 'landPace')] = paceMax));

  const order = [
    ...model.resolved.clusters.filter((c) => c.measure === 'industrialOutput'),
    ...model.resolved.clusters.filter((c) => c.measure !== 'industrialOutput'),
  ];
  const partial = new Map<
    ClusterId,
    Omit<ClusterFit, 'levers' | 'landYears'> & { basis: Record<string, FitBasis> }
  >();
  for (const cluster of order) {
    const c = model.resolved.clusters.indexOf(cluster);
    const series = actuals.clusters[cluster.id];
    const given = [...series.output].filter(([year]) => year > baseYear).sort((a, b) => a[0] - b[0]);
    const basis: Record<string, FitBasis> = {
      growthRate: 'kept',
      investmentPerYear: 'kept',
      baseYearInvestment: 'kept',
      outputPerInvestment: 'kept',
      landIntensity: 'kept',
      landPace: 'kept',
    };
    if (given.length === 0) {
      partial.set(cluster.id, {
        clusterId: cluster.id,
        fitted: false,
        years: [],
        rmse: 0,
        maxError: 0,
        atBound: false,
        basis,
      });
      continue;
    }
    const g = leverParameter(c, 'growthRate');
    const inv = leverParameter(c, 'investmentPerYear');
    const invested = [...series.investment].filter(([year]) => year > baseYear);
    if (invested.length > 0) {
      const { min, max } = LEVER_RANGE('investmentPerYear');
      const mean = invested.reduce((sum, [, v]) => sum + v, 0) / invested.length;
      params[inv] = Math.min(max, Math.max(min, mean));
      basis.investmentPerYear = 'fromActuals';
    }
    const scale = given.reduce((sum, [, v]) => sum + v * v, 0) || 1;
    const g0 = plan.clusters[cluster.id].growthRate;
    const i0 = plan.clusters[cluster.id].investmentPerYear;
    const b0 = plan.clusters[cluster.id].baseYearInvestment;
    const base = leverParameter(c, 'baseYearInvestment');
    const gRange = LEVER_RANGE('growthRate');
    // The second lever. Where investment actuals are entered: what each 亿元 of investment yielded
    // (investment came, but produced more or less than the plan path assumed). Otherwise: the share of
    // the plan path's investment that came — the base year's and the yearly alike, so that base-year
    // investment that did not produce is read as investment that did not come (not as −50 % growth).
    const fromActuals = basis.investmentPerYear === 'fromActuals';
    const shared = !fromActuals && (i0 > 0 || b0 > 0);
    const secondId = fromActuals ? 'outputPerInvestment' : 'investmentPerYear';
    const second = leverParameter(c, secondId);
    const sRange = shared ? shareRange(i0, b0) : LEVER_RANGE(secondId);
    const s0 = shared ? 1 : plan.clusters[cluster.id][secondId];
    const setSecond = (x: number) => {
      if (!shared) {
        params[second] = x;
        return;
      }
      params[inv] = x * i0;
      params[base] = x * b0;
    };
    let secondValue = s0;
    const objective = () => {
      let sse = 0;
      for (const [year, actual] of given) {
        const d = fit.out.output[c * n + (year - baseYear)]! - actual;
        sse += d * d;
      }
      const dg = (params[g]! - g0) / (gRange.max - gRange.min);
      const ds = (secondValue - s0) / (sRange.max - sRange.min);
      return sse / scale + TIE_BREAK * (dg * dg + ds * ds);
    };
    // Growth and the second lever trade off along a valley: for each value of the second, the best
    // growth (nested), over a grid of the second and then golden-section search around its best point.
    const bestGrowthAt = (x: number): number => {
      secondValue = x;
      setSecond(x);
      params[g] = goldenSection(
        (v) => {
          params[g] = v;
          fit.run();
          return objective();
        },
        gRange.min,
        gRange.max,
        INNER_STEPS,
      );
      fit.run();
      return objective();
    };
    let bestS = s0;
    let bestValue = Infinity;
    for (let k = 0; k < GRID_SECOND; k++) {
      const x = sRange.min + ((sRange.max - sRange.min) * k) / (GRID_SECOND - 1);
      const value = bestGrowthAt(x);
      if (value < bestValue) {
        bestValue = value;
        bestS = x;
      }
    }
    const width = (sRange.max - sRange.min) / (GRID_SECOND - 1);
    bestGrowthAt(
      goldenSection(
        bestGrowthAt,
        Math.max(sRange.min, bestS - width),
        Math.min(sRange.max, bestS + width),
        OUTER_STEPS,
      ),
    );
    basis[secondId] = 'fitted';
    if (shared && b0 > 0) basis.baseYearInvestment = 'fitted';
    basis.growthRate = 'fitted';
    fit.run();
    const years = given.map(([year, actual]) => {
      const fitted = fit.out.output[c * n + (year - baseYear)]!;
      return { year, actual, fitted, error: fitted - actual };
    });
    const atBound =
      params[g] === gRange.min ||
      params[g] === gRange.max ||
      secondValue === sRange.min ||
      secondValue === sRange.max;
    partial.set(cluster.id, {
      clusterId: cluster.id,
      fitted: true,
      years,
      ...errorsOf(years),
      atBound,
      basis,
    });
  }

  // Other industry: zone output less the four industrial clusters, where all are entered.
  const industrial = model.resolved.clusters.filter((c) => c.measure === 'industrialOutput');
  const otherGiven: [number, number][] = [];
  for (const [year, total] of actuals.industrialOutput) {
    if (year <= baseYear) continue;
    const parts = industrial.map((c) => actuals.clusters[c.id].output.get(year));
    if (parts.some((v) => v === undefined)) continue;
    otherGiven.push([year, total - parts.reduce((s: number, v) => s + v!, 0)]);
  }
  otherGiven.sort((a, b) => a[0] - b[0]);
  const og = otherGrowthParameter(model);
  const otherPlan = plan.otherIndustryGrowth;
  let otherFit: OtherIndustryFit = { fitted: false, plan: otherPlan, growth: otherPlan, years: [], rmse: 0 };
  if (otherGiven.length > 0 && model.otherBase > 0) {
    const range = { min: OTHER_INDUSTRY_GROWTH.min, max: OTHER_INDUSTRY_GROWTH.max };
    fit.minimise([og], [range], [284], () => {
      let sse = 0;
      for (const [year, actual] of otherGiven) {
        const d = fit.out.other[year - baseYear]! - actual;
        sse += d * d;
      }
      return sse;
    });
    fit.run();
    const years = otherGiven.map(([year, actual]) => {
      const fitted = fit.out.other[year - baseYear]!;
      return { year, actual, fitted, error: fitted - actual };
    });
    otherFit = { fitted: true, plan: otherPlan, growth: params[og]!, years, rmse: errorsOf(years).rmse };
  }

  // Intensity to the producing land entered (1-D each; land follows output, which no longer moves).
  const landYears = new Map<ClusterId, FitYear[]>();
  for (const cluster of order) {
    const c = model.resolved.clusters.indexOf(cluster);
    const land = [...actuals.clusters[cluster.id].land]
      .filter(([year]) => year > baseYear)
      .sort((a, b) => a[0] - b[0]);
    const entry = partial.get(cluster.id)!;
    if (land.length === 0 || !entry.fitted) {
      landYears.set(cluster.id, []);
      continue;
    }
    const index = leverParameter(c, 'landIntensity');
    fit.minimise([index], [LEVER_RANGE('landIntensity')], [100], () => {
      let sse = 0;
      for (const [year, actual] of land) {
        const d = fit.out.producingLand[c * n + (year - baseYear)]! - actual;
        sse += d * d;
      }
      return sse;
    });
    entry.basis.landIntensity = 'fitted';
    fit.run();
    landYears.set(
      cluster.id,
      land.map(([year, actual]) => {
        const fitted = fit.out.producingLand[c * n + (year - baseYear)]!;
        return { year, actual, fitted, error: fitted - actual };
      }),
    );
  }

  // The plan path's pace, or — where the fitted output needs more land than it readies — a hair over
  // what it needs: land never binds the fit, and a pace that is not needed takes no part of the miss.
  fit.run();
  model.resolved.clusters.forEach((cluster, c) => {
    const pace = leverParameter(c, 'landPace');
    if (!partial.get(cluster.id)!.fitted) {
      params[pace] = plan.clusters[cluster.id].landPace;
      return;
    }
    let need = 0;
    for (let t = 1; t < n; t++)
      need = Math.max(need, (fit.out.wantedLand[c * n + t]! - model.landBase[c]!) / t);
    params[pace] = Math.min(paceMax, Math.max(plan.clusters[cluster.id].landPace, need * (1 + 1e-9) + 1e-9));
    partial.get(cluster.id)!.basis.landPace = 'fitted';
  });

  const clusters = {} as Record<ClusterId, ClusterAssumptions>;
  for (const cluster of dataset.clusters) {
    const c = model.resolved.clusters.findIndex((r) => r.id === cluster.id);
    const levers = { ...plan.clusters[cluster.id] };
    for (const id of FIT_LEVERS) {
      levers[id] = params[leverParameter(c, id)]!;
    }
    clusters[cluster.id] = levers;
  }
  const scenario: Scenario = { ...structuredClone(plan), clusters, otherIndustryGrowth: params[og]! };
  const clusterFits: ClusterFit[] = dataset.clusters.map((cluster) => {
    const entry = partial.get(cluster.id)!;
    const { basis, ...rest } = entry;
    return {
      ...rest,
      levers: FIT_LEVERS.map((leverId) => ({
        leverId,
        plan: plan.clusters[cluster.id][leverId],
        fitted: clusters[cluster.id][leverId],
        basis: basis[leverId]!,
      })),
      landYears: landYears.get(cluster.id) ?? [],
    };
  });
  return { scenario, clusters: clusterFits, otherIndustry: otherFit, runs: fit.runs };
}
