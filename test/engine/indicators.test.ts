import { AMPLE_LAND, NO_INVESTMENT, withCluster } from './scenario-fixtures';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { PlanDataset } from '../../src/data/plan-types';
import { project } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import {
  DERIVED_INDICATOR_IDS,
  PROJECTED_INDICATOR_IDS,
  computeIndicators,
  defaultPathValue,
  indicatorMethod,
  resolveIndicatorAssumptions,
  resolveTrajectory,
  trajectoryIndicatorIds,
  type IndicatorRow,
} from '../../src/engine/indicators';
import type { ProjectionResult } from '../../src/engine/projection-types';
import type { Scenario } from '../../src/scenario/scenario';
import { validateScenario } from '../../src/scenario/schema';

const PLAN = defaultScenario(PLAN_DATASET);

/**
 * A two-year projection (2017, 2018) with round numbers, to compute the derived indicators by hand:
 * new materials 50 → 80, medicine 10 → 5 (a fall), smart manufacturing 10 → 20, agriculture 20 → 20,
 * other industry 40 → 44, services 30 → 40. Industrial output 130 → 169.
 */
function tinyResult(): ProjectionResult {
  const cluster = (id: string, measure: 'industrialOutput' | 'serviceRevenue', a: number, b: number) => ({
    id,
    measure,
    parkIds: [],
    years: [
      { year: 2017, output: a, producingLand: a / 45 },
      { year: 2018, output: b, producingLand: b / 50 },
    ],
    landBindsFrom: null,
    parkFullFrom: null,
  });
  return {
    datasetVersion: PLAN_DATASET.version,
    years: [2017, 2018],
    clusters: [
      cluster('newMaterials', 'industrialOutput', 50, 80),
      cluster('medicineHealth', 'industrialOutput', 10, 5),
      cluster('smartManufacturing', 'industrialOutput', 10, 20),
      cluster('agriProcessing', 'industrialOutput', 20, 20),
      cluster('modernServices', 'serviceRevenue', 30, 40),
    ],
    landPools: [],
    zone: [
      {
        year: 2017,
        industrialOutput: 130,
        totalIndustrialOutput: 130,
        otherIndustry: 40,
        otherIndustryInTarget: true,
        industrialLand: 130 / 45,
        totalIndustrialLand: 130 / 45,
        outputIntensity: 45,
        serviceRevenue: 30,
      },
      {
        year: 2018,
        industrialOutput: 169,
        totalIndustrialOutput: 169,
        otherIndustry: 44,
        otherIndustryInTarget: true,
        industrialLand: 3.38,
        totalIndustrialLand: 3.38,
        outputIntensity: 50,
        serviceRevenue: 40,
      },
    ],
    targets: [],
    growthSolutions: [],
  } as unknown as ProjectionResult;
}

const rowOf = (rows: readonly IndicatorRow[], id: string) => rows.find((r) => r.id === id)!;

describe('which indicators the model projects, derives, or takes as a path', () => {
  test('industrial output and intensity are projected; five are derived; the rest take a trajectory', () => {
    expect(
      PLAN_DATASET.indicators
        .filter((i) => indicatorMethod(PLAN_DATASET, i.id) === 'projected')
        .map((i) => i.id),
    ).toEqual([...PROJECTED_INDICATOR_IDS]);
    expect(
      PLAN_DATASET.indicators
        .filter((i) => indicatorMethod(PLAN_DATASET, i.id) === 'derived')
        .map((i) => i.id)
        .sort(),
    ).toEqual([...DERIVED_INDICATOR_IDS].sort());
    expect(trajectoryIndicatorIds(PLAN_DATASET)).toContain('highTechEnterprises');
    expect(trajectoryIndicatorIds(PLAN_DATASET)).toContain('rndIntensity');
    expect(trajectoryIndicatorIds(PLAN_DATASET)).toContain('patentsPer10k');
    expect(trajectoryIndicatorIds(PLAN_DATASET)).toContain('incubatorArea');
  });

  test('without indicator defaults nothing is derived', () => {
    const bare: PlanDataset = { ...PLAN_DATASET, indicatorDefaults: undefined };
    expect(indicatorMethod(bare, 'netProfit')).toBe('trajectory');
    expect(resolveIndicatorAssumptions(bare, PLAN)).toBeNull();
  });
});

