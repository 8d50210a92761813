import type { ClusterId, ParkId, PlanDataset } from '../data/plan-types';
import { readFigure } from '../data/provenance';
import type { ProjectionResult, TargetResult } from './projection-types';
import type { Scenario } from '../scenario/scenario';

/**
 * The parks (一区五园) as the projection uses them: each pool of parks with its producing land,
 * output and intensity year by year, and the land ledger (the land each cluster needs for its target
 * at the scenario's intensity against the land its parks have). Pure.
 */

/** One pool of parks in one year. */
export interface ParkPoolYear {
  readonly year: number;
  /** Land in production, km² (≤ the pool's area). */
  readonly producingLand: number;
  /**
   * Land ready for the pool's clusters: what the pace has readied for each (its share when the pool
   * runs short) and its projects' sites, at most the pool's area, km² (≥ producing land).
   */
  readonly readyLand: number;
  /** Land the clusters want to produce on: what their output needs within their ready land, and their projects' sites, km². */
  readonly desiredLand: number;
  /** Land of switched-on key projects' own sites, km² (part of the desired land). */
  readonly projectLand: number;
  /** Industrial output of the pool's industrial clusters, 亿元. */
  readonly industrialOutput: number;
  /** Revenue of the pool's service clusters, 亿元. */
  readonly serviceRevenue: number;
  /** Producing land of the pool's industrial clusters, km². */
  readonly industrialLand: number;
  /**
   * Industrial output per km² of industrial producing land this year (output ÷ producing land, the
   * result of the projection, not the intensity lever), 亿元/km²; null for a pool without industry.
   */
  readonly intensity: number | null;
}

/** A pool of parks: the parks whose area the same clusters share. */
export interface ParkPoolSummary {
  readonly parkIds: readonly ParkId[];
  readonly clusterIds: readonly ClusterId[];
  /** The parks' planned area together, km². */
  readonly areaKm2: number;
  readonly years: readonly ParkPoolYear[];
  /** First projected year in which the pool is fully readied or cannot give every cluster what it wants; null if never. */
  readonly fullFrom: number | null;
  /** Per cluster: first projected year its output is capped by its land; null if never. */
  readonly landBindsFrom: readonly { readonly clusterId: ClusterId; readonly year: number | null }[];
}

/** One cluster's land for its target, against its parks' area. */
export interface LandLedgerRow {
  readonly clusterId: ClusterId;
  /** Index into the pools of {@link ParkPoolSummary}. */
  readonly poolIndex: number;
  /** The cluster's target, 亿元. */
  readonly target: number;
  /** The scenario's land intensity in the target year (the lever `landIntensity`), 亿元/km². */
  readonly intensityAtTarget: number;
  /** Land the target needs at that intensity: target ÷ intensity, km². */
  readonly landNeeded: number;
  /** Producing land the projection gives the cluster in the target year, km². */
  readonly producingLand: number;
  /** Sites of switched-on key projects in it, as asked for, km². */
  readonly projectLand: number;
  /** Land ready for the cluster in the target year (`ClusterYear.readyLand`), km². */
  readonly readyLand: number;
  /** The planned area of the cluster's parks, km². */
  readonly poolArea: number;
  /** What every cluster of the pool needs together, km². */
  readonly poolNeeded: number;
  /** Area of the pool left once the other clusters of the pool have what they need, km² (may be < 0). */
  readonly available: number;
  /** landNeeded − available: > 0 means the parks are too small for the target at this intensity, km². */
  readonly shortfall: number;
}

/** Summarize each pool of parks of a projection, year by year. */
export function parkPools(
  result: ProjectionResult,
  sites: readonly (readonly number[])[],
): ParkPoolSummary[] {
  return result.landPools.map((pool) => {
    const members = result.clusters
      .map((cluster, index) => ({ cluster, index }))
      .filter(({ cluster }) => pool.clusterIds.includes(cluster.id));
    const years = pool.years.map((poolYear, t): ParkPoolYear => {
      let industrialOutput = 0;
      let serviceRevenue = 0;
      let industrialLand = 0;
      let projectLand = 0;
      let readyLand = 0;
      let hasIndustry = false;
      for (const { cluster, index } of members) {
        const y = cluster.years[t]!;
        readyLand += y.readyLand;
        // Clusters of a projection are in dataset order, as the contributions are.
        projectLand += sites[index]?.[t] ?? 0;
        if (cluster.measure === 'industrialOutput') {
          hasIndustry = true;
          industrialOutput += y.output;
          industrialLand += y.producingLand;
        } else {
          serviceRevenue += y.output;
        }
      }
      return {
        year: poolYear.year,
        producingLand: poolYear.producingLand,
        readyLand: Math.max(poolYear.producingLand, Math.min(pool.areaKm2, readyLand)),
        desiredLand: poolYear.desiredLand,
        projectLand,
        industrialOutput,
        serviceRevenue,
        industrialLand,
        intensity: hasIndustry && industrialLand > 0 ? industrialOutput / industrialLand : null,
      };
    });
    const fullFrom = members.reduce<number | null>((first, { cluster }) => {
      const year = cluster.parkFullFrom;
      return year !== null && (first === null || year < first) ? year : first;
    }, null);
    return {
      parkIds: pool.parkIds,
      clusterIds: pool.clusterIds,
      areaKm2: pool.areaKm2,
      years,
      fullFrom,
      landBindsFrom: members.map(({ cluster }) => ({ clusterId: cluster.id, year: cluster.landBindsFrom })),
    };
  });
}

