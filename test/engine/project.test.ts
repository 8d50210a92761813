import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { ClusterId } from '../../src/data/plan-types';
import { project } from '../../src/engine';
import {
  AMPLE_LAND,
  DEFAULT_SCENARIO,
  NO_BASE_INVESTMENT,
  NO_INVESTMENT,
  clusterOf,
  clusterYear,
  datasetWithHorizon,
  outputs,
  targetOf,
  withCluster,
  withScenario,
} from './scenario-fixtures';

/** Producing land in 2017 of each cluster as the dataset gives it (2017 output ÷ 45; services an estimate). */
const LAND_2017 = {
  newMaterials: 51.5 / 45,
  medicineHealth: 3.9 / 45,
  smartManufacturing: 12 / 45,
  agriProcessing: 25.8 / 45,
  modernServices: 0.3,
} as const;
const OTHER_INDUSTRY_LAND = 42.2 / 45;
/** New materials' 2017 land, km² (1.1444…). */
const NM = LAND_2017.newMaterials;
/** Intelligent manufacturing's 2017 land, km² (0.2667…). */
const SM = LAND_2017.smartManufacturing;

function expectCloseAll(actual: readonly number[], expected: readonly number[], digits = 9): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value, `index ${i}`).toBeCloseTo(expected[i]!, digits));
}

describe('organic growth', () => {
  test('project() grows a cluster with no investment and ample land at its growth rate: 51.5 · 1.1³ = 68.5465 in 2020', () => {
    const result = project(
      PLAN_DATASET,
      withCluster('newMaterials', { growthRate: 0.1, ...NO_INVESTMENT, ...AMPLE_LAND }),
    );
    expectCloseAll(outputs(result, 'newMaterials'), [51.5, 56.65, 62.315, 68.5465]);
    expect(clusterYear(result, 'newMaterials', 2020).output).toBeCloseTo(68.5465, 10);
    expect(clusterOf(result, 'newMaterials').landBindsFrom).toBeNull();
  });

  test.each([
    { growthRate: 0, expected: [51.5, 51.5, 51.5, 51.5] },
    { growthRate: -0.5, expected: [51.5, 25.75, 12.875, 6.4375] },
    { growthRate: 2, expected: [51.5, 154.5, 463.5, 1390.5] },
  ])('project() compounds growth rate $growthRate year on year', ({ growthRate, expected }) => {
    const result = project(
      PLAN_DATASET,
      withCluster('newMaterials', { growthRate, ...NO_INVESTMENT, ...AMPLE_LAND }),
    );
    expectCloseAll(outputs(result, 'newMaterials'), expected);
  });

  test('project() reports the base figure unchanged in the base year', () => {
    const result = project(PLAN_DATASET, DEFAULT_SCENARIO);
    const bases: [ClusterId, number][] = [
      ['newMaterials', 51.5],
      ['medicineHealth', 3.9],
      ['smartManufacturing', 12],
      ['agriProcessing', 25.8],
      ['modernServices', 30],
    ];
    for (const [id, base] of bases) {
      const first = clusterYear(result, id, 2017);
      expect(first.output, id).toBe(base);
      expect(first.investmentAdded, id).toBe(0);
      expect(first.landBinds, id).toBe(false);
    }
  });
});

