import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { CLUSTER_IDS } from '../../../src/data/plan-types';
import { project, type Scenario } from '../../../src/engine';
import {
  LEVER_GROUPS,
  LEVER_GROUP_IDS,
  decomposeDifference,
  type Waterfall,
} from '../../../src/engine/compare';
import { DEFAULT_SCENARIO, withCluster, withScenario } from '../scenario-fixtures';
import { RUNS, scenarioPair } from './arbitraries';

const zoneOutput = (scenario: Scenario) => {
  const result = project(PLAN_DATASET, scenario);
  return result.zone[result.zone.length - 1]!.industrialOutput;
};

function breakdown(from: Scenario, to: Scenario): Waterfall {
  const outcome = decomposeDifference(PLAN_DATASET, from, to);
  if (!outcome.ok) throw new Error(`not projectable: ${outcome.side}`);
  return outcome.waterfall;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** Tolerance for sums of parts: rounding of up to a few hundred additions of values near 10³. */
const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

describe('decomposeDifference()', () => {
  test('the parts by lever group and the parts by cluster each add up to the total difference', () => {
    fc.assert(
      fc.property(scenarioPair, ([from, to]) => {
        const w = breakdown(from, to);
        expect(w.from).toBe(zoneOutput(from));
        expect(w.to).toBe(zoneOutput(to));
        expect(w.total).toBe(w.to - w.from);
        close(sum(Object.values(w.byGroup)), w.total);
        close(sum(w.clusters.map((c) => c.total)) + w.other, w.total);
        for (const c of w.clusters) close(c.growth + c.investment + c.land, c.total);
        for (const group of LEVER_GROUP_IDS) close(sum(w.clusters.map((c) => c[group])), w.byGroup[group]);
      }),
      RUNS,
    );
  });

  test('key projects switched on in one scenario only are part of "other", and the parts still add up', () => {
    const from = withCluster(
      'newMaterials',
      { growthRate: 0.2 },
      withScenario({ projects: [{ id: 'aerospaceAluminium', enabled: true }] }),
    );
    const to = withScenario({ projects: [{ id: 'glassFibre', enabled: true }] });
    const w = breakdown(from, to);
    expect(w.from).toBe(zoneOutput(from));
    expect(w.to).toBe(zoneOutput(to));
    close(sum(w.clusters.map((c) => c.total)) + w.other, w.total);
    close(sum(Object.values(w.byGroup)), w.total);
    expect(w.other).not.toBe(0);
  });

  test('a lever group that is the same in both scenarios gets exactly 0', () => {
    fc.assert(
      fc.property(scenarioPair, ([from, to]) => {
        const w = breakdown(from, to);
        for (const c of w.clusters) {
          for (const group of LEVER_GROUP_IDS) {
            const same = LEVER_GROUPS[group].every(
              (lever) => from.clusters[c.clusterId][lever] === to.clusters[c.clusterId][lever],
            );
            if (same) expect(c[group]).toBe(0);
          }
        }
      }),
      RUNS,
    );
  });

  test('reversing the comparison reverses every part', () => {
    fc.assert(
      fc.property(scenarioPair, ([from, to]) => {
        const forward = breakdown(from, to);
        const backward = breakdown(to, from);
        close(backward.total, -forward.total);
        forward.clusters.forEach((c, i) => {
          for (const group of LEVER_GROUP_IDS) close(backward.clusters[i]![group], -c[group]);
        });
        close(backward.other, -forward.other);
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  test('one changed lever: the whole difference is that cluster’s group, as the engine computes it', () => {
    const to = withCluster('smartManufacturing', { investmentPerYear: 80 });
    const w = breakdown(DEFAULT_SCENARIO, to);
    expect(w.total).toBe(zoneOutput(to) - zoneOutput(DEFAULT_SCENARIO));
    expect(w.total).toBeGreaterThan(0);
    expect(w.clusters.find((c) => c.clusterId === 'smartManufacturing')!.investment).toBe(w.total);
    expect(w.byGroup).toEqual({ growth: 0, investment: w.total, land: 0, other: 0, links: 0 });
    expect(w.projections).toBe(2);
  });

  test('two groups of one cluster: each part is the average of substituting it first and second', () => {
    const to = withCluster('newMaterials', { growthRate: 0.3, landPace: 2, landIntensity: 60 });
    const growthOnly = withCluster('newMaterials', { growthRate: 0.3 });
    const landOnly = withCluster('newMaterials', { landPace: 2, landIntensity: 60 });
    const a = zoneOutput(DEFAULT_SCENARIO);
    const b = zoneOutput(to);
    const growthFirst = zoneOutput(growthOnly) - a;
    const growthSecond = b - zoneOutput(landOnly);
    const w = breakdown(DEFAULT_SCENARIO, to);
    const nm = w.clusters.find((c) => c.clusterId === 'newMaterials')!;
    close(nm.growth, (growthFirst + growthSecond) / 2);
    close(nm.land, b - a - nm.growth);
    // The two orders disagree here (land binds new materials by default), which is why they are averaged.
    expect(Math.abs(growthFirst - growthSecond)).toBeGreaterThan(1);
  });

  test('clusters in parks of their own do not interact: each gets its own effect exactly', () => {
    const materials = { growthRate: 0.25 };
    const agri = { investmentPerYear: 60, landIntensity: 70 };
    const to = withCluster('agriProcessing', agri, withCluster('newMaterials', materials));
    const a = zoneOutput(DEFAULT_SCENARIO);
    const w = breakdown(DEFAULT_SCENARIO, to);
    close(
      w.clusters.find((c) => c.clusterId === 'newMaterials')!.total,
      zoneOutput(withCluster('newMaterials', materials)) - a,
    );
    close(
      w.clusters.find((c) => c.clusterId === 'agriProcessing')!.total,
      zoneOutput(withCluster('agriProcessing', agri)) - a,
    );
  });

  test('other industry and the reading of 2017 output go to “other” (other industry inside the 600)', () => {
    const inside = withScenario({ conflictChoices: { otherIndustryIn600: 1 } });
    const to = withScenario({
      otherIndustryGrowth: 0.08,
      conflictChoices: { otherIndustryIn600: 1, industrialOutput2017: 1 },
    });
    const w = breakdown(inside, to);
    // 42.4 · 1.08³ − 42.2 · 1.05³: other industry grows from 42.4 instead of 42.2.
    close(w.other, 42.4 * 1.08 ** 3 - 42.2 * 1.05 ** 3);
    expect(w.other).toBe(w.total);
    expect(w.clusters.every((c) => c.total === 0)).toBe(true);
  });

  test('a choice of reading that changes only a target changes no output', () => {
    const to = withScenario({ conflictChoices: { newMaterialsTarget: 1 } });
    const w = breakdown(DEFAULT_SCENARIO, to);
    expect(w.total).toBe(0);
    expect(w.byGroup).toEqual({ growth: 0, investment: 0, land: 0, other: 0, links: 0 });
  });

  test('a link switched off goes to “links”: the supply of the farm bases to processing', () => {
    const bases = withScenario({
      projects: [
        { id: 'sericulture', enabled: true },
        { id: 'fruitBases', enabled: true },
        { id: 'pigBase', enabled: true },
      ],
    });
    const unfed = { ...bases, links: { ...bases.links, agriSupply: { enabled: false } } };
    const w = breakdown(bases, unfed);
    expect(w.total).toBeLessThan(0);
    expect(w.links).toBe(w.total);
    expect(w.clusters.every((c) => c.total === 0)).toBe(true);
  });

  test('producer services show in the services revenue the waterfall can explain, not in industrial output', () => {
    const off = withScenario({
      links: { ...DEFAULT_SCENARIO.links, producerServices: { enabled: false, share: 0.05 } },
    });
    expect(breakdown(DEFAULT_SCENARIO, off).total).toBe(0);
    const outcome = decomposeDifference(PLAN_DATASET, DEFAULT_SCENARIO, off, 'serviceRevenue');
    if (!outcome.ok) throw new Error('refused');
    const revenue = (s: Scenario) => project(PLAN_DATASET, s).zone[3]!.serviceRevenue;
    expect(outcome.waterfall.measure).toBe('serviceRevenue');
    close(outcome.waterfall.links, revenue(off) - revenue(DEFAULT_SCENARIO));
    expect(outcome.waterfall.links).toBeLessThan(0);
  });

  test('identical scenarios: nothing to explain', () => {
    const w = breakdown(DEFAULT_SCENARIO, structuredClone(DEFAULT_SCENARIO));
    expect(w.total).toBe(0);
    expect(w.clusters.map((c) => c.clusterId)).toEqual([...CLUSTER_IDS]);
  });

  test('every lever group of every cluster differing stays within 2^16 projections and adds up', () => {
    const to: Scenario = structuredClone(DEFAULT_SCENARIO);
    for (const id of CLUSTER_IDS) {
      to.clusters[id] = { ...to.clusters[id], growthRate: 0.2, investmentPerYear: 50, landPace: 1.5 };
    }
    to.otherIndustryGrowth = 0.07;
    const w = breakdown(DEFAULT_SCENARIO, to);
    close(sum(Object.values(w.byGroup)), w.total);
    expect(w.projections).toBeLessThanOrEqual(1 << 16);
  });

  test('refuses a scenario outside the ranges and says which side', () => {
    const bad = withCluster('newMaterials', { growthRate: 5 });
    const outcome = decomposeDifference(PLAN_DATASET, DEFAULT_SCENARIO, bad);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.side).toBe('to');
      expect(outcome.issues[0]!.path).toBe('clusters.newMaterials.growthRate');
    }
    const reversed = decomposeDifference(PLAN_DATASET, bad, DEFAULT_SCENARIO);
    expect(reversed.ok ? null : reversed.side).toBe('from');
  });

  test('ranges on assumptions play no part (hybrids drop them)', () => {
    const ranged: Scenario = {
      ...withCluster('newMaterials', { growthRate: 0.2 }),
      uncertainty: {
        clusters: { newMaterials: { growthRate: { low: 0.1, high: 0.3, distribution: 'triangular' } } },
        trials: 100,
        seed: 1,
      },
    };
    const w = breakdown(DEFAULT_SCENARIO, ranged);
    expect(w.clusters[0]!.growth).toBe(w.total);
  });
});
