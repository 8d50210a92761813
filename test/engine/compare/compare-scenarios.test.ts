import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { LEVERS } from '../../../src/data/levers';
import { project, type Scenario } from '../../../src/engine';
import {
  compareScenarios,
  type CompareEntry,
  type Comparison,
  type OutcomeRow,
} from '../../../src/engine/compare';
import { DEFAULT_SCENARIO, targetOf, withCluster, withScenario } from '../scenario-fixtures';

const PLAN: CompareEntry = { kind: 'plan' };
const of = (scenario: Scenario): CompareEntry => ({ kind: 'scenario', scenario });
const row = (comparison: Comparison, id: string): OutcomeRow => {
  const found = comparison.outcomes.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
};
const values = (comparison: Comparison, id: string) => row(comparison, id).cells.map((c) => c.value);

const FAST = withCluster('newMaterials', { growthRate: 0.25 });
const INVEST = withCluster('smartManufacturing', { investmentPerYear: 80 });

describe('compareScenarios()', () => {
  const comparison = compareScenarios(PLAN_DATASET, [PLAN, of(DEFAULT_SCENARIO), of(FAST), of(INVEST)], 1);
  const projections = [DEFAULT_SCENARIO, FAST, INVEST].map((s) => project(PLAN_DATASET, s));

  test('lists outputs, then attainment and gap per target, in a fixed order', () => {
    expect(comparison.outcomes.map((r) => r.id)).toEqual([
      'output.newMaterials',
      'output.medicineHealth',
      'output.smartManufacturing',
      'output.agriProcessing',
      'output.industrialOutput',
      'output.serviceRevenue',
      'output.outputIntensity',
      ...[
        'newMaterials',
        'medicineHealth',
        'smartManufacturing',
        'agriProcessing',
        'modernServices',
        'industrialOutput',
        'outputIntensity',
      ].flatMap((id) => [`attainment.${id}`]),
      ...[
        'newMaterials',
        'medicineHealth',
        'smartManufacturing',
        'agriProcessing',
        'modernServices',
        'industrialOutput',
        'outputIntensity',
      ].map((id) => `gap.${id}`),
    ]);
  });

  test('scenario columns hold the engine’s own numbers', () => {
    projections.forEach((p, i) => {
      const column = i + 1;
      const last = p.zone[p.zone.length - 1]!;
      expect(values(comparison, 'output.newMaterials')[column]).toBe(targetOf(p, 'newMaterials').projected);
      expect(values(comparison, 'output.industrialOutput')[column]).toBe(last.industrialOutput);
      expect(values(comparison, 'output.serviceRevenue')[column]).toBe(last.serviceRevenue);
      expect(values(comparison, 'output.outputIntensity')[column]).toBe(last.outputIntensity);
      for (const t of p.targets) {
        const cell = row(comparison, `attainment.${t.id}`).cells[column]!;
        expect(cell).toMatchObject({ value: t.attainment, status: t.status, target: t.target });
        expect(row(comparison, `gap.${t.id}`).cells[column]!.value).toBe(t.gap);
      }
    });
  });

  test('the plan’s column holds the targets: attainment 100 %, gap 0, no status', () => {
    expect(values(comparison, 'output.newMaterials')[0]).toBe(250);
    expect(values(comparison, 'output.industrialOutput')[0]).toBe(600);
    expect(values(comparison, 'output.serviceRevenue')[0]).toBe(100);
    expect(values(comparison, 'output.outputIntensity')[0]).toBe(60);
    expect(row(comparison, 'attainment.industrialOutput').cells[0]).toMatchObject({ value: 1, status: null });
    expect(values(comparison, 'gap.medicineHealth')[0]).toBe(0);
  });

  test('deltas are value − reference, and relative to |reference| for outputs only', () => {
    for (const r of comparison.outcomes) {
      const reference = r.cells[1]!.value!;
      expect(r.cells[1]!.delta).toBeNull();
      r.cells.forEach((cell, index) => {
        if (index === 1) return;
        expect(cell.delta!.absolute).toBe(cell.value! - reference);
        if (r.kind === 'output')
          expect(cell.delta!.relative).toBe((cell.value! - reference) / Math.abs(reference));
        else expect(cell.delta!.relative).toBeNull();
      });
    }
    // The scenario with more investment makes more intelligent-manufacturing output: a positive delta.
    expect(row(comparison, 'output.smartManufacturing').cells[3]!.delta!.absolute).toBeGreaterThan(0);
  });

  test('against the plan, deltas are distances from the targets', () => {
    const vsPlan = compareScenarios(PLAN_DATASET, [PLAN, of(DEFAULT_SCENARIO)], 0);
    const zone = targetOf(projections[0]!, 'industrialOutput');
    expect(row(vsPlan, 'output.industrialOutput').cells[1]!.delta!.absolute).toBe(zone.projected - 600);
    expect(row(vsPlan, 'attainment.industrialOutput').cells[1]!.delta!.absolute).toBe(zone.attainment - 1);
  });

  test('without a reference there are no deltas', () => {
    const none = compareScenarios(PLAN_DATASET, [of(FAST), of(INVEST)], -1);
    expect(none.outcomes.every((r) => r.cells.every((c) => c.delta === null))).toBe(true);
    expect(none.assumptions.every((r) => r.differsFromReference.every((d) => !d))).toBe(true);
  });

  test('a scenario outside the ranges is reported with its issues and leaves its cells empty', () => {
    const bad = withCluster('medicineHealth', { landPace: 9 });
    const c = compareScenarios(PLAN_DATASET, [of(bad), of(DEFAULT_SCENARIO)], 0);
    expect(c.columns[0]).toMatchObject({ kind: 'invalid' });
    if (c.columns[0]!.kind === 'invalid')
      expect(c.columns[0]!.issues[0]!.path).toBe('clusters.medicineHealth.landPace');
    expect(c.outcomes.every((r) => r.cells[0]!.value === null && r.cells[1]!.delta === null)).toBe(true);
  });

  test('flags a scenario made with another dataset version and still projects it', () => {
    const older = withScenario({ datasetVersion: '2018-2020.0' });
    const c = compareScenarios(PLAN_DATASET, [of(older), of(DEFAULT_SCENARIO)], 0);
    expect(c.columns[0]).toMatchObject({ kind: 'projected', otherDataset: '2018-2020.0' });
    expect(c.columns[1]).toMatchObject({ kind: 'projected', otherDataset: null });
  });

  test('counts the targets each scenario meets', () => {
    const column = comparison.columns[1]!;
    expect(column.kind === 'projected' && [column.targetsOnTrack, column.targetsTotal]).toEqual([
      projections[0]!.targets.filter((t) => t.status === 'onTrack').length,
      7,
    ]);
  });

  test('a scenario’s own reading of a target is the target its attainment uses', () => {
    const reading300 = withScenario({ conflictChoices: { newMaterialsTarget: 1 } });
    const c = compareScenarios(PLAN_DATASET, [PLAN, of(reading300)], 0);
    expect(row(c, 'attainment.newMaterials').cells.map((cell) => cell.target)).toEqual([250, 300]);
  });

  test.each([[-2], [4], [0.5]])('refuses reference index %d', (index) => {
    expect(() => compareScenarios(PLAN_DATASET, [PLAN, of(FAST), of(INVEST)], index)).toThrow(RangeError);
  });
});

