import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { project } from '../../src/engine/project';
import { summarizeScenario } from '../../src/engine/scenario-summary';
import { referenceScenario } from '../../src/engine/reference-scenarios';

describe('summarizeScenario()', () => {
  test('a reference scenario differs in nothing from itself and heads with the engine’s zone output', () => {
    const scenario = referenceScenario(PLAN_DATASET, 'planPath');
    const summary = summarizeScenario(PLAN_DATASET, scenario);
    const zone = project(PLAN_DATASET, scenario).targets.find((t) => t.id === 'industrialOutput')!;
    expect(summary.differences).toEqual([]);
    const result = project(PLAN_DATASET, scenario);
    expect(summary.headline).toEqual({
      industrialOutput: zone.projected,
      attainment: zone.attainment,
      targetsOnTrack: result.targets.filter((t) => t.status === 'onTrack').length,
      targetsTotal: 7,
    });
  });

  test('lists every changed lever with its reference’s value, the other-industry growth, links, conflicts and thresholds', () => {
    const scenario = defaultScenario(PLAN_DATASET, 'projectBacked');
    scenario.projects = referenceScenario(PLAN_DATASET, 'projectBacked').projects!;
    scenario.clusters.newMaterials.growthRate = 0.3;
    scenario.clusters.agriProcessing.lagYears = 2;
    scenario.otherIndustryGrowth = 0.1;
    scenario.links = { ...scenario.links, agriSupply: { enabled: false } };
    scenario.conflictChoices = { newMaterialsTarget: 1 };
    scenario.thresholds = { onTrack: 1, atRisk: 0.8 };
    expect(summarizeScenario(PLAN_DATASET, scenario).differences).toEqual([
      { kind: 'lever', clusterId: 'newMaterials', leverId: 'growthRate', value: 0.3, reference: 0.05 },
      { kind: 'lever', clusterId: 'agriProcessing', leverId: 'lagYears', value: 2, reference: 1 },
      { kind: 'otherIndustryGrowth', value: 0.1, reference: 0.05 },
      { kind: 'link', linkId: 'agriSupply', enabled: false },
      { kind: 'conflict', conflictId: 'newMaterialsTarget', reading: 1 },
      { kind: 'thresholds', onTrack: 1, atRisk: 0.8 },
    ]);
  });

  test('a scenario the dataset cannot project has no headline and names the invalid fields', () => {
    const scenario = defaultScenario(PLAN_DATASET);
    scenario.clusters.medicineHealth.lagYears = 5;
    const summary = summarizeScenario(PLAN_DATASET, scenario);
    expect(summary.headline).toBeNull();
    expect(summary.invalidFields).toEqual(['clusters.medicineHealth.lagYears']);
  });
});
