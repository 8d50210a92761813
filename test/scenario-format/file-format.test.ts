import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project } from '../../src/engine';
import { validateScenario } from '../../src/scenario/schema';
import {
  SCENARIO_FILE_FORMAT,
  SCENARIO_FILE_FORMAT_VERSION,
  decodeFile,
  encodeFile,
  type FileDecodeResult,
} from '../../src/scenario-format/file-format';
import { parseSavedScenario, type SavedScenario } from '../../src/scenario-format/saved-scenario';
import { validateScenario as checkScenarioRanges } from '../../src/scenario/schema';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import { expectMigratedScenario } from '../fixtures/release-0.1.0';
import { validRecord, validRecords } from './arbitraries';
import { baseRecord, fileWith, fixtureText } from './fixture-files';

const META = { appVersion: '0.1.0', exportedAt: 1764374400000 } as const;

/** The accepted scenarios of a file; fails the test if the file was refused. */
function accepted(result: FileDecodeResult): SavedScenario[] {
  if (!result.ok) throw new Error(`decodeFile() refused a valid file: ${result.error.message}`);
  return result.scenarios;
}

describe('the export file format', () => {
  const golden = fixtureText('files/export-v1.json');

  test('encodeFile() writes the documented envelope, fields in order, indented, with a final newline', () => {
    const records = accepted(decodeFile(golden, 'export-v1.json'));
    const text = encodeFile(records, META);
    const { scenarios: _old, ...envelope } = JSON.parse(golden) as Record<string, unknown>;
    expect(JSON.parse(text)).toEqual({
      ...envelope,
      datasetVersion: PLAN_DATASET.version,
      scenarios: records,
    });
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'formatVersion',
      'appVersion',
      'datasetVersion',
      'exportedAt',
      'scenarios',
    ]);
    expect(text.startsWith(`{\n  "format": "${SCENARIO_FILE_FORMAT}",\n  "formatVersion": 1,\n`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  test('encodeFile() records the app and dataset versions and the export time it is given', () => {
    const file = JSON.parse(
      encodeFile([baseRecord()], { appVersion: '2.0.0', exportedAt: 5, datasetVersion: 'other' }),
    ) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'qianjiang-scenarios',
      formatVersion: SCENARIO_FILE_FORMAT_VERSION,
      appVersion: '2.0.0',
      datasetVersion: 'other',
      exportedAt: 5,
    });
    expect(JSON.parse(encodeFile([baseRecord()], META))).toMatchObject({
      datasetVersion: PLAN_DATASET.version,
    });
  });

  test('decodeFile() reads the golden file of release 0.1.0: two scenarios migrated, unknown fields kept', () => {
    const result = decodeFile(golden, 'export-v1.json');
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        { code: 'migrated', params: { fromVersion: 1, toVersion: SCENARIO_SCHEMA_VERSION, count: 2 } },
        { code: 'otherDatasetVersion', params: { datasetVersion: '2018-2020.1', count: 2 } },
      ],
    });
    const [first, second] = accepted(result);
    // The base record is 0.1.0's default in today's shape: the first scenario of the file is it.
    const base = baseRecord();
    expect(first).toEqual({
      ...base,
      datasetVersion: '2018-2020.1',
      scenario: { ...base.scenario, datasetVersion: '2018-2020.1' },
    });
    expect(second).toMatchObject({
      name: 'Fast growth, with ranges',
      reviewedBy: { name: '王工', date: '2026-11-28' },
      scenario: { uncertainty: { trials: 10000, seed: 42 } },
    });
    const old = (JSON.parse(golden) as { scenarios: { scenario: Record<string, unknown> }[] }).scenarios;
    old.forEach((record, i) =>
      expectMigratedScenario(record.scenario, [first, second][i]!.scenario, 1, PLAN_DATASET),
    );
  });

  test('decodeFile() accepts a file starting with a byte-order mark (Windows Notepad)', () => {
    expect(accepted(decodeFile(`\uFEFF${golden}`, 'bom.json'))).toHaveLength(2);
  });

  test('decodeFile() ignores unknown fields of the envelope', () => {
    const text = JSON.stringify(fileWith([baseRecord()], { generator: 'WPS macro', comment: ['x'] }));
    expect(accepted(decodeFile(text, 'f.json'))).toEqual([baseRecord()]);
  });

  test('names, notes and tags with markup survive as the same plain strings', () => {
    const hostile = [
      '<script>alert("x")</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '</textarea><svg/onload=alert(1)>',
    ];
    const records = hostile.map((text, i) => ({
      ...baseRecord(),
      id: `id-${i}`,
      name: text,
      notes: `${text}\n${text}`,
      tags: [text.slice(0, 40)],
    }));
    const decoded = accepted(decodeFile(encodeFile(records, META), 'xss.json'));
    expect(decoded.map((record) => record.name)).toEqual(hostile);
    expect(decoded).toEqual(records);
  });

  test('a scenario made with another plan dataset is accepted with a warning naming both versions', () => {
    const other = { ...baseRecord(), id: 'first', datasetVersion: 'old-1' };
    other.scenario = { ...other.scenario, datasetVersion: 'old-1' };
    const second = { ...other, id: 'second' };
    const result = decodeFile(JSON.stringify(fileWith([baseRecord(), other, second])), 'old.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      {
        code: 'otherDatasetVersion',
        path: 'scenarios[1].datasetVersion',
        params: { datasetVersion: 'old-1', currentVersion: PLAN_DATASET.version, count: 2 },
        message: `2 scenarios were made with plan dataset "old-1"; this app uses "${PLAN_DATASET.version}". They were checked against the current dataset: review their results.`,
      },
    ]);
  });

  test('decodeFile() returns copies: changing the result never changes what was parsed twice', () => {
    const text = encodeFile([baseRecord()], META);
    const first = accepted(decodeFile(text, 'f.json'));
    first[0]!.scenario.clusters.newMaterials.growthRate = 1.9;
    expect(accepted(decodeFile(text, 'f.json'))[0]).toEqual(baseRecord());
  });
});

