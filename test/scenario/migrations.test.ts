import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/scenario/default-scenario';
import {
  SCENARIO_MIGRATIONS,
  SCENARIO_SCHEMA_VERSION,
  migrateScenario,
  type PlainScenario,
  type ScenarioMigration,
} from '../../src/scenario/migrations';

/** The current default scenario as a shape-1 scenario: no base-year investment. */
function shapeOne(): PlainScenario {
  const scenario = structuredClone(defaultScenario(PLAN_DATASET)) as unknown as {
    clusters: Record<string, Record<string, unknown>>;
  };
  for (const levers of Object.values(scenario.clusters)) delete levers['baseYearInvestment'];
  return scenario as unknown as PlainScenario;
}

/** Test steps 1 → 2 → 3 over the real step 1 → 2: the chain mechanics, not the app's steps. */
const chain: ScenarioMigration[] = [
  SCENARIO_MIGRATIONS[0]!,
  {
    from: 2,
    to: 3,
    description: 'test: a note field appears',
    up: (scenario) => ({ ...scenario, 'x-note': `from ${String(scenario['datasetVersion'])}` }),
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
    const result = migrateScenario(shapeOne(), 1, PLAN_DATASET, chain, 3);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    expect((result.scenario as unknown as PlainScenario)['x-note']).toBe(`from ${PLAN_DATASET.version}`);
    expect(result.scenario.clusters.newMaterials.baseYearInvestment).toBe(
      PLAN_DATASET.clusters[0]!.defaults.baseYearInvestment.value,
    );
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
    migrateScenario(input, 1, PLAN_DATASET, chain, 3);
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
