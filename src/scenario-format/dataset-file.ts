import type { PlanDataset } from '../data/plan-types';
import { parseUserDataset } from '../dataset-format/dataset-schema';
import { makeIssue, type Issue } from '../scenario/issues';
import { MAX_FILE_BYTES } from './file-format';
import { parseUntrustedJson, utf8ByteLength } from './safe-json';

/**
 * The file of a planner's datasets (docs/scenario-format.md, "Datasets"): every version of one or
 * more later periods, so that scenarios built on any of them open on another machine. JSON, UTF-8,
 * with its own format tag; all or nothing on import.
 */

/** The format tag of a dataset file. */
export const DATASET_FILE_FORMAT = 'qianjiang-simulator/datasets';
/** The version of the file's shape this release writes and reads. */
export const DATASET_FILE_VERSION = 1;

/** What a dataset file holds. */
export interface DatasetFile {
  readonly format: typeof DATASET_FILE_FORMAT;
  readonly formatVersion: number;
  readonly appVersion: string;
  /** ISO time of the export. */
  readonly exportedAt: string;
  readonly datasets: readonly PlanDataset[];
}

/** Why a dataset file was refused. */
export type DatasetFileProblem =
  /** Too large, empty, not JSON, cut off, too deep, a forbidden key: the scenario files' own issue. */
  | { readonly kind: 'json'; readonly issue: Issue }
  /** JSON, but not a dataset file (no or another format tag). */
  | { readonly kind: 'notDatasetFile' }
  /** A dataset file of a newer release. */
  | { readonly kind: 'newerFormat'; readonly formatVersion: number }
  /** A file with no dataset. */
  | { readonly kind: 'empty' }
  /** A dataset that fails its schema: which one (1-based), where, and what is wrong. */
  | { readonly kind: 'invalid'; readonly index: number; readonly path: string; readonly message: string }
  /** The same version twice with different figures. */
  | { readonly kind: 'duplicate'; readonly version: string };

/** Write the file of `datasets`. */
export function writeDatasetFile(
  datasets: readonly PlanDataset[],
  appVersion: string,
  now = new Date(),
): string {
  const file: DatasetFile = {
    format: DATASET_FILE_FORMAT,
    formatVersion: DATASET_FILE_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    datasets,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Read a dataset file; every dataset checked, all or nothing. Never throws. */
export function readDatasetFile(
  text: string,
): { ok: true; datasets: PlanDataset[] } | { ok: false; problem: DatasetFileProblem } {
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_FILE_BYTES) {
    return {
      ok: false,
      problem: { kind: 'json', issue: makeIssue('fileTooLarge', '', { bytes, maxBytes: MAX_FILE_BYTES }) },
    };
  }
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return { ok: false, problem: { kind: 'json', issue: parsed.issue } };
  const value = parsed.value as Partial<Record<keyof DatasetFile, unknown>> | null;
  if (typeof value !== 'object' || value === null || value.format !== DATASET_FILE_FORMAT) {
    return { ok: false, problem: { kind: 'notDatasetFile' } };
  }
  const formatVersion = value.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return { ok: false, problem: { kind: 'notDatasetFile' } };
  }
  if (formatVersion > DATASET_FILE_VERSION)
    return { ok: false, problem: { kind: 'newerFormat', formatVersion } };
  if (!Array.isArray(value.datasets) || value.datasets.length === 0) {
    return { ok: false, problem: { kind: 'empty' } };
  }
  const datasets: PlanDataset[] = [];
  const seen = new Map<string, string>();
  for (const [i, raw] of (value.datasets as unknown[]).entries()) {
    const result = parseUserDataset(raw);
    if (!result.ok) {
      return {
        ok: false,
        problem: { kind: 'invalid', index: i + 1, path: result.path, message: result.message },
      };
    }
    const text = JSON.stringify(result.dataset);
    const before = seen.get(result.dataset.version);
    if (before !== undefined && before !== text) {
      return { ok: false, problem: { kind: 'duplicate', version: result.dataset.version } };
    }
    if (before === undefined) datasets.push(result.dataset);
    seen.set(result.dataset.version, text);
  }
  return { ok: true, datasets };
}
