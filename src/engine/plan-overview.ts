import type { ClusterId, PlanDataset } from '../data/plan-types';
import { computeIndicators, type IndicatorsResult } from './indicators';
import {
  projectSites,
  projectLandIn,
  projectOutputLevel,
  resolveProjects,
  type ResolvedProject,
} from './key-projects';
import {
  landLedger,
  parkPools,
  zoneIntensity,
  type LandLedgerRow,
  type ParkPoolSummary,
  type ZoneIntensitySummary,
} from './parks';
import { project } from './project';
import type { ProjectionResult } from './projection-types';
import type { ProjectSetting, Scenario } from '../scenario/scenario';
import { startYearRange } from '../data/scenario-limits';

/**
 * Everything the "whole plan" views show beside a projection: the 专栏1 indicators, each key
 * project with what it adds (and what it would cost to drop it or let it slip a year), the parks and
 * the land ledger. Pure; computed in the projection worker with the projection it explains.
 */

/** What a key project does in a scenario. */
export interface ProjectImpact {
  readonly project: ResolvedProject;
  /** The project's own output per year, base year first, 亿元 (as entered: before organic growth and the land cap; a base's supported processing included). */
  readonly levels: readonly number[];
  /** Its land in production per year, km². */
  readonly land: readonly number[];
  /**
   * How much lower its cluster's target-year output would be with the project switched off, 亿元, as
   * the engine computes it (growth on its output and the land cap included); null when it is off.
   */
  readonly clusterEffect: number | null;
  /** How much lower the zone's target-year industrial output would be without it, 亿元; null when off. */
  readonly zoneEffect: number | null;
  /** How much lower its cluster's target-year output would be if it started a year later, 亿元; null when off or at the latest start. */
  readonly slipEffect: number | null;
  /** The same for the zone's industrial output, 亿元. */
  readonly slipZoneEffect: number | null;
}

/** The whole-plan view of a projected scenario. */
export interface PlanOverview {
  readonly indicators: IndicatorsResult;
  /** Every project: the plan's in dataset order, then the user's. */
  readonly projects: readonly ProjectImpact[];
  readonly parks: readonly ParkPoolSummary[];
  /** The zone's intensity, which the plan's 60 亿元/km² target applies to (the parks have none of their own). */
  readonly zoneIntensity: ZoneIntensitySummary;
  readonly ledger: readonly LandLedgerRow[];
}

/** The scenario with one project's setting changed (added when the scenario lists none for it). */
function withProject(scenario: Scenario, id: string, change: Partial<ProjectSetting>): Scenario {
  const settings = scenario.projects ?? [];
  const found = settings.some((s) => s.id === id);
  const projects = found
    ? settings.map((s) => (s.id === id ? { ...s, ...change } : s))
    : [...settings, { id, ...change }];
  return { ...scenario, projects };
}

/** Target-year output of a cluster and of the zone's industry in a projection. */
function targetYearOutputs(result: ProjectionResult, clusterId: ClusterId) {
  const last = result.years.length - 1;
  const cluster = result.clusters.find((c) => c.id === clusterId);
  return { cluster: cluster?.years[last]?.output ?? 0, zone: result.zone[last]!.industrialOutput };
}

/**
 * Explain a projected scenario for the whole-plan views.
 * @param result `project(dataset, scenario)`; the scenario must be valid (it was projected).
 */
export function planOverview(
  dataset: PlanDataset,
  scenario: Scenario,
  result: ProjectionResult,
): PlanOverview {
  const sites = projectSites(dataset, scenario);
  const baseYear = dataset.horizon.baseYear;
  const latestStart = startYearRange(dataset).max;
  const projects = resolveProjects(dataset, scenario).map((p): ProjectImpact => {
    const levels = result.years.map((_, t) => projectOutputLevel(p, baseYear, t));
    const land = result.years.map((_, t) => projectLandIn(p, baseYear, t));
    if (!p.enabled) {
      return {
        project: p,
        levels,
        land,
        clusterEffect: null,
        zoneEffect: null,
        slipEffect: null,
        slipZoneEffect: null,
      };
    }
    const now = targetYearOutputs(result, p.clusterId);
    const without = targetYearOutputs(
      project(dataset, withProject(scenario, p.id, { enabled: false })),
      p.clusterId,
    );
    let slipEffect: number | null = null;
    let slipZoneEffect: number | null = null;
    if (p.startYear < latestStart) {
      const slipped = targetYearOutputs(
        project(dataset, withProject(scenario, p.id, { startYear: p.startYear + 1 })),
        p.clusterId,
      );
      slipEffect = now.cluster - slipped.cluster;
      slipZoneEffect = now.zone - slipped.zone;
    }
    return {
      project: p,
      levels,
      land,
      clusterEffect: now.cluster - without.cluster,
      zoneEffect: now.zone - without.zone,
      slipEffect,
      slipZoneEffect,
    };
  });
  return {
    indicators: computeIndicators(dataset, scenario, result),
    projects,
    parks: parkPools(result, sites),
    zoneIntensity: zoneIntensity(result),
    ledger: landLedger(dataset, scenario, result, sites),
  };
}