describe('assumption rows of a comparison', () => {
  const comparison = compareScenarios(PLAN_DATASET, [PLAN, of(DEFAULT_SCENARIO), of(FAST), of(INVEST)], 1);

  test('every lever of every cluster, other industry, the model’s conflicts and the thresholds', () => {
    expect(comparison.assumptions).toHaveLength(5 * LEVERS.length + 1 + 3 + 3 + 2);
    expect(comparison.assumptions.map((r) => r.id).slice(-9)).toEqual([
      'otherIndustryGrowth',
      'link.producerServices.enabled',
      'link.producerServices.share',
      'link.agriSupply.enabled',
      'conflict.newMaterialsTarget',
      'conflict.industrialOutput2017',
      'conflict.otherIndustryIn600',
      'threshold.onTrack',
      'threshold.atRisk',
    ]);
  });

  test('marks exactly the rows whose values differ between scenarios; the plan has no values', () => {
    const differing = comparison.assumptions.filter((r) => r.differs).map((r) => r.id);
    expect(differing).toEqual([
      'lever.newMaterials.growthRate',
      'lever.smartManufacturing.investmentPerYear',
    ]);
    expect(comparison.assumptions.every((r) => r.values[0] === null && !r.differsFromReference[0])).toBe(
      true,
    );
    const growth = comparison.assumptions.find((r) => r.id === 'lever.newMaterials.growthRate')!;
    expect(growth.values).toEqual([null, 0.05, 0.25, 0.05]);
    expect(growth.differsFromReference).toEqual([false, false, true, false]);
  });

  test('conflict rows hold the reading index used, the default when none was chosen', () => {
    const c = compareScenarios(
      PLAN_DATASET,
      [of(DEFAULT_SCENARIO), of(withScenario({ conflictChoices: { industrialOutput2017: 1 } }))],
      0,
    );
    const reading = c.assumptions.find((r) => r.id === 'conflict.industrialOutput2017')!;
    expect(reading.values).toEqual([0, 1]);
    expect(reading.differs).toBe(true);
  });

  test('a chosen reading of an indicator the model does not use gets a row too', () => {
    const c = compareScenarios(
      PLAN_DATASET,
      [of(DEFAULT_SCENARIO), of(withScenario({ conflictChoices: { techEnterprisesTarget: 1 } }))],
      0,
    );
    expect(c.assumptions.find((r) => r.id === 'conflict.techEnterprisesTarget')?.differs).toBe(true);
  });

  test('values equal up to rounding noise do not count as different', () => {
    const noisy = withCluster('newMaterials', { growthRate: 0.05 + 1e-17 });
    const c = compareScenarios(PLAN_DATASET, [of(DEFAULT_SCENARIO), of(noisy)], 0);
    expect(c.assumptions.some((r) => r.differs)).toBe(false);
  });
});
