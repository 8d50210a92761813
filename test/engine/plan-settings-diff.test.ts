import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { diffPlanSettings, summarizePlanSettings } from '../../src/engine/plan-settings-diff';
import type { Scenario } from '../../src/scenario/scenario';

const PLAN = defaultScenario(PLAN_DATASET);

describe('summarizePlanSettings()', () => {
  test('a scenario without whole-plan settings sets nothing', () => {
    expect(summarizePlanSettings(PLAN_DATASET, PLAN)).toEqual({
      planProjectsOn: 0,
      customProjects: 0,
      assumptionsChanged: 0,
      trajectoriesEntered: 0,
    });
  });

  test('counts projects on, user projects, changed assumptions and entered indicators', () => {
    const scenario: Scenario = {
      ...PLAN,
      projects: [
        { id: 'glassFibre', enabled: true },
        { id: 'capsules', enabled: false, annualOutput: 3 },
        { id: 'user-1', custom: { name: '新厂', clusterId: 'newMaterials' } },
      ],
      indicators: {
        highTechShareOfNew: { newMaterials: 0.3, agriProcessing: 0.2 }, // 0.3 is the default
        profitMarginOfNew: 0.1,
        trajectories: { highTechEnterprises: { '2020': 50 }, rndIntensity: {} },
      },
    };
    expect(summarizePlanSettings(PLAN_DATASET, scenario)).toEqual({
      planProjectsOn: 1,
      customProjects: 1,
      assumptionsChanged: 2,
      trajectoriesEntered: 1,
    });
  });
});

describe('diffPlanSettings()', () => {
  test('scenarios that set nothing give no rows', () => {
    expect(diffPlanSettings(PLAN_DATASET, [PLAN, structuredClone(PLAN), null], 0)).toEqual([]);
  });

  test('a project on in one column and later in another; an entered value in one only', () => {
    const a: Scenario = { ...PLAN, projects: [{ id: 'glassFibre', enabled: true }] };
    const b: Scenario = {
      ...PLAN,
      projects: [{ id: 'glassFibre', enabled: true, startYear: 2020 }],
      indicators: { trajectories: { highTechEnterprises: { '2020': 45 } } },
    };
    const rows = diffPlanSettings(PLAN_DATASET, [PLAN, a, b], 0);
    expect(rows.map((r) => [r.id, r.values, r.differsFromReference])).toEqual([
      ['project.glassFibre.enabled', [0, 1, 1], [false, true, true]],
      ['project.glassFibre.startYear', [2019, 2019, 2020], [false, false, true]],
      ['trajectory.highTechEnterprises.2020', [null, null, 45], [false, false, true]],
    ]);
  });
});
