import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { project } from '../../../src/engine';
import type { Scenario } from '../../../src/scenario/scenario';
import { rangedAssumptions, tornado, type SimulatedTargetId } from '../../../src/engine/uncertainty';
import { EARLY_ESTIMATES, DEFAULT_SCENARIO, targetOf } from '../scenario-fixtures';
import { RUNS, scenarioWithRanges } from './arbitraries';

const TARGETS: SimulatedTargetId[] = [
  'newMaterials',
  'medicineHealth',
  'smartManufacturing',
  'agriProcessing',
  'modernServices',
  'industrialOutput',
  'outputIntensity',
];

/** The scenario with one assumption set to a value and no uncertainty. */
function oneAtATime(scenario: Scenario, key: string, value: number): Scenario {
  const copy = structuredClone(scenario);
  delete copy.uncertainty;
  if (key === 'otherIndustryGrowth') copy.otherIndustryGrowth = value;
  else {
    const [clusterId, leverId] = key.split('.') as [
      keyof Scenario['clusters'],
      keyof Scenario['clusters']['newMaterials'],
    ];
    copy.clusters[clusterId][leverId] = value;
  }
  return copy;
}

describe('tornado()', () => {
  test("each bar's ends equal the two one-at-a-time projections, for every target", () => {
    fc.assert(
      fc.property(scenarioWithRanges, fc.constantFrom(...TARGETS), (scenario, targetId) => {
        const result = tornado(PLAN_DATASET, scenario, targetId);
        const base = targetOf(project(PLAN_DATASET, scenario), targetId);
        expect(result.baseValue).toBe(base.projected);
        expect(result.baseAttainment).toBe(base.attainment);
        expect(result.bars).toHaveLength(rangedAssumptions(PLAN_DATASET, scenario).length);
        for (const bar of result.bars) {
          const atLow = targetOf(project(PLAN_DATASET, oneAtATime(scenario, bar.key, bar.low)), targetId);
          const atHigh = targetOf(project(PLAN_DATASET, oneAtATime(scenario, bar.key, bar.high)), targetId);
          expect(bar.valueAtLow).toBe(atLow.projected);
          expect(bar.valueAtHigh).toBe(atHigh.projected);
          expect(bar.attainmentAtLow).toBe(atLow.attainment);
          expect(bar.attainmentAtHigh).toBe(atHigh.attainment);
          expect(bar.swing).toBe(Math.abs(atHigh.projected - atLow.projected));
        }
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  test('orders the bars by swing, widest first', () => {
    const scenario: Scenario = {
      ...EARLY_ESTIMATES,
      uncertainty: {
        clusters: {
          newMaterials: {
            growthRate: { low: 0.05, high: 0.2, distribution: 'triangular' },
            landIntensity: { low: 55, high: 65, distribution: 'triangular' },
          },
          medicineHealth: { growthRate: { low: 0.08, high: 0.1, distribution: 'uniform' } },
        },
        trials: 100,
        seed: 1,
      },
    };
    const { bars } = tornado(PLAN_DATASET, scenario, 'industrialOutput');
    expect(bars.map((b) => b.swing)).toEqual([...bars.map((b) => b.swing)].sort((a, b) => b - a));
    // New materials is capped by land in the early estimates (4.17 km² × its intensity): ±5 亿元/km² moves
    // it by about ±21, far more than growth does.
    expect(bars[0]!.key).toBe('newMaterials.landIntensity');
  });

  test('has no bars without ranges, except for a link that moves the figure', () => {
    expect(tornado(PLAN_DATASET, DEFAULT_SCENARIO, 'industrialOutput').bars).toEqual([]);
    // Producer services follow industry: a bar for services revenue, from the link off to on.
    const services = tornado(PLAN_DATASET, DEFAULT_SCENARIO, 'modernServices');
    expect(services.bars.map((b) => b.key)).toEqual(['link.producerServices']);
    const off = {
      ...DEFAULT_SCENARIO,
      links: { ...DEFAULT_SCENARIO.links, producerServices: { enabled: false, share: 0.05 } },
    };
    const bar = services.bars[0]!;
    expect(bar.valueAtLow).toBe(targetOf(project(PLAN_DATASET, off), 'modernServices').projected);
    expect(bar.valueAtHigh).toBe(services.baseValue);
    expect(bar.swing).toBeGreaterThan(0);
  });
});
