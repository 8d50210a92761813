import { CLUSTER_IDS, type ClusterId, type PlanDataset } from '../data/plan-types';
import { LEVERS, OTHER_INDUSTRY_GROWTH, THRESHOLD_RANGE, type LeverId } from '../data/levers';
import type { ConflictFigure, Figure } from '../data/provenance';
import type { RangeDistribution, Scenario } from '../scenario/scenario';
import { validatePlanSettings } from './plan-validation';
import { MAX_SEED, MAX_TRIALS, MIN_TRIALS, RANGE_DISTRIBUTIONS } from '../data/scenario-limits';

/** One problem with a scenario: the field, the value given, and the allowed range. */
export interface ValidationIssue {
  /** Dotted path of the field, e.g. "clusters.newMaterials.growthRate". */
  readonly path: string;
  /** The cluster, when the field is a cluster lever. */
  readonly clusterId?: ClusterId;
  /** The lever, when the field is a cluster lever. */
  readonly leverId?: LeverId;
  /** The value as given (NaN and non-numbers are reported as their string form). */
  readonly value: string;
  /** Smallest allowed value, in model units (NaN for a field that is not a number). */
  readonly min: number;
  /** Largest allowed value, in model units (NaN for a field that is not a number). */
  readonly max: number;
  /** Whether only whole numbers are allowed. */
  readonly integer: boolean;
  /** An English sentence naming the field and its allowed range (the UI words it per locale). */
  readonly message: string;
  /** For a field that takes one of a set of words (a range's distribution): the allowed words. */
  readonly allowed?: readonly string[];
}

/** Thrown by the engine when a scenario has values it cannot project. */
export class ScenarioValidationError extends Error {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(issues.map((issue) => issue.message).join('\n'));
    this.name = 'ScenarioValidationError';
    this.issues = issues;
  }
}

function checkNumber(
  issues: ValidationIssue[],
  path: string,
  value: unknown,
  min: number,
  max: number,
  integer: boolean,
  extra: Pick<ValidationIssue, 'clusterId' | 'leverId'> = {},
  /** Said after the range, e.g. "(the lever's minimum to its most likely value)". */
  rangeNote = '',
): void {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value));
  if (ok) return;
  const kind = integer ? 'a whole number' : 'a number';
  issues.push({
    path,
    ...extra,
    value: String(value),
    min,
    max,
    integer,
    message: `${path} is ${String(value)}; it must be ${kind} from ${min} to ${max}${rangeNote ? ` ${rangeNote}` : ''}.`,
  });
}

function conflictFigures(dataset: PlanDataset): ConflictFigure<number>[] {
  const all: (Figure | null)[] = [
    dataset.zone.industrialOutputBase,
    ...dataset.clusters.flatMap((c) => [c.base, c.target]),
    ...dataset.indicators.flatMap((i) => [i.base, i.target]),
  ];
  return all.filter((f): f is ConflictFigure<number> => f !== null && f.kind === 'conflict');
}

/**
 * List every problem of a scenario against the dataset's allowed ranges; an empty list means the
 * engine can project it. Never throws, whatever the input's shape.
 */
export function validateScenario(scenario: Scenario, dataset: PlanDataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // null, undefined or a primitive has no fields: every field is reported missing rather than throwing.
  const input: Partial<Record<keyof Scenario, unknown>> =
    typeof scenario === 'object' && scenario !== null ? scenario : {};
  const clusters = input.clusters;
  for (const clusterId of CLUSTER_IDS) {
    const assumptions =
      typeof clusters === 'object' && clusters !== null
        ? (clusters as Record<string, unknown>)[clusterId]
        : undefined;
    for (const lever of LEVERS) {
      const value =
        typeof assumptions === 'object' && assumptions !== null
          ? (assumptions as Record<string, unknown>)[lever.id]
          : undefined;
      checkNumber(issues, `clusters.${clusterId}.${lever.id}`, value, lever.min, lever.max, lever.integer, {
        clusterId,
        leverId: lever.id,
      });
    }
  }
  checkNumber(
    issues,
    'otherIndustryGrowth',
    input.otherIndustryGrowth,
    OTHER_INDUSTRY_GROWTH.min,
    OTHER_INDUSTRY_GROWTH.max,
    false,
  );
  const thresholds = (input.thresholds ?? {}) as Partial<Scenario['thresholds']>;
  checkNumber(
    issues,
    'thresholds.onTrack',
    thresholds.onTrack,
    THRESHOLD_RANGE.min,
    THRESHOLD_RANGE.max,
    false,
  );
  // A missing or non-finite on-track threshold leaves the at-risk one its own range (never NaN bounds).
  const onTrack =
    typeof thresholds.onTrack === 'number' && Number.isFinite(thresholds.onTrack)
      ? thresholds.onTrack
      : THRESHOLD_RANGE.max;
  checkNumber(
    issues,
    'thresholds.atRisk',
    thresholds.atRisk,
    Math.min(THRESHOLD_RANGE.min, onTrack),
    onTrack,
    false,
  );
  const choices = input.conflictChoices;
  if (typeof choices === 'object' && choices !== null) {
    const conflicts = conflictFigures(dataset);
    for (const [conflictId, index] of Object.entries(choices)) {
      const figure = conflicts.find((f) => f.conflictId === conflictId);
      if (figure === undefined) continue; // a choice for a conflict this dataset no longer has is ignored
      checkNumber(issues, `conflictChoices.${conflictId}`, index, 0, figure.readings.length - 1, true);
    }
  }
  if (input.uncertainty !== undefined) validateUncertainty(issues, input.uncertainty, clusters, input);
  issues.push(...validatePlanSettings(input, dataset));
  return issues;
}

