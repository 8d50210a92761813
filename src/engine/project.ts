import type { PlanDataset, TargetDirection } from '../data/plan-types';
import { leverSpec } from '../data/levers';
import type { Scenario, StatusThresholds } from '../scenario/scenario';
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
import {
  GrowthContext,
  allocateOutput,
  compiledModel,
  parametersOf,
  runKernel,
  type CompiledModel,
  type KernelOutput,
} from './kernel';
import { assertValidScenario } from './validation';

/** Attainment within this of a threshold counts as reaching it (absorbs floating-point rounding). */
const ATTAINMENT_TOLERANCE = 1e-9;
/** Bisection steps of the growth solve: the lever's range shrinks 2^-60-fold. */
const SOLVE_STEPS = 60;

/** Per compiled model: a run's arrays and each cluster's last growth solve, reused between projections. */
interface Workspace {
  readonly out: KernelOutput;
  readonly context: GrowthContext;
  readonly solved: { context: GrowthContext; solution: GrowthSolution }[];
}

const WORKSPACES = new WeakMap<CompiledModel, Workspace>();

function workspaceOf(model: CompiledModel): Workspace {
  let workspace = WORKSPACES.get(model);
  if (workspace === undefined) {
    workspace = { out: allocateOutput(model), context: new GrowthContext(model.yearCount), solved: [] };
    WORKSPACES.set(model, workspace);
  }
  return workspace;
}

/**
 * The smallest organic growth within the lever's range that, with the scenario's investment,
 * projects and land, brings the cluster to its target in the target year; output never falls as
 * growth rises, so bisection applies. A cluster whose inputs are those of its last solve (for this
 * compiled model) is not solved again.
 */
function solveGrowth(
  model: CompiledModel,
  params: Float64Array,
  workspace: Workspace,
  c: number,
): GrowthSolution {
  const context = workspace.context;
  context.fill(model, params, workspace.out, c);
  const last = workspace.solved[c];
  if (last !== undefined && last.context.equals(context)) return last.solution;
  const solution = solveFromContext(model.resolved.clusters[c]!.id, context);
  if (last !== undefined) {
    last.context.copy(context);
    last.solution = solution;
  } else {
    const kept = new GrowthContext(model.yearCount);
    kept.copy(context);
    workspace.solved[c] = { context: kept, solution };
  }
  return solution;
}

function solveFromContext(clusterId: GrowthSolution['clusterId'], context: GrowthContext): GrowthSolution {
  const { min, max } = leverSpec('growthRate');
  const target = context.scalars[7]!;
  const base = { clusterId, capacityAtTarget: context.capacity(max) };
  if (context.outputAt(min) >= target) return { ...base, outcome: 'metAtMinimum', growthRate: min };
  if (base.capacityAtTarget < target) return { ...base, outcome: 'landBinds', growthRate: null };
  if (context.outputAt(max) < target) return { ...base, outcome: 'beyondRange', growthRate: null };
  let lo = min;
  let hi = max;
  for (let step = 0; step < SOLVE_STEPS; step++) {
    const mid = (lo + hi) / 2;
    if (context.outputAt(mid) >= target) hi = mid;
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

/** The rich result of a kernel run. */
function resultOf(
  model: CompiledModel,
  params: Float64Array,
  workspace: Workspace,
  scenario: Scenario,
): ProjectionResult {
  const out = workspace.out;
  const resolved = model.resolved;
  const n = model.yearCount;
  const last = n - 1;
  const clusters: ClusterProjection[] = resolved.clusters.map((cluster, c) => {
    const years: ClusterYear[] = [];
    let landBindsFrom: number | null = null;
    let parkFullFrom: number | null = null;
    for (let t = 0; t < n; t++) {
      const at = c * n + t;
      const year = resolved.years[t]!;
      const landBinds = out.binds[at] === 1;
      const parkFull = out.full[at] === 1;
      if (landBinds && landBindsFrom === null) landBindsFrom = year;
      if (parkFull && parkFullFrom === null) parkFullFrom = year;
      years.push({
        year,
        output: out.output[at]!,
        existing: out.existing[at]!,
        investment: out.investment[at]!,
        projects: out.projects[at]!,
        link: out.link[at]!,
        potential: out.potential[at]!,
        capacity: out.capacity[at]!,
        producingLand: out.producingLand[at]!,
        readyLand: out.readyLand[at]!,
        intensity: out.intensity[at]!,
        landBinds,
        parkFull,
      });
    }
    return {
      id: cluster.id,
      measure: cluster.measure,
      parkIds: cluster.parkIds,
      years,
      landBindsFrom,
      parkFullFrom,
    };
  });
  const landPools: LandPoolProjection[] = resolved.pools.map((pool, p) => ({
    parkIds: pool.parkIds,
    clusterIds: pool.clusterIds,
    areaKm2: pool.area,
    years: resolved.years.map((year, t) => ({
      year,
      desiredLand: out.poolWanted[p * n + t]!,
      producingLand: out.poolProducing[p * n + t]!,
    })),
  }));
  const zone: ZoneYear[] = resolved.years.map((year, t) => {
    const land = out.targetLand[t]!;
    return {
      year,
      industrialOutput: out.targetOutput[t]!,
      totalIndustrialOutput: out.totalIndustrial[t]!,
      otherIndustry: out.other[t]!,
      otherIndustryInTarget: resolved.otherIndustryInTarget,
      industrialLand: land,
      totalIndustrialLand: out.totalLand[t]!,
      outputIntensity: land > 0 ? out.targetOutput[t]! / land : null,
      serviceRevenue: out.serviceRevenue[t]!,
    };
  });

  const targetYear = resolved.years[last]!;
  const th = scenario.thresholds;
  const targets: TargetResult[] = resolved.clusters.map((cluster, c) =>
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
      resolved.industrialOutputTarget,
      th,
    ),
    evaluateTarget(
      'outputIntensity',
      { kind: 'zone', indicatorId: 'outputIntensity' },
      targetYear,
      last,
      'atLeast',
      resolved.intensityBase,
      zone[last]!.outputIntensity ?? 0,
      resolved.intensityTarget,
      th,
    ),
  );
  const growthSolutions = resolved.clusters.map((_, c) => solveGrowth(model, params, workspace, c));
  return {
    datasetVersion: resolved.datasetVersion,
    years: resolved.years,
    clusters,
    landPools,
    zone,
    targets,
    growthSolutions,
  };
}

/**
 * Project a scenario over the dataset's horizon (docs/model.md): each cluster's output year by year
 * from its existing output, its investment vintages, its key projects and links, capped by the land
 * ready for it; land use per pool of parks; zone totals; every target compared; and the organic
 * growth each cluster would need. Pure: no I/O, same input → same output.
 * @throws ScenarioValidationError when any assumption is outside its allowed range.
 */
export function project(dataset: PlanDataset, scenario: Scenario): ProjectionResult {
  assertValidScenario(scenario, dataset);
  const model = compiledModel(dataset, scenario);
  const params = parametersOf(model, scenario);
  const workspace = workspaceOf(model);
  runKernel(model, params, workspace.out);
  return resultOf(model, params, workspace, scenario);
}