describe('investment vintages', () => {
  // Growth 10 %, I = 10 亿元/yr, k = 1, ample land. A vintage made in year s adds r·k·I in year s+L and
  // (1−r)·k·I the year after. These cases set no base-year investment (its own cases follow).
  // Added output then grows with the rest.
  test.each([
    {
      lagYears: 0,
      rampUpShare: 0.5,
      added: [0, 5, 10, 10],
      // 51.5·1.1+5; 61.65·1.1+10; 77.815·1.1+10
      expected: [51.5, 61.65, 77.815, 95.5965],
    },
    {
      lagYears: 1,
      rampUpShare: 0.5,
      added: [0, 0, 5, 10],
      // 56.65; 56.65·1.1+5; 67.315·1.1+10
      expected: [51.5, 56.65, 67.315, 84.0465],
    },
    {
      lagYears: 2,
      rampUpShare: 0.5,
      added: [0, 0, 0, 5],
      // 56.65; 62.315; 62.315·1.1+5
      expected: [51.5, 56.65, 62.315, 73.5465],
    },
    {
      lagYears: 1,
      rampUpShare: 1,
      added: [0, 0, 10, 10],
      // 56.65; 62.315+10; 72.315·1.1+10
      expected: [51.5, 56.65, 72.315, 89.5465],
    },
    {
      lagYears: 1,
      rampUpShare: 0,
      added: [0, 0, 0, 10],
      // nothing in the first producing year, the full 10 the year after
      expected: [51.5, 56.65, 62.315, 78.5465],
    },
  ])(
    'project() brings investment into production after a lag of $lagYears with ramp-up $rampUpShare',
    ({ lagYears, rampUpShare, added, expected }) => {
      const result = project(
        PLAN_DATASET,
        withCluster('newMaterials', {
          growthRate: 0.1,
          investmentPerYear: 10,
          ...NO_BASE_INVESTMENT,
          outputPerInvestment: 1,
          lagYears,
          rampUpShare,
          ...AMPLE_LAND,
        }),
      );
      const years = clusterOf(result, 'newMaterials').years;
      expectCloseAll(
        years.map((y) => y.investmentAdded),
        added,
      );
      expectCloseAll(outputs(result, 'newMaterials'), expected);
      expectCloseAll(
        years.map((y) => y.potential),
        years.map((y) => y.organic + y.investmentAdded),
      );
    },
  );

  test('project() scales added output by the output per 亿元 invested', () => {
    // k = 2, I = 10 → 20 a vintage; lag 0, ramp 25 %: +5 in 2018, +5 +15 in 2019 and 2020.
    const result = project(
      PLAN_DATASET,
      withCluster('newMaterials', {
        growthRate: 0.1,
        investmentPerYear: 10,
        ...NO_BASE_INVESTMENT,
        outputPerInvestment: 2,
        lagYears: 0,
        rampUpShare: 0.25,
        ...AMPLE_LAND,
      }),
    );
    expectCloseAll(outputs(result, 'newMaterials'), [51.5, 61.65, 87.815, 116.5965]);
  });

  test.each([
    // I₀ = 40 in 2017, I = 20 from 2018, k = 1, r = 0.5, no growth, ample land.
    // lag 0: 2017's first half is already in 2017's output; its second half (20) comes in 2018, with
    // 2018's first half (10): +30, then 2018's second half and 2019's first (+20), and so on.
    { lagYears: 0, added: [0, 30, 20, 20], expected: [51.5, 81.5, 101.5, 121.5] },
    // lag 1: 2017's vintage produces from 2018: +20 in 2018, +20 (its rest) +10 (2018's first half) in 2019.
    { lagYears: 1, added: [0, 20, 30, 20], expected: [51.5, 71.5, 101.5, 121.5] },
    // lag 2: from 2019: +20 in 2019, +20 +10 in 2020.
    { lagYears: 2, added: [0, 0, 20, 30], expected: [51.5, 51.5, 71.5, 101.5] },
  ])(
    'project() brings the base year’s investment into production by the same rule (lag $lagYears)',
    ({ lagYears, added, expected }) => {
      const result = project(
        PLAN_DATASET,
        withCluster('newMaterials', {
          growthRate: 0,
          investmentPerYear: 20,
          baseYearInvestment: 40,
          outputPerInvestment: 1,
          lagYears,
          rampUpShare: 0.5,
          ...AMPLE_LAND,
        }),
      );
      expectCloseAll(
        clusterOf(result, 'newMaterials').years.map((y) => y.investmentAdded),
        added,
      );
      expectCloseAll(outputs(result, 'newMaterials'), expected);
    },
  );

  test('project() leaves the base year itself as the plan gives it, whatever was invested in it', () => {
    const result = project(
      PLAN_DATASET,
      withCluster('newMaterials', { baseYearInvestment: 300, lagYears: 0, rampUpShare: 1, ...AMPLE_LAND }),
    );
    expect(clusterYear(result, 'newMaterials', 2017).output).toBe(51.5);
    expect(clusterYear(result, 'newMaterials', 2017).investmentAdded).toBe(0);
  });

  test('project() adds nothing when output per 亿元 invested is zero', () => {
    const result = project(
      PLAN_DATASET,
      withCluster('newMaterials', {
        growthRate: 0,
        investmentPerYear: 300,
        outputPerInvestment: 0,
        lagYears: 0,
        ...AMPLE_LAND,
      }),
    );
    expect(outputs(result, 'newMaterials')).toEqual([51.5, 51.5, 51.5, 51.5]);
  });
});

