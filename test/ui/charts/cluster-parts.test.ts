import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { project } from '../../../src/engine/project';
import { referenceScenario } from '../../../src/engine/reference-scenarios';
import { withLever, withLinkEnabled, withProject } from '../../../src/scenario/updates';
import { clusterParts } from '../../../src/ui/charts/cluster-parts';

const planPath = referenceScenario(PLAN_DATASET, 'planPath');
const targetYear = (scenario: typeof planPath, id: string) =>
  project(PLAN_DATASET, scenario)
    .clusters.find((c) => c.id === id)!
    .years.at(-1)!;

describe('clusterParts()', () => {
  test('modern services on the plan path: existing, investment and the producer-services link add up to 100', () => {
    const year = targetYear(planPath, 'modernServices');
    const parts = clusterParts(year);
    expect(parts.map((p) => p.kind)).toEqual(['existing', 'investment', 'link']);
    expect(parts.find((p) => p.kind === 'link')!.value).toBeCloseTo(25.67, 1);
    expect(parts.reduce((sum, p) => sum + p.value, 0)).toBeCloseTo(100, 9);
  });

  test('with the link off, services have no link part', () => {
    const off = withLinkEnabled(planPath, 'producerServices', false);
    expect(clusterParts(targetYear(off, 'modernServices')).map((p) => p.kind)).toEqual([
      'existing',
      'investment',
    ]);
  });

  test('a farm base switched on shows as project output in agricultural processing', () => {
    const withBase = withProject(planPath, 'pigBase', { enabled: true });
    const parts = clusterParts(targetYear(withBase, 'agriProcessing'));
    expect(parts.find((p) => p.kind === 'projects')?.value).toBeGreaterThan(0);
  });

  test('where land binds, the cap is a part taken off, and the parts still add up to the output', () => {
    const tight = withLever(planPath, 'newMaterials', 'landPace', 0);
    const year = targetYear(tight, 'newMaterials');
    const parts = clusterParts(year);
    const capped = parts.find((p) => p.kind === 'capped')!;
    expect(capped.value).toBeCloseTo(year.potential - year.output, 12);
    const sum = parts.reduce((total, p) => total + (p.kind === 'capped' ? -p.value : p.value), 0);
    expect(sum).toBeCloseTo(year.output, 9);
  });
});
