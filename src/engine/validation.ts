import { CLUSTER_IDS, type ClusterId, type PlanDataset } from '../data/plan-types';
import { LEVERS, OTHER_INDUSTRY_GROWTH, THRESHOLD_RANGE, type LeverId } from '../data/levers';
import type { ConflictFigure, Figure } from '../data/provenance';
import type { Scenario } from './scenario';

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
  /** Smallest allowed value, in model units. */
  readonly min: number;
  /** Largest allowed value, in model units. */
  readonly max: number;
  /** Whether only whole numbers are allowed. */
  readonly integer: boolean;
  /** An English sentence naming the field and its allowed range (the UI words it per locale). */
  readonly message: string;
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
    message: `${path} is ${String(value)}; it must be ${kind} from ${min} to ${max}.`,
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
  return issues;
}

/** Throw a {@link ScenarioValidationError} unless the scenario is valid for the dataset. */
export function assertValidScenario(scenario: Scenario, dataset: PlanDataset): void {
  const issues = validateScenario(scenario, dataset);
  if (issues.length > 0) throw new ScenarioValidationError(issues);
}
