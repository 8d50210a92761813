/**
 * The one schema of a scenario: its shape (every field and its type) and its values (every lever,
 * threshold, reading, range, project and indicator setting within what the plan dataset allows),
 * derived from the lever specs (src/data/levers.ts), the scenario limits (src/data/scenario-limits.ts)
 * and the dataset. The engine, files, share and compare links, the library and the working draft all
 * check scenarios with it, and every problem comes back as one {@link Issue} type. Pure.
 */
import * as v from 'valibot';
import { INDICATOR_SECTOR_IDS } from '../data/indicator-defaults';
import {
  INDICATOR_ASSUMPTION_LIMITS,
  indicatorValueRange,
  trajectoryIndicatorIds,
} from '../data/indicator-catalogue';
import { LEVERS, OTHER_INDUSTRY_GROWTH, THRESHOLD_RANGE, type LeverSpec } from '../data/levers';
import { CLUSTER_IDS, type PlanDataset } from '../data/plan-types';
import type { ConflictFigure, Figure } from '../data/provenance';
import {
  MAX_SEED,
  MAX_TRIALS,
  MIN_TRIALS,
  PROJECT_LIMITS,
  RANGE_DISTRIBUTIONS,
  PRODUCER_SERVICES_SHARE,
  SCENARIO_TEXT_LIMITS,
  startYearRange,
} from '../data/scenario-limits';
import { REFERENCE_IDS } from '../data/references';
import { findForbiddenKey } from './forbidden-keys';
import { formatPath, type Issue } from './issues';
import type { IndicatorSettings, Scenario } from './scenario';
import {
  PARSE_CONFIG,
  crossCheck,
  issuesFromCross,
  finiteNumber,
  issuesFromValibot,
  numberIn,
  objectWith,
  oneOf,
  recordOf,
  textOf,
  type CrossIssue,
} from './schema-rules';

/** The result of checking a value: the typed value (a fresh copy), or every problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Every conflicting figure of the dataset a scenario can choose a reading of. */
export function conflictFigures(dataset: PlanDataset): ConflictFigure<number>[] {
  const all: (Figure | null)[] = [
    dataset.zone.industrialOutputBase,
    dataset.zone.otherIndustryInTarget,
    ...dataset.clusters.flatMap((c) => [c.base, c.target]),
    ...dataset.indicators.flatMap((i) => [i.base, i.target]),
  ];
  const seen = new Set<string>();
  return all.filter((f): f is ConflictFigure<number> => {
    if (f === null || f.kind !== 'conflict' || seen.has(f.conflictId)) return false;
    seen.add(f.conflictId);
    return true;
  });
}

const leverNumber = (spec: Pick<LeverSpec, 'min' | 'max' | 'integer'>) =>
  numberIn(spec.min, spec.max, spec.integer);

const rangeSchema = objectWith({
  low: finiteNumber,
  high: finiteNumber,
  distribution: oneOf(RANGE_DISTRIBUTIONS),
});

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Report every key of `object` that is not one of `allowed`. */
function unknownKeys(
  issues: CrossIssue[],
  path: readonly (string | number)[],
  object: unknown,
  allowed: readonly string[],
): void {
  if (!isPlain(object)) return;
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      issues.push({
        path: [...path, key],
        issue: { code: 'invalidOption', params: { value: JSON.stringify(key), options: allowed } },
      });
    }
  }
}

/** A range must lie within its lever's range and hold the scenario's own value of the assumption. */
function checkRange(
  issues: CrossIssue[],
  path: readonly (string | number)[],
  range: { low: number; high: number },
  value: number | null,
  spec: Pick<LeverSpec, 'min' | 'max' | 'integer'>,
): void {
  const bound = (field: 'low' | 'high', min: number, max: number) => {
    const x = range[field];
    if (x >= min && x <= max && (!spec.integer || Number.isInteger(x))) return;
    issues.push({
      path: [...path, field],
      issue: { code: 'outOfRange', params: { value: x, min, max, integer: spec.integer } },
    });
  };
  bound('low', spec.min, value ?? spec.max);
  bound('high', value ?? spec.min, spec.max);
}

