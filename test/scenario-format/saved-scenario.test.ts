import fc from 'fast-check';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/scenario/default-scenario';
import type { Scenario } from '../../src/scenario/scenario';
import { formatPath, joinPath } from '../../src/scenario/issues';
import {
  createSavedScenario,
  newScenarioId,
  parseSavedScenario,
  reviseSavedScenario,
  type SavedScenario,
} from '../../src/scenario-format/saved-scenario';
import { validateScenario as checkScenarioRanges } from '../../src/scenario/schema';
import { validRecord } from './arbitraries';
import { baseRecord } from './fixture-files';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CONTEXT = { now: 1_800_000_000_000, appVersion: '0.2.0' } as const;

afterEach(() => {
  vi.unstubAllGlobals();
});

function issuesOf(value: unknown): [string, string][] {
  const result = parseSavedScenario(value, PLAN_DATASET);
  if (result.ok) return [];
  return result.issues.map((issue) => [issue.code, issue.path]);
}

describe('parseSavedScenario(, PLAN_DATASET)', () => {
  test('accepts generated valid records and returns an equal copy', () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        const result = parseSavedScenario(record, PLAN_DATASET);
        expect(result).toEqual({ ok: true, value: record });
        expect(result.ok && result.value).not.toBe(record);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  test('keeps unknown fields at every level, as they are', () => {
    const record = {
      ...baseRecord(),
      future: { list: [1, 2], flag: true },
      scenario: {
        ...baseRecord().scenario,
        note: 'kept',
        thresholds: { onTrack: 1, atRisk: 0.9, colour: 'amber' },
      },
    };
    expect(parseSavedScenario(record, PLAN_DATASET)).toEqual({ ok: true, value: record });
  });

  test.each([
    { field: 'createdAt', value: 1.5, code: 'outOfRange' },
    { field: 'createdAt', value: -1, code: 'outOfRange' },
    { field: 'updatedAt', value: 8.64e15 + 1, code: 'outOfRange' },
    { field: 'revision', value: 0, code: 'outOfRange' },
    { field: 'revision', value: Number.NaN, code: 'notFinite' },
    { field: 'revision', value: Number.POSITIVE_INFINITY, code: 'notFinite' },
    { field: 'schemaVersion', value: 1, code: 'outOfRange' },
    { field: 'id', value: 'x'.repeat(129), code: 'textTooLong' },
    { field: 'id', value: 12, code: 'wrongType' },
    { field: 'appVersion', value: '', code: 'textBlank' },
    { field: 'datasetVersion', value: true, code: 'wrongType' },
    { field: 'tags', value: [1], code: 'wrongType' },
    { field: 'tags', value: {}, code: 'wrongType' },
    { field: 'notes', value: ['a'], code: 'wrongType' },
  ])('refuses $field = $value with $code', ({ field, value, code }) => {
    const path = Array.isArray(value) && field === 'tags' ? `${field}[0]` : field;
    expect(issuesOf({ ...baseRecord(), [field]: value })).toEqual([[code, path]]);
  });

  test('accepts texts at their limits: name of 200, notes of 20,000, 30 tags of 40', () => {
    const record = {
      ...baseRecord(),
      name: '名'.repeat(200),
      notes: 'n'.repeat(20_000),
      tags: Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(40, 't')),
    };
    expect(parseSavedScenario(record, PLAN_DATASET).ok).toBe(true);
  });

  test('refuses a lever that is NaN, Infinity or a string, naming the cluster and lever', () => {
    for (const value of [Number.NaN, Number.NEGATIVE_INFINITY, '0.1']) {
      const record = baseRecord();
      (record.scenario.clusters.agriProcessing as Record<string, unknown>)['landIntensity'] = value;
      expect(issuesOf(record)).toEqual([
        [
          typeof value === 'number' ? 'notFinite' : 'wrongType',
          'scenario.clusters.agriProcessing.landIntensity',
        ],
      ]);
    }
  });

  test('never throws, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true }), (value) => {
        expect(parseSavedScenario(value, PLAN_DATASET).ok).toBe(false);
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});

describe('checkScenarioRanges(): the engine’s ranges, worded as format issues', () => {
  const scenario = (): Scenario => defaultScenario(PLAN_DATASET);

  test('finds nothing wrong with the default scenario', () => {
    expect(checkScenarioRanges(scenario(), PLAN_DATASET)).toEqual([]);
  });

  test('a lever outside its range gives its path and range', () => {
    const s = scenario();
    s.clusters.newMaterials.landIntensity = 0;
    expect(checkScenarioRanges(s, PLAN_DATASET)).toEqual([
      expect.objectContaining({
        code: 'outOfRange',
        path: 'clusters.newMaterials.landIntensity',
        params: { value: 0, min: 1, max: 500, integer: false },
      }),
    ]);
  });

  test('a range on a lever that does not exist is an invalid option listing the levers', () => {
    const s: Scenario = {
      ...scenario(),
      uncertainty: {
        clusters: { newMaterials: { nonsense: { low: 0, high: 1, distribution: 'uniform' } } as never },
        trials: 100,
        seed: 1,
      },
    };
    const [issue] = checkScenarioRanges(s, PLAN_DATASET);
    expect(issue).toMatchObject({
      code: 'invalidOption',
      path: 'uncertainty.clusters.newMaterials.nonsense',
    });
    expect(issue?.params).toMatchObject({ value: '"nonsense"' });
  });

  test('ranges must hold the scenario’s own value, and trials and seed their ranges', () => {
    const s = scenario();
    const growth = s.clusters.newMaterials.growthRate;
    s.uncertainty = {
      clusters: {
        newMaterials: { growthRate: { low: growth + 0.1, high: growth + 0.2, distribution: 'normal' } },
      },
      trials: 2_000_000,
      seed: 2 ** 32,
    };
    expect(
      checkScenarioRanges(s, PLAN_DATASET)
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(['uncertainty.clusters.newMaterials.growthRate.low', 'uncertainty.seed', 'uncertainty.trials']);
  });
});

describe('writing records', () => {
  test('createSavedScenario() makes revision 1 with trimmed name and tags and the scenario’s dataset', () => {
    const scenario = defaultScenario(PLAN_DATASET);
    const record = createSavedScenario(
      { name: '  Plan A ', tags: [' x', 'x ', '', '  ', 'y'], scenario },
      CONTEXT,
      'fixed-id',
    );
    expect(record).toEqual({
      id: 'fixed-id',
      name: 'Plan A',
      notes: '',
      tags: ['x', 'y'],
      createdAt: CONTEXT.now,
      updatedAt: CONTEXT.now,
      revision: 1,
      datasetVersion: PLAN_DATASET.version,
      appVersion: '0.2.0',
      schemaVersion: SCENARIO_SCHEMA_VERSION,
      scenario,
    } satisfies SavedScenario);
    expect(parseSavedScenario(record, PLAN_DATASET).ok).toBe(true);
  });

  test('createSavedScenario() gives each record a new UUID by default', () => {
    const scenario = defaultScenario(PLAN_DATASET);
    const a = createSavedScenario({ name: 'a', scenario }, CONTEXT);
    const b = createSavedScenario({ name: 'a', scenario }, CONTEXT);
    expect(a.id).toMatch(UUID_V4);
    expect(a.id).not.toBe(b.id);
  });

  test('reviseSavedScenario() counts the revision up, stamps time and app, keeps unknown fields', () => {
    const record = { ...baseRecord(), future: 'kept' };
    const scenario = { ...record.scenario, otherIndustryGrowth: 0.2 };
    const next = reviseSavedScenario(record, { name: ' Renamed ', scenario }, CONTEXT);
    expect(next).toEqual({
      ...record,
      name: 'Renamed',
      scenario,
      revision: record.revision + 1,
      updatedAt: CONTEXT.now,
      appVersion: '0.2.0',
    });
    expect(record).toEqual({ ...baseRecord(), future: 'kept' });
  });

  test('reviseSavedScenario() follows the scenario’s dataset version', () => {
    const record = baseRecord();
    const next = reviseSavedScenario(
      record,
      { scenario: { ...record.scenario, datasetVersion: 'v9' } },
      CONTEXT,
    );
    expect(next.datasetVersion).toBe('v9');
    expect(parseSavedScenario(next, PLAN_DATASET).ok).toBe(true);
  });

  test('newScenarioId() falls back to getRandomValues where randomUUID is missing (plain-http pages)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', {
      getRandomValues: (bytes: Uint8Array<ArrayBuffer>) => real.getRandomValues(bytes),
    });
    const ids = new Set(Array.from({ length: 100 }, () => newScenarioId()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });
});

describe('paths', () => {
  test.each([
    { segments: [], path: '' },
    { segments: ['scenarios', 3, 'scenario', 'clusters'], path: 'scenarios[3].scenario.clusters' },
    { segments: ['conflictChoices', 'a b'], path: 'conflictChoices["a b"]' },
    { segments: ['tags', 0], path: 'tags[0]' },
    { segments: ['中文'], path: '["中文"]' },
  ])('formatPath($segments) is "$path"', ({ segments, path }) => {
    expect(formatPath(segments)).toBe(path);
  });

  test('joinPath() joins dotted and indexed children', () => {
    expect(joinPath('scenarios[0]', 'name')).toBe('scenarios[0].name');
    expect(joinPath('scenarios[0]', '[2]')).toBe('scenarios[0][2]');
    expect(joinPath('', 'name')).toBe('name');
    expect(joinPath('scenarios[0]', '')).toBe('scenarios[0]');
  });
});
