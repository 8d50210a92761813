import type { PlanDataset, TargetDirection } from '../data/plan-types';
import { leverSpec } from '../data/levers';
import type { ClusterAssumptions, Scenario, StatusThresholds } from '../scenario/scenario';
import type {
  ClusterProjection,
  ClusterYear,
  GrowthSolution,
  LandPoolProjection,
  ProjectionResult,
  TargetResult,
  TargetStatus,
  TargetSubject,
  ZoneYear,
} from './projection-types';
import { keyProjectContributions } from './key-projects';
import { resolveModel, type ResolvedCluster, type ResolvedModel } from './resolve-model';
import { assertValidScenario } from './validation';

/** Attainment within this of a threshold counts as reaching it (absorbs floating-point rounding). */
const ATTAINMENT_TOLERANCE = 1e-9;
/** Bisection steps of the growth solve: the lever's range shrinks 2^-60-fold. */
const SOLVE_STEPS = 60;

/** Producing land per cluster and year, and per pool, after the park-area cap. */
interface LandPlan {
  /** [cluster index][year index] → km². */
  readonly land: number[][];
  /** [cluster index][year index] → whether the cluster's parks are full. */
  readonly full: boolean[][];
  readonly pools: LandPoolProjection[];
}

/**
 * Bring land into production at each cluster's pace; where the clusters of a pool of parks want
 * more than its area, scale the new land each one wants down in proportion (order-independent).
 * Land producing in the base year is never taken away (it is scaled only if it alone exceeds the area).
 */
function planLand(model: ResolvedModel, scenario: Scenario, projectLand: readonly number[][]): LandPlan {
  const n = model.years.length;
  const land = model.clusters.map(() => new Array<number>(n).fill(0));
  const full = model.clusters.map(() => new Array<boolean>(n).fill(false));
  const pools: LandPoolProjection[] = model.pools.map((pool) => ({
    parkIds: pool.parkIds,
    clusterIds: pool.clusterIds,
    areaKm2: pool.area,
    years: [],
  }));
  for (let p = 0; p < model.pools.length; p++) {
    const pool = model.pools[p]!;
    const members = model.clusters
      .map((cluster, index) => ({ cluster, index }))
      .filter(({ cluster }) => cluster.poolIndex === p);
    const years = pools[p]!.years as LandPoolProjection['years'][number][];
    let baseLand = 0;
    let paceSum = 0;
    for (const { cluster } of members) {
      baseLand += cluster.landBase;
      paceSum += scenario.clusters[cluster.id].landPace;
    }
    // Scaling only the new land keeps a cluster's land from shrinking when a neighbour in the
    // same pool speeds up: each one's land stays ≥ its base-year land and never falls year on year.
    const baseScale = baseLand > pool.area ? pool.area / baseLand : 1;
    const room = Math.max(0, pool.area - baseLand);
    if (members.some(({ index }) => projectLand[index]!.some((km2) => km2 > 0))) {
      planLandWithProjects(model, scenario, projectLand, members, pool.area, baseLand, baseScale, room, {
        land,
        full,
        years,
      });
      continue;
    }
    for (let t = 0; t < n; t++) {
      const newLand = paceSum * t;
      const desired = baseLand + newLand;
      const overflow = newLand > room;
      const isFull = t > 0 && desired >= pool.area;
      let producing = 0;
      for (const { cluster, index } of members) {
        const pace = scenario.clusters[cluster.id].landPace;
        // Once over, each cluster's share of the room is pace ÷ Σpace: the same every year.
        const added = overflow ? (room * pace) / paceSum : pace * t;
        const l = cluster.landBase * baseScale + added;
        land[index]![t] = l;
        full[index]![t] = isFull;
        producing += l;
      }
      years.push({ year: model.years[t]!, desiredLand: desired, producingLand: producing });
    }
  }
  return { land, full, pools };
}

/**
 * planLand for a pool where switched-on key projects bring their own land: each cluster wants
 * `pace · t + project land`; over the pool's area, the room is shared in proportion to what each
 * wants that year (docs/model.md, "Key projects"). Kept apart so that a pool without project land
 * takes exactly the arithmetic above.
 */
function planLandWithProjects(
  model: ResolvedModel,
  scenario: Scenario,
  projectLand: readonly number[][],
  members: readonly { cluster: ResolvedCluster; index: number }[],
  area: number,
  baseLand: number,
  baseScale: number,
  room: number,
  out: { land: number[][]; full: boolean[][]; years: LandPoolProjection['years'][number][] },
): void {
  for (let t = 0; t < model.years.length; t++) {
    let newLand = 0;
    for (const { cluster, index } of members) {
      newLand += scenario.clusters[cluster.id].landPace * t + projectLand[index]![t]!;
    }
    const desired = baseLand + newLand;
    const overflow = newLand > room;
    const isFull = t > 0 && desired >= area;
    let producing = 0;
    for (const { cluster, index } of members) {
      const wanted = scenario.clusters[cluster.id].landPace * t + projectLand[index]![t]!;
      const added = overflow ? (room * wanted) / newLand : wanted;
      const l = cluster.landBase * baseScale + added;
      out.land[index]![t] = l;
      out.full[index]![t] = isFull;
      producing += l;
    }
    out.years.push({ year: model.years[t]!, desiredLand: desired, producingLand: producing });
  }
}

