/**
 * The export file: one JSON document holding one, several or all saved scenarios. Decoding is
 * all-or-nothing: any problem anywhere refuses the whole file, with the file name, the field path and a
 * machine-readable code. See docs/scenario-format.md.
 */
import * as v from 'valibot';
import { checkActualValues } from '../actuals-format/actuals-schema';
import type { ActualValue } from '../data/actuals-types';
import { PLAN_DATASET } from '../data/plan-dataset';
import { parseUserDataset } from '../dataset-format/dataset-schema';
import type { PlanDataset } from '../data/plan-types';
import {
  makeIssue,
  makeWarning,
  issueUnder,
  receivedTypeOf,
  type Issue,
  type ImportWarning,
} from '../scenario/issues';
import { migrateRecord } from './migrations';
import { parseUntrustedJson, utf8ByteLength } from './safe-json';
import { SCENARIO_SCHEMA_VERSION } from '../scenario/migrations';
import { MAX_TIMESTAMP, SAVED_SCENARIO_LIMITS, type SavedScenario } from './saved-scenario';
import { PARSE_CONFIG, issuesFromValibot, numberIn, objectWith, textOf } from '../scenario/schema-rules';

/** Value of the `format` field of every scenario file. */
export const SCENARIO_FILE_FORMAT = 'qianjiang-scenarios';

/** Current `formatVersion` of scenario files; files with a higher one are refused ("update the app"). */
export const SCENARIO_FILE_FORMAT_VERSION = 1;

/** Largest file accepted, in bytes (10 MiB); larger files are refused before they are parsed. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Most problems listed for one refused file (the first is the error shown). */
export const MAX_REPORTED_ISSUES = 50;

/** A scenario file as written by {@link encodeFile}. */
export interface ScenarioFile {
  /** Always {@link SCENARIO_FILE_FORMAT}. */
  format: typeof SCENARIO_FILE_FORMAT;
  /** {@link SCENARIO_FILE_FORMAT_VERSION} when written by this app. */
  formatVersion: number;
  /** Version of the app that wrote the file. */
  appVersion: string;
  /** Version of the plan dataset of the app that wrote the file (each scenario also has its own). */
  datasetVersion: string;
  /** When the file was written, ms since the epoch (a whole number). */
  exportedAt: number;
  /** The scenarios, at least one, ids unique. */
  scenarios: SavedScenario[];
  /** The zone's actual figures, in a backup ("Export all") when any are held; absent otherwise. */
  actuals?: ActualValue[];
  /**
   * The planner's plan periods the scenarios are built on (every version of each), so that they open
   * on another machine on the version they were built on; absent when every scenario is on the plan.
   */
  datasets?: PlanDataset[];
}

/** What {@link encodeFile} writes besides the scenarios. */
export interface FileMeta {
  /** Version of the app writing the file. */
  readonly appVersion: string;
  /** Time of the export, ms since the epoch (a whole number). */
  readonly exportedAt: number;
  /** Plan dataset version of the app; `PLAN_DATASET.version` when omitted. */
  readonly datasetVersion?: string;
  /** The actual figures to back up with the scenarios (written only when there are any). */
  readonly actuals?: readonly ActualValue[];
  /** The planner's periods the scenarios are built on (written only when there are any). */
  readonly datasets?: readonly PlanDataset[];
}

/** Why a file was refused: the first problem, with the file's name and an English message naming it. */
export type FileImportError = Issue & {
  /** The file's name, as given to {@link decodeFile}. */
  readonly fileName: string;
  /** Every problem found (at most {@link MAX_REPORTED_ISSUES}), the first included, paths from the file's root. */
  readonly issues: readonly Issue[];
};

/** The result of {@link decodeFile}. */
export type FileDecodeResult =
  | {
      ok: true;
      scenarios: SavedScenario[];
      warnings: ImportWarning[];
      /** The file's actual figures, when it carries any (a backup). */
      actuals?: ActualValue[];
      /** The plan periods the file carries (checked), to store before its scenarios. */
      datasets?: PlanDataset[];
    }
  | { ok: false; error: FileImportError };

/**
 * Write scenarios as a scenario file: UTF-8 JSON, two-space indentation, fields in a fixed order, a final
 * newline. Writes the records as given (validate them first if they did not come from storage). A file
 * larger than {@link MAX_FILE_BYTES} cannot be imported again: check with `utf8ByteLength` and export in
 * parts.
 */
