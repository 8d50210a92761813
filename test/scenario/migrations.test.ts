import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import { defaultScenario } from '../../src/scenario/default-scenario';
import {
  SCENARIO_MIGRATIONS,
  SCENARIO_SCHEMA_VERSION,
  migrateScenario,
  type PlainScenario,
  type ScenarioMigration,
} from '../../src/scenario/migrations';
import { migratedAsDocumented } from '../fixtures/release-0.1.0';

/** The scenario of a golden record of shape `version` (test/scenario-format/fixtures/migrations), without its note. */
function goldenScenario(version: number): PlainScenario {
  const url = new URL(`../scenario-format/fixtures/migrations/record-v${version}.json`, import.meta.url);
  const { scenario } = JSON.parse(readFileSync(url, 'utf8')) as { scenario: PlainScenario };
  delete scenario['x-note'];
  return scenario;
}

/** A shape-1 scenario: the default of release 0.1.0, as it wrote it (no base-year investment, intensity growth). */
const shapeOne = (): PlainScenario => goldenScenario(1);
/** A shape-2 scenario: the default of release 0.2.0, as it wrote it. */
const shapeTwo = (): PlainScenario => goldenScenario(2);

/** The app's steps 1 → 2 → 3, and a test step 3 → 4: the chain mechanics, not a step of the app. */
const chain: ScenarioMigration[] = [
  ...SCENARIO_MIGRATIONS,
  {
    from: 3,
    to: 4,
    description: 'test: a note field appears',
    up: (scenario) => ({ ...scenario, 'x-note': `from ${String(scenario['reference'])}` }),
  },
];

