/**
 * Pure updaters of a scenario: each takes a scenario and returns a new one with one change, sharing
 * every part it does not change (so undo can keep references and "unchanged" is a reference test). A
 * scenario is never changed in place, by these or by anyone. The workbench's edits, the engine's plan
 * overview and the uncertainty analyses all make their variants with them. Values are in model units;
 * callers check ranges (the one schema, schema.ts, is the judge).
 */
import { LEVERS, OTHER_INDUSTRY_GROWTH, leverSpec, type LeverId, type LeverSpec } from '../data/levers';
import type { IndicatorSectorId } from '../data/indicator-defaults';
import type { ClusterId, PlanDataset } from '../data/plan-types';
import { CUSTOM_PROJECT_DEFAULTS } from '../data/scenario-limits';
import type {
  AssumptionRange,
  ClusterAssumptions,
  IndicatorSettings,
  LinkSettings,
  ProjectSetting,
  Scenario,
  ScenarioUncertainty,
} from './scenario';

/**
 * Keep a range around its assumption when the assumption's value moves from `before` to `after`:
 * shift low and high by the same amount, clamped to the lever's allowed range and to the new value
 * (rounding in the shift must not put low a hair above it), so that low ≤ after ≤ high holds again
 * and a goal-seek answer or a slider move never leaves a range the engine would refuse.
 * @param after the new value, within the spec's range.
 */
export function shiftRange(
  range: AssumptionRange,
  before: number,
  after: number,
  spec: Pick<LeverSpec, 'min' | 'max'>,
): AssumptionRange {
  const delta = after - before;
  return {
    ...range,
    low: Math.min(after, Math.max(spec.min, range.low + delta)),
    high: Math.max(after, Math.min(spec.max, range.high + delta)),
  };
}

/**
 * The uncertainty of `next` with every range moved along with its assumption's change from
 * `previous` (see {@link shiftRange}); ranges of unchanged assumptions stay as they are.
 * @returns a new object; the inputs are not changed.
 */
export function followAssumptions(
  uncertainty: ScenarioUncertainty,
  previous: Pick<Scenario, 'clusters' | 'otherIndustryGrowth'>,
  next: Pick<Scenario, 'clusters' | 'otherIndustryGrowth'>,
): ScenarioUncertainty {
  const clusters: ScenarioUncertainty['clusters'] = {};
  for (const [clusterId, ranges] of Object.entries(uncertainty.clusters) as [
    ClusterId,
    Partial<Record<LeverId, AssumptionRange>>,
  ][]) {
    const moved: Partial<Record<LeverId, AssumptionRange>> = {};
    for (const [leverId, range] of Object.entries(ranges) as [LeverId, AssumptionRange][]) {
      const before = previous.clusters[clusterId]?.[leverId];
      const after = next.clusters[clusterId]?.[leverId];
      moved[leverId] =
        before === undefined || after === undefined || before === after
          ? { ...range }
          : shiftRange(range, before, after, leverSpec(leverId));
    }
    clusters[clusterId] = moved;
  }
  const out: ScenarioUncertainty = { ...uncertainty, clusters };
  if (uncertainty.otherIndustryGrowth !== undefined) {
    const before = previous.otherIndustryGrowth;
    const after = next.otherIndustryGrowth;
    out.otherIndustryGrowth =
      before === after
        ? { ...uncertainty.otherIndustryGrowth }
        : shiftRange(uncertainty.otherIndustryGrowth, before, after, OTHER_INDUSTRY_GROWTH);
  }
  return out;
}

/** The scenario with new assumptions, its ranges moved along with them (a range always holds its value). */
function withAssumptions(
  scenario: Scenario,
  next: Pick<Scenario, 'clusters' | 'otherIndustryGrowth'>,
): Scenario {
  const moved: Scenario = {
    ...scenario,
    clusters: next.clusters,
    otherIndustryGrowth: next.otherIndustryGrowth,
  };
  if (scenario.uncertainty !== undefined) {
    moved.uncertainty = followAssumptions(scenario.uncertainty, scenario, next);
  }
  return moved;
}

/** Set one lever of a cluster; the same scenario when the value is unchanged. */
export function withLever(
  scenario: Scenario,
  clusterId: ClusterId,
  leverId: LeverId,
  value: number,
): Scenario {
  if (scenario.clusters[clusterId][leverId] === value) return scenario;
  return withLevers(scenario, clusterId, { [leverId]: value });
}

/** Set several levers of a cluster at once; the same scenario when nothing changes. */
export function withLevers(
  scenario: Scenario,
  clusterId: ClusterId,
  values: Partial<ClusterAssumptions>,
): Scenario {
  const current = scenario.clusters[clusterId];
  const changed = (Object.keys(values) as LeverId[]).some((id) => values[id] !== current[id]);
  if (!changed) return scenario;
  return withAssumptions(scenario, {
    clusters: { ...scenario.clusters, [clusterId]: { ...current, ...values } },
    otherIndustryGrowth: scenario.otherIndustryGrowth,
  });
}

