import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { LEVERS } from '../../src/data/levers';
import { ScenarioValidationError, assertValidScenario, project } from '../../src/engine';
import type { Issue } from '../../src/scenario/issues';
import { validateScenario } from '../../src/scenario/schema';
import type { Scenario } from '../../src/scenario/scenario';
import { DEFAULT_SCENARIO, withCluster, withScenario } from './scenario-fixtures';

/** The allowed range an issue names (outOfRange), or null. */
function rangeOf(issue: Issue): { min: number; max: number; integer: boolean } | null {
  return issue.code === 'outOfRange' ? issue.params : null;
}

/** A scenario with an arbitrary (possibly ill-typed) value at a lever, as an import or a bug might give. */
function withLeverValue(clusterId: string, leverId: string, value: unknown): Scenario {
  const clusters = structuredClone(DEFAULT_SCENARIO.clusters) as Record<string, Record<string, unknown>>;
  clusters[clusterId]![leverId] = value;
  return { ...DEFAULT_SCENARIO, clusters } as unknown as Scenario;
}

/** The issues project() refuses a scenario with; fails the test if it does not throw. */
function refusal(scenario: Scenario): readonly Issue[] {
  try {
    project(PLAN_DATASET, scenario);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioValidationError);
    return (error as ScenarioValidationError).issues;
  }
  throw new Error('project() accepted an invalid scenario');
}

describe('valid scenarios', () => {
  test('validateScenario() finds nothing wrong with the default scenario', () => {
    expect(validateScenario(DEFAULT_SCENARIO, PLAN_DATASET)).toEqual([]);
    expect(() => assertValidScenario(DEFAULT_SCENARIO, PLAN_DATASET)).not.toThrow();
  });

  test.each(
    LEVERS.flatMap((lever) => [
      { leverId: lever.id, value: lever.min },
      { leverId: lever.id, value: lever.max },
    ]),
  )('validateScenario() accepts $leverId at the edge of its range ($value)', ({ leverId, value }) => {
    expect(validateScenario(withCluster('newMaterials', { [leverId]: value }), PLAN_DATASET)).toEqual([]);
  });

  test('validateScenario() ignores a choice for a conflict the dataset does not have', () => {
    expect(validateScenario(withScenario({ conflictChoices: { noSuchConflict: 7 } }), PLAN_DATASET)).toEqual(
      [],
    );
  });
});