/**
 * Output added in year index t (1…n) by investment coming into production: the investment I_s of
 * year s adds k·I_s of annual output from L years later, the ramp-up share r of it in the first
 * producing year and the rest the year after. I_0 is the base year's investment (`baseYearInvestment`),
 * I_s for s ≥ 1 the yearly investment; a part that falls in the base year itself is already in the
 * base-year output (docs/model.md §3).
 */
function investmentAdded(a: ClusterAssumptions, t: number): number {
  const k = a.outputPerInvestment;
  let added = 0;
  const starting = t - a.lagYears; // the vintage whose first producing year is t
  if (starting >= 1) added += a.rampUpShare * (k * a.investmentPerYear);
  else if (starting === 0) added += a.rampUpShare * (k * a.baseYearInvestment);
  if (starting - 1 >= 1) added += (1 - a.rampUpShare) * (k * a.investmentPerYear);
  else if (starting - 1 === 0) added += (1 - a.rampUpShare) * (k * a.baseYearInvestment);
  return added;
}

/** Land capacity of a cluster in year index t, 亿元. */
function capacity(a: ClusterAssumptions, land: number, t: number): number {
  // Same operation order as projectCluster (land × intensity), so the growth solve and the
  // projection agree to the last bit on capacity and on the output it caps.
  return land * (a.landIntensity * (1 + a.intensityGrowth) ** t);
}

function projectCluster(
  model: ResolvedModel,
  cluster: ResolvedCluster,
  a: ClusterAssumptions,
  land: readonly number[],
  full: readonly boolean[],
  projectAdded: readonly number[],
): ClusterProjection {
  const years: ClusterYear[] = [];
  let previous = cluster.base;
  let landBindsFrom: number | null = null;
  let parkFullFrom: number | null = null;
  for (let t = 0; t < model.years.length; t++) {
    const year = model.years[t]!;
    const producingLand = land[t]!;
    const intensity = a.landIntensity * (1 + a.intensityGrowth) ** t;
    const cap = producingLand * intensity;
    if (t === 0) {
      years.push({
        year,
        output: cluster.base,
        organic: cluster.base,
        investmentAdded: 0,
        potential: cluster.base,
        capacity: cap,
        producingLand,
        intensity,
        landBinds: false,
        parkFull: false,
      });
      continue;
    }
    const organic = previous * (1 + a.growthRate);
    const added = investmentAdded(a, t);
    // Key projects come on top of the generic investment; adding 0 leaves the sum unchanged.
    const potential = organic + added + projectAdded[t]!;
    const landBinds = potential > cap;
    const output = landBinds ? cap : potential;
    if (landBinds && landBindsFrom === null) landBindsFrom = year;
    if (full[t] && parkFullFrom === null) parkFullFrom = year;
    years.push({
      year,
      output,
      organic,
      investmentAdded: added,
      potential,
      capacity: cap,
      producingLand,
      intensity,
      landBinds,
      parkFull: full[t]!,
    });
    previous = output;
  }
  return {
    id: cluster.id,
    measure: cluster.measure,
    parkIds: cluster.parkIds,
    years,
    landBindsFrom,
    parkFullFrom,
  };
}

/** Target-year output of a cluster at growth rate g, everything else as in `a`. */
function outputAtTarget(
  cluster: ResolvedCluster,
  a: ClusterAssumptions,
  land: readonly number[],
  projectAdded: readonly number[],
  g: number,
): number {
  let y = cluster.base;
  for (let t = 1; t < land.length; t++) {
    const potential = y * (1 + g) + investmentAdded(a, t) + projectAdded[t]!;
    const cap = capacity(a, land[t]!, t);
    y = potential > cap ? cap : potential;
  }
  return y;
}

/**
 * Find the smallest growth rate within the lever's range that brings the cluster to its target in
 * the target year, all else unchanged; output rises monotonically with growth, so bisection applies.
 */
function solveGrowth(
  cluster: ResolvedCluster,
  a: ClusterAssumptions,
  land: readonly number[],
  projectAdded: readonly number[],
): GrowthSolution {
  const { min, max } = leverSpec('growthRate');
  const last = land.length - 1;
  const capacityAtTarget = capacity(a, land[last]!, last);
  const base = { clusterId: cluster.id, capacityAtTarget };
  if (outputAtTarget(cluster, a, land, projectAdded, min) >= cluster.target) {
    return { ...base, outcome: 'metAtMinimum', growthRate: min };
  }
  if (capacityAtTarget < cluster.target) return { ...base, outcome: 'landBinds', growthRate: null };
  if (outputAtTarget(cluster, a, land, projectAdded, max) < cluster.target) {
    return { ...base, outcome: 'beyondRange', growthRate: null };
  }
  let lo = min;
  let hi = max;
  for (let step = 0; step < SOLVE_STEPS; step++) {
    const mid = (lo + hi) / 2;
    if (outputAtTarget(cluster, a, land, projectAdded, mid) >= cluster.target) hi = mid;
    else lo = mid;
  }
  return { ...base, outcome: 'reachable', growthRate: hi };
}

