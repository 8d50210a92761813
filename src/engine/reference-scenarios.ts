import { EARLY_ESTIMATES } from '../data/early-estimates';
import { leverSpec } from '../data/levers';
import { CLUSTER_IDS, type ClusterId, type PlanDataset } from '../data/plan-types';
import { REFERENCE_IDS, TREND_GROWTH, referenceIdsOf, type ReferenceId } from '../data/references';
import { defaultScenario } from '../scenario/default-scenario';
import type { ClusterAssumptions, Scenario } from '../scenario/scenario';
import { allocateOutput, compileModel, parametersOf, runKernel, type KernelOutput } from './kernel';

/**
 * The reference scenarios, built from the dataset (docs/model.md, "Reference scenarios"). Pure and
 * deterministic: the same dataset gives the same scenarios, so a scenario can record the id of the
 * one it was built from and "reset" rebuilds it.
 */

const clone = <T>(value: T): T => structuredClone(value);

/** A scenario with one cluster's levers changed. */
function withClusters(
  scenario: Scenario,
  change: (id: ClusterId, levers: ClusterAssumptions) => ClusterAssumptions,
): Scenario {
  const clusters = {} as Record<ClusterId, ClusterAssumptions>;
  for (const id of CLUSTER_IDS) clusters[id] = change(id, scenario.clusters[id]);
  return { ...scenario, clusters };
}

/** Run the kernel on a scenario (already valid by construction). */
function run(dataset: PlanDataset, scenario: Scenario): { out: KernelOutput; n: number } {
  const model = compileModel(dataset, scenario);
  const out = allocateOutput(model);
  runKernel(model, parametersOf(model, scenario), out);
  return { out, n: model.yearCount };
}

/**
 * The intensity each industrial cluster needs in the target year so that every cluster on its target
 * meets the zone's intensity target exactly: one intensity shared by the clusters whose parks can
 * hold their target at it, and target ÷ usable area for those whose parks cannot.
 */