describe('invalid input refused', () => {
  test.each([
    { name: 'NaN growth', leverId: 'growthRate', value: Number.NaN, min: -0.5, max: 3 },
    { name: 'infinite growth', leverId: 'growthRate', value: Number.POSITIVE_INFINITY, min: -0.5, max: 3 },
    { name: 'growth of −100 %', leverId: 'growthRate', value: -1, min: -0.5, max: 3 },
    { name: 'growth below −100 %', leverId: 'growthRate', value: -1.5, min: -0.5, max: 3 },
    {
      name: 'growth just below the lever minimum −50 %',
      leverId: 'growthRate',
      value: -0.5001,
      min: -0.5,
      max: 3,
    },
    { name: 'growth above 300 %', leverId: 'growthRate', value: 3.01, min: -0.5, max: 3 },
    { name: 'negative land pace', leverId: 'landPace', value: -0.1, min: 0, max: 3 },
    { name: 'lag of 3 years', leverId: 'lagYears', value: 3, min: 0, max: 2 },
    { name: 'lag of 1.5 years', leverId: 'lagYears', value: 1.5, min: 0, max: 2 },
    { name: 'ramp-up of 120 %', leverId: 'rampUpShare', value: 1.2, min: 0, max: 1 },
    { name: 'negative investment', leverId: 'investmentPerYear', value: -1, min: 0, max: 300 },
    { name: 'zero land intensity', leverId: 'landIntensity', value: 0, min: 1, max: 500 },
    { name: 'a string value', leverId: 'growthRate', value: '0.1', min: -0.5, max: 3 },
    { name: 'a null value', leverId: 'outputPerInvestment', value: null, min: 0, max: 5 },
    { name: 'a missing value', leverId: 'landPace', value: undefined, min: 0, max: 3 },
  ])('project() refuses $name, naming the field and its range', ({ leverId, value, min, max }) => {
    const issues = refusal(withLeverValue('newMaterials', leverId, value));
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.path).toBe(`clusters.newMaterials.${leverId}`);
    expect(issue.message).toContain(`clusters.newMaterials.${leverId}`);
    if (typeof value === 'number' && Number.isFinite(value)) {
      expect(issue.code).toBe('outOfRange');
      expect(rangeOf(issue)).toMatchObject({ min, max });
      expect(issue.message).toContain(`from ${min} to ${max}`);
    } else if (typeof value === 'number') {
      expect(issue.code).toBe('notFinite');
    } else {
      expect(issue.code).toBe(value === undefined ? 'missingField' : 'wrongType');
    }
  });

  test('project() refuses a lag that is not a whole number and says so', () => {
    const [issue] = refusal(withLeverValue('newMaterials', 'lagYears', 1.5));
    expect(issue!.path).toBe('clusters.newMaterials.lagYears');
    expect(rangeOf(issue!)?.integer).toBe(true);
    expect(issue!.message).toContain('whole number');
  });

  test('project() refuses a scenario with a cluster missing, naming the cluster', () => {
    const clusters: Record<string, unknown> = { ...DEFAULT_SCENARIO.clusters };
    delete clusters.modernServices;
    const issues = refusal({ ...DEFAULT_SCENARIO, clusters } as unknown as Scenario);
    expect(issues.map((i) => [i.code, i.path])).toEqual([['missingField', 'clusters.modernServices']]);
  });

  test('project() refuses a cluster with one lever missing, naming the lever', () => {
    const issues = refusal(withLeverValue('agriProcessing', 'landPace', undefined));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['missingField', 'clusters.agriProcessing.landPace'],
    ]);
    expect(LEVERS.some((lever) => lever.id === 'landPace')).toBe(true);
  });

  test.each([
    {
      name: 'other-industry growth of −100 %',
      changes: { otherIndustryGrowth: -1 },
      path: 'otherIndustryGrowth',
      min: -0.5,
      max: 2,
    },
    {
      name: 'NaN other-industry growth',
      changes: { otherIndustryGrowth: Number.NaN },
      path: 'otherIndustryGrowth',
      min: -0.5,
      max: 2,
    },
    {
      name: 'a conflict reading that does not exist',
      changes: { conflictChoices: { newMaterialsTarget: 2 } },
      path: 'conflictChoices.newMaterialsTarget',
      min: 0,
      max: 1,
    },
    {
      name: 'a negative conflict reading',
      changes: { conflictChoices: { industrialOutput2017: -1 } },
      path: 'conflictChoices.industrialOutput2017',
      min: 0,
      max: 1,
    },
    {
      name: 'a fractional conflict reading',
      changes: { conflictChoices: { newMaterialsTarget: 0.5 } },
      path: 'conflictChoices.newMaterialsTarget',
      min: 0,
      max: 1,
    },
    {
      name: 'a conflict reading given as a string',
      changes: { conflictChoices: { newMaterialsTarget: '1' } },
      path: 'conflictChoices.newMaterialsTarget',
      min: 0,
      max: 1,
    },
    {
      name: 'an at-risk threshold above the on-track threshold',
      changes: { thresholds: { onTrack: 0.9, atRisk: 0.95 } },
      path: 'thresholds.atRisk',
      min: 0.5,
      max: 0.9,
    },
    {
      name: 'an on-track threshold above 150 %',
      changes: { thresholds: { onTrack: 1.6, atRisk: 0.9 } },
      path: 'thresholds.onTrack',
      min: 0.5,
      max: 1.5,
    },
    {
      name: 'an at-risk threshold below 50 %',
      changes: { thresholds: { onTrack: 1, atRisk: 0.4 } },
      path: 'thresholds.atRisk',
      min: 0.5,
      max: 1,
    },
  ])('project() refuses $name, naming $path and its range', ({ changes, path, min, max }) => {
    const issues = refusal(withScenario(changes as Partial<Scenario>));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toContain(path);
    const range = rangeOf(issues[0]!);
    // A value of the wrong type is named as such; a number out of range with its range.
    if (range !== null) expect(range).toMatchObject({ min, max });
    else expect(['wrongType', 'notFinite']).toContain(issues[0]!.code);
  });

  test('project() lists every problem of a scenario at once', () => {
    let scenario = withCluster('newMaterials', { growthRate: Number.NaN, lagYears: 3 });
    scenario = withCluster('agriProcessing', { rampUpShare: 1.2 }, scenario);
    scenario = withScenario({ thresholds: { onTrack: 1, atRisk: 1.1 } }, scenario);
    const paths = refusal(scenario).map((i) => i.path);
    expect(paths).toEqual([
      'clusters.newMaterials.growthRate',
      'clusters.newMaterials.lagYears',
      'clusters.agriProcessing.rampUpShare',
      'thresholds.atRisk',
    ]);
  });
});

describe('garbage input', () => {
  const garbage: { name: string; scenario: unknown }[] = [
    { name: 'null', scenario: null },
    { name: 'undefined', scenario: undefined },
    { name: 'a number', scenario: 42 },
    { name: 'a string', scenario: 'scenario' },
    { name: 'an empty array', scenario: [] },
    { name: 'an empty object', scenario: {} },
    {
      name: 'null fields',
      scenario: { clusters: null, otherIndustryGrowth: null, conflictChoices: null, thresholds: null },
    },
    {
      name: 'array fields',
      scenario: { clusters: [], otherIndustryGrowth: [], conflictChoices: [3], thresholds: [] },
    },
    {
      name: 'clusters of null',
      scenario: { ...DEFAULT_SCENARIO, clusters: { newMaterials: null, medicineHealth: [] } },
    },
    { name: 'string thresholds', scenario: { ...DEFAULT_SCENARIO, thresholds: 'high' } },
    {
      name: 'a NaN on-track threshold',
      scenario: { ...DEFAULT_SCENARIO, thresholds: { onTrack: Number.NaN, atRisk: 0.9 } },
    },
    {
      name: 'a conflict choice of null',
      scenario: { ...DEFAULT_SCENARIO, conflictChoices: { newMaterialsTarget: null } },
    },
  ];

  test.each(garbage)('validateScenario() reports $name as issues without throwing', ({ scenario }) => {
    let issues: Issue[] = [];
    expect(() => {
      issues = validateScenario(scenario as Scenario, PLAN_DATASET);
    }).not.toThrow();
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.path, issue.message).toMatch(
        /^(|datasetVersion|reference|links(\.\w+){0,2}|clusters(\.\w+){0,2}|otherIndustryGrowth|thresholds(\.\w+)?|conflictChoices(\.\w+)?)$/,
      );
      expect(issue.message.length).toBeGreaterThan(10);
      const range = rangeOf(issue);
      if (range !== null) expect(range.min, issue.path).toBeLessThanOrEqual(range.max);
    }
  });

  test.each(garbage)('project() refuses $name with a ScenarioValidationError', ({ scenario }) => {
    expect(() => project(PLAN_DATASET, scenario as Scenario)).toThrow(ScenarioValidationError);
  });
});
