/**
 * project(), formula by formula (docs/model.md §1–§6), each with values computed by hand. Scenarios
 * start from the dataset's estimates and set only what a test names; ample land (pace 3 km²/yr,
 * intensity 500) keeps land out of a test that is not about land.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { ClusterId, PlanDataset } from '../../src/data/plan-types';
import { project } from '../../src/engine';
import {
  AMPLE_LAND,
  DEFAULT_SCENARIO,
  NO_INVESTMENT,
  clusterOf,
  clusterYear,
  datasetWithHorizon,
  outputs,
  targetOf,
  withCluster,
  withScenario,
} from './scenario-fixtures';

/** New materials' 2017 land, km²: 51.5 ÷ 45. */
const NM_LAND = 51.5 / 45;

function expectCloseAll(actual: readonly number[], expected: readonly number[], digits = 9): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value, `index ${i}`).toBeCloseTo(expected[i]!, digits));
}

/** New materials with growth g, no investment of any year, ample land, then `levers`. */
function newMaterials(levers: Parameters<typeof withCluster>[1], g = 0.1) {
  return withCluster('newMaterials', { growthRate: g, ...NO_INVESTMENT, ...AMPLE_LAND, ...levers });
}

describe('existing output (organic growth)', () => {
  test('grows at the growth rate with no investment and ample land: 51.5 · 1.1³ = 68.5465 in 2020', () => {
    const result = project(PLAN_DATASET, newMaterials({}));
    expectCloseAll(outputs(result, 'newMaterials'), [51.5, 56.65, 62.315, 68.5465]);
    const y2020 = clusterYear(result, 'newMaterials', 2020);
    expect(y2020.existing).toBeCloseTo(68.5465, 10);
    expect(y2020.investment).toBe(0);
    expect(clusterOf(result, 'newMaterials').landBindsFrom).toBeNull();
  });

  test.each([
    { growthRate: 0, expected: [51.5, 51.5, 51.5, 51.5] },
    { growthRate: -0.5, expected: [51.5, 25.75, 12.875, 6.4375] },
    { growthRate: 3, expected: [51.5, 206, 824, 3296] },
  ])('compounds growth rate $growthRate year on year', ({ growthRate, expected }) => {
    const result = project(PLAN_DATASET, newMaterials({}, growthRate));
    expectCloseAll(outputs(result, 'newMaterials'), expected);
  });

  test('reports the base figure unchanged in the base year, whatever the levers', () => {
    const bases: [ClusterId, number][] = [
      ['newMaterials', 51.5],
      ['medicineHealth', 3.9],
      ['smartManufacturing', 12],
      ['agriProcessing', 25.8],
      ['modernServices', 30],
    ];
    for (const scenario of [DEFAULT_SCENARIO, newMaterials({ landIntensity: 1, landPace: 0 }, 3)]) {
      const result = project(PLAN_DATASET, scenario);
      for (const [id, base] of bases) {
        const first = clusterYear(result, id, 2017);
        expect(first.output, id).toBe(base);
        expect(first.investment, id).toBe(0);
        expect(first.landBinds, id).toBe(false);
      }
    }
  });
});

