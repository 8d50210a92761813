/**
 * The parks table and the land ledger (src/engine/parks.ts) on the dataset's estimates, with values
 * computed by hand: one coherent set of intensities — the lever's target-year intensity in the
 * ledger, the projection's output ÷ producing land in the parks table.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project } from '../../src/engine';
import { projectSites } from '../../src/engine/key-projects';
import { besideZone, landLedger, parkPools, zoneIntensity } from '../../src/engine/parks';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import { defaultScenario } from '../../src/scenario/default-scenario';
import type { Scenario } from '../../src/scenario/scenario';
import { withCluster } from './scenario-fixtures';

const PLAN = defaultScenario(PLAN_DATASET);

function ledgerOf(scenario: Scenario) {
  const result = project(PLAN_DATASET, scenario);
  const sites = projectSites(PLAN_DATASET, scenario);
  return {
    result,
    ledger: landLedger(PLAN_DATASET, scenario, result, sites),
    pools: parkPools(result, sites),
  };
}

const row = (ledger: ReturnType<typeof ledgerOf>['ledger'], id: string) =>
  ledger.find((r) => r.clusterId === id)!;

describe('land ledger on the dataset’s estimates (hand-computed)', () => {
  const { ledger } = ledgerOf(PLAN);
  // 2020 intensities: 60 (the zone target) where the parks hold the target at 60; agricultural
  // processing 100 ÷ 1.53 = 65.36, which fills Qianzhou exactly; services 100 × 1.05³ = 115.7625.

  test('new materials needs 250 ÷ 60 = 4.167 km² of Qinggang’s 7.3', () => {
    const nm = row(ledger, 'newMaterials');
    expect(nm.intensityAtTarget).toBe(60);
    expect(nm.landNeeded).toBeCloseTo(250 / 60, 9);
    expect(nm.poolArea).toBe(7.3);
    expect(nm.available).toBe(7.3);
    expect(nm.shortfall).toBeCloseTo(250 / 60 - 7.3, 9);
  });

  test('agricultural processing needs all of Qianzhou at 65.36 and is not short of land', () => {
    const agri = row(ledger, 'agriProcessing');
    expect(agri.intensityAtTarget).toBeCloseTo(100 / 1.53, 12);
    expect(agri.landNeeded).toBeCloseTo(1.53, 12);
    expect(agri.shortfall).toBeCloseTo(0, 12);
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
    const mh = row(
      ledgerOf(withCluster('medicineHealth', { landIntensity: 45 }, PLAN)).ledger,
      'medicineHealth',
    );
    expect(mh.intensityAtTarget).toBe(45);
    expect(mh.landNeeded).toBeCloseTo(150 / 45, 12);
  });

  test('a switched-on project’s own site is reported', () => {
    const scenario: Scenario = { ...PLAN, projects: [{ id: 'glassFibre', enabled: true }] };
    expect(row(ledgerOf(scenario).ledger, 'newMaterials').projectLand).toBeCloseTo(0.4, 12);
  });
});

describe('park pools year by year', () => {
  test('each pool’s intensity is its output over its producing land; with land to spare, the lever’s', () => {
    const roomy = withCluster('medicineHealth', { landPace: 3 }, PLAN);
    const { pools, result } = ledgerOf(roomy);
    const fengjia = pools.find((p) => p.parkIds.includes('fengjia'))!;
    const mh = result.clusters.find((c) => c.id === 'medicineHealth')!;
    const y2020 = fengjia.years[3]!;
    expect(y2020.industrialOutput).toBe(mh.years[3]!.output);
    expect(y2020.industrialLand).toBe(mh.years[3]!.producingLand);
    expect(y2020.intensity).toBeCloseTo(60, 9);
    const shared = pools.find((p) => p.parkIds.includes('qidi'))!;
    expect(shared.years[3]!.serviceRevenue).toBe(
      result.clusters.find((c) => c.id === 'modernServices')!.years[3]!.output,
    );
  });

  test('a park whose land binds reports the cluster and the first year; a full park its year', () => {
    const scenario = withCluster('agriProcessing', { growthRate: 0.6, landPace: 0.5 }, PLAN);
    const { pools } = ledgerOf(scenario);
    const qianzhou = pools.find((p) => p.parkIds.includes('qianzhou'))!;
    // 25.8 · 1.6^t plus investment needs more than 0.5733 + 0.5·t km² at ~50 亿元/km² from 2019.
    expect(qianzhou.landBindsFrom[0]!.clusterId).toBe('agriProcessing');
    expect(qianzhou.landBindsFrom[0]!.year).not.toBeNull();
    // 0.5733 + 0.5·2 > 1.53 in 2019: the park is fully readied from then.
    expect(qianzhou.fullFrom).toBe(2019);
  });
});

describe('ready land beside producing land', () => {
  test('a pool’s ready land is what its clusters have readied: at least what produces, at most the area', () => {
    const scenario = withCluster('newMaterials', { landPace: 0.5 }, PLAN);
    const { result, pools, ledger } = ledgerOf(scenario);
    for (const pool of pools) {
      for (const [t, year] of pool.years.entries()) {
        expect(year.readyLand).toBeGreaterThanOrEqual(year.producingLand - 1e-12);
        expect(year.readyLand).toBeLessThanOrEqual(pool.areaKm2 + 1e-12);
        const members = result.clusters.filter((c) => pool.clusterIds.includes(c.id));
        const sum = members.reduce((total, c) => total + c.years[t]!.readyLand, 0);
        expect(year.readyLand).toBeCloseTo(Math.max(year.producingLand, Math.min(pool.areaKm2, sum)), 12);
      }
    }
    // New materials readies 0.5 km² a year beside its 2017 land: 3 years later, 1.5 km² more.
    const nm = result.clusters.find((c) => c.id === 'newMaterials')!;
    const nmRow = ledger.find((r) => r.clusterId === 'newMaterials')!;
    expect(nmRow.readyLand).toBe(nm.years.at(-1)!.readyLand);
    expect(nmRow.readyLand).toBeCloseTo(nm.years[0]!.producingLand + 1.5, 9);
  });
});

describe('parks beside the zone’s 60 亿元/km², a zone-wide average (专栏1), not a target of each park', () => {
  // The plan path: 600 on 600 ÷ 60 = 10 km². Qianzhou is too small (1.53 km²) to hold agricultural
  // processing's 100 at 60, so it runs at 100 ÷ 1.53 = 65.36; the other three parks share the other
  // 8.47 km² at 500 ÷ 8.47 = 59.03 — below 60 each, while the zone is at 60 exactly.
  const planPath = referenceScenario(PLAN_DATASET, 'planPath');
  const { result, pools } = ledgerOf(planPath);
  const zone = zoneIntensity(result);
  const end = (id: string) => pools.find((p) => p.parkIds.includes(id as never))!.years.at(-1)!;

  test('on the plan path the zone is at 60 and meets its target; three parks are at 59.03, Qianzhou at 65.36', () => {
    expect(zone.years.at(-1)!.industrialOutput).toBeCloseTo(600, 9);
    expect(zone.years.at(-1)!.industrialLand).toBeCloseTo(10, 9);
    expect(zone.years.at(-1)!.intensity).toBeCloseTo(60, 9);
    expect(zone.target.target).toBe(60);
    expect(zone.target.status).toBe('onTrack');
    expect(zone.otherIndustryInTarget).toBe(false);
    for (const id of ['qinggang', 'fengjia', 'zhengyang'])
      expect(end(id).intensity).toBeCloseTo(500 / 8.47, 9);
    expect(end('qianzhou').intensity).toBeCloseTo(100 / 1.53, 9);
  });

  test('so the parks read as below or above the zone average (information), not as failing a target', () => {
    const zoneEnd = zone.years.at(-1)!.intensity;
    expect(besideZone(end('qinggang').intensity, zoneEnd)).toBe('below');
    expect(besideZone(end('fengjia').intensity, zoneEnd)).toBe('below');
    expect(besideZone(end('zhengyang').intensity, zoneEnd)).toBe('below');
    expect(besideZone(end('qianzhou').intensity, zoneEnd)).toBe('above');
  });

  test('compared as shown, to one decimal: figures shown alike are level; none without an intensity', () => {
    expect(besideZone(59.96, 60)).toBe('level'); // both shown as 60.0
    expect(besideZone(59.94, 60)).toBe('below'); // 59.9 beside 60.0
    expect(besideZone(60.06, 60)).toBe('above'); // 60.1 beside 60.0
    expect(besideZone(59.6, 60, 0)).toBe('level'); // 60 beside 60
    expect(besideZone(null, 60)).toBeNull();
    expect(besideZone(59, null)).toBeNull();
  });
});
