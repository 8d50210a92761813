/**
 * Migrations of saved-scenario records from older schema versions to the current one: small, pure,
 * synchronous steps vN → vN+1 on plain records, so storage can run them inside an IndexedDB upgrade
 * transaction (which must not await) and the file importer can run the same steps on old files.
 *
 * To change the record's shape: bump `SAVED_SCENARIO_SCHEMA_VERSION`, update `SavedScenarioSchema`, add a
 * step `{ from: N, to: N + 1 }` here, and add the fixture `test/scenario-format/fixtures/migrations/
 * record-vN.json` with its golden result `record-vN.golden.json`. Steps keep every field they do not
 * change, including fields they do not know.
 */
import { makeIssue, receivedTypeOf, type Issue } from '../scenario/issues';
import { findForbiddenKey } from '../scenario/forbidden-keys';
import { SAVED_SCENARIO_SCHEMA_VERSION, parseSavedScenario, type SavedScenario } from './saved-scenario';

/** A record of some schema version, as plain data (read from storage or a file). */
export type PlainRecord = Record<string, unknown>;

/** One migration step: a pure, synchronous function from schema version `from` to `from + 1`. */
export interface RecordMigration {
  /** Schema version the step reads. */
  readonly from: number;
  /** Schema version the step writes: `from + 1`. */
  readonly to: number;
  /** What the step changes, for maintainers. */
  readonly description: string;
  /**
   * Return the record in the next version. It gets its own deep copy, so it may change it in place, but
   * it must not await, read anything else, or drop fields it does not know.
   */
  readonly migrate: (record: PlainRecord) => PlainRecord;
}

/**
 * The steps, oldest first. Empty: version 1 is the first schema of saved scenarios (the working draft of
 * `src/storage/` is a different record and is not migrated into the library).
 */
export const RECORD_MIGRATIONS: readonly RecordMigration[] = [];

/** The result of {@link runMigrations}: the record in the target version and the version it had. */
export type MigrationRun = { ok: true; record: PlainRecord; from: number } | { ok: false; issue: Issue };

/** The result of {@link migrateRecord}. */
export type MigrateResult =
  | {
      ok: true;
      /** The record in the current schema version, checked, as a fresh copy. */
      record: SavedScenario;
      /** The schema version it was upgraded from; null when it was already current. */
      migratedFrom: number | null;
    }
  | {
      ok: false;
      /** The first problem (paths relative to the record). */
      error: Issue;
      /** Every problem found, the first included. */
      issues: Issue[];
    };

function isPlainRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Apply the steps from the record's `schemaVersion` (a whole number from 1 to `targetVersion`) up to
 * `targetVersion`. The input is never changed: steps run on a deep copy. A missing step, a step that
 * throws, or one that does not produce the next version gives `migrationFailed`. Never throws.
 */
export function runMigrations(
  record: PlainRecord,
  steps: readonly RecordMigration[],
  targetVersion: number,
): MigrationRun {
  const from = record['schemaVersion'] as number;
  if (from === targetVersion) return { ok: true, record, from };
  let version = from;
  let current: PlainRecord;
  try {
    current = structuredClone(record);
  } catch (error) {
    return {
      ok: false,
      issue: makeIssue('migrationFailed', '', {
        fromVersion: from,
        toVersion: targetVersion,
        detail: `the record cannot be copied (${errorMessage(error)})`,
      }),
    };
  }
  while (version < targetVersion) {
    const step = steps.find((candidate) => candidate.from === version);
    const fail = (detail: string): MigrationRun => ({
      ok: false,
      issue: makeIssue('migrationFailed', '', { fromVersion: version, toVersion: version + 1, detail }),
    });
    if (step === undefined) return fail(`no migration step reads schema version ${version}`);
    let next: unknown;
    try {
      next = step.migrate(current);
    } catch (error) {
      return fail(errorMessage(error));
    }
    if (!isPlainRecord(next) || next['schemaVersion'] !== step.to || step.to !== version + 1) {
      return fail(`the step did not produce a record of schema version ${version + 1}`);
    }
    current = next;
    version = step.to;
  }
  return { ok: true, record: current, from };
}

function failure(issues: Issue[]): MigrateResult {
  return { ok: false, error: issues[0]!, issues };
}

/**
 * Bring a stored or imported record to the current schema version and check its shape: refuses
 * `__proto__`/`constructor`/`prototype` keys, a missing or malformed `schemaVersion`, a record made by a
 * newer version of the app (`newerSchema`: "update the app"), a failing step, and any field of the wrong
 * type. Fields it does not know are kept. Ranges of the plan dataset are not checked here (see
 * `checkScenarioRanges`), so a dataset update never makes stored records unreadable.
 *
 * Pure and synchronous (safe inside an IndexedDB upgrade); never changes its input; never throws.
 */
export function migrateRecord(input: unknown): MigrateResult {
  const forbidden = findForbiddenKey(input);
  if (forbidden !== null) return failure([forbidden]);
  if (!isPlainRecord(input)) {
    return failure([makeIssue('wrongType', '', { expected: 'object', received: receivedTypeOf(input) })]);
  }
  const version = input['schemaVersion'];
  const supported = SAVED_SCENARIO_SCHEMA_VERSION;
  if (version === undefined) return failure([makeIssue('missingField', 'schemaVersion', {})]);
  if (typeof version !== 'number') {
    return failure([
      makeIssue('wrongType', 'schemaVersion', { expected: 'number', received: receivedTypeOf(version) }),
    ]);
  }
  if (!Number.isFinite(version)) {
    return failure([makeIssue('notFinite', 'schemaVersion', { value: String(version) })]);
  }
  if (Number.isInteger(version) && version > supported) {
    return failure([
      makeIssue('newerSchema', 'schemaVersion', { schemaVersion: version, supportedVersion: supported }),
    ]);
  }
  if (!Number.isInteger(version) || version < 1) {
    return failure([
      makeIssue('outOfRange', 'schemaVersion', { value: version, min: 1, max: supported, integer: true }),
    ]);
  }
  const run = runMigrations(input, RECORD_MIGRATIONS, supported);
  if (!run.ok) return failure([run.issue]);
  const parsed = parseSavedScenario(run.record);
  if (!parsed.ok) return failure(parsed.issues);
  return { ok: true, record: parsed.value, migratedFrom: run.from === supported ? null : run.from };
}