function planPathIntensities(dataset: PlanDataset, scenario: Scenario): Map<ClusterId, number> {
  const model = compileModel(dataset, scenario);
  const resolved = model.resolved;
  const industrial = resolved.clusters.filter((c) => c.measure === 'industrialOutput');
  const usable = new Map<ClusterId, number>();
  for (const cluster of industrial) {
    const pool = resolved.pools[cluster.poolIndex]!;
    let othersBase = 0;
    for (const other of resolved.clusters) {
      if (other.poolIndex === cluster.poolIndex && other.id !== cluster.id) othersBase += other.landBase;
    }
    usable.set(cluster.id, Math.max(0, pool.area - othersBase));
  }
  const n = resolved.years.length;
  const last = n - 1;
  const otherAtTarget = resolved.otherIndustryBase * (1 + scenario.otherIndustryGrowth) ** last;
  const targetSum = industrial.reduce((sum, c) => sum + c.target, 0);
  // Land the clusters may use in all: the target-basis output at the zone intensity target.
  const land = resolved.otherIndustryInTarget
    ? (targetSum + otherAtTarget) / resolved.intensityTarget - resolved.otherIndustryLand
    : targetSum / resolved.intensityTarget;
  const fixed = new Map<ClusterId, number>();
  let shared = resolved.intensityTarget;
  for (let round = 0; round <= industrial.length; round++) {
    const free = industrial.filter((c) => !fixed.has(c.id));
    const freeTarget = free.reduce((sum, c) => sum + c.target, 0);
    let fixedLand = 0;
    for (const id of fixed.keys()) fixedLand += usable.get(id)!;
    const left = land - fixedLand;
    shared = left > 0 && freeTarget > 0 ? freeTarget / left : resolved.intensityTarget;
    let changed = false;
    for (const cluster of free) {
      const area = usable.get(cluster.id)!;
      if (area > 0 && cluster.target / area > shared) {
        fixed.set(cluster.id, cluster.target / area);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const { min, max } = leverSpec('landIntensity');
  const intensities = new Map<ClusterId, number>();
  for (const cluster of industrial) {
    const value = fixed.get(cluster.id) ?? shared;
    intensities.set(cluster.id, Math.min(max, Math.max(min, value)));
  }
  return intensities;
}

/**
 * The plan path: the dataset's estimates of growth, lag, ramp-up, output per investment and the 2017
 * investment; each cluster's yearly investment what takes it exactly to its target; the intensities
 * that meet the zone's intensity target; and the pace that readies the land each year needs.
 */
function planPath(dataset: PlanDataset): Scenario {
  const start = defaultScenario(dataset, 'planPath');
  const { max: paceMax } = leverSpec('landPace');
  const { min: investmentMin, max: investmentMax } = leverSpec('investmentPerYear');
  const intensities = planPathIntensities(dataset, start);
  // Land never binds while the path is solved: pace at its maximum.
  let scenario = withClusters(start, (id, levers) => ({
    ...levers,
    landIntensity: intensities.get(id) ?? levers.landIntensity,
    landPace: paceMax,
  }));
  const model = compileModel(dataset, scenario);
  const last = model.yearCount - 1;
  const indexOf = (id: ClusterId) => model.resolved.clusters.findIndex((c) => c.id === id);
  // Output is linear in the yearly investment: solve industry first, then services (whose link
  // follows industrial output).
  for (const group of ['industrialOutput', 'serviceRevenue'] as const) {
    const ids = model.resolved.clusters.filter((c) => c.measure === group).map((c) => c.id);
    const atZero = run(
      dataset,
      withClusters(scenario, (id, l) => (ids.includes(id) ? { ...l, investmentPerYear: 0 } : l)),
    );
    const atOne = run(
      dataset,
      withClusters(scenario, (id, l) => (ids.includes(id) ? { ...l, investmentPerYear: 1 } : l)),
    );
    scenario = withClusters(scenario, (id, levers) => {
      if (!ids.includes(id)) return levers;
      const c = indexOf(id);
      const at = c * atZero.n + last;
      const a = atZero.out.potential[at]!;
      const b = atOne.out.potential[at]! - a;
      const target = model.resolved.clusters[c]!.target;
      if (!(b > 0)) return levers;
      const solved = (target - a) / b;
      return { ...levers, investmentPerYear: Math.min(investmentMax, Math.max(investmentMin, solved)) };
    });
  }
  // The pace that readies, by each year, the land that year's output needs (a hair over it, so that
  // rounding never makes land bind on the path).
  const paced = run(dataset, scenario);
  return withClusters(scenario, (id, levers) => {
    const c = indexOf(id);
    const landBase = model.landBase[c]!;
    let pace = 0;
    for (let t = 1; t < paced.n; t++) {
      const wanted = paced.out.wantedLand[c * paced.n + t]!;
      pace = Math.max(pace, (wanted - landBase) / t);
    }
    return { ...levers, landPace: Math.min(paceMax, pace * (1 + 1e-9) + 1e-9) };
  });
}

/** Every plan project switched on at its dataset defaults. */
function projectBacked(dataset: PlanDataset): Scenario {
  return {
    ...defaultScenario(dataset, 'projectBacked'),
    projects: (dataset.keyProjects ?? []).map((project) => ({ id: project.id, enabled: true })),
  };
}

/** The base-year trend: every cluster at the trend's growth, no new investment (the trend stands for it). */
function trend(dataset: PlanDataset): Scenario {
  return withClusters(defaultScenario(dataset, 'trend'), (_, levers) => ({
    ...levers,
    growthRate: TREND_GROWTH,
    investmentPerYear: 0,
    baseYearInvestment: 0,
  }));
}

/** The default of releases 0.1–0.2, as it was (src/data/early-estimates.ts). */
function earlyEstimates(dataset: PlanDataset): Scenario {
  const start = defaultScenario(dataset, 'earlyEstimates');
  return {
    ...withClusters(start, (id) => ({ ...EARLY_ESTIMATES.clusters[id] })),
    otherIndustryGrowth: EARLY_ESTIMATES.otherIndustryGrowth,
    links: {
      producerServices: { enabled: false, share: start.links.producerServices.share },
      agriSupply: { enabled: false },
    },
  };
}

const BUILDERS: Readonly<Record<ReferenceId, (dataset: PlanDataset) => Scenario>> = {
  planPath,
  projectBacked,
  trend,
  earlyEstimates,
};

const CACHE = new WeakMap<PlanDataset, Map<ReferenceId, Scenario>>();

/** A reference scenario of the dataset, as a fresh copy (built once per dataset). */
export function referenceScenario(dataset: PlanDataset, id: ReferenceId): Scenario {
  let built = CACHE.get(dataset);
  if (built === undefined) {
    built = new Map();
    CACHE.set(dataset, built);
  }
  let scenario = built.get(id);
  if (scenario === undefined) {
    scenario = BUILDERS[id](dataset);
    built.set(id, scenario);
  }
  return clone(scenario);
}

/** Every reference scenario of the dataset, in `REFERENCE_IDS` order. */
export function referenceScenarios(dataset: PlanDataset): { id: ReferenceId; scenario: Scenario }[] {
  return referenceIdsOf(dataset).map((id) => ({ id, scenario: referenceScenario(dataset, id) }));
}

/** What the plan path says the targets take, per cluster. Money in 亿元, land in km². */
export interface PlanPathCluster {
  readonly clusterId: ClusterId;
  /** The overall yearly growth from the base year to the target (CAGR). */
  readonly cagr: number | null;
  /** Yearly investment from the first projected year on that reaches the target. */
  readonly investmentPerYear: number;
  /** Output per km² of producing land in the target year, and the land the target then needs. */
  readonly intensity: number;
  readonly landNeeded: number;
  /** Land readied per year that the path needs. */
  readonly landPace: number;
}

/** What a reference shows besides its projection. */
export interface ReferenceFacts {
  readonly id: ReferenceId;
  /** Plan path only: per cluster what the targets take, and the industrial investment per year in all. */
  readonly planPath: {
    readonly clusters: readonly PlanPathCluster[];
    readonly industrialInvestmentPerYear: number;
    /** The 2017 industrial investment of the four industrial clusters (the base-year investment levers). */
    readonly industrialInvestment2017: number;
  } | null;
  /**
   * Project-backed only: per cluster the share of the growth its target needs (target − base) that
   * its named projects bring in the target year; null for a cluster already at its target.
   */
  readonly backedShare: Readonly<Record<ClusterId, number | null>> | null;
}

/** The facts a reference's one-line explanation rests on (docs/model.md, "Reference scenarios"). */
export function referenceFacts(dataset: PlanDataset, id: ReferenceId): ReferenceFacts {
  const scenario = referenceScenario(dataset, id);
  const model = compileModel(dataset, scenario);
  const { out, n } = run(dataset, scenario);
  const last = n - 1;
  const clusters = model.resolved.clusters;
  if (id === 'planPath') {
    const rows = clusters.map((cluster): PlanPathCluster => {
      const levers = scenario.clusters[cluster.id];
      return {
        clusterId: cluster.id,
        cagr: cluster.base > 0 ? (cluster.target / cluster.base) ** (1 / last) - 1 : null,
        investmentPerYear: levers.investmentPerYear,
        intensity: levers.landIntensity,
        landNeeded: out.producingLand[model.resolved.clusters.indexOf(cluster) * n + last]!,
        landPace: levers.landPace,
      };
    });
    const industrial = clusters.filter((c) => c.measure === 'industrialOutput').map((c) => c.id);
    const sum = (pick: (levers: ClusterAssumptions) => number) =>
      industrial.reduce((total, cid) => total + pick(scenario.clusters[cid]), 0);
    return {
      id,
      planPath: {
        clusters: rows,
        industrialInvestmentPerYear: sum((l) => l.investmentPerYear),
        industrialInvestment2017: sum((l) => l.baseYearInvestment),
      },
      backedShare: null,
    };
  }
  if (id === 'projectBacked') {
    const backedShare = {} as Record<ClusterId, number | null>;
    clusters.forEach((cluster, c) => {
      const gap = cluster.target - cluster.base;
      backedShare[cluster.id] = gap > 0 ? out.projects[c * n + last]! / gap : null;
    });
    return { id, planPath: null, backedShare };
  }
  return { id, planPath: null, backedShare: null };
}