/** Thresholds: at risk from 50 % (or on track, if lower) up to on track. */
function thresholdRules(t: { onTrack: number; atRisk: number }): CrossIssue[] {
  const min = Math.min(THRESHOLD_RANGE.min, t.onTrack);
  if (t.atRisk >= min && t.atRisk <= t.onTrack) return [];
  return [
    {
      path: ['atRisk'],
      issue: { code: 'outOfRange', params: { value: t.atRisk, min, max: t.onTrack, integer: false } },
    },
  ];
}

/** Key-project settings: ids unique, and a user's own project never takes a plan project's id. */
function projectRules(dataset: PlanDataset) {
  const planProjectIds = new Set((dataset.keyProjects ?? []).map((project) => project.id));
  return (projects: { id: string; custom?: unknown }[]): CrossIssue[] => {
    const issues: CrossIssue[] = [];
    const firstIndexOfId = new Map<string, number>();
    projects.forEach((project, index) => {
      const first = firstIndexOfId.get(project.id);
      if (first !== undefined) {
        issues.push({
          path: [index, 'id'],
          issue: {
            code: 'duplicateId',
            params: { id: project.id, firstPath: formatPath([first, 'id']) },
          },
        });
        return;
      }
      firstIndexOfId.set(project.id, index);
      if (project.custom !== undefined && planProjectIds.has(project.id)) {
        issues.push({ path: [index, 'id'], issue: { code: 'reservedId', params: { id: project.id } } });
      }
    });
    return issues;
  };
}