describe('investment vintages', () => {
  // Growth 10 %, k = 1, r = 50 %, lag 1, ample land. Vintage s produces r·k·I_s in year s + L, k·I_s the
  // year after, and grows at g only from its second full year: it is not grown before it exists.
  test('a yearly investment of 10 adds 0, 5, 15 in 2018–2020: the 2018 vintage is 10 in its first full year, not 10 + 5·10 %', () => {
    const result = project(
      PLAN_DATASET,
      newMaterials({ investmentPerYear: 10, lagYears: 1, rampUpShare: 0.5 }),
    );
    const added = clusterOf(result, 'newMaterials').years.map((y) => y.investment);
    expectCloseAll(added, [0, 0, 5, 15]);
    expect(clusterYear(result, 'newMaterials', 2020).output).toBeCloseTo(68.5465 + 15, 10);
  });

  test('a full vintage grows at the growth rate from its second full year: 10, 11, 12.1 in 2020–2022', () => {
    const result = project(
      datasetWithHorizon(2022),
      newMaterials({ investmentPerYear: 10, lagYears: 1, rampUpShare: 0.5 }),
    );
    // Vintages 2018 (10 · 1.1^(t−3) from 2020), 2019 (from 2021), 2020 (from 2022), each half the year before.
    const added = clusterOf(result, 'newMaterials').years.map((y) => y.investment);
    expectCloseAll(added, [0, 0, 5, 10 + 5, 11 + 10 + 5, 12.1 + 11 + 10 + 5]);
  });

  test('the base year’s investment of 40 produces from 2018: 20, 40, 44 (lag 1)', () => {
    const result = project(
      PLAN_DATASET,
      newMaterials({ baseYearInvestment: 40, lagYears: 1, rampUpShare: 0.5 }),
    );
    expectCloseAll(
      clusterOf(result, 'newMaterials').years.map((y) => y.investment),
      [0, 20, 40, 44],
    );
  });

  test('with lag 0 the base year’s ramp-up half is already in 2017’s output: only the other half comes, 20, 22, 24.2', () => {
    const result = project(
      PLAN_DATASET,
      newMaterials({ baseYearInvestment: 40, lagYears: 0, rampUpShare: 0.5 }),
    );
    expectCloseAll(
      clusterOf(result, 'newMaterials').years.map((y) => y.investment),
      [0, 20, 22, 24.2],
    );
  });

  test('lag 2: the 2018 vintage of 10 starts in 2020 with its ramp-up half only', () => {
    const result = project(
      PLAN_DATASET,
      newMaterials({ investmentPerYear: 10, lagYears: 2, rampUpShare: 0.5 }),
    );
    expectCloseAll(
      clusterOf(result, 'newMaterials').years.map((y) => y.investment),
      [0, 0, 0, 5],
    );
  });

  test('output per 亿元 invested scales every vintage, and 0 adds nothing', () => {
    const levers = { investmentPerYear: 10, baseYearInvestment: 40, lagYears: 1, rampUpShare: 0.5 };
    const k2 = project(PLAN_DATASET, newMaterials({ ...levers, outputPerInvestment: 2 }));
    expectCloseAll(
      clusterOf(k2, 'newMaterials').years.map((y) => y.investment),
      [0, 40, 2 * (40 + 5), 2 * (44 + 15)],
    );
    const k0 = project(PLAN_DATASET, newMaterials({ ...levers, outputPerInvestment: 0 }));
    expect(clusterOf(k0, 'newMaterials').years.every((y) => y.investment === 0)).toBe(true);
  });
});

describe('key projects replace the generic investment estimated from them', () => {
  /** New materials with one custom project of output V starting in 2019 (ramp 50 %, no site). */
  function withProject(annualOutput: number, landKm2 = 0) {
    return {
      ...newMaterials({ investmentPerYear: 10, lagYears: 1, rampUpShare: 0.5 }),
      projects: [
        {
          id: 'p',
          enabled: true,
          startYear: 2019,
          rampUpShare: 0.5,
          annualOutput,
          landKm2,
          custom: { name: 'P', clusterId: 'newMaterials' as const },
        },
      ],
    };
  }

  test('a project of 7.5 starting in 2019 takes 7.5 out of the 2018 vintage (10): the cluster is unchanged', () => {
    const result = project(PLAN_DATASET, withProject(7.5));
    const years = clusterOf(result, 'newMaterials').years;
    expectCloseAll(
      years.map((y) => y.projects),
      [0, 0, 3.75, 7.5],
    );
    // The 2018 vintage keeps 2.5: 1.25 in 2019, 2.5 in 2020; the 2019 vintage adds 5 in 2020.
    expectCloseAll(
      years.map((y) => y.investment),
      [0, 0, 1.25, 7.5],
    );
    expectCloseAll(outputs(result, 'newMaterials'), [51.5, 56.65, 62.315 + 5, 68.5465 + 15]);
  });

  test('a project of 15 takes all 10 of its vintage and adds only the 5 beyond it: +2.5 in 2019, +5 in 2020', () => {
    const result = project(PLAN_DATASET, withProject(15));
    expectCloseAll(outputs(result, 'newMaterials'), [51.5, 56.65, 62.315 + 7.5, 68.5465 + 20]);
  });

  test('a project’s output grows at the cluster’s rate once at full production (2021: 15 · 1.1)', () => {
    const result = project(datasetWithHorizon(2021), withProject(15));
    expect(clusterYear(result, 'newMaterials', 2021).projects).toBeCloseTo(16.5, 10);
  });

  test('a project with its own site produces on it, capped by nothing but the park', () => {
    const sited = project(PLAN_DATASET, withProject(15, 0.4));
    const unsited = project(PLAN_DATASET, withProject(15));
    expect(clusterYear(sited, 'newMaterials', 2020).output).toBeCloseTo(
      clusterYear(unsited, 'newMaterials', 2020).output,
      10,
    );
    // Its site is producing land besides what the rest of the cluster needs at 500 亿元/km².
    const rest = clusterYear(unsited, 'newMaterials', 2020).output - 20;
    expect(clusterYear(sited, 'newMaterials', 2020).producingLand).toBeCloseTo(
      Math.max(NM_LAND, rest / 500) + 0.4,
      10,
    );
  });
});

