/**
 * A saved-scenario record from storage or a file, brought to the current shape: the record's
 * `schemaVersion` is the shape version of its scenario, so a record migrates by running the scenario
 * migrations (src/scenario/migrations.ts) on its scenario and then checking the whole record with the
 * one schema. Pure and synchronous; the input is never changed.
 */
import type { PlanDataset } from '../data/plan-types';
import { findForbiddenKey } from '../scenario/forbidden-keys';
import { issueUnder, makeIssue, receivedTypeOf, type Issue } from '../scenario/issues';
import { SCENARIO_SCHEMA_VERSION, migrateScenario, versionProblem } from '../scenario/migrations';
import { parseSavedScenario, type SavedScenario } from './saved-scenario';

/** The result of {@link migrateRecord}. */
export type MigrateResult =
  | {
      ok: true;
      /** The record in the current shape, checked, as a fresh copy. */
      record: SavedScenario;
      /** The shape version it was brought from; null when it was current. */
      migratedFrom: number | null;
    }
  | {
      ok: false;
      /**
       * `newer`: written by a newer release (keep it, open it read-only if at all); `failed`: a
       * migration step failed or its result does not fit the schema; `invalid`: not a record this app
       * ever wrote (a field of the wrong type, a value out of range).
       */
      reason: 'newer' | 'failed' | 'invalid';
      /** The first problem (paths relative to the record). */
      error: Issue;
      /** Every problem found, the first included. */
      issues: Issue[];
    };

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function failure(reason: 'newer' | 'failed' | 'invalid', issues: readonly Issue[]): MigrateResult {
  return { ok: false, reason, error: issues[0]!, issues: [...issues] };
}

/**
 * Bring a stored or imported record to the current shape and check it: refuses
 * `__proto__`/`constructor`/`prototype` keys, a missing or malformed `schemaVersion`, a record made by a
 * newer release (`newerSchema`: "update the app"), a failing step, any field of the wrong type, and
 * any value the plan dataset does not allow. Fields it does not know are kept. Never throws.
 */
export function migrateRecord(input: unknown, dataset: PlanDataset): MigrateResult {
  const forbidden = findForbiddenKey(input);
  if (forbidden !== null) return failure('invalid', [forbidden]);
  if (!isPlain(input)) {
    return failure('invalid', [
      makeIssue('wrongType', '', { expected: 'object', received: receivedTypeOf(input) }),
    ]);
  }
  const version = input['schemaVersion'];
  const problem = versionProblem(version, 'schemaVersion');
  if (problem !== null) return failure(problem.reason, [problem.issue]);
  const migrated = migrateScenario(input['scenario'], version, dataset);
  if (!migrated.ok && migrated.reason === 'invalid') {
    // A current record with a bad scenario: check the whole record, so every problem shows at once.
    const whole = parseSavedScenario({ ...input, schemaVersion: SCENARIO_SCHEMA_VERSION }, dataset);
    if (!whole.ok) return failure('invalid', whole.issues);
  }
  if (!migrated.ok) {
    return failure(
      migrated.reason,
      migrated.issues.map((issue) => issueUnder('scenario', issue)),
    );
  }
  const parsed = parseSavedScenario(
    { ...input, scenario: migrated.scenario, schemaVersion: SCENARIO_SCHEMA_VERSION },
    dataset,
  );
  if (!parsed.ok) return failure('invalid', parsed.issues);
  return { ok: true, record: parsed.value, migratedFrom: migrated.migratedFrom };
}