/**
 * The land ledger: for each cluster, the land its target needs at the scenario's intensity in the
 * target year (target ÷ intensity), what the projection gives it, and what its parks can spare
 * once the other clusters of the same parks have what they need.
 */
export function landLedger(
  dataset: PlanDataset,
  scenario: Pick<Scenario, 'conflictChoices'>,
  result: ProjectionResult,
  sites: readonly (readonly number[])[],
): LandLedgerRow[] {
  const last = result.years.length - 1;
  const needs = result.clusters.map((cluster, c) => {
    const data = dataset.clusters[c]!;
    const target = readFigure(data.target, scenario.conflictChoices);
    const intensityAtTarget = cluster.years[last]!.intensity;
    return {
      target,
      intensityAtTarget,
      landNeeded: intensityAtTarget > 0 ? target / intensityAtTarget : Infinity,
    };
  });
  return result.clusters.map((cluster, c) => {
    const poolIndex = result.landPools.findIndex((pool) => pool.clusterIds.includes(cluster.id));
    const pool = result.landPools[poolIndex]!;
    let poolNeeded = 0;
    let others = 0;
    result.clusters.forEach((other, o) => {
      if (!pool.clusterIds.includes(other.id)) return;
      poolNeeded += needs[o]!.landNeeded;
      if (o !== c) others += needs[o]!.landNeeded;
    });
    const available = pool.areaKm2 - others;
    const need = needs[c]!;
    return {
      clusterId: cluster.id,
      poolIndex,
      target: need.target,
      intensityAtTarget: need.intensityAtTarget,
      landNeeded: need.landNeeded,
      producingLand: cluster.years[last]!.producingLand,
      readyLand: cluster.years[last]!.readyLand,
      projectLand: sites[c]?.[last] ?? 0,
      poolArea: pool.areaKm2,
      poolNeeded,
      available,
      shortfall: need.landNeeded - available,
    };
  });
}

/** One year of the zone's intensity, on the output and land 专栏1's 60 亿元/km² is measured on. */
export interface ZoneIntensityYear {
  readonly year: number;
  /** Industrial output the target counts (the four industrial clusters, or all industry read "inside"), 亿元. */
  readonly industrialOutput: number;
  /** Their producing land, km². */
  readonly industrialLand: number;
  /** industrialOutput ÷ industrialLand, 亿元/km²; null without producing land. */
  readonly intensity: number | null;
}

/** The zone's intensity beside the parks': the measure the plan's target applies to. */
export interface ZoneIntensitySummary {
  readonly years: readonly ZoneIntensityYear[];
  /** Whether other industry (outside the parks' clusters) counts, as the reading `otherIndustryIn600` says. */
  readonly otherIndustryInTarget: boolean;
  /** The zone's target-year intensity against the target (专栏1 "平均产出强度60亿元/平方公里以上"). */
  readonly target: TargetResult;
}

/** The zone's intensity year by year and its target, from a projection. */
export function zoneIntensity(result: ProjectionResult): ZoneIntensitySummary {
  const target = result.targets.find((t) => t.id === 'outputIntensity');
  if (target === undefined) throw new RangeError('the projection has no output-intensity target');
  return {
    years: result.zone.map((z) => ({
      year: z.year,
      industrialOutput: z.industrialOutput,
      industrialLand: z.industrialLand,
      intensity: z.outputIntensity,
    })),
    otherIndustryInTarget: result.zone[0]?.otherIndustryInTarget ?? false,
    target,
  };
}

/** Where a park's intensity stands beside the zone's average. */
export type IntensityBesideZone = 'above' | 'level' | 'below';

/**
 * A park's intensity beside the zone's average, compared as the table shows them (rounded to
 * `decimals`), so that two figures shown alike are never called different. The plan's 60 亿元/km²
 * (专栏1, "平均产出强度") is a zone-wide average and the plan sets no park an intensity target of its
 * own, so a park above or below the zone's average is information, not a shortfall: on the plan path
 * Qianzhou runs at 100 ÷ 1.53 = 65.4 because its park is too small to hold its target at 60, and the
 * other parks share the rest of the 10 km² at 500 ÷ 8.47 = 59.0, while the zone is at 600 ÷ 10 = 60.
 * Null when either has no intensity.
 */
export function besideZone(
  park: number | null,
  zone: number | null,
  decimals = 1,
): IntensityBesideZone | null {
  if (park === null || zone === null) return null;
  const scale = 10 ** decimals;
  const p = Math.round(park * scale);
  const z = Math.round(zone * scale);
  return p > z ? 'above' : p < z ? 'below' : 'level';
}