describe('migrateScenario(): steps as data', () => {
  test('the app ships one step per shape version, in order, up to the current one', () => {
    expect(SCENARIO_MIGRATIONS.map((step) => [step.from, step.to])).toEqual(
      Array.from({ length: SCENARIO_SCHEMA_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
    for (const step of SCENARIO_MIGRATIONS) expect(step.description.length).toBeGreaterThan(20);
  });

  test('runs every step from the given version, once each, and checks the result with the schema', () => {
    const result = migrateScenario(shapeOne(), 1, PLAN_DATASET, chain, 4);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    // The test step ran after the app's 2 → 3, which set the reference.
    expect((result.scenario as unknown as PlainScenario)['x-note']).toBe('from earlyEstimates');
    expect(result.scenario.clusters.newMaterials.baseYearInvestment).toBe(
      PLAN_DATASET.clusters[0]!.defaults.baseYearInvestment.value,
    );
    const fromTwo = migrateScenario(shapeTwo(), 2, PLAN_DATASET, chain, 4);
    expect(fromTwo).toMatchObject({ ok: true, migratedFrom: 2 });
  });

  test('each of the app’s steps gives the documented mapping, from every older shape', () => {
    for (const [version, input] of [
      [1, shapeOne()],
      [2, shapeTwo()],
    ] as const) {
      const result = migrateScenario(input, version, PLAN_DATASET);
      expect(result).toEqual({
        ok: true,
        scenario: migratedAsDocumented(input, version, PLAN_DATASET),
        migratedFrom: version,
      });
    }
  });

  test('a current scenario is only checked, and its copy returned', () => {
    const input = defaultScenario(PLAN_DATASET);
    const result = migrateScenario(input, SCENARIO_SCHEMA_VERSION, PLAN_DATASET);
    expect(result).toEqual({ ok: true, scenario: input, migratedFrom: null });
    expect(result.ok && result.scenario).not.toBe(input);
  });

  test('never changes its input, even with steps that change theirs in place', () => {
    const input = shapeOne();
    const before = structuredClone(input);
    migrateScenario(input, 1, PLAN_DATASET, chain, 4);
    expect(input).toEqual(before);
  });

  test.each([
    { name: 'missing', version: undefined, code: 'missingField', reason: 'invalid' },
    { name: 'text', version: '1', code: 'wrongType', reason: 'invalid' },
    { name: 'zero', version: 0, code: 'outOfRange', reason: 'invalid' },
    { name: 'a fraction', version: 1.5, code: 'outOfRange', reason: 'invalid' },
    { name: 'NaN', version: Number.NaN, code: 'notFinite', reason: 'invalid' },
    {
      name: 'newer than this release',
      version: SCENARIO_SCHEMA_VERSION + 1,
      code: 'newerSchema',
      reason: 'newer',
    },
  ])('a version that is $name is refused ($code)', ({ version, code, reason }) => {
    const result = migrateScenario(shapeOne(), version, PLAN_DATASET);
    expect(result).toMatchObject({ ok: false, reason, issues: [{ code }] });
  });

  test('a step that throws fails with its message; a missing step fails; neither throws', () => {
    const failing: ScenarioMigration[] = [
      {
        from: 1,
        to: 2,
        description: 'test: fails',
        up: () => {
          throw new Error('disk on fire');
        },
      },
    ];
    expect(migrateScenario(shapeOne(), 1, PLAN_DATASET, failing, 2)).toMatchObject({
      ok: false,
      reason: 'failed',
      issues: [{ code: 'migrationFailed', params: { fromVersion: 1, toVersion: 2, detail: 'disk on fire' } }],
    });
    expect(migrateScenario(shapeOne(), 1, PLAN_DATASET, [], 2)).toMatchObject({
      ok: false,
      reason: 'failed',
      issues: [{ code: 'migrationFailed', params: { fromVersion: 1, toVersion: 2 } }],
    });
  });

  test('a migrated scenario the schema refuses is reported with the field, never returned', () => {
    const input = shapeOne() as { clusters: Record<string, Record<string, unknown>> };
    input.clusters['newMaterials']!['growthRate'] = 42;
    const result = migrateScenario(input, 1, PLAN_DATASET);
    expect(result).toMatchObject({
      ok: false,
      reason: 'failed',
      issues: [{ code: 'outOfRange', path: 'clusters.newMaterials.growthRate' }],
    });
  });

  test('a __proto__ key is refused before any step sees the data', () => {
    const input = JSON.parse(
      JSON.stringify(shapeOne()).replace('"thresholds":', '"__proto__":{"polluted":true},"thresholds":'),
    ) as unknown;
    expect(migrateScenario(input, 1, PLAN_DATASET)).toMatchObject({
      ok: false,
      issues: [{ code: 'forbiddenKey', path: '__proto__' }],
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('the 2 → 3 step: one land intensity per cluster, the reference and the links', () => {
  const step = SCENARIO_MIGRATIONS.find((candidate) => candidate.from === 2)!;
  /** Run the step alone on a copy of a shape-2 scenario changed by `change`. */
  const up = (
    change: (scenario: { clusters: Record<string, Record<string, unknown>> } & PlainScenario) => void,
  ) => {
    const input = shapeTwo() as { clusters: Record<string, Record<string, unknown>> } & PlainScenario;
    change(input);
    return step.up(structuredClone(input), PLAN_DATASET) as {
      clusters: Record<string, Record<string, unknown>>;
      uncertainty?: { clusters: Record<string, Record<string, { low: number; high: number }>> };
    } & PlainScenario;
  };

  test('writes shape 3 and says what it does', () => {
    expect(step.to).toBe(3);
    expect(step.description).toContain('intensityGrowth');
  });

  test('the default of 0.1–0.2, migrated, is the early-estimates reference: the scenarios saved then were built from it', () => {
    const result = migrateScenario(shapeTwo(), 2, PLAN_DATASET);
    expect(result.ok && result.scenario).toEqual({
      ...referenceScenario(PLAN_DATASET, 'earlyEstimates'),
      datasetVersion: shapeTwo()['datasetVersion'],
    });
  });

  test('the land intensity grows by (1 + intensityGrowth)³, to 12 significant digits', () => {
    const migrated = up((s) => {
      s.clusters['newMaterials']!['landIntensity'] = 50;
      s.clusters['newMaterials']!['intensityGrowth'] = 0.1; // 50 × 1.331 = 66.55
      s.clusters['medicineHealth']!['intensityGrowth'] = 0; // unchanged
      s.clusters['smartManufacturing']!['landIntensity'] = 80;
      s.clusters['smartManufacturing']!['intensityGrowth'] = -0.5; // 80 × 0.125 = 10
      s.clusters['agriProcessing']!['landIntensity'] = 10;
      s.clusters['agriProcessing']!['intensityGrowth'] = 1 / 3; // 10 × (4/3)³ = 23.7037037037…
    });
    expect(migrated.clusters['newMaterials']!['landIntensity']).toBe(66.55);
    expect(migrated.clusters['medicineHealth']!['landIntensity']).toBe(45);
    expect(migrated.clusters['smartManufacturing']!['landIntensity']).toBe(10);
    expect(migrated.clusters['agriProcessing']!['landIntensity']).toBe(23.7037037037);
    for (const levers of Object.values(migrated.clusters))
      expect(levers).not.toHaveProperty('intensityGrowth');
  });

  test('an intensity beyond the lever’s range stops at its end (1–500)', () => {
    const migrated = up((s) => {
      s.clusters['newMaterials']!['landIntensity'] = 400;
      s.clusters['newMaterials']!['intensityGrowth'] = 0.5; // 1350
      s.clusters['medicineHealth']!['landIntensity'] = 4;
      s.clusters['medicineHealth']!['intensityGrowth'] = -0.5; // 0.5
    });
    expect(migrated.clusters['newMaterials']!['landIntensity']).toBe(500);
    expect(migrated.clusters['medicineHealth']!['landIntensity']).toBe(1);
    expect(migrateScenario(migrated, 3, PLAN_DATASET).ok).toBe(true);
  });

  test('a value the release before refused is never carried over: an intensity out of 1–500 is refused with its path', () => {
    const bad = shapeTwo() as { clusters: Record<string, Record<string, unknown>> } & PlainScenario;
    bad.clusters['newMaterials']!['landIntensity'] = 1e308;
    const result = migrateScenario(bad, 2, PLAN_DATASET);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path])).toContainEqual([
      'outOfRange',
      'clusters.newMaterials.landIntensity',
    ]);
  });

  test.each([['x'], [5], [Number.NaN]])(
    'an intensity growth of %s fails the step, naming the field and the old range',
    (growth) => {
      const bad = shapeTwo() as { clusters: Record<string, Record<string, unknown>> } & PlainScenario;
      bad.clusters['agriProcessing']!['intensityGrowth'] = growth;
      const result = migrateScenario(bad, 2, PLAN_DATASET);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason).toBe('failed');
      expect(result.issues[0]!.message).toContain('clusters.agriProcessing.intensityGrowth');
    },
  );

  test('a range on intensity growth goes; a range on land intensity scales with the value, so it still holds it', () => {
    const migrated = up((s) => {
      s['uncertainty'] = {
        clusters: {
          newMaterials: {
            landIntensity: { low: 30, high: 90, distribution: 'uniform' },
            intensityGrowth: { low: 0, high: 0.2, distribution: 'triangular' },
            growthRate: { low: 0.05, high: 0.1, distribution: 'normal' },
          },
          modernServices: { intensityGrowth: { low: 0, high: 0.1, distribution: 'uniform' } },
        },
        trials: 1000,
        seed: 7,
      };
    });
    // The default growth makes 45 into 60: the range scales by 60/45, to 12 significant digits.
    const { newMaterials, modernServices } = migrated.uncertainty!.clusters;
    expect(newMaterials).toEqual({
      landIntensity: { low: 40, high: 120, distribution: 'uniform' },
      growthRate: { low: 0.05, high: 0.1, distribution: 'normal' },
    });
    expect(Object.keys(modernServices ?? {})).toEqual([]);
    const result = migrateScenario(migrated, 3, PLAN_DATASET);
    expect(result.ok).toBe(true);
  });

  test('sets the reference and links only where absent, and keeps fields it does not know', () => {
    const fresh = up((s) => {
      s['x-from'] = 'WPS';
    });
    expect(fresh['reference']).toBe('earlyEstimates');
    expect(fresh['links']).toEqual({
      producerServices: { enabled: false, share: PLAN_DATASET.links!.producerServicesShare.value },
      agriSupply: { enabled: false },
    });
    expect(PLAN_DATASET.links!.producerServicesShare.value).toBe(0.05);
    expect(fresh['x-from']).toBe('WPS');
    const links = { producerServices: { enabled: true, share: 0.3 }, agriSupply: { enabled: true } };
    const kept = up((s) => {
      s['reference'] = 'planPath';
      s['links'] = links;
    });
    expect(kept).toMatchObject({ reference: 'planPath', links });
  });

  test('the result is a scenario of the current shape the schema accepts, for the 0.2.0 default and a moved one', () => {
    const moved = up((s) => {
      s.clusters['modernServices']!['intensityGrowth'] = 0.24;
    });
    expect(moved.clusters['modernServices']!['landIntensity']).toBe(
      Number((100 * 1.24 ** 3).toPrecision(12)),
    );
    expect(migrateScenario(moved, SCENARIO_SCHEMA_VERSION, PLAN_DATASET).ok).toBe(true);
    expect(
      migrateScenario(
        up(() => undefined),
        SCENARIO_SCHEMA_VERSION,
        PLAN_DATASET,
      ).ok,
    ).toBe(true);
  });
});
