import type { ClusterId, PlanDataset } from '../data/plan-types';
import { CUSTOM_PROJECT_DEFAULTS } from '../data/scenario-limits';
import type { LocalizedText } from '../data/provenance';
import type { ProjectSetting, Scenario } from '../scenario/scenario';

/**
 * Key projects in the projection: what each switched-on project adds to its cluster's output and
 * land, year by year. Pure: the result depends on the dataset and the scenario's project settings
 * only (never on growth, investment or land levers), so the uncertainty engine can compute it once
 * per run and add it inside its trial kernel exactly as `project()` does.
 *
 * Rule (docs/model.md, "Key projects"): a project's output comes ON TOP of the cluster's generic
 * yearly investment. Plan projects are off by default, so the plan's default scenario projects as
 * before; switching one on adds its estimated output and, where it brings its own site, its land.
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
  /** Annual output at full production, 亿元 per year. */
  readonly annualOutput: number;
  /** Land brought into production from the start year, km². */
  readonly landKm2: number;
}

/**
 * Resolve every project of a scenario: the dataset's key projects in dataset order (each with the
 * scenario's setting of the same id applied over its defaults), then the user's own projects in the
 * scenario's order. Settings for ids the dataset does not have and that are not `custom` are ignored.
 */
export function resolveProjects(
  dataset: PlanDataset,
  scenario: Pick<Scenario, 'projects'>,
): ResolvedProject[] {
  const settings = scenario.projects ?? [];
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
      landKm2: setting.landKm2 ?? CUSTOM_PROJECT_DEFAULTS.landKm2,
    });
  }
  return resolved;
}

/**
 * The project's own annual output in year index `t` (0 = base year), 亿元: nothing before its start
 * year, the ramp-up share of its annual output in the start year, all of it afterwards; 0 when off.
 * This is the project's level as entered, before the cluster's growth and land cap act on it.
 */
export function projectOutputLevel(project: ResolvedProject, baseYear: number, t: number): number {
  const start = project.startYear - baseYear;
  if (!project.enabled || t < start) return 0;
  return t === start ? project.rampUpShare * project.annualOutput : project.annualOutput;
}

/**
 * Output the project adds to its cluster's potential in year index `t`, 亿元 (an increment, like
 * investment output): `r·V` in its start year, `(1 − r)·V` the year after, 0 otherwise or when off.
 */
export function projectOutputAdded(project: ResolvedProject, baseYear: number, t: number): number {
  if (!project.enabled || t < 1) return 0;
  const start = project.startYear - baseYear;
  if (t === start) return project.rampUpShare * project.annualOutput;
  if (t === start + 1) return (1 - project.rampUpShare) * project.annualOutput;
  return 0;
}

/** Land the project has in production in year index `t`, km²: its land from its start year on; 0 when off. */
export function projectLandIn(project: ResolvedProject, baseYear: number, t: number): number {
  const start = project.startYear - baseYear;
  return project.enabled && t >= 1 && t >= start ? project.landKm2 : 0;
}

/** Whether a setting can switch a project on: set on, or a user's project not set off. */
function mayBeOn(setting: ProjectSetting): boolean {
  return setting.enabled === true || (setting.custom !== undefined && setting.enabled !== false);
}

/** What the switched-on projects add, per cluster (dataset order) and year index (base year first). */
export interface KeyProjectContributions {
  /** [cluster index][year index] → output added to the potential that year, 亿元 (0 in the base year). */
  readonly output: number[][];
  /** [cluster index][year index] → land of switched-on projects in production that year, km². */
  readonly land: number[][];
}

/**
 * Sum the switched-on projects' output increments and land per cluster and year. Projects are
 * summed in {@link resolveProjects} order, so the result is the same bit for bit on every run.
 * Depends on the dataset and `scenario.projects` only.
 */
export function keyProjectContributions(
  dataset: PlanDataset,
  scenario: Pick<Scenario, 'projects'>,
): KeyProjectContributions {
  const n = dataset.horizon.targetYear - dataset.horizon.baseYear + 1;
  const output = dataset.clusters.map(() => new Array<number>(n).fill(0));
  const land = dataset.clusters.map(() => new Array<number>(n).fill(0));
  // Most scenarios switch nothing on (plan projects are off unless set on): skip resolving them.
  if (!(scenario.projects ?? []).some(mayBeOn)) return { output, land };
  const baseYear = dataset.horizon.baseYear;
  for (const project of resolveProjects(dataset, scenario)) {
    if (!project.enabled) continue;
    const c = dataset.clusters.findIndex((cluster) => cluster.id === project.clusterId);
    if (c < 0) continue;
    const outputRow = output[c]!;
    const landRow = land[c]!;
    for (let t = 1; t < n; t++) {
      outputRow[t] = outputRow[t]! + projectOutputAdded(project, baseYear, t);
      landRow[t] = landRow[t]! + projectLandIn(project, baseYear, t);
    }
  }
  return { output, land };
}

/**
 * The output the switched-on key projects add to each cluster's potential: [cluster index in
 * dataset order][year index, base year first] → 亿元. What the trial kernel adds before the land cap.
 */
export function projectContributions(dataset: PlanDataset, scenario: Pick<Scenario, 'projects'>): number[][] {
  return keyProjectContributions(dataset, scenario).output;
}

/**
 * The land the switched-on key projects bring into production: [cluster index][year index] → km².
 * What the trial kernel adds to each cluster's desired land before the park-area cap.
 */
export function projectLand(dataset: PlanDataset, scenario: Pick<Scenario, 'projects'>): number[][] {
  return keyProjectContributions(dataset, scenario).land;
}

/** Whether any project of the scenario is switched on. */
export function anyProjectOn(dataset: PlanDataset, scenario: Pick<Scenario, 'projects'>): boolean {
  return resolveProjects(dataset, scenario).some((project) => project.enabled);
}