describe('derived indicators (hand-computed on a two-year projection)', () => {
  // B = 50 + 5 + 10 + 20 + 40 = 125 (base output still produced), N = 30 + 0 + 10 + 0 + 4 = 44
  const result = computeIndicators(PLAN_DATASET, PLAN, tinyResult());
  const rows = result.rows;

  test('splits output into what sectors had and what they added', () => {
    expect(result.series!.baseOutput).toEqual([130, 125]);
    expect(result.series!.newOutput).toEqual([0, 44]);
  });

  test('high-tech output = 8.2 % of base output + each sector’s share of its added output', () => {
    // 0.082 × 125 + 0.3 × 30 + 0.6 × 0 + 0.5 × 10 + 0.1 × 0 + 0.082 × 4 = 10.25 + 9 + 5 + 0.328
    expect(rowOf(rows, 'highTechOutput').values[1]).toBeCloseTo(24.578, 12);
    expect(rowOf(rows, 'highTechOutput').values[0]).toBeCloseTo(0.082 * 130, 12);
    expect(rowOf(rows, 'highTechRevenueShare').values[1]).toBeCloseTo((24.578 / 169) * 100, 10);
  });

  test('value-added rate = (36.6 % of base output + 36.6 % of added output) ÷ output', () => {
    // 0.366 × 125 + 0.366 × 44 = 45.75 + 16.104 = 61.854
    expect(result.series!.valueAdded[1]).toBeCloseTo(61.854, 12);
    expect(rowOf(rows, 'valueAddedRate').values[1]).toBeCloseTo((61.854 / 169) * 100, 10);
  });

  test('energy per value added = (0.84 × 0.97 on base value added + 0.5 on new) ÷ value added', () => {
    // 0.84 × 0.97 × 45.75 + 0.5 × 16.104 = 37.2771 + 8.052 = 45.3291
    expect(result.series!.energyUse[1]).toBeCloseTo(45.3291, 10);
    expect(rowOf(rows, 'energyPerValueAdded').values[1]).toBeCloseTo(45.3291 / 61.854, 12);
  });

  test('net profit = 6.5 ÷ 130 of base output + 6.5 % of added output', () => {
    // 0.05 × 125 + 0.065 × 44 = 6.25 + 2.86
    expect(rowOf(rows, 'netProfit').values[1]).toBeCloseTo(9.11, 12);
  });

  test('industrial output and intensity come straight from the projection', () => {
    expect(rowOf(rows, 'industrialOutput').values).toEqual([135.4, 169]);
    expect(rowOf(rows, 'outputIntensity').values).toEqual([45, 50]);
  });

  test('the scenario’s assumptions replace the defaults', () => {
    const scenario: Scenario = {
      ...PLAN,
      indicators: {
        highTechShareOfNew: { newMaterials: 1 },
        valueAddedRateOfNew: 0.5,
        energyOfNew: 1,
        energyImprovement: 0,
        profitMarginOfNew: 0.1,
      },
    };
    const r = computeIndicators(PLAN_DATASET, scenario, tinyResult()).rows;
    expect(rowOf(r, 'highTechOutput').values[1]).toBeCloseTo(10.25 + 30 + 5 + 0.328, 12);
    expect(rowOf(r, 'valueAddedRate').values[1]).toBeCloseTo(((45.75 + 22) / 169) * 100, 10);
    expect(rowOf(r, 'energyPerValueAdded').values[1]).toBeCloseTo((0.84 * 45.75 + 22) / 67.75, 12);
    expect(rowOf(r, 'netProfit').values[1]).toBeCloseTo(6.25 + 4.4, 12);
  });

  test('status: on track at ≥ 100 %, at risk at ≥ 90 %, an "at most" target compares the other way', () => {
    const energy = rowOf(rows, 'energyPerValueAdded');
    expect(energy.direction).toBe('atMost');
    expect(energy.attainment).toBeCloseTo(0.6 / (45.3291 / 61.854), 12);
    expect(energy.status).toBe('offTrack');
    expect(rowOf(rows, 'valueAddedRate').status).toBe('onTrack'); // 36.6 % ≥ 25 %
  });
});

