import { LEVERS, type LeverId } from '../../data/levers';
import type { ClusterId, PlanDataset } from '../../data/plan-types';
import { keyProjectContributions } from '../key-projects';
import { resolveModel, type ResolvedModel } from '../resolve-model';
import type { Scenario, StatusThresholds } from '../../scenario/scenario';
import type { AssumptionRef } from './ranges';

/** Levers per cluster in a parameter vector, in LEVERS order. */
export const LEVERS_PER_CLUSTER = LEVERS.length;

const leverIndex = (id: LeverId): number => LEVERS.findIndex((lever) => lever.id === id);
const GROWTH = leverIndex('growthRate');
const INVESTMENT = leverIndex('investmentPerYear');
const BASE_INVESTMENT = leverIndex('baseYearInvestment');
const OUTPUT_PER_INVESTMENT = leverIndex('outputPerInvestment');
const LAG = leverIndex('lagYears');
const RAMP_UP = leverIndex('rampUpShare');
const PACE = leverIndex('landPace');
const INTENSITY = leverIndex('landIntensity');
const INTENSITY_GROWTH = leverIndex('intensityGrowth');

/**
 * The projection reduced to flat numbers for one scenario's plan figures and conflict readings, so
 * that a trial is a loop over typed arrays. Compiled once per run by {@link compileTrialModel}; the
 * assumptions of each trial come in a parameter vector (see {@link parameterIndex}).
 */
export interface TrialModel {
  /** The resolved plan figures the model was compiled from. */
  readonly resolved: ResolvedModel;
  /** Number of clusters C, in dataset order. */
  readonly clusterCount: number;
  /** Number of years n = N + 1, base year first. */
  readonly yearCount: number;
  /** Length of a parameter vector: C × 8 levers + other-industry growth. */
  readonly parameterCount: number;
  /** Length of an output vector (see {@link TrialLayout}). */
  readonly outputLength: number;
  readonly layout: TrialLayout;
  /** 1 for industrial clusters, 0 for services, per cluster. */
  readonly industrial: Uint8Array;
  /** Base-year output per cluster, 亿元. */
  readonly base: Float64Array;
  /** Target-year target per cluster, 亿元. */
  readonly target: Float64Array;
  /** Producing land in the base year per cluster, km². */
  readonly landBase: Float64Array;
  /** Members of each pool of parks, cluster indices in dataset order. */
  readonly poolMembers: readonly Int32Array[];
  /** Per pool: the factor on base-year land (< 1 only if base land alone exceeds the area). */
  readonly poolBaseScale: Float64Array;
  /** Per pool: area left for new land, km² (≥ 0). */
  readonly poolRoom: Float64Array;
  /** Per pool: 1 when a switched-on key project brings land to one of its clusters. */
  readonly poolHasProjectLand: Uint8Array;
  /**
   * Switched-on key projects per cluster and year, `[c × n + t]`: output added to the potential
   * (亿元) and land brought into production (km²). They do not depend on the levers, so they are
   * computed once per run from the scenario's `projects`.
   */
  readonly projectOutput: Float64Array;
  readonly projectLand: Float64Array;
  /** Base-year industrial output outside the clusters, 亿元. */
  readonly otherIndustryBase: number;
  /** Land of other industry, km². */
  readonly otherIndustryLand: number;
  /** Zone targets and bases, 亿元 and 亿元/km². */
  readonly industrialOutputTarget: number;
  readonly intensityTarget: number;
  readonly intensityBase: number;
  readonly thresholds: StatusThresholds;
  /**
   * Caches that let a trial skip what its assumptions leave unchanged since the previous trial:
   * land when no pace of the pool moved, capacity when neither land nor intensity moved, the
   * investment increments when no investment lever moved. Each cached figure was computed by the
   * same expression as a fresh one, so a cached trial equals a fresh one bit for bit.
   */
  readonly cache: TrialCache;
}

/** The figures a trial may reuse from the previous one, and the assumptions they were computed for. */
export interface TrialCache {
  /** Per cluster: the pace, i0, γ, k, I, L, r the cached figures were computed for (NaN: none). */
  readonly levers: Float64Array;
  /** Producing land, capacity and investment increment per cluster and year, [c × n + t]. */
  readonly land: Float64Array;
  readonly capacity: Float64Array;
  readonly added: Float64Array;
  /** Per cluster: 1 while its cached land is newer than its cached capacity. */
  readonly landChanged: Uint8Array;
  /** Output of other industry per year, 亿元, and the growth it was computed for. */
  readonly otherIndustry: Float64Array;
  readonly otherGrowth: Float64Array;
}

/**
 * Where each figure of a trial lies in its output vector (all for every year index t = 0 … n−1):
 * cluster output, producing land, capacity and potential at `[block + c·n + t]`; zone figures at
 * `[block + t]`.
 */
