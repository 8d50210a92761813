import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { compareScenarios, decomposeDifference, type CompareEntry } from '../../src/engine/compare';
import { summarizeScenario } from '../../src/engine/scenario-summary';
import { createLibraryService } from '../../workers/library-service';

describe('library service', () => {
  test('summarizes each scenario in order, as the engine does', () => {
    const a = defaultScenario(PLAN_DATASET);
    const b = defaultScenario(PLAN_DATASET);
    b.clusters.smartManufacturing.investmentPerYear = 80;
    const service = createLibraryService();
    expect(service.summarize([a, b])).toEqual([
      summarizeScenario(PLAN_DATASET, a),
      summarizeScenario(PLAN_DATASET, b),
    ]);
    expect(service.summarize([])).toEqual([]);
  });

  test('compares columns as the engine does, and its answer survives structured cloning', () => {
    const a = defaultScenario(PLAN_DATASET);
    const b = defaultScenario(PLAN_DATASET);
    b.clusters.newMaterials.growthRate = 0.2;
    const entries: CompareEntry[] = [
      { kind: 'plan' },
      { kind: 'scenario', scenario: a },
      { kind: 'scenario', scenario: b },
    ];
    const comparison = createLibraryService().compare(entries, 0);
    expect(comparison).toEqual(compareScenarios(PLAN_DATASET, entries, 0));
    expect(structuredClone(comparison)).toEqual(comparison);
  });

  test('breaks a difference down as the engine does; the parts add up to the difference', () => {
    const a = defaultScenario(PLAN_DATASET);
    const b = defaultScenario(PLAN_DATASET);
    b.clusters.medicineHealth.investmentPerYear = 70;
    b.clusters.newMaterials.landPace = 2;
    const outcome = createLibraryService().waterfall(a, b);
    expect(outcome).toEqual(decomposeDifference(PLAN_DATASET, a, b));
    if (!outcome.ok) throw new Error('not projectable');
    const parts = Object.values(outcome.waterfall.byGroup).reduce((x, y) => x + y, 0);
    expect(parts).toBeCloseTo(outcome.waterfall.total, 9);
  });

  test('runs on another dataset: a later horizon needs no change', () => {
    const dataset = { ...PLAN_DATASET, horizon: { baseYear: 2017, targetYear: 2025 } };
    const a = defaultScenario(dataset);
    const comparison = createLibraryService(dataset).compare([{ kind: 'scenario', scenario: a }], 0);
    expect(comparison.targetYear).toBe(2025);
    expect(comparison.years).toHaveLength(9);
  });
});
