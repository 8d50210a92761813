import type { ClusterId, PlanDataset } from '../data/plan-types';
import { CUSTOM_PROJECT_DEFAULTS } from '../data/scenario-limits';
import type { LocalizedText } from '../data/provenance';
import type { ProjectSetting, Scenario } from '../scenario/scenario';

/**
 * Key projects in the projection (docs/model.md, "Key projects"): every project of a scenario with its
 * settings resolved. A switched-on project is investment with a known output, start and site: it
 * REPLACES the generic investment estimated from it (the kernel takes its output out of the vintage of
 * generic investment that starts producing in its start year), so switching it on raises its cluster
 * by no more than its own output. An agricultural base (专栏3, 专栏5) counts the processing output its
 * raw materials support while the supply link is on.
 */

/** A project with every setting resolved: the scenario's where it sets one, the dataset's default otherwise. */
export interface ResolvedProject {
  readonly id: string;
  readonly clusterId: ClusterId;
  /** Whether it is a user's own project (not named by the plan). */
  readonly custom: boolean;
  /** The plan's name, or the user's (the same text in both languages). */
  readonly name: LocalizedText;
  readonly enabled: boolean;
  /** First producing year, calendar year. */
  readonly startYear: number;
  /** Share of the annual output in the first producing year, fraction. */
  readonly rampUpShare: number;
  /** Annual output at full production, 亿元 per year, as entered (for a base: its own, usually 0). */
  readonly annualOutput: number;
  /** Processing output its raw materials support while the supply link is on, 亿元 per year (0 otherwise). */
  readonly supplyOutput: number;
  /** Its own site from the start year, km²; 0: it needs land at its cluster's intensity. */
  readonly landKm2: number;
}

/** What a project counts in its cluster at full production: its own output and, for a base, the processing it feeds. */
export function countedOutput(project: ResolvedProject): number {
  return project.annualOutput + project.supplyOutput;
}

/**
 * Resolve every project of a scenario: the dataset's key projects in dataset order (each with the
 * scenario's setting of the same id applied over its defaults), then the user's own projects in the
 * scenario's order. Settings for ids the dataset does not have and that are not `custom` are ignored.
 */
export function resolveProjects(
  dataset: PlanDataset,
  scenario: Pick<Scenario, 'projects' | 'links'>,
): ResolvedProject[] {
  const settings = scenario.projects ?? [];
  const supplyOn = scenario.links?.agriSupply.enabled ?? false;
  const planSetting = new Map<string, ProjectSetting>();
  for (const setting of settings) if (setting.custom === undefined) planSetting.set(setting.id, setting);
  const resolved: ResolvedProject[] = (dataset.keyProjects ?? []).map((project) => {
    const s = planSetting.get(project.id);
    return {
      id: project.id,
      clusterId: project.clusterId,
      custom: false,
      name: project.name,
      enabled: s?.enabled ?? false,
      startYear: s?.startYear ?? project.defaults.startYear.value,
      rampUpShare: s?.rampUpShare ?? project.defaults.rampUpShare.value,
      annualOutput: s?.annualOutput ?? project.defaults.annualOutput.value,
      supplyOutput: supplyOn ? (project.supplyOutput?.value ?? 0) : 0,
      landKm2: s?.landKm2 ?? project.defaults.landKm2.value,
    };
  });
  const defaultStart = Math.min(dataset.horizon.baseYear + 2, dataset.horizon.targetYear);
  for (const setting of settings) {
    if (setting.custom === undefined) continue;
    resolved.push({
      id: setting.id,
      clusterId: setting.custom.clusterId,
      custom: true,
      name: { zh: setting.custom.name, en: setting.custom.name },
      enabled: setting.enabled ?? CUSTOM_PROJECT_DEFAULTS.enabled,
      startYear: setting.startYear ?? defaultStart,
      rampUpShare: setting.rampUpShare ?? CUSTOM_PROJECT_DEFAULTS.rampUpShare,
      annualOutput: setting.annualOutput ?? CUSTOM_PROJECT_DEFAULTS.annualOutput,
      supplyOutput: 0,
      landKm2: setting.landKm2 ?? CUSTOM_PROJECT_DEFAULTS.landKm2,
    });
  }
  return resolved;
}

/**
 * The project's own annual output in year index `t` (0 = base year), 亿元, as entered: nothing before
 * its start year, the ramp-up share of its counted output in the start year, all of it afterwards; 0
 * when off. In the projection it also grows at its cluster's organic growth once at full production.
 */
export function projectOutputLevel(project: ResolvedProject, baseYear: number, t: number): number {
  const start = project.startYear - baseYear;
  if (!project.enabled || t < start) return 0;
  return t === start ? project.rampUpShare * countedOutput(project) : countedOutput(project);
}

/** Land of the project's own site in production in year index `t`, km²: from its start year on; 0 when off. */
export function projectLandIn(project: ResolvedProject, baseYear: number, t: number): number {
  const start = project.startYear - baseYear;
  return project.enabled && t >= 1 && t >= start ? project.landKm2 : 0;
}

/** Whether any project of the scenario is switched on. */
export function anyProjectOn(dataset: PlanDataset, scenario: Pick<Scenario, 'projects' | 'links'>): boolean {
  return resolveProjects(dataset, scenario).some((project) => project.enabled);
}

/**
 * Land of the switched-on projects' own sites, per cluster (dataset order) and year index (base year
 * first), km², as they ask for it (before a pool that runs short shares its room).
 */
export function projectSites(
  dataset: PlanDataset,
  scenario: Pick<Scenario, 'projects' | 'links'>,
): number[][] {
  const n = dataset.horizon.targetYear - dataset.horizon.baseYear + 1;
  const sites = dataset.clusters.map(() => new Array<number>(n).fill(0));
  const baseYear = dataset.horizon.baseYear;
  for (const project of resolveProjects(dataset, scenario)) {
    const c = dataset.clusters.findIndex((cluster) => cluster.id === project.clusterId);
    if (c < 0 || !project.enabled) continue;
    for (let t = 1; t < n; t++) sites[c]![t] = sites[c]![t]! + projectLandIn(project, baseYear, t);
  }
  return sites;
}