export interface TrialLayout {
  readonly output: number;
  readonly land: number;
  readonly capacity: number;
  readonly potential: number;
  readonly industrialOutput: number;
  readonly otherIndustry: number;
  readonly industrialLand: number;
  readonly outputIntensity: number;
  readonly serviceRevenue: number;
}

/**
 * Compile the dataset, under the scenario's conflict readings, thresholds and key projects, into a
 * trial model. The scenario's lever values are not part of the model: they go into the parameter vector.
 * @throws RangeError when the dataset is inconsistent (see resolveModel).
 */
export function compileTrialModel(dataset: PlanDataset, scenario: Scenario): TrialModel {
  const resolved = resolveModel(dataset, scenario.conflictChoices);
  const C = resolved.clusters.length;
  const n = resolved.years.length;
  const layout: TrialLayout = {
    output: 0,
    land: C * n,
    capacity: 2 * C * n,
    potential: 3 * C * n,
    industrialOutput: 4 * C * n,
    otherIndustry: 4 * C * n + n,
    industrialLand: 4 * C * n + 2 * n,
    outputIntensity: 4 * C * n + 3 * n,
    serviceRevenue: 4 * C * n + 4 * n,
  };
  const poolMembers = resolved.pools.map(
    (_, p) =>
      new Int32Array(resolved.clusters.flatMap((cluster, index) => (cluster.poolIndex === p ? [index] : []))),
  );
  const poolBaseScale = new Float64Array(resolved.pools.length);
  const poolRoom = new Float64Array(resolved.pools.length);
  const projects = keyProjectContributions(dataset, scenario);
  const projectOutput = new Float64Array(C * n);
  const projectLand = new Float64Array(C * n);
  for (let c = 0; c < C; c++) {
    for (let t = 0; t < n; t++) {
      projectOutput[c * n + t] = projects.output[c]?.[t] ?? 0;
      projectLand[c * n + t] = projects.land[c]?.[t] ?? 0;
    }
  }
  // As planLand() decides: a pool takes the project-land arithmetic if any member has project land.
  const poolHasProjectLand = Uint8Array.from(resolved.pools, (_, p) =>
    poolMembers[p]!.some((c) => (projects.land[c] ?? []).some((km2) => km2 > 0)) ? 1 : 0,
  );
  resolved.pools.forEach((pool, p) => {
    // Summed in dataset order, as planLand() in project.ts sums it.
    let baseLand = 0;
    for (const c of poolMembers[p]!) baseLand += resolved.clusters[c]!.landBase;
    poolBaseScale[p] = baseLand > pool.area ? pool.area / baseLand : 1;
    poolRoom[p] = Math.max(0, pool.area - baseLand);
  });
  return {
    resolved,
    clusterCount: C,
    yearCount: n,
    parameterCount: C * LEVERS_PER_CLUSTER + 1,
    outputLength: 4 * C * n + 5 * n,
    layout,
    industrial: Uint8Array.from(resolved.clusters, (c) => (c.measure === 'industrialOutput' ? 1 : 0)),
    base: Float64Array.from(resolved.clusters, (c) => c.base),
    target: Float64Array.from(resolved.clusters, (c) => c.target),
    landBase: Float64Array.from(resolved.clusters, (c) => c.landBase),
    poolMembers,
    poolBaseScale,
    poolRoom,
    poolHasProjectLand,
    projectOutput,
    projectLand,
    otherIndustryBase: resolved.otherIndustryBase,
    otherIndustryLand: resolved.otherIndustryLand,
    industrialOutputTarget: resolved.industrialOutputTarget,
    intensityTarget: resolved.intensityTarget,
    intensityBase: resolved.intensityBase,
    thresholds: { ...scenario.thresholds },
    cache: {
      levers: new Float64Array(C * LEVERS_PER_CLUSTER).fill(Number.NaN),
      land: new Float64Array(C * n),
      capacity: new Float64Array(C * n),
      added: new Float64Array(C * n),
      landChanged: new Uint8Array(C),
      otherIndustry: new Float64Array(n),
      otherGrowth: new Float64Array(1).fill(Number.NaN),
    },
  };
}

/** Index of an assumption in a parameter vector of the model. */
export function parameterIndex(model: TrialModel, ref: AssumptionRef): number {
  if (ref.kind === 'otherIndustryGrowth') return model.clusterCount * LEVERS_PER_CLUSTER;
  const c = model.resolved.clusters.findIndex((cluster) => cluster.id === ref.clusterId);
  if (c < 0) throw new RangeError(`cluster ${ref.clusterId} is not in the dataset`);
  return c * LEVERS_PER_CLUSTER + leverIndex(ref.leverId);
}