/** Report a field that is not one of the allowed words (or an object that is missing). */
function refuse(
  issues: ValidationIssue[],
  path: string,
  value: unknown,
  expected: string,
  allowed?: readonly string[],
): void {
  issues.push({
    path,
    value: typeof value === 'object' && value !== null ? '(object)' : String(value),
    min: Number.NaN,
    max: Number.NaN,
    integer: false,
    message: `${path} is ${typeof value === 'object' && value !== null ? 'an object' : String(value)}; it must be ${expected}.`,
    ...(allowed ? { allowed } : {}),
  });
}

/**
 * Check one range against its lever: low from the lever's minimum to the most likely value, high
 * from the most likely value to the lever's maximum (whole numbers for whole-number levers), and a
 * known distribution. An invalid most likely value is reported with the lever; the range is then
 * checked against the lever's whole range.
 */
function checkRange(
  issues: ValidationIssue[],
  path: string,
  range: unknown,
  mostLikely: unknown,
  spec: { min: number; max: number; integer: boolean },
  extra: Pick<ValidationIssue, 'clusterId' | 'leverId'> = {},
): void {
  if (typeof range !== 'object' || range === null) {
    refuse(issues, path, range, 'a range { low, high, distribution }');
    return;
  }
  const r = range as Record<string, unknown>;
  const value =
    typeof mostLikely === 'number' &&
    Number.isFinite(mostLikely) &&
    mostLikely >= spec.min &&
    mostLikely <= spec.max
      ? mostLikely
      : undefined;
  checkNumber(
    issues,
    `${path}.low`,
    r.low,
    spec.min,
    value ?? spec.max,
    spec.integer,
    extra,
    value === undefined ? '' : "(the lever's minimum to its most likely value)",
  );
  checkNumber(
    issues,
    `${path}.high`,
    r.high,
    value ?? spec.min,
    spec.max,
    spec.integer,
    extra,
    value === undefined ? '' : "(the most likely value to the lever's maximum)",
  );
  if (!RANGE_DISTRIBUTIONS.includes(r.distribution as RangeDistribution)) {
    refuse(
      issues,
      `${path}.distribution`,
      r.distribution,
      `one of ${RANGE_DISTRIBUTIONS.join(', ')}`,
      RANGE_DISTRIBUTIONS,
    );
  }
}

/** Check a scenario's uncertainty: every range, the number of trials and the seed. */
function validateUncertainty(
  issues: ValidationIssue[],
  uncertainty: unknown,
  clusters: unknown,
  input: Partial<Record<keyof Scenario, unknown>>,
): void {
  if (typeof uncertainty !== 'object' || uncertainty === null) {
    refuse(issues, 'uncertainty', uncertainty, 'an object with clusters, trials and seed');
    return;
  }
  const u = uncertainty as Record<string, unknown>;
  const ranges = u.clusters;
  if (typeof ranges !== 'object' || ranges === null) {
    refuse(issues, 'uncertainty.clusters', ranges, 'an object of ranges per cluster');
  } else {
    for (const [clusterId, levers] of Object.entries(ranges)) {
      const path = `uncertainty.clusters.${clusterId}`;
      if (!(CLUSTER_IDS as readonly string[]).includes(clusterId)) {
        refuse(issues, path, clusterId, `a cluster (${CLUSTER_IDS.join(', ')})`, CLUSTER_IDS);
        continue;
      }
      if (levers === undefined) continue;
      if (typeof levers !== 'object' || levers === null) {
        refuse(issues, path, levers, 'an object of ranges per lever');
        continue;
      }
      const assumptions =
        typeof clusters === 'object' && clusters !== null
          ? (clusters as Record<string, unknown>)[clusterId]
          : undefined;
      for (const [leverId, range] of Object.entries(levers)) {
        const lever = LEVERS.find((l) => l.id === leverId);
        if (lever === undefined) {
          const ids = LEVERS.map((l) => l.id);
          refuse(issues, `${path}.${leverId}`, leverId, `a lever (${ids.join(', ')})`, ids);
          continue;
        }
        if (range === undefined) continue;
        const value =
          typeof assumptions === 'object' && assumptions !== null
            ? (assumptions as Record<string, unknown>)[lever.id]
            : undefined;
        checkRange(issues, `${path}.${lever.id}`, range, value, lever, {
          clusterId: clusterId as ClusterId,
          leverId: lever.id,
        });
      }
    }
  }
  if (u.otherIndustryGrowth !== undefined) {
    checkRange(
      issues,
      'uncertainty.otherIndustryGrowth',
      u.otherIndustryGrowth,
      input.otherIndustryGrowth,
      OTHER_INDUSTRY_GROWTH,
    );
  }
  checkNumber(issues, 'uncertainty.trials', u.trials, MIN_TRIALS, MAX_TRIALS, true);
  checkNumber(issues, 'uncertainty.seed', u.seed, 0, MAX_SEED, true);
}

/** Throw a {@link ScenarioValidationError} unless the scenario is valid for the dataset. */
export function assertValidScenario(scenario: Scenario, dataset: PlanDataset): void {
  const issues = validateScenario(scenario, dataset);
  if (issues.length > 0) throw new ScenarioValidationError(issues);
}
