import { describe, expect, test } from 'vitest';
import {
  RECORD_MIGRATIONS,
  migrateRecord,
  runMigrations,
  type MigrateResult,
  type PlainRecord,
  type RecordMigration,
} from '../../src/scenario-format/migrations';
import { SAVED_SCENARIO_SCHEMA_VERSION } from '../../src/scenario-format/saved-scenario';
import { baseRecord, fixtureNames, fixtureText } from './fixture-files';

function refusedWith(result: MigrateResult): { code: string; path: string; message: string } {
  if (result.ok) throw new Error('migrateRecord() accepted a record it should refuse');
  expect(result.issues[0]).toBe(result.error);
  return result.error;
}

describe('migrateRecord(): golden fixtures, one per schema version', () => {
  const versions = fixtureNames('migrations')
    .map((name) => /^record-v(\d+)\.json$/.exec(name)?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number);

  test('there is a fixture for every schema version from 1 to the current one', () => {
    expect(versions).toEqual(Array.from({ length: SAVED_SCENARIO_SCHEMA_VERSION }, (_, i) => i + 1));
    expect(RECORD_MIGRATIONS.map((step) => [step.from, step.to])).toEqual(
      Array.from({ length: SAVED_SCENARIO_SCHEMA_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
  });

  test.each(versions)('record-v%i.json migrates to its golden result', (version) => {
    const input = JSON.parse(fixtureText(`migrations/record-v${version}.json`)) as PlainRecord;
    const golden = JSON.parse(fixtureText(`migrations/record-v${version}.golden.json`)) as PlainRecord;
    const before = structuredClone(input);
    const result = migrateRecord(input);
    expect(result).toEqual({
      ok: true,
      record: golden,
      migratedFrom: version === SAVED_SCENARIO_SCHEMA_VERSION ? null : version,
    });
    expect(input).toEqual(before);
  });

  test('unknown fields of the record and of its scenario are kept', () => {
    const input = JSON.parse(fixtureText('migrations/record-v1.json')) as PlainRecord;
    const result = migrateRecord(input);
    expect(result.ok && result.record).toMatchObject({
      'x-importedFrom': 'WPS sheet v3',
      scenario: { 'x-note': { by: '王工' } },
    });
  });

  test('migrateRecord() is synchronous, as an IndexedDB upgrade needs', () => {
    const result: unknown = migrateRecord(baseRecord());
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toMatchObject({ ok: true, migratedFrom: null });
  });

  test('the result is a copy: changing it leaves the input as it was', () => {
    const input = baseRecord();
    const result = migrateRecord(input);
    if (!result.ok) throw new Error(result.error.message);
    result.record.scenario.clusters.newMaterials.growthRate = 1.5;
    result.record.tags.push('changed');
    expect(input).toEqual(baseRecord());
  });

  test('ranges of the plan are not checked here, so a dataset update never makes stored records unreadable', () => {
    const record = baseRecord();
    record.scenario.clusters.newMaterials.growthRate = 99;
    expect(migrateRecord(record).ok).toBe(true);
  });
});

describe('migrateRecord() refuses what it cannot read, never throwing', () => {
  test('a record from a newer app: "made by a newer version of the app; update the app"', () => {
    const error = refusedWith(migrateRecord({ ...baseRecord(), schemaVersion: 7 }));
    expect(error).toMatchObject({
      code: 'newerSchema',
      path: 'schemaVersion',
      params: { schemaVersion: 7, supportedVersion: SAVED_SCENARIO_SCHEMA_VERSION },
    });
    expect(error.message).toBe(
      'schemaVersion is 7: the scenario was made by a newer version of the app (this app reads record schema up to 1); update the app to open it.',
    );
  });

  test.each([
    { name: 'missing', value: undefined, code: 'missingField' },
    { name: 'a string', value: '1', code: 'wrongType' },
    { name: 'null', value: null, code: 'wrongType' },
    { name: 'zero', value: 0, code: 'outOfRange' },
    { name: 'negative', value: -1, code: 'outOfRange' },
    { name: 'a fraction', value: 1.5, code: 'outOfRange' },
    { name: 'NaN', value: Number.NaN, code: 'notFinite' },
    { name: 'Infinity', value: Number.POSITIVE_INFINITY, code: 'notFinite' },
  ])('a schemaVersion that is $name', ({ value, code }) => {
    const record: PlainRecord = { ...baseRecord() };
    if (value === undefined) delete record['schemaVersion'];
    else record['schemaVersion'] = value;
    expect(refusedWith(migrateRecord(record))).toMatchObject({ code, path: 'schemaVersion' });
  });

  test.each([
    { name: 'null', value: null },
    { name: 'a list', value: [baseRecord()] },
    { name: 'a string', value: 'record' },
    { name: 'undefined', value: undefined },
    { name: 'a function', value: () => 1 },
  ])('a record that is $name', ({ value }) => {
    expect(refusedWith(migrateRecord(value))).toMatchObject({ code: 'wrongType', path: '' });
  });

  test('a record with a __proto__ key anywhere, without touching any prototype', () => {
    const record = JSON.parse(
      JSON.stringify(baseRecord()).replace('"thresholds":', '"__proto__": {"polluted": true}, "thresholds":'),
    ) as unknown;
    expect(refusedWith(migrateRecord(record))).toMatchObject({
      code: 'forbiddenKey',
      path: 'scenario.__proto__',
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a cyclic record (IndexedDB can store one) is refused as too deep', () => {
    const record = baseRecord() as unknown as Record<string, unknown>;
    record['self'] = record;
    expect(refusedWith(migrateRecord(record)).code).toBe('tooDeep');
  });

  test('a record with a field of the wrong type lists every problem with its path', () => {
    const result = migrateRecord({ ...baseRecord(), revision: '3', createdAt: null });
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['wrongType', 'createdAt'],
      ['wrongType', 'revision'],
    ]);
  });
});

describe('runMigrations(): the chain of steps (with test steps v1 → v2 → v3)', () => {
  const steps: RecordMigration[] = [
    {
      from: 2,
      to: 3,
      description: 'test: rename notes to description',
      migrate: ({ notes, ...rest }) => ({ ...rest, description: notes, schemaVersion: 3 }),
    },
    {
      from: 1,
      to: 2,
      description: 'test: tags become a string',
      migrate: (record) => {
        record['tags'] = (record['tags'] as string[]).join(',');
        record['schemaVersion'] = 2;
        return record;
      },
    },
  ];

  test('steps run in version order, each once, keeping fields they do not know', () => {
    const input = { ...baseRecord(), extra: { kept: true } } as unknown as PlainRecord;
    const result = runMigrations(input, steps, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(1);
    expect(result.record).toMatchObject({ schemaVersion: 3, tags: '基准,baseline', extra: { kept: true } });
    expect(result.record['description']).toBe(baseRecord().notes);
    expect(result.record).not.toHaveProperty('notes');
  });

  test('steps work on a copy: the input is never changed, even by a step that mutates', () => {
    const input = baseRecord() as unknown as PlainRecord;
    runMigrations(input, steps, 3);
    expect(input).toEqual(baseRecord());
  });

  test('a record already at the target version is returned as it is', () => {
    const input = { ...baseRecord(), schemaVersion: 3 } as unknown as PlainRecord;
    expect(runMigrations(input, steps, 3)).toEqual({ ok: true, record: input, from: 3 });
  });

  test('a step that throws fails the migration with its message, and leaves the input unchanged', () => {
    const failing: RecordMigration[] = [
      steps[1]!,
      {
        from: 2,
        to: 3,
        description: 'test: fails',
        migrate: () => {
          throw new Error('disk on fire');
        },
      },
    ];
    const input = baseRecord() as unknown as PlainRecord;
    const result = runMigrations(input, failing, 3);
    expect(result).toMatchObject({
      ok: false,
      issue: { code: 'migrationFailed', params: { fromVersion: 2, toVersion: 3, detail: 'disk on fire' } },
    });
    expect(input).toEqual(baseRecord());
  });

  test('a missing step fails the migration', () => {
    const result = runMigrations(baseRecord() as unknown as PlainRecord, [steps[0]!], 3);
    expect(result).toMatchObject({
      ok: false,
      issue: { code: 'migrationFailed', params: { fromVersion: 1, toVersion: 2 } },
    });
  });

  test('a step that does not write the next version fails the migration', () => {
    const sloppy: RecordMigration[] = [{ from: 1, to: 2, description: 'test', migrate: (record) => record }];
    const result = runMigrations(baseRecord() as unknown as PlainRecord, sloppy, 2);
    expect(result).toMatchObject({ ok: false, issue: { code: 'migrationFailed' } });
  });

  test('a record that cannot be copied (a function inside) fails the migration instead of throwing', () => {
    const input = { ...baseRecord(), callback: () => 1 } as unknown as PlainRecord;
    expect(runMigrations(input, steps, 3)).toMatchObject({ ok: false, issue: { code: 'migrationFailed' } });
  });
});