/** Put every lever of a cluster back to the values of `reference` (e.g. the scenario it was built from). */
export function withClusterOf(scenario: Scenario, clusterId: ClusterId, reference: Scenario): Scenario {
  const values: Partial<ClusterAssumptions> = {};
  for (const lever of LEVERS) values[lever.id] = reference.clusters[clusterId][lever.id];
  return withLevers(scenario, clusterId, values);
}

/** Set the growth rate of industry outside the clusters (fraction per year). */
export function withOtherIndustryGrowth(scenario: Scenario, value: number): Scenario {
  if (scenario.otherIndustryGrowth === value) return scenario;
  return withAssumptions(scenario, { clusters: scenario.clusters, otherIndustryGrowth: value });
}

/** Set the scenario's ranges and Monte Carlo settings; undefined removes them. */
export function withUncertainty(scenario: Scenario, uncertainty: ScenarioUncertainty | undefined): Scenario {
  if (scenario.uncertainty === uncertainty) return scenario;
  const { uncertainty: _dropped, ...rest } = scenario;
  return uncertainty === undefined ? rest : { ...rest, uncertainty };
}

/** Set a status threshold (attainment fraction). */
export function withThreshold(scenario: Scenario, which: 'onTrack' | 'atRisk', value: number): Scenario {
  if (scenario.thresholds[which] === value) return scenario;
  return { ...scenario, thresholds: { ...scenario.thresholds, [which]: value } };
}

/** Choose a reading of a conflicting plan figure. */
export function withConflictChoice(scenario: Scenario, conflictId: string, readingIndex: number): Scenario {
  if (scenario.conflictChoices[conflictId] === readingIndex) return scenario;
  return { ...scenario, conflictChoices: { ...scenario.conflictChoices, [conflictId]: readingIndex } };
}

// ---- Key projects ----

/** The scenario with this list of project settings; an empty list is the same as none. */
function withProjectList(scenario: Scenario, settings: readonly ProjectSetting[]): Scenario {
  const { projects: _dropped, ...rest } = scenario;
  return settings.length === 0 ? rest : { ...rest, projects: [...settings] };
}

/**
 * Change settings of a key project: a plan project by its id (its setting is created on the first
 * change), or a user's own project.
 */
export function withProject(
  scenario: Scenario,
  id: string,
  change: Omit<ProjectSetting, 'id' | 'custom'>,
): Scenario {
  const settings = scenario.projects ?? [];
  const index = settings.findIndex((setting) => setting.id === id);
  return withProjectList(
    scenario,
    index < 0
      ? [...settings, { id, ...change }]
      : settings.map((setting, i) => (i === index ? { ...setting, ...change } : setting)),
  );
}

/** Put a plan project back to its dataset defaults; a user's own project is left as it is. */
export function withProjectDefaults(scenario: Scenario, id: string): Scenario {
  const settings = scenario.projects ?? [];
  const next = settings.filter((setting) => setting.id !== id || setting.custom !== undefined);
  return next.length === settings.length ? scenario : withProjectList(scenario, next);
}

/**
 * Add a user's own project to a cluster, switched on, starting in the second projected year with no
 * output yet.
 * @returns the new scenario and the project's id (`user-1`, `user-2`, … the first free one)
 */
export function withCustomProject(
  scenario: Scenario,
  dataset: PlanDataset,
  clusterId: ClusterId,
  name: string,
): { scenario: Scenario; id: string } {
  const settings = scenario.projects ?? [];
  const taken = new Set(settings.map((setting) => setting.id));
  let n = 1;
  while (taken.has(`user-${n}`)) n++;
  const id = `user-${n}`;
  const { baseYear, targetYear } = dataset.horizon;
  const project: ProjectSetting = {
    id,
    ...CUSTOM_PROJECT_DEFAULTS,
    startYear: Math.min(baseYear + 2, targetYear),
    custom: { name: name.trim(), clusterId },
  };
  return { scenario: withProjectList(scenario, [...settings, project]), id };
}

/** Rename a user's own project. */
export function withCustomProjectName(scenario: Scenario, id: string, name: string): Scenario {
  const settings = scenario.projects ?? [];
  return withProjectList(
    scenario,
    settings.map((setting) =>
      setting.id === id && setting.custom !== undefined
        ? { ...setting, custom: { ...setting.custom, name: name.trim() } }
        : setting,
    ),
  );
}