describe('land capacity', () => {
  test('project() caps output at land capacity and says from which year land binds', () => {
    // land 1.1444 + 0.5/yr, 50 亿元/km² flat: capacity 57.22, 82.22, 107.22, 132.22.
    const result = project(
      PLAN_DATASET,
      withCluster('newMaterials', {
        growthRate: 0.5,
        ...NO_INVESTMENT,
        landPace: 0.5,
        landIntensity: 50,
        intensityGrowth: 0,
      }),
    );
    const cluster = clusterOf(result, 'newMaterials');
    expectCloseAll(
      cluster.years.map((y) => y.producingLand),
      [NM, NM + 0.5, NM + 1, NM + 1.5],
    );
    expectCloseAll(
      cluster.years.map((y) => y.capacity),
      [NM * 50, (NM + 0.5) * 50, (NM + 1) * 50, (NM + 1.5) * 50],
    );
    // 2018: 77.25 fits; 2019: 115.875 > 107.22; 2020: 107.22 · 1.5 = 160.83 > 132.22.
    expectCloseAll(
      cluster.years.map((y) => y.output),
      [51.5, 77.25, (NM + 1) * 50, (NM + 1.5) * 50],
    );
    expect(cluster.years.map((y) => y.landBinds)).toEqual([false, false, true, true]);
    expect(cluster.landBindsFrom).toBe(2019);
    expect(cluster.parkFullFrom).toBeNull();
  });

  test('project() grows capped output organically from the capped figure, not from the potential', () => {
    const result = project(
      PLAN_DATASET,
      withCluster('newMaterials', {
        growthRate: 0.5,
        ...NO_INVESTMENT,
        landPace: 0.5,
        landIntensity: 50,
        intensityGrowth: 0,
      }),
    );
    const y2019 = clusterYear(result, 'newMaterials', 2019);
    const y2020 = clusterYear(result, 'newMaterials', 2020);
    expect(y2019.potential).toBeCloseTo(115.875, 9);
    expect(y2020.organic).toBeCloseTo((NM + 1) * 50 * 1.5, 9);
  });

  test('project() grows land intensity at its own rate: capacity = producing land × intensity × (1 + growth)^t', () => {
    const result = project(
      PLAN_DATASET,
      withCluster('newMaterials', { landPace: 0.5, landIntensity: 50, intensityGrowth: 0.1 }),
    );
    const cluster = clusterOf(result, 'newMaterials');
    expectCloseAll(
      cluster.years.map((y) => y.intensity),
      [50, 55, 60.5, 66.55],
    );
    expectCloseAll(
      cluster.years.map((y) => y.capacity),
      [NM * 50, (NM + 0.5) * 55, (NM + 1) * 60.5, (NM + 1.5) * 66.55],
    );
  });

  test('project() stops a single park at its area and says from which year it is full', () => {
    // Qinggang is 7.3 km²: 1.1444 + 3t reaches 7.1444 in 2019 and would be 10.1444 in 2020.
    const result = project(PLAN_DATASET, withCluster('newMaterials', { landPace: 3 }));
    const cluster = clusterOf(result, 'newMaterials');
    expectCloseAll(
      cluster.years.map((y) => y.producingLand),
      [NM, NM + 3, NM + 6, 7.3],
    );
    expect(cluster.years.map((y) => y.parkFull)).toEqual([false, false, false, true]);
    expect(cluster.parkFullFrom).toBe(2020);
    const pool = result.landPools.find((p) => p.clusterIds.includes('newMaterials'))!;
    expect(pool.areaKm2).toBe(7.3);
    expect(pool.years[3]!.desiredLand).toBeCloseTo(NM + 9, 9);
    expect(pool.years[3]!.producingLand).toBeCloseTo(7.3, 9);
  });

  test('project() fills Qianzhou (1.53 km²) in 2020 under the default agricultural land pace', () => {
    const result = project(PLAN_DATASET, DEFAULT_SCENARIO);
    const agri = clusterOf(result, 'agriProcessing');
    expect(agri.parkFullFrom).toBe(2020);
    expect(clusterYear(result, 'agriProcessing', 2020).producingLand).toBeCloseTo(1.53, 12);
    expect(clusterYear(result, 'agriProcessing', 2019).producingLand).toBeCloseTo(
      LAND_2017.agriProcessing + 0.72,
      12,
    );
  });

  test('project() scales the new land of clusters sharing a pool of parks in proportion when they want more than its area', () => {
    // Zhengyang 5.79 + Qidi 0.16 = 5.95 km², shared by intelligent manufacturing and modern services.
    // 2017 land 0.2667 + 0.3 = 0.5667 leaves 5.3833 km² of room. New land wanted: smart 3t, services 1t
    // → 4 (fits), 8 and 12 (over the room: each one's new land is scaled by 5.3833 ÷ 8, then ÷ 12).
    const scenario = withCluster(
      'modernServices',
      { landPace: 1 },
      withCluster('smartManufacturing', { landPace: 3 }),
    );
    const result = project(PLAN_DATASET, scenario);
    const smart = clusterOf(result, 'smartManufacturing').years.map((y) => y.producingLand);
    const services = clusterOf(result, 'modernServices').years.map((y) => y.producingLand);
    const room = 5.95 - SM - 0.3;
    expectCloseAll(smart, [SM, SM + 3, SM + (6 * room) / 8, SM + (9 * room) / 12]);
    expectCloseAll(services, [0.3, 1.3, 0.3 + (2 * room) / 8, 0.3 + (3 * room) / 12]);
    expect(smart[2]! + services[2]!).toBeCloseTo(5.95, 12);
    expect(smart[3]! + services[3]!).toBeCloseTo(5.95, 12);
    // the new land is shared 3 : 1, as the paces are
    expect((smart[3]! - SM) / (services[3]! - 0.3)).toBeCloseTo(3, 12);
    expect(clusterOf(result, 'smartManufacturing').parkFullFrom).toBe(2019);
    expect(clusterOf(result, 'modernServices').parkFullFrom).toBe(2019);

    const pool = result.landPools.find((p) => p.clusterIds.includes('smartManufacturing'))!;
    expect([...pool.clusterIds].sort()).toEqual(['modernServices', 'smartManufacturing']);
    expect(pool.areaKm2).toBeCloseTo(5.95, 12);
    expectCloseAll(
      pool.years.map((y) => y.desiredLand),
      [SM + 0.3, SM + 4.3, SM + 8.3, SM + 12.3],
    );
    expectCloseAll(
      pool.years.map((y) => y.producingLand),
      [SM + 0.3, SM + 4.3, 5.95, 5.95],
    );
    // capacity follows the scaled land
    const smart2020 = clusterYear(result, 'smartManufacturing', 2020);
    expect(smart2020.capacity).toBeCloseTo(smart2020.producingLand * smart2020.intensity, 9);
  });

  test('project() never takes producing land from a cluster when its neighbour in the pool speeds up', () => {
    // Before this rule, intelligent manufacturing at 3 km²/yr shrank modern services' 0.3 km² to 0.19
    // and cut its revenue below 2017's. Services keep their land (pace 0) whatever smart manufacturing does.
    const scenario = withCluster(
      'modernServices',
      { growthRate: 0, ...NO_INVESTMENT, landPace: 0 },
      withCluster('smartManufacturing', { landPace: 3 }),
    );
    const result = project(PLAN_DATASET, scenario);
    expect(clusterOf(result, 'modernServices').years.map((y) => y.producingLand)).toEqual([
      0.3, 0.3, 0.3, 0.3,
    ]);
    expect(outputs(result, 'modernServices')).toEqual([30, 30, 30, 30]);
    expect(clusterYear(result, 'smartManufacturing', 2020).producingLand).toBeCloseTo(5.95 - 0.3, 12);
  });

  test('project() shares a pool the same way whatever order the dataset lists its clusters in', () => {
    const scenario = withCluster(
      'modernServices',
      { landPace: 1 },
      withCluster('smartManufacturing', { landPace: 3 }),
    );
    const reversed = { ...PLAN_DATASET, clusters: [...PLAN_DATASET.clusters].reverse() };
    const forward = project(PLAN_DATASET, scenario);
    const backward = project(reversed, scenario);
    for (const id of ['smartManufacturing', 'modernServices'] as const) {
      expect(clusterOf(backward, id).years.map((y) => y.producingLand)).toEqual(
        clusterOf(forward, id).years.map((y) => y.producingLand),
      );
    }
  });
});