describe('land follows output', () => {
  // New materials: 2017 land 51.5 ÷ 45; intensity flat at 45 (the lever equals the base intensity).
  test('output needs land at the intensity; the park readies 0.1 km² a year: 51.5 + 4.5·t when growth outruns it', () => {
    const result = project(PLAN_DATASET, newMaterials({ landPace: 0.1, landIntensity: 45 }));
    expectCloseAll(outputs(result, 'newMaterials'), [51.5, 56, 60.5, 65]);
    const years = clusterOf(result, 'newMaterials').years;
    expectCloseAll(
      years.map((y) => y.producingLand),
      [NM_LAND, NM_LAND + 0.1, NM_LAND + 0.2, NM_LAND + 0.3],
    );
    expect(clusterOf(result, 'newMaterials').landBindsFrom).toBe(2018);
    expectCloseAll(
      years.map((y) => y.capacity),
      [51.5, 56, 60.5, 65],
    );
  });

  test('with ready land to spare, producing land is output ÷ intensity (not the ready land)', () => {
    const result = project(PLAN_DATASET, newMaterials({ landPace: 1, landIntensity: 45 }));
    const years = clusterOf(result, 'newMaterials').years;
    expectCloseAll(
      years.map((y) => y.producingLand),
      [51.5, 56.65, 62.315, 68.5465].map((y) => y / 45),
    );
    expectCloseAll(
      years.map((y) => y.readyLand),
      [0, 1, 2, 3].map((t) => NM_LAND + t),
    );
    expect(clusterOf(result, 'newMaterials').landBindsFrom).toBeNull();
  });

  test('intensity moves at a steady rate from 2017’s (data: 45) to the lever’s in 2020: 45 → 90 doubles it', () => {
    const result = project(PLAN_DATASET, newMaterials({ landIntensity: 90 }));
    const intensity = clusterOf(result, 'newMaterials').years.map((y) => y.intensity);
    expectCloseAll(intensity, [45, 45 * 2 ** (1 / 3), 45 * 2 ** (2 / 3), 90]);
  });

  test('the intensity lever changes the land a cluster needs, and its output only when land binds', () => {
    const levers = { growthRate: 0.1, landPace: 0.5 };
    const at50 = project(PLAN_DATASET, newMaterials({ ...levers, landIntensity: 50 }));
    const at120 = project(PLAN_DATASET, newMaterials({ ...levers, landIntensity: 120 }));
    const y50 = clusterYear(at50, 'newMaterials', 2020);
    const y120 = clusterYear(at120, 'newMaterials', 2020);
    expect(y50.output).toBeCloseTo(68.5465, 10);
    expect(y120.output).toBeCloseTo(68.5465, 10);
    expect(y50.producingLand).toBeCloseTo(68.5465 / 50, 10);
    expect(y120.producingLand).toBeCloseTo(NM_LAND, 10); // 68.5 ÷ 120 is below 2017's land: held at it
    // With too little land, a higher intensity raises output: 1.1444 km² at 45 vs 90 (pace 0).
    const bound = (landIntensity: number) =>
      clusterYear(project(PLAN_DATASET, newMaterials({ landPace: 0, landIntensity })), 'newMaterials', 2020)
        .output;
    expect(bound(45)).toBeCloseTo(51.5, 10);
    expect(bound(90)).toBeCloseTo(68.5465, 10);
  });

  test('a park is readied only to its area: Qinggang (7.3 km²) caps new materials at 7.3 × its intensity', () => {
    const result = project(
      PLAN_DATASET,
      newMaterials({ investmentPerYear: 300, landPace: 3, landIntensity: 60 }),
    );
    const y2020 = clusterYear(result, 'newMaterials', 2020);
    expect(y2020.producingLand).toBeCloseTo(7.3, 10);
    expect(y2020.output).toBeCloseTo(7.3 * 60, 9);
    expect(y2020.landBinds).toBe(true);
    expect(clusterOf(result, 'newMaterials').parkFullFrom).not.toBeNull();
  });

  test('services never take land intelligent manufacturing needs: a services site of 5 km² leaves it whole', () => {
    const services = {
      ...DEFAULT_SCENARIO,
      projects: [
        {
          id: 'depot',
          enabled: true,
          startYear: 2018,
          rampUpShare: 0.5,
          annualOutput: 0,
          landKm2: 5,
          custom: { name: 'Depot', clusterId: 'modernServices' as const },
        },
      ],
    };
    const without = project(PLAN_DATASET, DEFAULT_SCENARIO);
    const withDepot = project(PLAN_DATASET, services);
    for (const year of [2018, 2019, 2020]) {
      expect(clusterYear(withDepot, 'smartManufacturing', year).output).toBe(
        clusterYear(without, 'smartManufacturing', year).output,
      );
      expect(clusterYear(withDepot, 'smartManufacturing', year).producingLand).toBe(
        clusterYear(without, 'smartManufacturing', year).producingLand,
      );
    }
    // The depot gets what industry leaves of Zhengyang + Qidi (5.95 km²).
    const pool = withDepot.landPools.find((p) => p.clusterIds.includes('modernServices'))!;
    expect(pool.years[3]!.producingLand).toBeCloseTo(5.95, 9);
  });

  test('industrial clusters short of room in one pool share it in proportion to the new land each wants', () => {
    // A copy of the dataset where agricultural processing also lies in Qinggang (7.3 km²).
    const clusters = PLAN_DATASET.clusters.map((c) =>
      c.id === 'agriProcessing' ? { ...c, parkIds: ['qinggang' as const] } : c,
    );
    const dataset: PlanDataset = { ...PLAN_DATASET, clusters };
    const scenario = withCluster(
      'agriProcessing',
      { growthRate: 3, ...NO_INVESTMENT, landPace: 3, landIntensity: 45 },
      newMaterials({ growthRate: 3, landPace: 3, landIntensity: 45 }, 3),
    );
    const result = project(dataset, scenario);
    const room = 7.3 - 51.5 / 45 - 25.8 / 45;
    // 2019: output ×16 needs far more than the ready land (base + 6 km²) for both: each wants 6 km²
    // of new land, 12 in all, over the room of 5.58 — each gets half of it.
    const nm = clusterYear(result, 'newMaterials', 2019).producingLand - 51.5 / 45;
    const ag = clusterYear(result, 'agriProcessing', 2019).producingLand - 25.8 / 45;
    expect(nm).toBeCloseTo(room / 2, 10);
    expect(ag).toBeCloseTo(room / 2, 10);
    // 2018: new materials wants its ready 3 km², agriculture only what 103.2 needs (2.29 − 0.57): room for both.
    expect(clusterYear(result, 'agriProcessing', 2018).producingLand).toBeCloseTo((25.8 * 4) / 45, 10);
  });

  test('zone output intensity is output ÷ producing land, and "none" (null) without any land', () => {
    const result = project(PLAN_DATASET, DEFAULT_SCENARIO);
    for (const z of result.zone)
      expect(z.outputIntensity).toBeCloseTo(z.industrialOutput / z.industrialLand, 10);
    const landless: PlanDataset = {
      ...PLAN_DATASET,
      clusters: PLAN_DATASET.clusters.map((c) => ({
        ...c,
        producingLandBase: { kind: 'estimate', value: 0, reasoning: { zh: '无', en: 'none' } },
      })),
      zone: {
        ...PLAN_DATASET.zone,
        otherIndustryLand: { kind: 'estimate', value: 0, reasoning: { zh: '无', en: 'none' } },
      },
    };
    const bare = project(landless, withScenario({ otherIndustryGrowth: 0 }, zeroPace(DEFAULT_SCENARIO)));
    expect(bare.zone[1]!.outputIntensity).toBeNull();
  });
});

