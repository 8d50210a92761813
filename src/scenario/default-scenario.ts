import { CLUSTER_IDS, type ClusterId, type PlanDataset } from '../data/plan-types';
import { DEFAULT_THRESHOLDS, LEVERS } from '../data/levers';
import type { ClusterAssumptions, Scenario } from './scenario';

/** Build the plan's default scenario: every lever at its dataset default, every conflict at its default reading. */
export function defaultScenario(dataset: PlanDataset): Scenario {
  const clusters = {} as Record<ClusterId, ClusterAssumptions>;
  for (const id of CLUSTER_IDS) {
    const cluster = dataset.clusters.find((c) => c.id === id);
    if (cluster === undefined) throw new RangeError(`dataset ${dataset.version} lacks cluster ${id}`);
    const assumptions = {} as ClusterAssumptions;
    for (const lever of LEVERS) assumptions[lever.id] = cluster.defaults[lever.id].value;
    clusters[id] = assumptions;
  }
  return {
    datasetVersion: dataset.version,
    clusters,
    otherIndustryGrowth: dataset.zone.otherIndustryGrowth.value,
    conflictChoices: {},
    thresholds: { ...DEFAULT_THRESHOLDS },
  };
}