/** Index of a cluster in the model (dataset order). */
export function clusterIndex(model: TrialModel, clusterId: ClusterId): number {
  const c = model.resolved.clusters.findIndex((cluster) => cluster.id === clusterId);
  if (c < 0) throw new RangeError(`cluster ${clusterId} is not in the dataset`);
  return c;
}

/** Fill a parameter vector with the scenario's own (most likely) values. */
export function writeParameters(model: TrialModel, scenario: Scenario, params: Float64Array): Float64Array {
  model.resolved.clusters.forEach((cluster, c) => {
    const a = scenario.clusters[cluster.id];
    for (let k = 0; k < LEVERS_PER_CLUSTER; k++) params[c * LEVERS_PER_CLUSTER + k] = a[LEVERS[k]!.id];
  });
  params[model.clusterCount * LEVERS_PER_CLUSTER] = scenario.otherIndustryGrowth;
  return params;
}

/** A new parameter vector holding the scenario's own values. */
export function parametersOf(model: TrialModel, scenario: Scenario): Float64Array {
  return writeParameters(model, scenario, new Float64Array(model.parameterCount));
}

/**
 * x^t for a whole number t ≥ 0, equal to `x ** t` bit for bit: x⁰ = 1 and x¹ = x exactly (the
 * language specifies the first, every engine's pow returns x for the second), x² = x·x (the
 * correctly rounded square, which fdlibm's pow in V8, SpiderMonkey's integer pow and libm all return),
 * and `**` itself from t = 3 on. Saves two of the three pow calls per cluster on the plan's horizon;
 * the property test of the kernel against project() checks the equality.
 */
function powerOf(x: number, t: number): number {
  if (t === 0) return 1;
  if (t === 1) return x;
  if (t === 2) return x * x;
  return x ** t;
}

/**
 * Land of a pool where switched-on key projects bring land (planLandWithProjects in project.ts):
 * each member wants `pace · t + project land`; over the pool's room, the room is shared in
 * proportion to what each wants that year.
 */
function projectPoolLand(
  model: TrialModel,
  params: Float64Array,
  members: Int32Array,
  baseScale: number,
  room: number,
): void {
  const n = model.yearCount;
  const cache = model.cache;
  for (let t = 0; t < n; t++) {
    let newLand = 0;
    for (let m = 0; m < members.length; m++) {
      const c = members[m]!;
      newLand += params[c * LEVERS_PER_CLUSTER + PACE]! * t + model.projectLand[c * n + t]!;
    }
    const overflow = newLand > room;
    for (let m = 0; m < members.length; m++) {
      const c = members[m]!;
      const wanted = params[c * LEVERS_PER_CLUSTER + PACE]! * t + model.projectLand[c * n + t]!;
      const added = overflow ? (room * wanted) / newLand : wanted;
      cache.land[c * n + t] = model.landBase[c]! * baseScale + added;
    }
  }
  for (let m = 0; m < members.length; m++) cache.landChanged[members[m]!] = 1;
}

/**
 * Project one trial: the whole zone over the horizon for the assumptions in `params`, written into
 * `out` (layout: {@link TrialModel.layout}). Allocates nothing. Reproduces `project()` to the last
 * bit for the same assumptions: every figure is computed with the same operations in the same order
 * (land pools, then each cluster year by year, then zone sums in cluster order); figures whose
 * assumptions did not change since the model's previous trial come from its cache.
 * @param params parameter vector (see {@link parameterIndex}); values are assumed valid.
 * @param detail false to write only output, potential and the zone figures (the Monte Carlo path):
 *   land and capacity are then left as they were in `out`.
 */