/** Indicator settings: known indicators, sectors and projected years; values in the unit's range. */
function indicatorRules(dataset: PlanDataset) {
  const trajectoryIds = trajectoryIndicatorIds(dataset);
  const years: string[] = [];
  for (let year = dataset.horizon.baseYear + 1; year <= dataset.horizon.targetYear; year++) {
    years.push(String(year));
  }
  return (indicators: IndicatorSettings): CrossIssue[] => {
    const issues: CrossIssue[] = [];
    if (indicators.highTechShareOfNew !== undefined) {
      unknownKeys(issues, ['highTechShareOfNew'], indicators.highTechShareOfNew, INDICATOR_SECTOR_IDS);
    }
    for (const [indicatorId, values] of Object.entries(indicators.trajectories ?? {})) {
      const indicator = dataset.indicators.find((i) => i.id === indicatorId);
      if (indicator === undefined || !trajectoryIds.includes(indicatorId)) {
        unknownKeys(issues, ['trajectories'], { [indicatorId]: values }, trajectoryIds);
        continue;
      }
      const range = indicatorValueRange(indicator.unit);
      for (const [year, value] of Object.entries(values)) {
        if (!years.includes(year)) {
          unknownKeys(issues, ['trajectories', indicatorId], { [year]: value }, years);
        } else if (!(value >= range.min && value <= range.max)) {
          issues.push({
            path: ['trajectories', indicatorId, year],
            issue: { code: 'outOfRange', params: { value, min: range.min, max: range.max, integer: false } },
          });
        }
      }
    }
    return issues;
  };
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Ranges: on known clusters and levers only, each within its lever's range and holding the
 * assumption's value. Reads the input defensively (any part may have the wrong type; such parts are
 * reported by the fields' own checks), so that it can report alongside them.
 */
function uncertaintyRules(input: unknown): CrossIssue[] {
  const issues: CrossIssue[] = [];
  if (!isPlain(input) || !isPlain(input.uncertainty)) return issues;
  const u = input.uncertainty;
  const clusters = isPlain(input.clusters) ? input.clusters : {};
  const leverIds = LEVERS.map((lever) => lever.id);
  const check = (
    path: (string | number)[],
    range: unknown,
    value: unknown,
    spec: Pick<LeverSpec, 'min' | 'max' | 'integer'>,
  ) => {
    if (!isPlain(range) || !isNumber(range.low) || !isNumber(range.high)) return;
    // Without a usable value, a range is held to the lever's whole range.
    const mostLikely = isNumber(value) && value >= spec.min && value <= spec.max ? value : null;
    checkRange(issues, path, { low: range.low, high: range.high }, mostLikely, spec);
  };
  if (isPlain(u.clusters)) {
    unknownKeys(issues, ['uncertainty', 'clusters'], u.clusters, CLUSTER_IDS);
    for (const clusterId of CLUSTER_IDS) {
      const ranges = u.clusters[clusterId];
      if (!isPlain(ranges)) continue;
      unknownKeys(issues, ['uncertainty', 'clusters', clusterId], ranges, leverIds);
      const values = isPlain(clusters[clusterId]) ? (clusters[clusterId] as Plain) : {};
      for (const lever of LEVERS) {
        check(['uncertainty', 'clusters', clusterId, lever.id], ranges[lever.id], values[lever.id], lever);
      }
    }
  }
  check(
    ['uncertainty', 'otherIndustryGrowth'],
    u.otherIndustryGrowth,
    input.otherIndustryGrowth,
    OTHER_INDUSTRY_GROWTH,
  );
  return issues;
}

function buildScenarioSchema(dataset: PlanDataset) {
  const conflicts = conflictFigures(dataset);
  const years = startYearRange(dataset);
  const limits = INDICATOR_ASSUMPTION_LIMITS;
  const optionalIn = (range: { min: number; max: number }) =>
    v.optional(numberIn(range.min, range.max, false));
  const clusterSchema = objectWith(Object.fromEntries(LEVERS.map((lever) => [lever.id, leverNumber(lever)])));
  const projectSetting = objectWith({
    id: textOf(PROJECT_LIMITS.idMaxLength, true),
    enabled: v.optional(v.boolean()),
    startYear: v.optional(numberIn(years.min, years.max, true)),
    rampUpShare: optionalIn(PROJECT_LIMITS.rampUpShare),
    annualOutput: optionalIn(PROJECT_LIMITS.annualOutput),
    landKm2: optionalIn(PROJECT_LIMITS.landKm2),
    custom: v.optional(
      objectWith({
        name: textOf(PROJECT_LIMITS.nameMaxLength, true),
        clusterId: oneOf(CLUSTER_IDS),
      }),
    ),
  });
  const projectList = v.array(projectSetting);
  const indicatorFields = objectWith({
    trajectories: v.optional(recordOf(recordOf(finiteNumber))),
    highTechShareOfNew: v.optional(
      objectWith(
        Object.fromEntries(
          INDICATOR_SECTOR_IDS.map((sector) => [sector, optionalIn(limits.highTechShareOfNew)]),
        ),
      ),
    ),
    valueAddedRateOfNew: optionalIn(limits.valueAddedRateOfNew),
    energyOfNew: optionalIn(limits.energyOfNew),
    energyImprovement: optionalIn(limits.energyImprovement),
    profitMarginOfNew: optionalIn(limits.profitMarginOfNew),
  });
  const fields = objectWith({
    datasetVersion: textOf(SCENARIO_TEXT_LIMITS.versionMaxLength, true),
    reference: oneOf(REFERENCE_IDS),
    clusters: objectWith(Object.fromEntries(CLUSTER_IDS.map((id) => [id, clusterSchema]))),
    otherIndustryGrowth: leverNumber(OTHER_INDUSTRY_GROWTH),
    links: objectWith({
      producerServices: objectWith({
        enabled: v.boolean(),
        share: numberIn(PRODUCER_SERVICES_SHARE.min, PRODUCER_SERVICES_SHARE.max, false),
      }),
      agriSupply: objectWith({ enabled: v.boolean() }),
    }),
    // A choice for a conflict this dataset does not have is kept and ignored (older scenarios stay usable).
    conflictChoices: v.pipe(
      recordOf(finiteNumber),
      v.objectWithRest(
        Object.fromEntries(
          conflicts.map((figure) => [
            figure.conflictId,
            v.optional(numberIn(0, figure.readings.length - 1, true)),
          ]),
        ),
        finiteNumber,
      ),
    ),
    thresholds: v.pipe(
      objectWith({
        onTrack: numberIn(THRESHOLD_RANGE.min, THRESHOLD_RANGE.max, false),
        atRisk: finiteNumber,
      }),
      crossCheck(thresholdRules),
    ),
    uncertainty: v.optional(
      objectWith({
        clusters: objectWith(
          Object.fromEntries(
            CLUSTER_IDS.map((id) => [
              id,
              v.optional(
                objectWith(Object.fromEntries(LEVERS.map((lever) => [lever.id, v.optional(rangeSchema)]))),
              ),
            ]),
          ),
        ),
        otherIndustryGrowth: v.optional(rangeSchema),
        trials: numberIn(MIN_TRIALS, MAX_TRIALS, true),
        seed: numberIn(0, MAX_SEED, true),
      }),
    ),
    projects: v.optional(
      v.pipe(
        projectList,
        v.maxLength(PROJECT_LIMITS.maxProjects),
        crossCheck<v.InferOutput<typeof projectList>>(projectRules(dataset)),
      ),
    ),
    indicators: v.optional(
      v.pipe(
        indicatorFields,
        crossCheck<v.InferOutput<typeof indicatorFields>>((value) =>
          indicatorRules(dataset)(value as IndicatorSettings),
        ),
      ),
    ),
  });
  // The fields' output type lost the lever and cluster keys (built from lists): the rules read it as a Scenario.
  return v.pipe(fields, crossCheck<v.InferOutput<typeof fields>>(uncertaintyRules));
}

const SCHEMAS = new WeakMap<PlanDataset, ReturnType<typeof buildScenarioSchema>>();

/**
 * The valibot schema of a scenario for this dataset (built once per dataset): every cluster with
 * every lever in its range, other industry's growth, thresholds (at risk ≤ on track), readings of the
 * dataset's conflicts, optional ranges (each within its lever's range and around the value), Monte
 * Carlo trials and seed, key-project settings (unique ids; start years from the first projected year
 * to 3 years after the target year) and indicator settings (known indicators, sectors and projected
 * years). Fields it does not know are kept, so a record round-trips with them.
 */
export function scenarioSchema(dataset: PlanDataset): v.GenericSchema<unknown, Scenario> {
  let schema = SCHEMAS.get(dataset);
  if (schema === undefined) {
    schema = buildScenarioSchema(dataset);
    SCHEMAS.set(dataset, schema);
  }
  return schema as unknown as v.GenericSchema<unknown, Scenario>;
}

/**
 * Check a value against a schema of this module: first the keys that could reach a prototype
 * (`__proto__`, `constructor`, `prototype`) and nesting, then every field. Never throws.
 */
export function checkWith<T>(schema: v.GenericSchema<unknown, T>, value: unknown): Checked<T> {
  const forbidden = findForbiddenKey(value);
  if (forbidden !== null) return { ok: false, issues: [forbidden] };
  const result = v.safeParse(schema, value, PARSE_CONFIG);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: issuesFromValibot(result.issues) };
}