describe('zone totals', () => {
  test('project() adds the four industrial clusters and other industry into industrial output, services apart', () => {
    // Every cluster 10 %/yr, no investment, land pace 0 at 500 亿元/km²; other industry flat.
    let scenario = withScenario({ otherIndustryGrowth: 0 });
    for (const id of PLAN_DATASET.clusters.map((c) => c.id)) {
      scenario = withCluster(
        id,
        { growthRate: 0.1, ...NO_INVESTMENT, landPace: 0, landIntensity: 500, intensityGrowth: 0 },
        scenario,
      );
    }
    const result = project(PLAN_DATASET, scenario);
    const z2017 = result.zone[0]!;
    const z2020 = result.zone[3]!;
    expect(z2017.industrialOutput).toBeCloseTo(135.4, 10);
    // (51.5 + 3.9 + 12 + 25.8) · 1.331 + 42.2 = 124.0492 + 42.2
    expect(z2020.industrialOutput).toBeCloseTo(166.2492, 10);
    expect(z2020.otherIndustry).toBeCloseTo(42.2, 10);
    expect(z2020.serviceRevenue).toBeCloseTo(30 * 1.331, 10);
    // land: the four industrial clusters' 2017 land plus other industry's 0.9378 = 3.0089 km²
    const industrialLand =
      LAND_2017.newMaterials +
      LAND_2017.medicineHealth +
      LAND_2017.smartManufacturing +
      LAND_2017.agriProcessing +
      OTHER_INDUSTRY_LAND;
    expect(z2020.industrialLand).toBeCloseTo(industrialLand, 10);
    expect(z2020.outputIntensity).toBeCloseTo(166.2492 / industrialLand, 9);
  });

  test.each([
    { otherIndustryGrowth: 0.05, expected2020: 48.851775 },
    { otherIndustryGrowth: 0, expected2020: 42.2 },
    { otherIndustryGrowth: -0.5, expected2020: 5.275 },
  ])(
    'project() grows other industry at its own rate $otherIndustryGrowth, with no land cap',
    ({ otherIndustryGrowth, expected2020 }) => {
      const result = project(PLAN_DATASET, withScenario({ otherIndustryGrowth }));
      expect(result.zone[0]!.otherIndustry).toBeCloseTo(42.2, 10);
      expect(result.zone[3]!.otherIndustry).toBeCloseTo(expected2020, 10);
      result.zone.forEach((zoneYear, t) => {
        const clusterLand = result.clusters
          .filter((c) => c.measure === 'industrialOutput')
          .reduce((sum, c) => sum + c.years[t]!.producingLand, 0);
        expect(zoneYear.industrialLand).toBeCloseTo(clusterLand + OTHER_INDUSTRY_LAND, 12);
      });
    },
  );

  test('project() reports modern services as revenue apart from industrial output in every year', () => {
    const result = project(PLAN_DATASET, DEFAULT_SCENARIO);
    result.zone.forEach((zoneYear, t) => {
      const industrial = result.clusters
        .filter((c) => c.measure === 'industrialOutput')
        .reduce((sum, c) => sum + c.years[t]!.output, 0);
      expect(zoneYear.industrialOutput).toBeCloseTo(industrial + zoneYear.otherIndustry, 9);
      expect(zoneYear.serviceRevenue).toBe(clusterOf(result, 'modernServices').years[t]!.output);
      expect(zoneYear.outputIntensity).toBeCloseTo(zoneYear.industrialOutput / zoneYear.industrialLand, 9);
    });
  });
});