export function projectTrial(
  model: TrialModel,
  params: Float64Array,
  out: Float64Array,
  detail = true,
): void {
  const C = model.clusterCount;
  const n = model.yearCount;
  const L = model.layout;
  const cache = model.cache;
  const levers = cache.levers;

  // 1. Land pools (planLand in project.ts), recomputed only when a pace in the pool moved.
  for (let p = 0; p < model.poolMembers.length; p++) {
    const members = model.poolMembers[p]!;
    let moved = false;
    for (let m = 0; m < members.length; m++) {
      const at = members[m]! * LEVERS_PER_CLUSTER + PACE;
      if (levers[at] !== params[at]) moved = true;
    }
    if (!moved) continue;
    const baseScale = model.poolBaseScale[p]!;
    const room = model.poolRoom[p]!;
    let paceSum = 0;
    for (let m = 0; m < members.length; m++) {
      const at = members[m]! * LEVERS_PER_CLUSTER + PACE;
      levers[at] = params[at]!;
      paceSum += params[at]!;
    }
    if (model.poolHasProjectLand[p] === 1) {
      projectPoolLand(model, params, members, baseScale, room);
      continue;
    }
    for (let m = 0; m < members.length; m++) {
      const c = members[m]!;
      const pace = params[c * LEVERS_PER_CLUSTER + PACE]!;
      const landBase = model.landBase[c]!;
      for (let t = 0; t < n; t++) {
        const added = paceSum * t > room ? (room * pace) / paceSum : pace * t;
        cache.land[c * n + t] = landBase * baseScale + added;
      }
      cache.landChanged[c] = 1;
    }
  }

  // 2–4. Capacity, investment and output per cluster (projectCluster in project.ts).
  for (let c = 0; c < C; c++) {
    const o = c * LEVERS_PER_CLUSTER;
    const row = c * n;
    const i0 = params[o + INTENSITY]!;
    const gamma = params[o + INTENSITY_GROWTH]!;
    if (
      cache.landChanged[c] === 1 ||
      levers[o + INTENSITY] !== i0 ||
      levers[o + INTENSITY_GROWTH] !== gamma
    ) {
      levers[o + INTENSITY] = i0;
      levers[o + INTENSITY_GROWTH] = gamma;
      cache.landChanged[c] = 0;
      for (let t = 0; t < n; t++) {
        cache.capacity[row + t] = cache.land[row + t]! * (i0 * powerOf(1 + gamma, t));
      }
    }
    const k = params[o + OUTPUT_PER_INVESTMENT]!;
    const invest = params[o + INVESTMENT]!;
    const lag = params[o + LAG]!;
    const ramp = params[o + RAMP_UP]!;
    const baseInvest = params[o + BASE_INVESTMENT]!;
    if (
      levers[o + OUTPUT_PER_INVESTMENT] !== k ||
      levers[o + INVESTMENT] !== invest ||
      levers[o + LAG] !== lag ||
      levers[o + RAMP_UP] !== ramp ||
      levers[o + BASE_INVESTMENT] !== baseInvest
    ) {
      levers[o + OUTPUT_PER_INVESTMENT] = k;
      levers[o + INVESTMENT] = invest;
      levers[o + LAG] = lag;
      levers[o + RAMP_UP] = ramp;
      levers[o + BASE_INVESTMENT] = baseInvest;
      const full = k * invest;
      const baseFull = k * baseInvest;
      for (let t = 1; t < n; t++) {
        // As project()'s investmentAdded, operation for operation.
        let added = 0;
        const starting = t - lag; // the vintage whose first producing year is t
        if (starting >= 1) added += ramp * full;
        else if (starting === 0) added += ramp * baseFull;
        if (starting - 1 >= 1) added += (1 - ramp) * full;
        else if (starting - 1 === 0) added += (1 - ramp) * baseFull;
        cache.added[row + t] = added;
      }
    }
    const growth = 1 + params[o + GROWTH]!;
    const base = model.base[c]!;
    out[L.output + row] = base;
    out[L.potential + row] = base;
    let previous = base;
    for (let t = 1; t < n; t++) {
      const cap = cache.capacity[row + t]!;
      // (organic + investment) + key projects, in project()'s order; adding 0 changes nothing.
      const potential = previous * growth + cache.added[row + t]! + model.projectOutput[row + t]!;
      const output = potential > cap ? cap : potential;
      out[L.potential + row + t] = potential;
      out[L.output + row + t] = output;
      previous = output;
    }
    if (detail) {
      for (let t = 0; t < n; t++) {
        out[L.land + row + t] = cache.land[row + t]!;
        out[L.capacity + row + t] = cache.capacity[row + t]!;
      }
    }
  }

  // 5. Zone totals (project() in project.ts).
  const gOther = params[C * LEVERS_PER_CLUSTER]!;
  if (cache.otherGrowth[0] !== gOther) {
    for (let t = 0; t < n; t++) cache.otherIndustry[t] = model.otherIndustryBase * powerOf(1 + gOther, t);
    cache.otherGrowth[0] = gOther;
  }
  for (let t = 0; t < n; t++) {
    const otherIndustry = cache.otherIndustry[t]!;
    let industrialOutput = otherIndustry;
    let industrialLand = model.otherIndustryLand;
    let serviceRevenue = 0;
    for (let c = 0; c < C; c++) {
      if (model.industrial[c] === 1) {
        industrialOutput += out[L.output + c * n + t]!;
        industrialLand += cache.land[c * n + t]!;
      } else {
        serviceRevenue += out[L.output + c * n + t]!;
      }
    }
    out[L.industrialOutput + t] = industrialOutput;
    out[L.otherIndustry + t] = otherIndustry;
    out[L.industrialLand + t] = industrialLand;
    out[L.outputIntensity + t] = industrialLand > 0 ? industrialOutput / industrialLand : 0;
    out[L.serviceRevenue + t] = serviceRevenue;
  }
}
