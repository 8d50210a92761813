/** Read the fixture files of the scenario-format tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { SavedScenario } from '../../src/scenario-format/saved-scenario';

const FIXTURES = new URL('./fixtures/', import.meta.url);

/** The text of a fixture file, by its path under fixtures/. */
export function fixtureText(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}

/** The names of the files in a fixture folder, sorted. */
export function fixtureNames(folder: string): string[] {
  return readdirSync(new URL(`${folder}/`, FIXTURES)).sort();
}

/**
 * A fresh copy of the valid base record (fixtures/base-record.json), in the current shape and dataset
 * version: the early-estimates reference scenario, i.e. the default of releases 0.1–0.2 as it migrates
 * (its 2020 land intensities, links off).
 */
export function baseRecord(): SavedScenario {
  return JSON.parse(fixtureText('base-record.json')) as SavedScenario;
}

/** A scenario file's envelope around records, as this app writes it. */
export function fileWith(
  scenarios: unknown[],
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    format: 'qianjiang-scenarios',
    formatVersion: 1,
    appVersion: '0.1.0',
    datasetVersion: PLAN_DATASET.version,
    exportedAt: 1764374400000,
    scenarios,
    ...changes,
  };
}