describe('conflict readings', () => {
  test.each<{ choices: Record<string, number>; target: number }>([
    { choices: {}, target: 250 },
    { choices: { newMaterialsTarget: 0 }, target: 250 },
    { choices: { newMaterialsTarget: 1 }, target: 300 },
  ])(
    'project() reads the new-materials target under conflict choices $choices as $target',
    ({ choices, target }) => {
      const result = project(PLAN_DATASET, withScenario({ conflictChoices: choices }));
      const result2020 = targetOf(result, 'newMaterials');
      expect(result2020.target).toBe(target);
      expect(result2020.requiredCagr).toBeCloseTo((target / 51.5) ** (1 / 3) - 1, 12);
      expect(result2020.gap).toBeCloseTo(target - result2020.projected, 12);
    },
  );

  test('project() reads 2017 industrial output as 135.6 and other industry as 42.4 under the 专栏1 reading', () => {
    const result = project(PLAN_DATASET, withScenario({ conflictChoices: { industrialOutput2017: 1 } }));
    expect(result.zone[0]!.industrialOutput).toBeCloseTo(135.6, 10);
    expect(result.zone[0]!.otherIndustry).toBeCloseTo(42.4, 10);
    expect(targetOf(result, 'industrialOutput').base).toBeCloseTo(135.6, 10);
    // the clusters' own 2017 figures do not change
    expect(clusterYear(result, 'newMaterials', 2017).output).toBe(51.5);

    const byDefault = project(PLAN_DATASET, DEFAULT_SCENARIO);
    expect(byDefault.zone[0]!.otherIndustry).toBeCloseTo(42.2, 10);
    expect(targetOf(byDefault, 'industrialOutput').base).toBeCloseTo(135.4, 10);
  });
});

