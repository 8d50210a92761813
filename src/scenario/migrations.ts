/**
 * Migrations of a scenario's shape, as data: versioned steps `{ from, to, up }` (in the style of
 * tldraw's store migrations) that bring a scenario written by an older release to the current shape.
 * Every way a scenario enters the app runs them: the working draft, each library record as it is
 * read, imported files, share links and compare links (docs/scenario-format.md, "The lifecycle").
 *
 * How to change the shape: bump {@link SCENARIO_SCHEMA_VERSION}, add the step here, make the one
 * schema (schema.ts) accept the new shape, and commit fixtures written by the release before
 * (test/fixtures/release-*). A step keeps every field it does not change, including fields it does not
 * know; it sets a new field only where it is absent, so a value a newer release already wrote stays.
 */
import { CLUSTER_IDS, type PlanDataset } from '../data/plan-types';
import { LEVERS } from '../data/levers';
import { findForbiddenKey } from './forbidden-keys';
import { makeIssue, receivedTypeOf, type Issue } from './issues';
import type { Scenario } from './scenario';
import { parseScenario } from './schema';
import { SCENARIO_SCHEMA_VERSION } from './shape-version';

export { SCENARIO_SCHEMA_VERSION };

/** A scenario of some shape version, as plain data. */
export type PlainScenario = Record<string, unknown>;

/** One migration step: pure and synchronous (it can run inside an IndexedDB upgrade). */
export interface ScenarioMigration {
  /** Shape version the step reads. */
  readonly from: number;
  /** Shape version it writes: `from + 1`. */
  readonly to: number;
  /** What it changes, for maintainers and for the record of a migrated scenario. */
  readonly description: string;
  /**
   * Return the scenario in the next version. It gets its own deep copy (it may change it in place);
   * it must not await or read anything but its arguments.
   * @param dataset the plan dataset the app runs with: where a new field takes its documented default
   */
  readonly up: (scenario: PlainScenario, dataset: PlanDataset) => PlainScenario;
}

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The steps, oldest first. */
export const SCENARIO_MIGRATIONS: readonly ScenarioMigration[] = [
  {
    from: 1,
    to: 2,
    description:
      'Each cluster gains baseYearInvestment, the fixed investment of the base year, at the dataset default ' +
      '(2017: the 193.2 亿元 of industrial investment split over the four industrial clusters; services 15).',
    up(scenario, dataset) {
      const clusters = scenario['clusters'];
      if (!isPlain(clusters)) return scenario;
      for (const clusterId of CLUSTER_IDS) {
        const levers = clusters[clusterId];
        const defaults = dataset.clusters.find((cluster) => cluster.id === clusterId)?.defaults;
        if (!isPlain(levers) || defaults === undefined) continue;
        if (levers['baseYearInvestment'] === undefined) {
          levers['baseYearInvestment'] = defaults.baseYearInvestment.value;
        }
      }
      return scenario;
    },
  },
  {
    from: 2,
    to: 3,
    description:
      "One land intensity per cluster: landIntensity becomes the target year's, landIntensity × (1 + " +
      'intensityGrowth)^years (the same 2020 intensity the scenario had; 45 and 10.06 %/yr give 60), and ' +
      'intensityGrowth goes, its range too (a range on landIntensity scales with it). The scenario records ' +
      'that it was built from the early estimates (the former default, "规划默认情景"), and gains the links ' +
      "between clusters, switched off (it was made without them), at the dataset's share.",
    up(scenario, dataset) {
      const years = dataset.horizon.targetYear - dataset.horizon.baseYear;
      const clusters = scenario['clusters'];
      const ranges = isPlain(scenario['uncertainty']) ? scenario['uncertainty']['clusters'] : undefined;
      if (isPlain(clusters)) {
        for (const clusterId of CLUSTER_IDS) {
          const levers = clusters[clusterId];
          if (!isPlain(levers)) continue;
          const growth = levers['intensityGrowth'];
          const intensity = levers['landIntensity'];
          // Only values the release before allowed are carried over; anything else is left as it was
          // (a bad intensity is then refused by the schema with its path) or fails the step.
          if (growth !== undefined && !within(growth, SHAPE_2_INTENSITY_GROWTH)) {
            throw new Error(
              `clusters.${clusterId}.intensityGrowth is ${String(growth)}; shape 2 allowed a number from ` +
                `${SHAPE_2_INTENSITY_GROWTH.min} to ${SHAPE_2_INTENSITY_GROWTH.max}`,
            );
          }
          if (!within(intensity, SHAPE_2_INTENSITY)) continue;
          const factor = typeof growth === 'number' ? (1 + growth) ** years : 1;
          levers['landIntensity'] = toIntensity(intensity * factor);
          delete levers['intensityGrowth'];
          const clusterRanges = isPlain(ranges) ? ranges[clusterId] : undefined;
          if (!isPlain(clusterRanges)) continue;
          delete clusterRanges['intensityGrowth'];
          const range = clusterRanges['landIntensity'];
          if (isPlain(range) && typeof range['low'] === 'number' && typeof range['high'] === 'number') {
            range['low'] = toIntensity(range['low'] * factor);
            range['high'] = toIntensity(range['high'] * factor);
          }
        }
      }
      if (scenario['reference'] === undefined) scenario['reference'] = 'earlyEstimates';
      if (scenario['links'] === undefined) {
        scenario['links'] = {
          producerServices: { enabled: false, share: dataset.links?.producerServicesShare.value ?? 0 },
          agriSupply: { enabled: false },
        };
      }
      return scenario;
    },
  },
];

