import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { project } from '../../../src/engine/project';
import { referenceScenario } from '../../../src/engine/reference-scenarios';
import { withLinkEnabled, withProject } from '../../../src/scenario/updates';
import { linkReadings } from '../../../src/ui/levers/links-vm';

const planPath = referenceScenario(PLAN_DATASET, 'planPath');

describe('linkReadings()', () => {
  test('producer services: the share of the industrial output added since 2017, as services revenue in 2020', () => {
    const result = project(PLAN_DATASET, planPath);
    const zone = result.zone;
    const added = zone.at(-1)!.totalIndustrialOutput - zone[0]!.totalIndustrialOutput;
    const services = result.clusters.find((c) => c.id === 'modernServices')!.years.at(-1)!;
    const reading = linkReadings(PLAN_DATASET, planPath, result).producerServices;
    expect(reading).toMatchObject({ enabled: true, share: 0.05, clusterId: 'modernServices' });
    // 0.05 × (648.9 − 135.4) ≈ 25.7 亿元 of the plan path's 100.
    expect(reading.revenueAtTarget).toBeCloseTo(0.05 * added, 9);
    expect(reading.revenueAtTarget).toBeCloseTo(25.67, 1);
    expect(reading.shareOfRevenue).toBeCloseTo(reading.revenueAtTarget! / services.output, 12);
  });

  test('producer services switched off bring no revenue; before a projection there is no figure', () => {
    const off = withLinkEnabled(planPath, 'producerServices', false);
    const reading = linkReadings(PLAN_DATASET, off, project(PLAN_DATASET, off)).producerServices;
    expect(reading.enabled).toBe(false);
    expect(reading.revenueAtTarget).toBe(0);
    expect(linkReadings(PLAN_DATASET, planPath, null).producerServices.revenueAtTarget).toBeNull();
  });

  test('farm supply: lists the three bases, and sums what the switched-on ones support', () => {
    const none = linkReadings(PLAN_DATASET, planPath, null).agriSupply;
    expect(none.bases.map((b) => [b.id, b.enabled, b.supplyOutput])).toEqual([
      ['fruitBases', false, 1],
      ['pigBase', false, 3],
      ['sericulture', false, 2.5],
    ]);
    expect(none.supportedOutput).toBe(0);
    const two = withProject(withProject(planPath, 'fruitBases', { enabled: true }), 'pigBase', {
      enabled: true,
    });
    const reading = linkReadings(PLAN_DATASET, two, null).agriSupply;
    expect(reading.enabled).toBe(true);
    expect(reading.bases.filter((b) => b.enabled).map((b) => b.id)).toEqual(['fruitBases', 'pigBase']);
    expect(reading.supportedOutput).toBe(4);
  });
});