/** The plan dataset with no producing land anywhere: every cluster's and other industry's base land 0. */
const LANDLESS: PlanDataset = {
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

describe('the zone’s output intensity without producing land (docs/model.md §6: "—", not 0)', () => {
  // No land is readied (pace 0 everywhere), so no year after 2017 has producing land to divide by.
  let noPace: Scenario = PLAN;
  for (const id of Object.keys(PLAN.clusters) as (keyof Scenario['clusters'])[])
    noPace = withCluster(id, { landPace: 0 }, noPace);
  const result = project(LANDLESS, noPace);
  const intensity = rowOf(computeIndicators(LANDLESS, noPace, result).rows, 'outputIntensity');

  test('every projected year has no value and says why; 2017 keeps the plan’s 45', () => {
    expect(result.zone.slice(1).map((z) => z.industrialLand)).toEqual([0, 0, 0]);
    expect(intensity.values).toEqual([45, null, null, null]);
    expect(intensity.sources).toEqual(['base', 'noLand', 'noLand', 'noLand']);
  });

  test('no projection, so no gap, attainment or scenario pace, and the status is "no value", not off track', () => {
    expect(intensity.projected).toBeNull();
    expect(intensity.gap).toBeNull();
    expect(intensity.attainment).toBeNull();
    expect(intensity.status).toBe('noValue');
    expect(intensity.scenarioStep).toBeNull();
    expect(intensity.scenarioCagr).toBeNull();
    // The pace the target needs still stands: (60 − 45) ÷ 3 = 5 a year, (60 ÷ 45)^(1/3) − 1.
    expect(intensity.requiredStep).toBeCloseTo(5, 12);
    expect(intensity.requiredCagr).toBeCloseTo(Math.cbrt(60 / 45) - 1, 12);
  });

  test('a year with land shows its intensity; one without shows none (two-year projection)', () => {
    const tiny = tinyResult();
    const landless = {
      ...tiny,
      zone: [
        tiny.zone[0]!,
        { ...tiny.zone[1]!, industrialLand: 0, totalIndustrialLand: 0, outputIntensity: null },
      ],
    } as ProjectionResult;
    const row = rowOf(computeIndicators(PLAN_DATASET, PLAN, landless).rows, 'outputIntensity');
    expect(row.values).toEqual([45, null]);
    expect(row.status).toBe('noValue');
    expect(rowOf(computeIndicators(PLAN_DATASET, PLAN, tiny).rows, 'outputIntensity').status).toBe(
      'offTrack',
    ); // 50 of 60
  });
});

describe('derived indicators on the plan scenario', () => {
  const result = project(PLAN_DATASET, PLAN);
  const rows = computeIndicators(PLAN_DATASET, PLAN, result).rows;

  test('start from the plan’s own 2017 figures', () => {
    expect(rowOf(rows, 'highTechRevenueShare').values[0]).toBe(8.2);
    expect(rowOf(rows, 'valueAddedRate').values[0]).toBe(36.6);
    expect(rowOf(rows, 'netProfit').values[0]).toBe(6.5);
    expect(rowOf(rows, 'energyPerValueAdded').values[0]).toBe(0.84);
    expect(rowOf(rows, 'highTechOutput').values[0]).toBeCloseTo(0.082 * 135.4, 10);
  });

  test('the 2017 reading of the value-added rate changes the derived rate', () => {
    const scenario: Scenario = { ...PLAN, conflictChoices: { valueAddedRate2017: 1 } };
    const r = computeIndicators(PLAN_DATASET, scenario, result).rows;
    expect(rowOf(r, 'valueAddedRate').values[0]).toBe(38.7);
    expect(rowOf(r, 'valueAddedRate').values[3]!).toBeGreaterThan(rowOf(rows, 'valueAddedRate').values[3]!);
  });

  test('a switched-on project raises high-tech output by its cluster’s share of what it adds', () => {
    // New materials with no generic investment and land to spare: the project adds all of its output.
    const plain = withCluster('newMaterials', { ...NO_INVESTMENT, ...AMPLE_LAND }, PLAN);
    const before = computeIndicators(PLAN_DATASET, plain, project(PLAN_DATASET, plain)).rows;
    const scenario: Scenario = { ...plain, projects: [{ id: 'glassFibre', enabled: true }] };
    const r = computeIndicators(PLAN_DATASET, scenario, project(PLAN_DATASET, scenario)).rows;
    const added = 7.5; // glass fibre in 2020: its first full year (it starts in 2019)
    expect(rowOf(r, 'highTechOutput').values[3]! - rowOf(before, 'highTechOutput').values[3]!).toBeCloseTo(
      0.3 * added,
      9,
    );
  });

  test('every dataset indicator has a row, and every value is finite or null', () => {
    expect(rows.map((r) => r.id)).toEqual(PLAN_DATASET.indicators.map((i) => i.id));
    for (const row of rows) {
      for (const v of row.values) if (v !== null) expect(Number.isFinite(v), row.id).toBe(true);
      expect(Number.isFinite(row.projected), row.id).toBe(true);
    }
  });
});

describe('trajectories of the other indicators', () => {
  const YEARS = [2017, 2018, 2019, 2020];

  test('with nothing entered: a straight line from 2017 to the target, status "default path"', () => {
    const { values, sources } = resolveTrajectory(7, 60, 'atLeast', YEARS, undefined);
    expect(values[0]).toBe(7);
    expect(values[1]).toBeCloseTo(7 + 53 / 3, 12);
    expect(values[2]).toBeCloseTo(7 + 106 / 3, 12);
    expect(values[3]).toBe(60);
    expect(sources).toEqual(['base', 'path', 'path', 'path']);
  });

  test('a 2017 value that already meets the target is held', () => {
    expect(resolveTrajectory(125, 20, 'atLeast', YEARS, undefined).values).toEqual([125, 125, 125, 125]);
    expect(defaultPathValue(0.5, 0.6, 'atMost', 2, 3)).toBe(0.5);
  });

  test('an entered year is used; years between are interpolated in a straight line', () => {
    const only2019 = resolveTrajectory(7, 60, 'atLeast', YEARS, { '2019': 30 });
    expect(only2019.values).toEqual([7, 18.5, 30, 60]);
    expect(only2019.sources).toEqual(['base', 'interpolated', 'entered', 'path']);
    const only2020 = resolveTrajectory(7, 60, 'atLeast', YEARS, { '2020': 46 });
    expect(only2020.values).toEqual([7, 20, 33, 46]);
    expect(only2020.sources).toEqual(['base', 'interpolated', 'interpolated', 'entered']);
  });

  test('without a 2017 value, years before the first entered one have none', () => {
    expect(resolveTrajectory(null, 95, 'atLeast', YEARS, undefined).values).toEqual([null, null, null, 95]);
    expect(resolveTrajectory(null, 95, 'atLeast', YEARS, { '2018': 80 }).values).toEqual([
      null,
      80,
      87.5,
      95,
    ]);
    expect(resolveTrajectory(null, 95, 'atLeast', YEARS, { '2019': 90 }).values).toEqual([
      null,
      null,
      90,
      95,
    ]);
  });

  test('rows: status, gap, attainment and the pace the target needs', () => {
    const result = project(PLAN_DATASET, PLAN);
    const onPath = rowOf(computeIndicators(PLAN_DATASET, PLAN, result).rows, 'highTechEnterprises');
    expect(onPath.status).toBe('planPath');
    expect(onPath.requiredStep).toBeCloseTo(53 / 3, 12);
    expect(onPath.requiredCagr).toBeCloseTo((60 / 7) ** (1 / 3) - 1, 12);

    const entered: Scenario = {
      ...PLAN,
      indicators: { trajectories: { highTechEnterprises: { '2020': 45 } } },
    };
    const row = rowOf(computeIndicators(PLAN_DATASET, entered, result).rows, 'highTechEnterprises');
    expect(row.projected).toBe(45);
    expect(row.gap).toBe(15);
    expect(row.attainment).toBe(0.75);
    expect(row.status).toBe('offTrack');
    expect(row.scenarioStep).toBeCloseTo(38 / 3, 12);
    expect(row.values).toEqual([7, 7 + 38 / 3, 7 + 76 / 3, 45]);
  });

  test('the chosen reading of a conflicting target is the one compared with', () => {
    const result = project(PLAN_DATASET, PLAN);
    const scenario: Scenario = {
      ...PLAN,
      conflictChoices: { patentsPer10kTarget: 1, incubatorAreaTarget: 1 },
      indicators: { trajectories: { incubatorArea: { '2020': 1.5 } } },
    };
    const rows = computeIndicators(PLAN_DATASET, scenario, result).rows;
    expect(rowOf(rows, 'patentsPer10k').target).toBe(50);
    expect(rowOf(rows, 'incubatorArea').target).toBe(2);
    expect(rowOf(rows, 'incubatorArea').attainment).toBe(0.75);
  });
});

describe('validation of indicator settings', () => {
  test.each([
    [
      { trajectories: { highTechEnterprises: { '2021': 10 } } },
      'indicators.trajectories.highTechEnterprises["2021"]',
    ],
    [
      { trajectories: { highTechEnterprises: { '2019': -1 } } },
      'indicators.trajectories.highTechEnterprises["2019"]',
    ],
    [{ trajectories: { rndIntensity: { '2019': 101 } } }, 'indicators.trajectories.rndIntensity["2019"]'],
    [{ trajectories: { netProfit: { '2019': 10 } } }, 'indicators.trajectories.netProfit'],
    [{ trajectories: { noSuchIndicator: { '2019': 10 } } }, 'indicators.trajectories.noSuchIndicator'],
    [{ highTechShareOfNew: { newMaterials: 1.5 } }, 'indicators.highTechShareOfNew.newMaterials'],
    [{ highTechShareOfNew: { modernServices: 0.5 } }, 'indicators.highTechShareOfNew.modernServices'],
    [{ valueAddedRateOfNew: -0.1 }, 'indicators.valueAddedRateOfNew'],
    [{ energyOfNew: 6 }, 'indicators.energyOfNew'],
    [{ energyImprovement: 0.6 }, 'indicators.energyImprovement'],
    [{ profitMarginOfNew: 2 }, 'indicators.profitMarginOfNew'],
  ])('%j is refused at %s', (indicators, path) => {
    const issues = validateScenario({ ...PLAN, indicators } as Scenario, PLAN_DATASET);
    expect(issues.map((i) => i.path)).toEqual([path]);
  });

  test('valid settings pass', () => {
    const scenario: Scenario = {
      ...PLAN,
      indicators: {
        trajectories: {
          highTechEnterprises: { '2018': 15, '2020': 61 },
          solidWasteUtilisation: { '2020': 96 },
        },
        highTechShareOfNew: { otherIndustry: 0.2 },
        energyImprovement: -0.05,
      },
    };
    expect(validateScenario(scenario, PLAN_DATASET)).toEqual([]);
  });
});