/**
 * Check that a value is a scenario the engine can project with this dataset, and return a fresh
 * copy of it; or every problem found, with paths relative to the scenario. Never throws.
 */
export function parseScenario(value: unknown, dataset: PlanDataset): Checked<Scenario> {
  const checked = checkWith(scenarioSchema(dataset), value);
  if (checked.ok || checked.issues[0]?.code === 'forbiddenKey') return checked;
  // The ranges relate fields across the scenario, so the schema checks them only once every field is
  // right; report their problems with the others, so that a user sees everything at once.
  const reported = new Set(checked.issues.map((issue) => issue.path));
  const more = issuesFromCross(uncertaintyRules(value)).filter((issue) => !reported.has(issue.path));
  return { ok: false, issues: [...checked.issues, ...more] };
}

/** List every problem of a scenario against this dataset; an empty list means the engine can project it. */
export function validateScenario(value: unknown, dataset: PlanDataset): Issue[] {
  const result = parseScenario(value, dataset);
  return result.ok ? [] : result.issues;
}

/**
 * Whether a value is a scenario the engine can project with this dataset: the one schema's answer,
 * without building issues or a copy — the engine's hot path (every projection checks its input). It
 * does not walk the value for prototype keys: data from outside the app has passed
 * {@link parseScenario} at its way in (file, link, storage) before it reaches the engine.
 */
export function isValidScenario(value: unknown, dataset: PlanDataset): boolean {
  return v.is(scenarioSchema(dataset), value);
}