/** Remove a project setting (a user's own project disappears; a plan project returns to its defaults). */
export function withoutProject(scenario: Scenario, id: string): Scenario {
  const settings = scenario.projects ?? [];
  const next = settings.filter((setting) => setting.id !== id);
  return next.length === settings.length ? scenario : withProjectList(scenario, next);
}

/** Every plan project back to its defaults, and the user's own projects removed. */
export function withoutProjects(scenario: Scenario): Scenario {
  return scenario.projects === undefined ? scenario : withProjectList(scenario, []);
}

// ---- Indicators ----

/** The scenario with these indicator settings; empty settings are the same as none. */
function withIndicatorSettings(scenario: Scenario, indicators: IndicatorSettings): Scenario {
  const { indicators: _dropped, ...rest } = scenario;
  return Object.keys(indicators).length === 0 ? rest : { ...rest, indicators };
}

/**
 * Enter an indicator's value for a year (calendar year, indicator units), or clear it with null so
 * that the year follows the default path again.
 */
export function withTrajectoryValue(
  scenario: Scenario,
  indicatorId: string,
  year: number,
  value: number | null,
): Scenario {
  const indicators: IndicatorSettings = { ...scenario.indicators };
  const trajectories = { ...indicators.trajectories };
  const values = { ...trajectories[indicatorId] };
  if (value === null) delete values[String(year)];
  else values[String(year)] = value;
  if (Object.keys(values).length === 0) delete trajectories[indicatorId];
  else trajectories[indicatorId] = values;
  if (Object.keys(trajectories).length === 0) delete indicators.trajectories;
  else indicators.trajectories = trajectories;
  return withIndicatorSettings(scenario, indicators);
}

/** Clear every value entered for an indicator: it follows the default path again. */
export function withoutTrajectory(scenario: Scenario, indicatorId: string): Scenario {
  if (scenario.indicators?.trajectories?.[indicatorId] === undefined) return scenario;
  const indicators: IndicatorSettings = { ...scenario.indicators };
  const trajectories = { ...indicators.trajectories };
  delete trajectories[indicatorId];
  if (Object.keys(trajectories).length === 0) delete indicators.trajectories;
  else indicators.trajectories = trajectories;
  return withIndicatorSettings(scenario, indicators);
}

/** The indicator assumptions a scenario sets with one number each. */
export type IndicatorAssumptionField =
  'valueAddedRateOfNew' | 'energyOfNew' | 'energyImprovement' | 'profitMarginOfNew';

/** Set an indicator assumption; undefined returns it to the dataset default. */
export function withIndicatorAssumption(
  scenario: Scenario,
  field: IndicatorAssumptionField,
  value: number | undefined,
): Scenario {
  const indicators: IndicatorSettings = { ...scenario.indicators };
  if (value === undefined) delete indicators[field];
  else indicators[field] = value;
  return withIndicatorSettings(scenario, indicators);
}

/** Set the high-tech share of a sector's added output (fraction); undefined returns it to the default. */
export function withHighTechShare(
  scenario: Scenario,
  sector: IndicatorSectorId,
  value: number | undefined,
): Scenario {
  const indicators: IndicatorSettings = { ...scenario.indicators };
  const shares = { ...indicators.highTechShareOfNew };
  if (value === undefined) delete shares[sector];
  else shares[sector] = value;
  if (Object.keys(shares).length === 0) delete indicators.highTechShareOfNew;
  else indicators.highTechShareOfNew = shares;
  return withIndicatorSettings(scenario, indicators);
}

/** Every indicator assumption back to its default; entered trajectories are kept. */
export function withoutIndicatorAssumptions(scenario: Scenario): Scenario {
  const trajectories = scenario.indicators?.trajectories;
  return withIndicatorSettings(scenario, trajectories === undefined ? {} : { trajectories });
}

// ---- Comparing ----

/**
 * Whether two scenarios hold the same values (plain data compared field by field; the same object
 * is equal at once, which is the usual case for immutable scenarios). Key order does not matter.
 */
export function scenariosEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => scenariosEqual(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => key in right && scenariosEqual(left[key], right[key]));
}

/** The scenario with a link between clusters switched on or off. */
export function withLinkEnabled(scenario: Scenario, linkId: keyof LinkSettings, enabled: boolean): Scenario {
  if (scenario.links[linkId].enabled === enabled) return scenario;
  return { ...scenario, links: { ...scenario.links, [linkId]: { ...scenario.links[linkId], enabled } } };
}

/** The scenario with the producer-services share set (亿元 of revenue per 亿元 of added industrial output). */
export function withProducerServicesShare(scenario: Scenario, share: number): Scenario {
  if (scenario.links.producerServices.share === share) return scenario;
  return {
    ...scenario,
    links: { ...scenario.links, producerServices: { ...scenario.links.producerServices, share } },
  };
}
