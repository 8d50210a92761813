/**
 * The reference scenarios (docs/model.md, "Reference scenarios"), with the figures that explain them
 * computed by hand.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { CLUSTER_IDS } from '../../src/data/plan-types';
import { REFERENCE_IDS } from '../../src/data/references';
import { project } from '../../src/engine';
import { referenceFacts, referenceScenario } from '../../src/engine/reference-scenarios';
import { migrateScenario } from '../../src/scenario/migrations';
import { validateScenario } from '../../src/scenario/schema';
import { clusterOf, targetOf } from './scenario-fixtures';

const planPath = referenceScenario(PLAN_DATASET, 'planPath');
const pathResult = project(PLAN_DATASET, planPath);

describe('every reference', () => {
  test.each(REFERENCE_IDS)('%s is a valid scenario that records itself as its reference', (id) => {
    const scenario = referenceScenario(PLAN_DATASET, id);
    expect(validateScenario(scenario, PLAN_DATASET)).toEqual([]);
    expect(scenario.reference).toBe(id);
    expect(scenario.datasetVersion).toBe(PLAN_DATASET.version);
  });

  test('a reference comes as a fresh copy each time: changing one never changes the next', () => {
    const a = referenceScenario(PLAN_DATASET, 'planPath');
    a.clusters.newMaterials.growthRate = 1;
    expect(referenceScenario(PLAN_DATASET, 'planPath').clusters.newMaterials.growthRate).toBe(0.05);
  });
});

describe('the plan path', () => {
  test('reaches every one of the 7 targets at 100 % ± 0.1 %', () => {
    expect(pathResult.targets).toHaveLength(7);
    for (const target of pathResult.targets) {
      expect(target.attainment, target.id).toBeGreaterThan(0.999);
      expect(target.attainment, target.id).toBeLessThan(1.001);
      expect(target.status, target.id).toBe('onTrack');
    }
  });

  test('land never binds on the path, in any year', () => {
    for (const cluster of pathResult.clusters) expect(cluster.landBindsFrom, cluster.id).toBeNull();
  });

  test('new materials’ yearly investment solves 51.5·1.05³ + 96.6·1.05 + 1.5·I = 250 (hand-computed): I = 59.30', () => {
    // Existing output 51.5·1.05³; the 2017 vintage (96.6, lag 1) is full from 2019 and grows once by
    // 2020; the 2018 vintage is full in 2020 (I), the 2019 vintage in its ramp-up year (0.5·I).
    const expected = (250 - 51.5 * 1.05 ** 3 - ((193.2 * 90) / 180) * 1.05) / 1.5;
    expect(planPath.clusters.newMaterials.investmentPerYear).toBeCloseTo(expected, 9);
    expect(expected).toBeCloseTo(59.3, 1);
  });

  test('intensities meet the zone’s 60 exactly: 59.03 where the parks hold the target, 100 ÷ 1.53 in Qianzhou', () => {
    // Land for 600 at 60 is 10 km²; agriculture takes all of Qianzhou (1.53), the other three share
    // 500 of output on 10 − 1.53 km².
    const shared = 500 / (10 - 1.53);
    for (const id of ['newMaterials', 'medicineHealth', 'smartManufacturing'] as const) {
      expect(planPath.clusters[id].landIntensity, id).toBeCloseTo(shared, 9);
    }
    expect(planPath.clusters.agriProcessing.landIntensity).toBeCloseTo(100 / 1.53, 9);
    expect(pathResult.zone[3]!.outputIntensity).toBeCloseTo(60, 6);
  });

  test('the facts: each cluster’s CAGR and land, and industrial investment against 2017’s 193.2', () => {
    const facts = referenceFacts(PLAN_DATASET, 'planPath').planPath!;
    const nm = facts.clusters.find((c) => c.clusterId === 'newMaterials')!;
    expect(nm.cagr).toBeCloseTo((250 / 51.5) ** (1 / 3) - 1, 12);
    expect(nm.landNeeded).toBeCloseTo(250 / (500 / 8.47), 6);
    const sum = ['newMaterials', 'medicineHealth', 'smartManufacturing', 'agriProcessing'] as const;
    expect(facts.industrialInvestmentPerYear).toBeCloseTo(
      sum.reduce((s, id) => s + planPath.clusters[id].investmentPerYear, 0),
      9,
    );
    expect(facts.industrialInvestment2017).toBeCloseTo(193.2, 9);
  });

  test('organic growth is the estimate: the growth solve of the path gives back 5 % for every cluster', () => {
    for (const solution of pathResult.growthSolutions) expect(solution.growthRate).toBeCloseTo(0.05, 6);
  });
});

describe('the project-backed case', () => {
  const scenario = referenceScenario(PLAN_DATASET, 'projectBacked');
  test('switches every named project of 专栏2–6 on, at its dataset settings, with the 2017 investment', () => {
    expect(scenario.projects).toHaveLength(PLAN_DATASET.keyProjects!.length);
    expect(scenario.projects!.every((p) => p.enabled === true && Object.keys(p).length === 2)).toBe(true);
    expect(scenario.clusters.newMaterials.baseYearInvestment).toBeCloseTo(96.6, 9);
  });

  test('backed share = what the named projects bring in 2020 ÷ (target − 2017 base)', () => {
    const result = project(PLAN_DATASET, scenario);
    const facts = referenceFacts(PLAN_DATASET, 'projectBacked');
    for (const id of CLUSTER_IDS) {
      const cluster = clusterOf(result, id);
      const target = targetOf(result, id);
      expect(facts.backedShare![id], id).toBeCloseTo(
        cluster.years[3]!.projects / (target.target - target.base),
        12,
      );
    }
    // The named projects of 医药健康 and 智能制造 back a small part of their targets.
    expect(facts.backedShare!.medicineHealth!).toBeLessThan(0.3);
    expect(facts.backedShare!.smartManufacturing!).toBeLessThan(0.3);
  });
});

describe('the trend', () => {
  test('9 % a year with no new investment: all industry 135.4 → 93.2·1.09³ + 42.2·1.05³ = 169.5 in 2020', () => {
    const result = project(PLAN_DATASET, referenceScenario(PLAN_DATASET, 'trend'));
    expect(result.zone[3]!.totalIndustrialOutput).toBeCloseTo(93.2 * 1.09 ** 3 + 42.2 * 1.05 ** 3, 6);
    expect(result.clusters.every((c) => c.years.every((y) => y.investment === 0))).toBe(true);
  });
});

describe('the early estimates', () => {
  test('equal the default of release 0.2 brought through the migration to shape 3', () => {
    const g = (60 / 45) ** (1 / 3) - 1;
    const cluster = (
      investmentPerYear: number,
      weight: number | null,
      landPace: number,
      services = false,
    ) => ({
      growthRate: 0.09,
      investmentPerYear,
      baseYearInvestment: weight === null ? 15 : (193.2 * weight) / 180,
      outputPerInvestment: 1,
      lagYears: 1,
      rampUpShare: 0.5,
      landPace,
      landIntensity: services ? 100 : 45,
      intensityGrowth: services ? 0.05 : g,
    });
    const release02Default = {
      datasetVersion: '2018-2020.2',
      clusters: {
        newMaterials: cluster(90, 90, 1.01),
        medicineHealth: cluster(35, 35, 0.81),
        smartManufacturing: cluster(30, 30, 0.47),
        agriProcessing: cluster(25, 25, 0.36),
        modernServices: cluster(15, null, 0.2, true),
      },
      otherIndustryGrowth: 0.05,
      conflictChoices: {},
      thresholds: { onTrack: 1, atRisk: 0.9 },
    };
    const migrated = migrateScenario(release02Default, 2, PLAN_DATASET);
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.issues));
    expect({ ...migrated.scenario, datasetVersion: PLAN_DATASET.version }).toEqual(
      referenceScenario(PLAN_DATASET, 'earlyEstimates'),
    );
  });
});
