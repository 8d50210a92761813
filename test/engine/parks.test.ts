import { DEFAULT_WITHOUT_BASE_INVESTMENT } from './scenario-fixtures';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { keyProjectContributions } from '../../src/engine/key-projects';
import { landLedger, parkPools } from '../../src/engine/parks';
import type { Scenario } from '../../src/scenario/scenario';

const PLAN = defaultScenario(PLAN_DATASET);

function ledgerOf(scenario: Scenario) {
  const result = project(PLAN_DATASET, scenario);
  const contributions = keyProjectContributions(PLAN_DATASET, scenario);
  return {
    result,
    ledger: landLedger(PLAN_DATASET, scenario, result, contributions),
    pools: parkPools(result, contributions),
  };
}

const row = (ledger: ReturnType<typeof ledgerOf>['ledger'], id: string) =>
  ledger.find((r) => r.clusterId === id)!;

describe('land ledger on the plan scenario (hand-computed)', () => {
  const { ledger } = ledgerOf(PLAN);
  // Industrial intensity in 2020: 45 × ((60/45)^(1/3))³ = 60; services: 100 × 1.05³ = 115.7625.

  test('new materials needs 250 ÷ 60 = 4.167 km² of Qinggang’s 7.3', () => {
    const nm = row(ledger, 'newMaterials');
    expect(nm.intensityAtTarget).toBeCloseTo(60, 9);
    expect(nm.landNeeded).toBeCloseTo(250 / 60, 9);
    expect(nm.poolArea).toBe(7.3);
    expect(nm.available).toBe(7.3);
    expect(nm.shortfall).toBeCloseTo(250 / 60 - 7.3, 9);
  });

  test('Fengjia has the land for 150: 2.5 km² of 5.3', () => {
    const mh = row(ledger, 'medicineHealth');
    expect(mh.landNeeded).toBeCloseTo(2.5, 9);
    expect(mh.shortfall).toBeCloseTo(2.5 - 5.3, 9);
  });

  test('agricultural processing needs 1.667 km² but Qianzhou has 1.53: 0.137 km² short', () => {
    const agri = row(ledger, 'agriProcessing');
    expect(agri.landNeeded).toBeCloseTo(100 / 60, 9);
    expect(agri.shortfall).toBeCloseTo(100 / 60 - 1.53, 9);
    expect(agri.producingLand).toBeCloseTo(1.53, 12);
  });

  test('clusters sharing Zhengyang + Qidi each have what the other does not need', () => {
    const smart = row(ledger, 'smartManufacturing');
    const services = row(ledger, 'modernServices');
    const smartNeed = 100 / 60;
    const servicesNeed = 100 / (100 * 1.05 ** 3);
    expect(services.intensityAtTarget).toBeCloseTo(115.7625, 9);
    expect(smart.landNeeded).toBeCloseTo(smartNeed, 9);
    expect(services.landNeeded).toBeCloseTo(servicesNeed, 9);
    expect(smart.poolArea).toBeCloseTo(5.95, 12);
    expect(smart.poolNeeded).toBeCloseTo(smartNeed + servicesNeed, 9);
    expect(smart.available).toBeCloseTo(5.95 - servicesNeed, 9);
    expect(services.available).toBeCloseTo(5.95 - smartNeed, 9);
  });

  test('a lower intensity raises the land a target needs', () => {
    const scenario = structuredClone(PLAN);
    scenario.clusters.medicineHealth.intensityGrowth = 0;
    const mh = row(ledgerOf(scenario).ledger, 'medicineHealth');
    expect(mh.intensityAtTarget).toBe(45);
    expect(mh.landNeeded).toBeCloseTo(150 / 45, 12);
  });

  test('land a switched-on project brings is reported', () => {
    const scenario: Scenario = { ...PLAN, projects: [{ id: 'glassFibre', enabled: true }] };
    expect(row(ledgerOf(scenario).ledger, 'newMaterials').projectLand).toBeCloseTo(0.4, 12);
  });
});

describe('park pools year by year', () => {
  test('Qianzhou is full in 2020; output and intensity per pool', () => {
    const { pools, result } = ledgerOf(PLAN);
    const qianzhou = pools.find((p) => p.parkIds.includes('qianzhou'))!;
    expect(qianzhou.fullFrom).toBe(2020);
    const agri = result.clusters.find((c) => c.id === 'agriProcessing')!;
    const y2020 = qianzhou.years[3]!;
    expect(y2020.industrialOutput).toBe(agri.years[3]!.output);
    expect(y2020.intensity).toBeCloseTo(agri.years[3]!.output / 1.53, 12);
    const shared = pools.find((p) => p.parkIds.includes('qidi'))!;
    expect(shared.years[3]!.serviceRevenue).toBe(
      result.clusters.find((c) => c.id === 'modernServices')!.years[3]!.output,
    );
    expect(shared.years[3]!.industrialOutput).toBe(
      result.clusters.find((c) => c.id === 'smartManufacturing')!.years[3]!.output,
    );
  });

  test('a park whose land binds reports the cluster and the first year', () => {
    const scenario = structuredClone(DEFAULT_WITHOUT_BASE_INVESTMENT);
    scenario.clusters.agriProcessing.growthRate = 0.6;
    const { pools } = ledgerOf(scenario);
    const qianzhou = pools.find((p) => p.parkIds.includes('qianzhou'))!;
    expect(qianzhou.landBindsFrom).toEqual([{ clusterId: 'agriProcessing', year: 2019 }]);
  });
});