/** The yearly growth that takes `from` to `to` in `years` years; null without a positive start. */
export function cagr(from: number, to: number, years: number): number | null {
  if (!(from > 0) || years <= 0 || !(to >= 0)) return null;
  return (to / from) ** (1 / years) - 1;
}

/** Classify an attainment under the thresholds. */
export function statusOf(attainment: number, thresholds: StatusThresholds): TargetStatus {
  if (attainment >= thresholds.onTrack - ATTAINMENT_TOLERANCE) return 'onTrack';
  if (attainment >= thresholds.atRisk - ATTAINMENT_TOLERANCE) return 'atRisk';
  return 'offTrack';
}

/** Compare a projected figure with its target. */
export function evaluateTarget(
  id: string,
  subject: TargetSubject,
  year: number,
  years: number,
  direction: TargetDirection,
  base: number,
  projected: number,
  target: number,
  thresholds: StatusThresholds,
): TargetResult {
  let attainment: number;
  if (direction === 'atLeast') attainment = target > 0 ? projected / target : projected >= target ? 1 : 0;
  else attainment = projected > 0 ? target / projected : 1;
  const gap = direction === 'atLeast' ? target - projected : projected - target;
  return {
    id,
    subject,
    year,
    direction,
    base,
    projected,
    target,
    gap,
    attainment,
    requiredCagr: cagr(base, target, years),
    scenarioCagr: cagr(base, projected, years),
    status: statusOf(attainment, thresholds),
  };
}

/**
 * Project a scenario over the dataset's horizon: each cluster's output year by year, land use per
 * pool of parks, zone totals, every target compared, and the growth rate each cluster would need.
 * Switched-on key projects add their output to their cluster's potential and their land to its
 * desired land (key-projects.ts); with none switched on the result is exactly as without them.
 * Pure: no I/O, same input → same output.
 * @throws ScenarioValidationError when any assumption is outside its allowed range.
 */
export function project(dataset: PlanDataset, scenario: Scenario): ProjectionResult {
  assertValidScenario(scenario, dataset);
  const model = resolveModel(dataset, scenario.conflictChoices);
  const n = model.years.length;
  const last = n - 1;
  const projects = keyProjectContributions(dataset, scenario);
  const landPlan = planLand(model, scenario, projects.land);

  const clusters = model.clusters.map((cluster, index) =>
    projectCluster(
      model,
      cluster,
      scenario.clusters[cluster.id],
      landPlan.land[index]!,
      landPlan.full[index]!,
      projects.output[index]!,
    ),
  );

  const zone: ZoneYear[] = [];
  for (let t = 0; t < n; t++) {
    const otherIndustry = model.otherIndustryBase * (1 + scenario.otherIndustryGrowth) ** t;
    let industrialOutput = otherIndustry;
    let industrialLand = model.otherIndustryLand;
    let serviceRevenue = 0;
    for (let c = 0; c < clusters.length; c++) {
      const cy = clusters[c]!.years[t]!;
      if (clusters[c]!.measure === 'industrialOutput') {
        industrialOutput += cy.output;
        industrialLand += cy.producingLand;
      } else {
        serviceRevenue += cy.output;
      }
    }
    zone.push({
      year: model.years[t]!,
      industrialOutput,
      otherIndustry,
      industrialLand,
      outputIntensity: industrialLand > 0 ? industrialOutput / industrialLand : 0,
      serviceRevenue,
    });
  }

  const targetYear = model.years[last]!;
  const th = scenario.thresholds;
  const targets: TargetResult[] = model.clusters.map((cluster, c) =>
    evaluateTarget(
      cluster.id,
      { kind: 'cluster', clusterId: cluster.id },
      targetYear,
      last,
      'atLeast',
      cluster.base,
      clusters[c]!.years[last]!.output,
      cluster.target,
      th,
    ),
  );
  targets.push(
    evaluateTarget(
      'industrialOutput',
      { kind: 'zone', indicatorId: 'industrialOutput' },
      targetYear,
      last,
      'atLeast',
      zone[0]!.industrialOutput,
      zone[last]!.industrialOutput,
      model.industrialOutputTarget,
      th,
    ),
    evaluateTarget(
      'outputIntensity',
      { kind: 'zone', indicatorId: 'outputIntensity' },
      targetYear,
      last,
      'atLeast',
      model.intensityBase,
      zone[last]!.outputIntensity,
      model.intensityTarget,
      th,
    ),
  );

  const growthSolutions = model.clusters.map((cluster, c) =>
    solveGrowth(cluster, scenario.clusters[cluster.id], landPlan.land[c]!, projects.output[c]!),
  );

  return {
    datasetVersion: model.datasetVersion,
    years: model.years,
    clusters,
    landPools: landPlan.pools,
    zone,
    targets,
    growthSolutions,
  };
}