/** Every cluster's pace at 0. */
function zeroPace(scenario: typeof DEFAULT_SCENARIO) {
  let s = scenario;
  for (const id of Object.keys(scenario.clusters) as ClusterId[]) s = withCluster(id, { landPace: 0 }, s);
  return s;
}

describe('zone totals and the reading of the 600', () => {
  test('by default the 600 is measured on the four industrial clusters; other industry is reported beside it', () => {
    const result = project(PLAN_DATASET, DEFAULT_SCENARIO);
    for (const [t, z] of result.zone.entries()) {
      const clusters = ['newMaterials', 'medicineHealth', 'smartManufacturing', 'agriProcessing'] as const;
      const sum = clusters.reduce((s, id) => s + clusterOf(result, id).years[t]!.output, 0);
      expect(z.otherIndustryInTarget).toBe(false);
      expect(z.industrialOutput).toBeCloseTo(sum, 9);
      expect(z.totalIndustrialOutput).toBeCloseTo(sum + z.otherIndustry, 9);
      expect(z.otherIndustry).toBeCloseTo(42.2 * 1.05 ** t, 9);
      expect(z.serviceRevenue).toBe(clusterOf(result, 'modernServices').years[t]!.output);
    }
    expect(targetOf(result, 'industrialOutput').base).toBeCloseTo(93.2, 10);
  });

  test('read "inside the 600", the target counts all industry: 2017 is 135.4 and other industry’s land counts', () => {
    const result = project(PLAN_DATASET, withScenario({ conflictChoices: { otherIndustryIn600: 1 } }));
    const z = result.zone[3]!;
    expect(z.otherIndustryInTarget).toBe(true);
    expect(z.industrialOutput).toBe(z.totalIndustrialOutput);
    expect(z.industrialLand).toBe(z.totalIndustrialLand);
    expect(targetOf(result, 'industrialOutput').base).toBeCloseTo(135.4, 10);
  });

  test('reads 2017 industrial output as 135.6 under the 专栏1 reading: other industry 42.4', () => {
    const result = project(PLAN_DATASET, withScenario({ conflictChoices: { industrialOutput2017: 1 } }));
    expect(result.zone[0]!.otherIndustry).toBeCloseTo(42.4, 10);
    expect(result.zone[0]!.totalIndustrialOutput).toBeCloseTo(135.6, 10);
  });

  test('new materials is measured against 300 under the 第四章 reading', () => {
    const result = project(PLAN_DATASET, withScenario({ conflictChoices: { newMaterialsTarget: 1 } }));
    expect(targetOf(result, 'newMaterials').target).toBe(300);
  });
});

