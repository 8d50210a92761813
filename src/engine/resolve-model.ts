import type { ClusterId, ClusterMeasure, ParkId, PlanDataset } from '../data/plan-types';
import { readFigure } from '../data/provenance';

/** One cluster's plan figures as numbers, under the scenario's choice of conflict readings. */
export interface ResolvedCluster {
  readonly id: ClusterId;
  readonly measure: ClusterMeasure;
  readonly parkIds: readonly ParkId[];
  /** Index into {@link ResolvedModel.pools}. */
  readonly poolIndex: number;
  /** Base-year output or revenue, 亿元. */
  readonly base: number;
  /** Target-year target, 亿元. */
  readonly target: number;
  /** Producing land in the base year, km². */
  readonly landBase: number;
  /** Output per km² of producing land in the base year (base ÷ land; data, never a lever), 亿元/km². */
  readonly baseIntensity: number;
}

/** A group of parks shared by the clusters whose land lies in them. */
export interface ResolvedPool {
  readonly parkIds: readonly ParkId[];
  readonly clusterIds: readonly ClusterId[];
  /** Total area, km². */
  readonly area: number;
}

/** The plan dataset reduced to the numbers the engine uses. */
export interface ResolvedModel {
  readonly datasetVersion: string;
  /** Base year first, then each projected year. */
  readonly years: readonly number[];
  readonly clusters: readonly ResolvedCluster[];
  readonly pools: readonly ResolvedPool[];
  readonly industrialOutputBase: number;
  /** Base-year industrial output outside the four industrial clusters, 亿元 (≥ 0). */
  readonly otherIndustryBase: number;
  readonly otherIndustryLand: number;
  readonly intensityBase: number;
  /**
   * Whether the zone's targets count other industry (conflict `otherIndustryIn600`): false — the 600
   * and the 60 亿元/km² are measured on the four industrial clusters; true — on all industry.
   */
  readonly otherIndustryInTarget: boolean;
  readonly industrialOutputTarget: number;
  readonly intensityTarget: number;
}

/**
 * Reduce the dataset to numbers under the chosen conflict readings.
 * @throws RangeError when the dataset is inconsistent (a cluster in an unknown park, a horizon
 *   without projected years, cluster bases above the zone total).
 */
export function resolveModel(dataset: PlanDataset, choices: Readonly<Record<string, number>>): ResolvedModel {
  const { baseYear, targetYear } = dataset.horizon;
  if (!Number.isInteger(baseYear) || !Number.isInteger(targetYear) || targetYear <= baseYear) {
    throw new RangeError(
      `dataset horizon ${baseYear}–${targetYear}: the target year must follow the base year`,
    );
  }
  const years: number[] = [];
  for (let year = baseYear; year <= targetYear; year++) years.push(year);

  const parkArea = new Map(dataset.parks.map((park) => [park.id, readFigure(park.areaKm2, choices)]));
  const pools: { parkIds: ParkId[]; clusterIds: ClusterId[]; area: number }[] = [];
  const clusters: ResolvedCluster[] = dataset.clusters.map((cluster) => {
    const key = [...cluster.parkIds].sort().join('+');
    let poolIndex = pools.findIndex((pool) => [...pool.parkIds].sort().join('+') === key);
    if (poolIndex < 0) {
      let area = 0;
      for (const parkId of cluster.parkIds) {
        const a = parkArea.get(parkId);
        if (a === undefined) throw new RangeError(`cluster ${cluster.id} lies in unknown park ${parkId}`);
        area += a;
      }
      pools.push({ parkIds: [...cluster.parkIds], clusterIds: [], area });
      poolIndex = pools.length - 1;
    }
    pools[poolIndex]!.clusterIds.push(cluster.id);
    const base = readFigure(cluster.base, choices);
    const landBase = readFigure(cluster.producingLandBase, choices);
    return {
      id: cluster.id,
      measure: cluster.measure,
      parkIds: cluster.parkIds,
      poolIndex,
      base,
      target: readFigure(cluster.target, choices),
      landBase,
      // Without base land the intensity path starts at the target-year lever (see kernel.ts).
      baseIntensity: landBase > 0 ? base / landBase : Number.NaN,
    };
  });

  const industrialOutputBase = readFigure(dataset.zone.industrialOutputBase, choices);
  const clusterIndustry = clusters
    .filter((c) => c.measure === 'industrialOutput')
    .reduce((sum, c) => sum + c.base, 0);
  const otherIndustryBase = industrialOutputBase - clusterIndustry;
  if (otherIndustryBase < -1e-9) {
    throw new RangeError(
      `dataset ${dataset.version}: industrial clusters add up to ${clusterIndustry}, above the zone total ${industrialOutputBase}`,
    );
  }
  return {
    datasetVersion: dataset.version,
    years,
    clusters,
    pools,
    industrialOutputBase,
    otherIndustryBase: Math.max(0, otherIndustryBase),
    otherIndustryLand: readFigure(dataset.zone.otherIndustryLand, choices),
    intensityBase: readFigure(dataset.zone.intensityBase, choices),
    otherIndustryInTarget: readFigure(dataset.zone.otherIndustryInTarget, choices) === 1,
    industrialOutputTarget: readFigure(dataset.zone.industrialOutputTarget, choices),
    intensityTarget: readFigure(dataset.zone.intensityTarget, choices),
  };
}
