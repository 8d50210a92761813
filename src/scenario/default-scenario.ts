import { CLUSTER_IDS, type ClusterId, type PlanDataset } from '../data/plan-types';
import { DEFAULT_THRESHOLDS, LEVERS } from '../data/levers';
import type { ReferenceId } from '../data/references';
import type { ClusterAssumptions, LinkSettings, Scenario } from './scenario';

/** The links at the dataset's defaults (all off for a dataset that describes none). */
export function defaultLinks(dataset: PlanDataset): LinkSettings {
  const links = dataset.links;
  return {
    producerServices: {
      enabled: (links?.producerServicesEnabled.value ?? 0) === 1,
      share: links?.producerServicesShare.value ?? 0,
    },
    agriSupply: { enabled: (links?.agriSupplyEnabled.value ?? 0) === 1 },
  };
}

/**
 * The dataset's estimates as a scenario: every lever at its dataset default, the links at theirs,
 * every conflict at its default reading, no key project switched on. The reference scenarios are built
 * from it (src/engine/reference-scenarios.ts): the project-backed one is this with the named projects
 * on, so it records `projectBacked` unless told otherwise.
 */
export function defaultScenario(dataset: PlanDataset, reference: ReferenceId = 'projectBacked'): Scenario {
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
    reference,
    clusters,
    otherIndustryGrowth: dataset.zone.otherIndustryGrowth.value,
    links: defaultLinks(dataset),
    conflictChoices: {},
    thresholds: { ...DEFAULT_THRESHOLDS },
  };
}