describe('links between clusters', () => {
  test('producer services add share × industrial output added since 2017 to services revenue', () => {
    const on = withScenario({
      links: { producerServices: { enabled: true, share: 0.05 }, agriSupply: { enabled: false } },
    });
    const off = withScenario({
      links: { producerServices: { enabled: false, share: 0.05 }, agriSupply: { enabled: false } },
    });
    const a = project(PLAN_DATASET, on);
    const b = project(PLAN_DATASET, off);
    for (let t = 1; t < 4; t++) {
      const added = a.zone[t]!.totalIndustrialOutput - a.zone[0]!.totalIndustrialOutput;
      expect(clusterOf(a, 'modernServices').years[t]!.link).toBeCloseTo(0.05 * added, 10);
      expect(clusterOf(b, 'modernServices').years[t]!.link).toBe(0);
    }
    // Industry does not move with the link.
    expect(a.zone[3]!.totalIndustrialOutput).toBe(b.zone[3]!.totalIndustrialOutput);
  });

  test('with the supply link on, a sericulture base switched on counts the silk reeling it feeds (2.5)', () => {
    const base = (supply: boolean) =>
      withCluster(
        'agriProcessing',
        { ...NO_INVESTMENT, ...AMPLE_LAND, growthRate: 0 },
        withScenario({
          links: { producerServices: { enabled: false, share: 0 }, agriSupply: { enabled: supply } },
          projects: [{ id: 'sericulture', enabled: true, startYear: 2018 }],
        }),
      );
    const fed = project(PLAN_DATASET, base(true));
    const unfed = project(PLAN_DATASET, base(false));
    expectCloseAll(
      clusterOf(fed, 'agriProcessing').years.map((y) => y.projects),
      [0, 1.25, 2.5, 2.5],
    );
    expect(clusterYear(unfed, 'agriProcessing', 2020).projects).toBe(0);
  });
});

describe('horizon as data', () => {
  test('runs a 2017–2025 horizon from a dataset copy with no engine change', () => {
    const result = project(datasetWithHorizon(2025), newMaterials({}));
    expect(result.years).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(clusterYear(result, 'newMaterials', 2025).output).toBeCloseTo(51.5 * 1.1 ** 8, 9);
    expect(targetOf(result, 'newMaterials').requiredCagr).toBeCloseTo((250 / 51.5) ** (1 / 8) - 1, 12);
  });

  test('runs a horizon of a single projected year; the target year’s intensity is the lever', () => {
    const result = project(datasetWithHorizon(2018), newMaterials({ landIntensity: 70 }));
    expect(result.years).toEqual([2017, 2018]);
    expect(clusterYear(result, 'newMaterials', 2018).intensity).toBe(70);
  });
});

describe('purity', () => {
  test('returns the same result for the same input and leaves its inputs unchanged', () => {
    const scenario = structuredClone(DEFAULT_SCENARIO);
    const before = JSON.stringify(scenario);
    const datasetBefore = JSON.stringify(PLAN_DATASET);
    expect(project(PLAN_DATASET, scenario)).toEqual(project(PLAN_DATASET, scenario));
    expect(JSON.stringify(scenario)).toBe(before);
    expect(JSON.stringify(PLAN_DATASET)).toBe(datasetBefore);
  });
});