export function encodeFile(scenarios: readonly SavedScenario[], meta: FileMeta): string {
  const file: ScenarioFile = {
    format: SCENARIO_FILE_FORMAT,
    formatVersion: SCENARIO_FILE_FORMAT_VERSION,
    appVersion: meta.appVersion,
    datasetVersion: meta.datasetVersion ?? PLAN_DATASET.version,
    exportedAt: meta.exportedAt,
    scenarios: [...scenarios],
    ...(meta.actuals !== undefined && meta.actuals.length > 0 ? { actuals: [...meta.actuals] } : {}),
    ...(meta.datasets !== undefined && meta.datasets.length > 0 ? { datasets: [...meta.datasets] } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function refuse(fileName: string, issues: readonly Issue[]): FileDecodeResult {
  const first = issues[0]!;
  const error = {
    ...first,
    message: `“${fileName}” cannot be imported: ${first.message}`,
    fileName,
    issues,
  } as FileImportError;
  return { ok: false, error };
}

/**
 * Check a file's size before reading it (pass `File.size`): refuses files over {@link MAX_FILE_BYTES}
 * with `fileTooLarge`, so a huge file is never read into memory. Returns null when the size is fine.
 */
export function checkFileSize(byteLength: number, fileName: string): FileImportError | null {
  if (byteLength <= MAX_FILE_BYTES) return null;
  const result = refuse(fileName, [
    makeIssue('fileTooLarge', '', { bytes: byteLength, maxBytes: MAX_FILE_BYTES }),
  ]);
  return result.ok ? null : result.error;
}

const envelopeSchema = objectWith({
  appVersion: textOf(SAVED_SCENARIO_LIMITS.versionMaxLength, true),
  datasetVersion: textOf(SAVED_SCENARIO_LIMITS.versionMaxLength, true),
  exportedAt: numberIn(0, MAX_TIMESTAMP, true),
  scenarios: v.array(v.unknown()),
});

/** Check the envelope's `format` and `formatVersion`, in that order, so a stranger's JSON reads as such. */
function checkFormat(root: unknown): Issue | null {
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    return makeIssue('notScenarioFile', '', { found: 'missing' });
  }
  const { format, formatVersion } = root as Record<string, unknown>;
  if (format !== SCENARIO_FILE_FORMAT) {
    const found = format === undefined ? 'missing' : JSON.stringify(format).slice(0, 80);
    return makeIssue('notScenarioFile', 'format', { found });
  }
  const supported = SCENARIO_FILE_FORMAT_VERSION;
  if (formatVersion === undefined) return makeIssue('missingField', 'formatVersion', {});
  if (typeof formatVersion !== 'number') {
    return makeIssue('wrongType', 'formatVersion', {
      expected: 'number',
      received: receivedTypeOf(formatVersion),
    });
  }
  if (!Number.isFinite(formatVersion)) {
    return makeIssue('notFinite', 'formatVersion', { value: String(formatVersion) });
  }
  if (Number.isInteger(formatVersion) && formatVersion > supported) {
    return makeIssue('newerFormat', 'formatVersion', { formatVersion, supportedVersion: supported });
  }
  // Version 1 is the first file format: there is nothing older to migrate (records carry their own
  // schemaVersion and are migrated one by one).
  if (formatVersion !== supported) {
    return makeIssue('outOfRange', 'formatVersion', {
      value: formatVersion,
      min: 1,
      max: supported,
      integer: true,
    });
  }
  return null;
}

function datasetWarnings(scenarios: readonly SavedScenario[], dataset: PlanDataset): ImportWarning[] {
  const byVersion = new Map<string, { first: number; count: number }>();
  scenarios.forEach((record, index) => {
    if (record.datasetVersion === dataset.version) return;
    const seen = byVersion.get(record.datasetVersion);
    if (seen === undefined) byVersion.set(record.datasetVersion, { first: index, count: 1 });
    else seen.count++;
  });
  return [...byVersion].map(([datasetVersion, { first, count }]) =>
    makeWarning('otherDatasetVersion', `scenarios[${first}].datasetVersion`, {
      datasetVersion,
      currentVersion: dataset.version,
      count,
    }),
  );
}

function migrationWarnings(migratedFrom: readonly (number | null)[], toVersion: number): ImportWarning[] {
  const byVersion = new Map<number, { first: number; count: number }>();
  migratedFrom.forEach((from, index) => {
    if (from === null) return;
    const seen = byVersion.get(from);
    if (seen === undefined) byVersion.set(from, { first: index, count: 1 });
    else seen.count++;
  });
  return [...byVersion].map(([fromVersion, { first, count }]) =>
    makeWarning('migrated', `scenarios[${first}].schemaVersion`, { fromVersion, toVersion, count }),
  );
}

/**
 * Read a scenario file. Refuses the whole file on the first kind of problem found, in this order: size
 * over {@link MAX_FILE_BYTES} (before parsing), empty, nesting too deep, cut off, not JSON, a forbidden
 * key, not a scenario file, a newer `formatVersion`, a malformed envelope, no scenarios, then every record
 * (migrated from older shapes, then checked by the one schema: shape and the plan's ranges), then ids
 * repeated within the file. Accepted scenarios are fresh copies; unknown record fields are kept.
 * Warnings: scenarios made with another plan dataset, records upgraded from older schemas. Never throws.
 *
 * @param text the file's text (read as UTF-8)
 * @param fileName the file's name, quoted in the error message
 * @param dataset the plan dataset whose ranges the scenarios must respect; a scenario built on a
 *   plan period the file carries (or `known` holds) is checked against that period's version
 * @param known the planner's periods this app holds already (every version)
 */
export function decodeFile(
  text: string,
  fileName: string,
  dataset: PlanDataset = PLAN_DATASET,
  known: readonly PlanDataset[] = [],
): FileDecodeResult {
  // UTF-8 never takes fewer bytes than UTF-16 code units, nor more than three per unit.
  const bytes = text.length * 3 > MAX_FILE_BYTES ? utf8ByteLength(text) : text.length;
  if (bytes > MAX_FILE_BYTES) {
    return refuse(fileName, [makeIssue('fileTooLarge', '', { bytes, maxBytes: MAX_FILE_BYTES })]);
  }
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return refuse(fileName, [parsed.issue]);
  const formatProblem = checkFormat(parsed.value);
  if (formatProblem !== null) return refuse(fileName, [formatProblem]);
  const envelope = v.safeParse(envelopeSchema, parsed.value, PARSE_CONFIG);
  if (!envelope.success) return refuse(fileName, issuesFromValibot(envelope.issues));
  const rawActuals = (parsed.value as Record<string, unknown>)['actuals'];
  if (rawActuals !== undefined) {
    const problem = checkActualValues(dataset, rawActuals);
    if (problem !== null)
      return refuse(fileName, [makeIssue('invalidActuals', 'actuals', { detail: problem })]);
  }
  const rawDatasets = (parsed.value as Record<string, unknown>)['datasets'];
  const carried: PlanDataset[] = [];
  if (rawDatasets !== undefined) {
    if (!Array.isArray(rawDatasets)) {
      return refuse(fileName, [makeIssue('invalidDataset', 'datasets', { detail: 'not a list' })]);
    }
    for (const [index, item] of rawDatasets.entries()) {
      const checked = parseUserDataset(item);
      if (!checked.ok) {
        return refuse(fileName, [
          makeIssue('invalidDataset', `datasets[${index}]`, {
            detail: `${checked.path}: ${checked.message}`,
          }),
        ]);
      }
      carried.push(checked.dataset);
    }
  }
  const byVersion = new Map([...known, ...carried].map((d) => [d.version, d]));
  const datasetOf = (record: unknown): PlanDataset => {
    const version = (record as { datasetVersion?: unknown } | null)?.datasetVersion;
    return (typeof version === 'string' ? byVersion.get(version) : undefined) ?? dataset;
  };
  const raw = envelope.output.scenarios;
  if (raw.length === 0) return refuse(fileName, [makeIssue('noScenarios', 'scenarios', {})]);

  const issues: Issue[] = [];
  const scenarios: SavedScenario[] = [];
  const migratedFrom: (number | null)[] = [];
  for (let index = 0; index < raw.length && issues.length < MAX_REPORTED_ISSUES; index++) {
    const at = `scenarios[${index}]`;
    const migrated = migrateRecord(raw[index], datasetOf(raw[index]));
    if (!migrated.ok) {
      issues.push(...migrated.issues.map((issue) => issueUnder(at, issue)));
      continue;
    }
    scenarios.push(migrated.record);
    migratedFrom.push(migrated.migratedFrom);
  }
  if (issues.length > 0) return refuse(fileName, issues.slice(0, MAX_REPORTED_ISSUES));

  const firstIndexOfId = new Map<string, number>();
  scenarios.forEach((record, index) => {
    const first = firstIndexOfId.get(record.id);
    if (first === undefined) firstIndexOfId.set(record.id, index);
    else if (issues.length < MAX_REPORTED_ISSUES) {
      issues.push(
        makeIssue('duplicateId', `scenarios[${index}].id`, {
          id: record.id,
          firstPath: `scenarios[${first}].id`,
        }),
      );
    }
  });
  if (issues.length > 0) return refuse(fileName, issues);

  return {
    ok: true,
    scenarios,
    ...(rawActuals === undefined ? {} : { actuals: rawActuals as ActualValue[] }),
    ...(carried.length === 0 ? {} : { datasets: carried }),
    warnings: [
      ...migrationWarnings(migratedFrom, SCENARIO_SCHEMA_VERSION),
      ...datasetWarnings(
        scenarios.filter((s) => !byVersion.has(s.datasetVersion)),
        dataset,
      ),
    ],
  };
}
