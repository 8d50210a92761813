import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project, type Scenario } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { planOverview } from '../../src/engine/plan-overview';
import { createProjectionService } from '../../workers/projection-service';

describe('the projection worker explains each projection for the whole-plan views', () => {
  test('project() replies with the plan overview of the same scenario when asked, cloneable', () => {
    const scenario: Scenario = {
      ...defaultScenario(PLAN_DATASET),
      projects: [{ id: 'glassFibre', enabled: true }],
      indicators: { trajectories: { highTechEnterprises: { '2020': 50 } } },
    };
    const reply = createProjectionService().project(scenario, { overview: true });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.result).toEqual(project(PLAN_DATASET, scenario));
    expect(reply.plan).toEqual(planOverview(PLAN_DATASET, scenario, reply.result));
    expect(structuredClone(reply)).toEqual(reply);
  });

  test('without being asked, project() leaves the overview out (it costs a projection per project)', () => {
    const reply = createProjectionService().project(defaultScenario(PLAN_DATASET));
    expect(reply).toMatchObject({ ok: true });
    expect(reply.ok && 'plan' in reply).toBe(false);
  });

  test('an invalid project setting is refused with its path, like any other field', () => {
    const scenario: Scenario = {
      ...defaultScenario(PLAN_DATASET),
      projects: [{ id: 'glassFibre', startYear: 1999 }],
    };
    const reply = createProjectionService().project(scenario);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.issues.map((i) => i.path)).toEqual(['projects[0].startYear']);
  });
});
