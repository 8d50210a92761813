import type { ClusterId, PlanDataset } from '../../data/plan-types';
import type { LocalizedText } from '../../data/provenance';
import { resolveProjects } from '../../engine/key-projects';
import type { ProjectionResult } from '../../engine/projection-types';
import type { Scenario } from '../../scenario/scenario';

/** What the producer-services link does in a projection. */
export interface ProducerServicesReading {
  readonly enabled: boolean;
  /** 亿元 of services revenue per 亿元 of industrial output added since the base year. */
  readonly share: number;
  /** The cluster whose revenue the link adds to (the first services cluster); null when the dataset has none. */
  readonly clusterId: ClusterId | null;
  /** Revenue the link brings that cluster in the target year, 亿元; null until there is a projection. */
  readonly revenueAtTarget: number | null;
  /** That revenue as a share of the cluster's target-year revenue, fraction; null without a projection or revenue. */
  readonly shareOfRevenue: number | null;
}

/** One agricultural base (专栏3, 专栏5) whose raw materials feed processing. */
export interface SupplyBase {
  readonly id: string;
  readonly name: LocalizedText;
  /** Whether the base project is switched on in the scenario. */
  readonly enabled: boolean;
  /** Processing output its raw materials support at full production, 亿元 per year (the dataset's estimate). */
  readonly supplyOutput: number;
  readonly clusterId: ClusterId;
}

/** What the farm-supply link does in a scenario. */
export interface AgriSupplyReading {
  readonly enabled: boolean;
  /** Every base the dataset names, switched on or not, in dataset order. */
  readonly bases: readonly SupplyBase[];
  /** Processing output the switched-on bases support at full production, 亿元 per year (counted while the link is on). */
  readonly supportedOutput: number;
}

/** The links between clusters as the workbench explains them. */
export interface LinkReadings {
  readonly producerServices: ProducerServicesReading;
  readonly agriSupply: AgriSupplyReading;
}

/**
 * Read what each link between clusters does: the producer-services revenue in the target year (from
 * the projection: `ClusterYear.link`), and which agricultural bases feed processing (from the
 * dataset and the scenario's projects). Pure; the projection may lag the scenario by one edit.
 */
export function linkReadings(
  dataset: PlanDataset,
  scenario: Pick<Scenario, 'links' | 'projects'>,
  result: ProjectionResult | null,
): LinkReadings {
  const services = dataset.clusters.find((c) => c.measure === 'serviceRevenue');
  const projection = services === undefined ? undefined : result?.clusters.find((c) => c.id === services.id);
  const last = projection?.years[projection.years.length - 1];
  const revenueAtTarget = last === undefined ? null : last.link;
  const enabledIds = new Set(
    resolveProjects(dataset, scenario)
      .filter((p) => p.enabled)
      .map((p) => p.id),
  );
  const bases = (dataset.keyProjects ?? []).flatMap((project): SupplyBase[] =>
    project.supplyOutput === undefined
      ? []
      : [
          {
            id: project.id,
            name: project.name,
            enabled: enabledIds.has(project.id),
            supplyOutput: project.supplyOutput.value,
            clusterId: project.clusterId,
          },
        ],
  );
  return {
    producerServices: {
      enabled: scenario.links.producerServices.enabled,
      share: scenario.links.producerServices.share,
      clusterId: services?.id ?? null,
      revenueAtTarget,
      shareOfRevenue:
        last === undefined || revenueAtTarget === null || !(last.output > 0)
          ? null
          : revenueAtTarget / last.output,
    },
    agriSupply: {
      enabled: scenario.links.agriSupply.enabled,
      bases,
      supportedOutput: bases.reduce((sum, base) => sum + (base.enabled ? base.supplyOutput : 0), 0),
    },
  };
}