describe('round trips', () => {
  test(
    'export → import gives back equal scenarios, for ≥ 1,000 generated scenarios',
    { timeout: 60_000 },
    () => {
      let scenarios = 0;
      fc.assert(
        fc.property(validRecords, (records) => {
          const result = decodeFile(encodeFile(records, META), 'round-trip.json');
          expect(accepted(result)).toEqual(records);
          const otherVersions = records.some((record) => record.datasetVersion !== PLAN_DATASET.version);
          expect(result.ok && result.warnings.length > 0).toBe(otherVersions);
          scenarios += records.length;
        }),
        { seed: 20261126, numRuns: 600 },
      );
      expect(scenarios).toBeGreaterThanOrEqual(1000);
    },
  );
});

/** Independent checks that an accepted scenario is sound: schema, engine validation, a projection. */
function expectSound(records: readonly SavedScenario[]): void {
  expect(records.length).toBeGreaterThan(0);
  expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  for (const record of records) {
    expect(parseSavedScenario(record, PLAN_DATASET).ok).toBe(true);
    expect(validateScenario(record.scenario, PLAN_DATASET)).toEqual([]);
    expect(checkScenarioRanges(record.scenario, PLAN_DATASET)).toEqual([]);
    expect(() => project(PLAN_DATASET, record.scenario)).not.toThrow();
  }
}

/** Decode, never throwing; when accepted, the result must be sound. */
function decodeSafely(text: string): FileDecodeResult {
  let result: FileDecodeResult | undefined;
  expect(() => {
    result = decodeFile(text, 'fuzz.json');
  }).not.toThrow();
  if (result!.ok) expectSound(result!.scenarios);
  else expect(result!.error.message.length).toBeGreaterThan(0);
  return result!;
}

/** Every path to a value inside a JSON value, for targeted corruption. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  }
  return here;
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** JSON values likely to break a field: wrong types, edge numbers, hostile keys. */
const corruptValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    undefined,
    null,
    '',
    '   ',
    -0.5000001,
    2.0000001,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    0.5,
    -1,
    [],
    {},
    { __proto__: null, constructor: 1 },
    JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  ),
);

describe('fuzzing the file decoder: it never throws and never accepts garbage', () => {
  test('random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expect(decodeSafely(text).ok).toBe(false);
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  test('random JSON in the envelope, as a scenario or as the scenarios', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, asList) => {
        const file = fileWith(asList ? (value as unknown[]) : [value]);
        decodeSafely(JSON.stringify(file));
      }),
      { seed: 2, numRuns: 300 },
    );
  });

  test('valid files with one field replaced by a hostile value', () => {
    fc.assert(
      fc.property(validRecord, fc.nat(), corruptValue, (record, pick, value) => {
        const file = fileWith([record]);
        const paths = pathsOf(file);
        setAt(file, paths[pick % paths.length]!, value);
        decodeSafely(JSON.stringify(file));
      }),
      { seed: 3, numRuns: 500 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('valid files with text cut, inserted or replaced at random', { timeout: 60_000 }, () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom('{', '}', '"', ',', '[', ']', '1e400', '\\'),
      ),
    });
    fc.assert(
      fc.property(validRecords, fc.array(edit, { minLength: 1, maxLength: 3 }), (records, edits) => {
        let text = encodeFile(records, META);
        for (const { at, cut, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        decodeSafely(text);
      }),
      { seed: 4, numRuns: 500 },
    );
  });
});
