import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { SCENARIO_MIGRATIONS, SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import { migrateRecord, type MigrateResult } from '../../src/scenario-format/migrations';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import { migratedAsDocumented } from '../fixtures/release-0.1.0';
import { baseRecord, fixtureNames, fixtureText } from './fixture-files';

type PlainRecord = Record<string, unknown>;

function refusedWith(result: MigrateResult): { code: string; path: string; message: string } {
  if (result.ok) throw new Error('migrateRecord(, PLAN_DATASET) accepted a record it should refuse');
  expect(result.issues[0]).toBe(result.error);
  return result.error;
}

describe('migrateRecord(, PLAN_DATASET): golden fixtures, one per schema version', () => {
  const versions = fixtureNames('migrations')
    .map((name) => /^record-v(\d+)\.json$/.exec(name)?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number);

  test('there is a fixture for every schema version from 1 to the current one', () => {
    expect(versions).toEqual(Array.from({ length: SCENARIO_SCHEMA_VERSION }, (_, i) => i + 1));
    expect(SCENARIO_MIGRATIONS.map((step) => [step.from, step.to])).toEqual(
      Array.from({ length: SCENARIO_SCHEMA_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
  });

  test.each(versions)('record-v%i.json migrates to its golden result', (version) => {
    const input = JSON.parse(fixtureText(`migrations/record-v${version}.json`)) as PlainRecord;
    const golden = JSON.parse(fixtureText(`migrations/record-v${version}.golden.json`)) as PlainRecord;
    const before = structuredClone(input);
    const result = migrateRecord(input, PLAN_DATASET);
    expect(result).toEqual({
      ok: true,
      record: golden,
      migratedFrom: version === SCENARIO_SCHEMA_VERSION ? null : version,
    });
    expect(input).toEqual(before);
  });

  test.each(versions)(
    'the golden result of record-v%i.json is the documented mapping of its input, the record stamped current',
    (version) => {
      const input = JSON.parse(fixtureText(`migrations/record-v${version}.json`)) as PlainRecord;
      const golden = JSON.parse(fixtureText(`migrations/record-v${version}.golden.json`)) as PlainRecord;
      expect(input['schemaVersion']).toBe(version);
      const { scenario, ...fields } = golden;
      const { scenario: oldScenario, ...oldFields } = input;
      expect(fields).toEqual({ ...oldFields, schemaVersion: SCENARIO_SCHEMA_VERSION });
      expect(scenario).toEqual(migratedAsDocumented(oldScenario as PlainRecord, version, PLAN_DATASET));
    },
  );

  test.each(versions)(
    'unknown fields of the record and of its scenario are kept (record-v%i.json)',
    (version) => {
      const input = JSON.parse(fixtureText(`migrations/record-v${version}.json`)) as PlainRecord;
      const result = migrateRecord(input, PLAN_DATASET);
      expect(result.ok && result.record).toMatchObject({
        'x-importedFrom': 'WPS sheet v3',
        scenario: { 'x-note': { by: '王工' } },
      });
    },
  );

  test('the base record of these tests is current: the early-estimates reference at this dataset version', () => {
    const base = baseRecord();
    expect(base).toMatchObject({
      schemaVersion: SCENARIO_SCHEMA_VERSION,
      datasetVersion: PLAN_DATASET.version,
    });
    expect(base.scenario).toEqual(referenceScenario(PLAN_DATASET, 'earlyEstimates'));
  });

  test('migrateRecord(, PLAN_DATASET) is synchronous, as an IndexedDB upgrade needs', () => {
    const result: unknown = migrateRecord(baseRecord(), PLAN_DATASET);
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toMatchObject({ ok: true, migratedFrom: null });
  });

  test('the result is a copy: changing it leaves the input as it was', () => {
    const input = baseRecord();
    const result = migrateRecord(input, PLAN_DATASET);
    if (!result.ok) throw new Error(result.error.message);
    result.record.scenario.clusters.newMaterials.growthRate = 1.5;
    result.record.tags.push('changed');
    expect(input).toEqual(baseRecord());
  });

  test('a value outside the plan’s ranges is refused with its path: one schema checks shape and ranges', () => {
    const record = baseRecord();
    record.scenario.clusters.newMaterials.growthRate = 99;
    const result = migrateRecord(record, PLAN_DATASET);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      error: { code: 'outOfRange', path: 'scenario.clusters.newMaterials.growthRate' },
    });
  });

  test('from v1, every cluster gains its documented base-year investment, and keeps every other lever but the land intensity', () => {
    const input = JSON.parse(fixtureText('migrations/record-v1.json')) as {
      scenario: { clusters: Record<string, Record<string, number>> };
    };
    const result = migrateRecord(input, PLAN_DATASET);
    if (!result.ok) throw new Error(result.error.message);
    for (const cluster of PLAN_DATASET.clusters) {
      const migrated = result.record.scenario.clusters[cluster.id];
      expect(migrated.baseYearInvestment).toBe(cluster.defaults.baseYearInvestment.value);
      for (const [lever, value] of Object.entries(input.scenario.clusters[cluster.id]!)) {
        if (lever === 'landIntensity' || lever === 'intensityGrowth') continue;
        expect(migrated[lever as keyof typeof migrated]).toBe(value);
      }
    }
    // 2017's industrial investment, split over the industrial clusters; services keep their own estimate.
    const industrial = PLAN_DATASET.clusters.filter((c) => c.measure === 'industrialOutput');
    const sum = industrial.reduce(
      (total, c) => total + result.record.scenario.clusters[c.id].baseYearInvestment,
      0,
    );
    expect(sum).toBeCloseTo(193.2, 10);
  });

  test('from v2, the 2017 land intensity and its growth become the 2020 intensity they reached', () => {
    const input = JSON.parse(fixtureText('migrations/record-v2.json')) as {
      scenario: { clusters: Record<string, Record<string, number>> };
    };
    const result = migrateRecord(input, PLAN_DATASET);
    if (!result.ok) throw new Error(result.error.message);
    const { clusters } = result.record.scenario;
    // 45 growing (60 ÷ 45)^(1/3) − 1 a year for 2018–2020 is the plan's 60; services: 100 × 1.05³.
    expect(input.scenario.clusters['newMaterials']!['intensityGrowth']).toBe((60 / 45) ** (1 / 3) - 1);
    for (const id of ['newMaterials', 'medicineHealth', 'smartManufacturing', 'agriProcessing'] as const) {
      expect(clusters[id].landIntensity).toBe(60);
    }
    expect(clusters.modernServices.landIntensity).toBe(115.7625);
    for (const levers of Object.values(clusters)) expect(levers).not.toHaveProperty('intensityGrowth');
    // It says what it was built from, and gains the links switched off.
    expect(result.record.scenario.reference).toBe('earlyEstimates');
    expect(result.record.scenario.links).toEqual({
      producerServices: { enabled: false, share: 0.05 },
      agriSupply: { enabled: false },
    });
  });

  test('from v2, a reference and links a newer release already wrote are kept', () => {
    const input = JSON.parse(fixtureText('migrations/record-v2.json')) as { scenario: PlainRecord };
    const links = { producerServices: { enabled: true, share: 0.2 }, agriSupply: { enabled: true } };
    input.scenario['reference'] = 'trend';
    input.scenario['links'] = links;
    const result = migrateRecord(input, PLAN_DATASET);
    expect(result.ok && result.record.scenario).toMatchObject({ reference: 'trend', links });
  });

  test('a base-year investment a newer release already wrote into a v1 record is kept', () => {
    const input = JSON.parse(fixtureText('migrations/record-v1.json')) as {
      scenario: { clusters: Record<string, Record<string, number>> };
    };
    input.scenario.clusters['agriProcessing']!['baseYearInvestment'] = 12;
    const result = migrateRecord(input, PLAN_DATASET);
    expect(result.ok && result.record.scenario.clusters.agriProcessing.baseYearInvestment).toBe(12);
  });
});

describe('migrateRecord(, PLAN_DATASET) refuses what it cannot read, never throwing', () => {
  test('a record from a newer app: "made by a newer version of the app; update the app"', () => {
    const result = migrateRecord({ ...baseRecord(), schemaVersion: 7 }, PLAN_DATASET);
    const result7Reason = () => (result.ok ? null : result.reason);
    const error = refusedWith(result);
    expect(error).toMatchObject({
      code: 'newerSchema',
      path: 'schemaVersion',
      params: { schemaVersion: 7, supportedVersion: SCENARIO_SCHEMA_VERSION },
    });
    expect(result7Reason()).toBe('newer');
    expect(error.message).toBe(
      `schemaVersion is 7: the scenario was made by a newer version of the app (this app reads record schema up to ${SCENARIO_SCHEMA_VERSION}); update the app to open it.`,
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
    expect(refusedWith(migrateRecord(record, PLAN_DATASET))).toMatchObject({ code, path: 'schemaVersion' });
  });

  test.each([
    { name: 'null', value: null },
    { name: 'a list', value: [baseRecord()] },
    { name: 'a string', value: 'record' },
    { name: 'undefined', value: undefined },
    { name: 'a function', value: () => 1 },
  ])('a record that is $name', ({ value }) => {
    expect(refusedWith(migrateRecord(value, PLAN_DATASET))).toMatchObject({ code: 'wrongType', path: '' });
  });

  test('a record with a __proto__ key anywhere, without touching any prototype', () => {
    const record = JSON.parse(
      JSON.stringify(baseRecord()).replace('"thresholds":', '"__proto__": {"polluted": true}, "thresholds":'),
    ) as unknown;
    expect(refusedWith(migrateRecord(record, PLAN_DATASET))).toMatchObject({
      code: 'forbiddenKey',
      path: 'scenario.__proto__',
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a cyclic record (IndexedDB can store one) is refused as too deep', () => {
    const record = baseRecord() as unknown as Record<string, unknown>;
    record['self'] = record;
    expect(refusedWith(migrateRecord(record, PLAN_DATASET)).code).toBe('tooDeep');
  });

  test('a record with a field of the wrong type lists every problem with its path', () => {
    const result = migrateRecord({ ...baseRecord(), revision: '3', createdAt: null }, PLAN_DATASET);
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['wrongType', 'createdAt'],
      ['wrongType', 'revision'],
    ]);
  });
});
