import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { resolveModel } from '../../../src/engine/resolve-model';
import { project } from '../../../src/engine/project';
import { referenceScenario } from '../../../src/engine/reference-scenarios';
import { withLever } from '../../../src/scenario/updates';
import { intensityPath } from '../../../src/ui/levers/intensity-path';

describe('intensityPath()', () => {
  test('45 → 60 over 2017–2020 is +10.1 % a year', () => {
    // A cluster whose 2017 intensity is 45: base ÷ land of the dataset.
    const resolved = resolveModel(PLAN_DATASET, {});
    const cluster = resolved.clusters.find((c) => c.measure === 'industrialOutput' && c.landBase > 0)!;
    const path = intensityPath(PLAN_DATASET, {}, cluster.id, cluster.baseIntensity * (60 / 45))!;
    expect(path.base).toBeCloseTo(cluster.baseIntensity, 12);
    expect(path.rate).toBeCloseTo((60 / 45) ** (1 / 3) - 1, 12);
    expect(Number((path.rate * 100).toFixed(1))).toBe(10.1);
    expect([path.baseYear, path.targetYear]).toEqual([2017, 2020]);
  });

  test('the base is 2017 data: base output ÷ base land, whatever the lever', () => {
    const resolved = resolveModel(PLAN_DATASET, {});
    for (const cluster of resolved.clusters) {
      const low = intensityPath(PLAN_DATASET, {}, cluster.id, 10);
      const high = intensityPath(PLAN_DATASET, {}, cluster.id, 200);
      if (!(cluster.landBase > 0)) {
        expect(low).toBeNull();
        continue;
      }
      expect(low!.base).toBe(cluster.base / cluster.landBase);
      expect(high!.base).toBe(low!.base);
      expect(low!.rate).toBeLessThan(high!.rate);
    }
  });

  test('the projection follows the same path: its 2018 intensity is 2017’s grown at the rate', () => {
    const scenario = withLever(
      referenceScenario(PLAN_DATASET, 'planPath'),
      'newMaterials',
      'landIntensity',
      80,
    );
    const years = project(PLAN_DATASET, scenario).clusters.find((c) => c.id === 'newMaterials')!.years;
    const path = intensityPath(PLAN_DATASET, scenario.conflictChoices, 'newMaterials', 80)!;
    expect(years[0]!.intensity).toBeCloseTo(path.base, 9);
    expect(years[1]!.intensity).toBeCloseTo(path.base * (1 + path.rate), 9);
    expect(years.at(-1)!.intensity).toBe(80);
  });
});