/** The ranges shape 2 allowed for the two levers the 2 → 3 step folds into one. */
const SHAPE_2_INTENSITY = { min: 1, max: 500 } as const;
const SHAPE_2_INTENSITY_GROWTH = { min: -0.5, max: 1 } as const;

const within = (value: unknown, range: { min: number; max: number }): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max;

/** An intensity moved by the 2 → 3 step, kept within the lever's range and to 12 significant digits. */
function toIntensity(value: number): number {
  const spec = LEVERS.find((lever) => lever.id === 'landIntensity')!;
  return Math.min(spec.max, Math.max(spec.min, Number(value.toPrecision(12))));
}

/** The outcome of {@link migrateScenario}. */
export type ScenarioMigrationResult =
  | {
      readonly ok: true;
      /** The scenario in the current shape, checked by the one schema, as a fresh copy. */
      readonly scenario: Scenario;
      /** The version it was brought from; null when it was current. */
      readonly migratedFrom: number | null;
    }
  | {
      readonly ok: false;
      /**
       * `newer`: written by a newer release (open it read-only, or update the app); `failed`: a step
       * failed or the result does not fit the schema; `invalid`: the version itself is not usable.
       */
      readonly reason: 'newer' | 'failed' | 'invalid';
      /** Every problem found, paths relative to the scenario (or to the version's field). */
      readonly issues: readonly Issue[];
    };

/**
 * Check a shape version as read from a container; null when it is usable, else the problem.
 * @param field the name of the container's version field, for the message (e.g. "schemaVersion")
 */
export function versionProblem(
  version: unknown,
  field: string,
  current = SCENARIO_SCHEMA_VERSION,
): { reason: 'newer' | 'invalid'; issue: Issue } | null {
  if (version === undefined) return { reason: 'invalid', issue: makeIssue('missingField', field, {}) };
  if (typeof version !== 'number') {
    return {
      reason: 'invalid',
      issue: makeIssue('wrongType', field, { expected: 'number', received: receivedTypeOf(version) }),
    };
  }
  if (!Number.isFinite(version)) {
    return { reason: 'invalid', issue: makeIssue('notFinite', field, { value: String(version) }) };
  }
  if (Number.isInteger(version) && version > current) {
    return {
      reason: 'newer',
      issue: makeIssue('newerSchema', field, { schemaVersion: version, supportedVersion: current }),
    };
  }
  if (!Number.isInteger(version) || version < 1) {
    return {
      reason: 'invalid',
      issue: makeIssue('outOfRange', field, { value: version, min: 1, max: current, integer: true }),
    };
  }
  return null;
}

/**
 * Bring a scenario of shape `version` to the current shape and check it with the one schema against
 * the dataset. The input is never changed (the steps run on a deep copy). Refuses `__proto__`-like
 * keys, a version that is missing, malformed or newer than this release reads, a step that throws or
 * does not produce the next version, and a result the schema refuses. Pure, synchronous, never throws.
 * @param version the shape version its container recorded (a record's `schemaVersion`, a link's version)
 * @param steps the migration steps (this module's by default; tests pass their own)
 */
export function migrateScenario(
  value: unknown,
  version: unknown,
  dataset: PlanDataset,
  steps: readonly ScenarioMigration[] = SCENARIO_MIGRATIONS,
  current: number = SCENARIO_SCHEMA_VERSION,
): ScenarioMigrationResult {
  const forbidden = findForbiddenKey(value);
  if (forbidden !== null) return { ok: false, reason: 'invalid', issues: [forbidden] };
  const problem = versionProblem(version, 'schemaVersion', current);
  if (problem !== null) return { ok: false, reason: problem.reason, issues: [problem.issue] };
  const from = version as number;
  let scenario = value;
  if (from < current) {
    if (!isPlain(value)) {
      const issue =
        value === undefined
          ? makeIssue('missingField', '', {})
          : makeIssue('wrongType', '', { expected: 'object', received: receivedTypeOf(value) });
      return { ok: false, reason: 'invalid', issues: [issue] };
    }
    let copy: PlainScenario;
    try {
      copy = structuredClone(value);
    } catch (error) {
      return fail(from, from + 1, `the scenario cannot be copied (${messageOf(error)})`);
    }
    for (let at = from; at < current; at++) {
      const step = steps.find((candidate) => candidate.from === at);
      if (step === undefined || step.to !== at + 1) {
        return fail(at, at + 1, `no migration step reads shape version ${at}`);
      }
      let next: unknown;
      try {
        next = step.up(copy, dataset);
      } catch (error) {
        return fail(at, at + 1, messageOf(error));
      }
      if (!isPlain(next)) return fail(at, at + 1, 'the step did not return a scenario');
      copy = next;
    }
    scenario = copy;
  }
  const parsed = parseScenario(scenario, dataset);
  if (!parsed.ok) return { ok: false, reason: from < current ? 'failed' : 'invalid', issues: parsed.issues };
  return { ok: true, scenario: parsed.value, migratedFrom: from < current ? from : null };
}

function fail(fromVersion: number, toVersion: number, detail: string): ScenarioMigrationResult {
  return {
    ok: false,
    reason: 'failed',
    issues: [makeIssue('migrationFailed', '', { fromVersion, toVersion, detail })],
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
