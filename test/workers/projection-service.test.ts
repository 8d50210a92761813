import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { PlanDataset } from '../../src/data/plan-types';
import { project, type Scenario } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { createProjectionService } from '../../workers/projection-service';

const base = defaultScenario(PLAN_DATASET);

describe('createProjectionService', () => {
  test('project() replies ok with the result the engine gives directly', () => {
    const scenarios: Scenario[] = [base, { ...base, otherIndustryGrowth: 0.12 }];
    const service = createProjectionService();
    for (const scenario of scenarios) {
      const reply = service.project(scenario);
      expect(reply.ok).toBe(true);
      if (!reply.ok) continue;
      expect(reply.result).toEqual(project(PLAN_DATASET, scenario));
      expect(reply.computeMs).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(reply.computeMs)).toBe(true);
    }
  });

  test.each([
    ['otherIndustryGrowth', { ...base, otherIndustryGrowth: 9 }],
    ['otherIndustryGrowth', { ...base, otherIndustryGrowth: Number.NaN }],
    ['thresholds.onTrack', { ...base, thresholds: { onTrack: 3, atRisk: 0.9 } }],
  ])('project() refuses an invalid scenario with the issue at %s', (path, scenario) => {
    const reply = createProjectionService().project(scenario);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.issues.map((issue) => issue.path)).toContain(path);
    expect(structuredClone(reply)).toEqual(reply);
  });

  test('project() rethrows an unexpected engine error instead of swallowing it', () => {
    const broken = Object.defineProperty({ ...PLAN_DATASET }, 'clusters', {
      get(): never {
        throw new TypeError('clusters unreadable');
      },
    }) as PlanDataset;
    const service = createProjectionService(broken);
    expect(() => service.project(base)).toThrow(new TypeError('clusters unreadable'));
  });
});