describe('horizon as data', () => {
  test('project() runs a 2017–2025 horizon from a dataset copy with no engine change', () => {
    const dataset = datasetWithHorizon(2025);
    const scenario = withCluster('newMaterials', { growthRate: 0.1, ...NO_INVESTMENT, ...AMPLE_LAND });
    const result = project(dataset, scenario);
    const years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
    expect(result.years).toEqual(years);
    expect(result.zone.map((z) => z.year)).toEqual(years);
    for (const cluster of result.clusters) expect(cluster.years.map((y) => y.year)).toEqual(years);
    for (const pool of result.landPools) expect(pool.years).toHaveLength(9);
    expect(clusterYear(result, 'newMaterials', 2025).output).toBeCloseTo(51.5 * 1.1 ** 8, 9);
    const target = targetOf(result, 'newMaterials');
    expect(target.year).toBe(2025);
    expect(target.requiredCagr).toBeCloseTo((250 / 51.5) ** (1 / 8) - 1, 12);
    expect(result.growthSolutions).toHaveLength(5);
  });

  test('project() runs a horizon of a single projected year', () => {
    const result = project(datasetWithHorizon(2018), DEFAULT_SCENARIO);
    expect(result.years).toEqual([2017, 2018]);
    // Organic growth of 2017's output, plus half of 2017's investment (96.6 亿元, k = 1) in its first year.
    expect(clusterYear(result, 'newMaterials', 2018).output).toBeCloseTo(51.5 * 1.09 + 0.5 * 96.6, 10);
    expect(targetOf(result, 'newMaterials').requiredCagr).toBeCloseTo(250 / 51.5 - 1, 12);
  });

  test.each([2017, 2016])(
    'project() refuses a horizon whose target year %i does not follow the base year',
    (targetYear) => {
      expect(() => project(datasetWithHorizon(targetYear), DEFAULT_SCENARIO)).toThrow(RangeError);
    },
  );
});

describe('purity', () => {
  test('project() returns the same result for the same input and leaves its inputs unchanged', () => {
    const scenario = structuredClone(DEFAULT_SCENARIO);
    const before = JSON.stringify(scenario);
    const datasetBefore = JSON.stringify(PLAN_DATASET);
    const first = project(PLAN_DATASET, scenario);
    const second = project(PLAN_DATASET, scenario);
    expect(second).toEqual(first);
    expect(JSON.stringify(scenario)).toBe(before);
    expect(JSON.stringify(PLAN_DATASET)).toBe(datasetBefore);
    expect(structuredClone(first)).toEqual(first);
  });
});
