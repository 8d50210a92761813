import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { PlanDataset } from '../../src/data/plan-types';
import { project } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { DEFAULT_WITHOUT_BASE_INVESTMENT } from './scenario-fixtures';
import {
  anyProjectOn,
  keyProjectContributions,
  projectContributions,
  projectLand,
  projectLandIn,
  projectOutputAdded,
  projectOutputLevel,
  resolveProjects,
  type ResolvedProject,
} from '../../src/engine/key-projects';
import { planOverview } from '../../src/engine/plan-overview';
import type { ProjectSetting, Scenario } from '../../src/scenario/scenario';
import { validateScenario } from '../../src/scenario/schema';
import { startYearRange } from '../../src/data/scenario-limits';

/** The default scenario as release 0.1.0 projected it (no base-year investment): its published figures. */
const PLAN = DEFAULT_WITHOUT_BASE_INVESTMENT;

function withProjects(projects: ProjectSetting[], base: Scenario = PLAN): Scenario {
  return { ...structuredClone(base), projects };
}

/** A resolved project for the pure per-year functions. */
function p(change: Partial<ResolvedProject>): ResolvedProject {
  return {
    id: 'x',
    clusterId: 'newMaterials',
    custom: false,
    name: { zh: 'x', en: 'x' },
    enabled: true,
    startYear: 2019,
    rampUpShare: 0.4,
    annualOutput: 10,
    landKm2: 0.5,
    ...change,
  };
}

const outputs = (s: Scenario, clusterId: string) =>
  project(PLAN_DATASET, s)
    .clusters.find((c) => c.id === clusterId)!
    .years.map((y) => y.output);

describe('a project year by year (2017 base, t = 0 … 3)', () => {
  test.each([
    // start, ramp, V → levels 2017–2020, increments 2017–2020
    { start: 2019, ramp: 0.4, levels: [0, 0, 4, 10], added: [0, 0, 4, 6] },
    { start: 2018, ramp: 0.4, levels: [0, 4, 10, 10], added: [0, 4, 6, 0] },
    { start: 2020, ramp: 0.4, levels: [0, 0, 0, 4], added: [0, 0, 0, 4] },
    { start: 2021, ramp: 0.4, levels: [0, 0, 0, 0], added: [0, 0, 0, 0] },
    { start: 2019, ramp: 1, levels: [0, 0, 10, 10], added: [0, 0, 10, 0] },
    { start: 2019, ramp: 0, levels: [0, 0, 0, 10], added: [0, 0, 0, 10] },
  ])('starting $start with ramp-up $ramp: levels $levels, added $added', ({ start, ramp, levels, added }) => {
    const project = p({ startYear: start, rampUpShare: ramp });
    expect([0, 1, 2, 3].map((t) => projectOutputLevel(project, 2017, t))).toEqual(levels);
    expect([0, 1, 2, 3].map((t) => projectOutputAdded(project, 2017, t))).toEqual(added);
  });

  test('a project brings its land from its start year on', () => {
    expect([0, 1, 2, 3].map((t) => projectLandIn(p({ startYear: 2019 }), 2017, t))).toEqual([0, 0, 0.5, 0.5]);
  });

  test('a project switched off adds neither output nor land', () => {
    const off = p({ enabled: false });
    for (const t of [0, 1, 2, 3]) {
      expect(projectOutputLevel(off, 2017, t)).toBe(0);
      expect(projectOutputAdded(off, 2017, t)).toBe(0);
      expect(projectLandIn(off, 2017, t)).toBe(0);
    }
  });
});

describe('resolveProjects()', () => {
  test('every plan project takes its dataset defaults and is off when the scenario sets nothing', () => {
    const resolved = resolveProjects(PLAN_DATASET, PLAN);
    expect(resolved.map((r) => r.id)).toEqual(PLAN_DATASET.keyProjects!.map((k) => k.id));
    for (const r of resolved) {
      const data = PLAN_DATASET.keyProjects!.find((k) => k.id === r.id)!;
      expect(r.enabled).toBe(false);
      expect(r.startYear).toBe(data.defaults.startYear.value);
      expect(r.annualOutput).toBe(data.defaults.annualOutput.value);
      expect(r.landKm2).toBe(data.defaults.landKm2.value);
    }
    expect(anyProjectOn(PLAN_DATASET, PLAN)).toBe(false);
  });

  test("a setting changes only the fields it gives; a user's project follows the plan projects", () => {
    const resolved = resolveProjects(
      PLAN_DATASET,
      withProjects([
        { id: 'user-1', custom: { name: '新工厂', clusterId: 'medicineHealth' }, annualOutput: 12 },
        { id: 'glassFibre', enabled: true, startYear: 2020 },
        { id: 'noSuchProject', enabled: true },
      ]),
    );
    const glass = resolved.find((r) => r.id === 'glassFibre')!;
    expect(glass).toMatchObject({ enabled: true, startYear: 2020, annualOutput: 7.5, rampUpShare: 0.5 });
    expect(glass.landKm2).toBeCloseTo(0.4, 12);
    expect(resolved.at(-1)).toEqual({
      id: 'user-1',
      clusterId: 'medicineHealth',
      custom: true,
      name: { zh: '新工厂', en: '新工厂' },
      enabled: true,
      startYear: 2019,
      rampUpShare: 0.5,
      annualOutput: 12,
      landKm2: 0,
    });
    expect(resolved.some((r) => r.id === 'noSuchProject')).toBe(false);
  });

  test('start years run from the first projected year to three years after the target year', () => {
    expect(startYearRange(PLAN_DATASET)).toEqual({ min: 2018, max: 2023 });
  });
});

describe('projectContributions()', () => {
  test('sums the switched-on projects of each cluster, per year (hand-computed)', () => {
    const scenario = withProjects([
      { id: 'glassFibre', enabled: true }, // 7.5, 2019, ramp 0.5, land 0.4
      { id: 'aluminiumFoil', enabled: true, startYear: 2018, rampUpShare: 0.2 }, // 12.5
      { id: 'capsules', enabled: true, startYear: 2020 }, // 4.2
      { id: 'autoParts', enabled: false },
    ]);
    const c = keyProjectContributions(PLAN_DATASET, scenario);
    // newMaterials: foil 2.5 in 2018, 10 in 2019; glass 3.75 in 2019, 3.75 in 2020
    expect(c.output[0]).toEqual([0, 2.5, 10 + 3.75, 3.75]);
    // medicineHealth: capsules 2.1 in 2020
    expect(c.output[1]).toEqual([0, 0, 0, 2.1]);
    expect(c.output.slice(2)).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(c.land[0]).toEqual([0, 0, 600 / 1500, 600 / 1500]);
    expect(c.land[1]).toEqual([0, 0, 0, 0]);
    expect(projectContributions(PLAN_DATASET, scenario)).toEqual(c.output);
    expect(projectLand(PLAN_DATASET, scenario)).toEqual(c.land);
  });

  test('depends on the project settings only, never on growth, investment or land levers', () => {
    const scenario = withProjects([{ id: 'glassFibre', enabled: true }]);
    const moved = structuredClone(scenario);
    moved.clusters.newMaterials.growthRate = 0.5;
    moved.clusters.newMaterials.investmentPerYear = 0;
    moved.clusters.newMaterials.landPace = 0;
    moved.otherIndustryGrowth = -0.2;
    expect(keyProjectContributions(PLAN_DATASET, moved)).toEqual(
      keyProjectContributions(PLAN_DATASET, scenario),
    );
  });

  test('a dataset without key projects contributes nothing', () => {
    const bare: PlanDataset = { ...PLAN_DATASET, keyProjects: undefined };
    const c = keyProjectContributions(bare, withProjects([{ id: 'glassFibre', enabled: true }]));
    expect(c.output.flat().every((x) => x === 0)).toBe(true);
  });
});

describe('project() with key projects', () => {
  test('with no project switched on, the projection is exactly the one without projects', () => {
    const plain = project(PLAN_DATASET, PLAN);
    for (const projects of [
      [],
      [{ id: 'glassFibre' }],
      [{ id: 'glassFibre', enabled: false, startYear: 2018, annualOutput: 99 }],
      [{ id: 'user-1', enabled: false, custom: { name: 'x', clusterId: 'agriProcessing' as const } }],
    ]) {
      expect(project(PLAN_DATASET, withProjects(projects))).toEqual(plain);
    }
  });

  test('the default scenario without base-year investment still projects the figures 0.1.0 published', () => {
    const r = project(PLAN_DATASET, PLAN);
    const at2020 = (id: string) => r.targets.find((t) => t.id === id)!.projected;
    expect(at2020('newMaterials')).toBeCloseTo(205.7439935, 9);
    expect(at2020('industrialOutput')).toBeCloseTo(447.648, 3);
  });

  test('switching the glass-fibre project on adds its output on top of the generic investment (hand-computed)', () => {
    // 2018: 51.5 × 1.09 = 56.135 (no investment output yet)
    // 2019: 56.135 × 1.09 + 45 (investment) + 3.75 (half of 7.5) = 109.93715
    // 2020: 109.93715 × 1.09 + 90 + 3.75 (the other half) = 213.5814935
    const on = outputs(withProjects([{ id: 'glassFibre', enabled: true }]), 'newMaterials');
    expect(on[1]).toBeCloseTo(56.135, 10);
    expect(on[2]).toBeCloseTo(109.93715, 10);
    expect(on[3]).toBeCloseTo(213.5814935, 9);
    const off = outputs(PLAN, 'newMaterials');
    expect(on[3]! - off[3]!).toBeCloseTo(3.75 * 1.09 + 3.75, 10);
  });

  test('a start a year later moves the output: 2019 loses it all, 2020 gets only the ramp-up share', () => {
    const late = outputs(
      withProjects([{ id: 'glassFibre', enabled: true, startYear: 2020 }]),
      'newMaterials',
    );
    expect(late[2]).toBeCloseTo(106.18715, 10);
    expect(late[3]).toBeCloseTo(205.7439935 + 3.75, 9);
  });

  test("the project's land is producing land of its cluster from its start year", () => {
    const r = project(PLAN_DATASET, withProjects([{ id: 'glassFibre', enabled: true }]));
    const land = r.clusters[0]!.years.map((y) => y.producingLand);
    const base = 51.5 / 45;
    expect(land[1]).toBeCloseTo(base + 1.01, 12);
    expect(land[2]).toBeCloseTo(base + 2.02 + 0.4, 12);
    expect(land[3]).toBeCloseTo(base + 3.03 + 0.4, 12);
    expect(r.landPools[0]!.years[3]!.desiredLand).toBeCloseTo(base + 3.03 + 0.4, 12);
  });

  test('project land counts against the park: Qianzhou is full in 2020 and the project land is capped with it', () => {
    // Qianzhou 1.53 km²; base land 25.8/45 = 0.57333; pace 0.36; dehydrated vegetables 20 mu = 0.013333 from 2019.
    const r = project(PLAN_DATASET, withProjects([{ id: 'dehydratedVegetables', enabled: true }]));
    const agri = r.clusters.find((c) => c.id === 'agriProcessing')!;
    const base = 25.8 / 45;
    expect(agri.years[2]!.producingLand).toBeCloseTo(base + 0.72 + 20 / 1500, 12);
    expect(agri.years[3]!.producingLand).toBeCloseTo(1.53, 12);
    const pool = r.landPools.find((lp) => lp.clusterIds.includes('agriProcessing'))!;
    expect(pool.years[3]!.desiredLand).toBeCloseTo(base + 1.08 + 20 / 1500, 12);
    expect(agri.parkFullFrom).toBe(2020);
  });

  test('in a shared pool that is over, the room is shared in proportion to what each cluster wants', () => {
    // Zhengyang + Qidi 5.95 km²; bases 12/45 and 0.3; paces 2 and 1; Qidi core area 200 mu from 2019.
    const scenario = withProjects([{ id: 'qidiScienceCity', enabled: true }]);
    scenario.clusters.smartManufacturing.landPace = 2;
    scenario.clusters.modernServices.landPace = 1;
    const r = project(PLAN_DATASET, scenario);
    const smart = r.clusters.find((c) => c.id === 'smartManufacturing')!;
    const services = r.clusters.find((c) => c.id === 'modernServices')!;
    const room = 5.95 - (12 / 45 + 0.3);
    const qidi = 200 / 1500;
    // 2019: wanted 4 + 0.1333 and 2: 6.1333 > room 5.3833 → shared
    const wanted2019 = [4 + qidi, 2];
    const sum2019 = wanted2019[0]! + wanted2019[1]!;
    expect(smart.years[2]!.producingLand).toBeCloseTo(12 / 45 + (room * wanted2019[0]!) / sum2019, 12);
    expect(services.years[2]!.producingLand).toBeCloseTo(0.3 + (room * wanted2019[1]!) / sum2019, 12);
    expect(smart.years[2]!.producingLand + services.years[2]!.producingLand).toBeCloseTo(5.95, 12);
    // 2018: wanted 2 and 1 (the project starts in 2019), within the room
    expect(smart.years[1]!.producingLand).toBeCloseTo(12 / 45 + 2, 12);
  });

  test('project output is capped by land like the rest of the cluster', () => {
    const scenario = withProjects([
      { id: 'aerospaceAluminium', enabled: true, startYear: 2018, rampUpShare: 1 },
    ]);
    scenario.clusters.newMaterials.landPace = 0;
    const r = project(PLAN_DATASET, scenario);
    const nm = r.clusters[0]!;
    // Land stays 51.5/45; capacity 2018 = 51.5/45 × 45 × 1.10064… = 56.68; potential 56.135 + 40 → capped
    expect(nm.years[1]!.landBinds).toBe(true);
    expect(nm.years[1]!.output).toBeCloseTo(51.5 * (60 / 45) ** (1 / 3), 9);
    expect(nm.landBindsFrom).toBe(2018);
  });

  test('the growth solve counts the projects: the solved rate reaches the target exactly', () => {
    const scenario = withProjects([
      { id: 'glassFibre', enabled: true },
      { id: 'autoParts', enabled: true },
    ]);
    const r = project(PLAN_DATASET, scenario);
    const solution = r.growthSolutions.find((s) => s.clusterId === 'newMaterials')!;
    expect(solution.outcome).toBe('reachable');
    const solved = structuredClone(scenario);
    solved.clusters.newMaterials.growthRate = solution.growthRate!;
    const target = project(PLAN_DATASET, solved).targets.find((t) => t.id === 'newMaterials')!;
    expect(target.attainment).toBeGreaterThanOrEqual(1 - 1e-9);
    expect(target.projected).toBeCloseTo(250, 6);
    // Projects raise output, so less growth is needed than without them (26.1 %).
    expect(solution.growthRate!).toBeLessThan(
      project(PLAN_DATASET, PLAN).growthSolutions.find((s) => s.clusterId === 'newMaterials')!.growthRate!,
    );
  });

  test("a user's own project adds to its cluster", () => {
    const scenario = withProjects([
      {
        id: 'user-1',
        enabled: true,
        startYear: 2018,
        rampUpShare: 1,
        annualOutput: 20,
        landKm2: 0,
        custom: { name: '新药厂', clusterId: 'medicineHealth' },
      },
    ]);
    const on = outputs(scenario, 'medicineHealth');
    const off = outputs(PLAN, 'medicineHealth');
    expect(on[1]! - off[1]!).toBeCloseTo(20, 12);
    expect(on[2]! - off[2]!).toBeCloseTo(20 * 1.09, 10);
  });
});

describe('planOverview(): what each project does', () => {
  test('switching a project off costs its cluster and the zone what the engine says (hand-computed)', () => {
    const scenario = withProjects([{ id: 'glassFibre', enabled: true }]);
    const overview = planOverview(PLAN_DATASET, scenario, project(PLAN_DATASET, scenario));
    const glass = overview.projects.find((i) => i.project.id === 'glassFibre')!;
    expect(glass.clusterEffect).toBeCloseTo(3.75 * 1.09 + 3.75, 10);
    expect(glass.zoneEffect).toBeCloseTo(3.75 * 1.09 + 3.75, 10);
    // Starting 2020 instead of 2019: 2020 gets 3.75 instead of 7.8375.
    expect(glass.slipEffect).toBeCloseTo(3.75 * 1.09, 10);
    expect(glass.levels).toEqual([0, 0, 3.75, 7.5]);
    expect(glass.land[3]).toBeCloseTo(0.4, 12);
  });

  test('projects that are off have no effect to report; a project at the latest start cannot slip', () => {
    const scenario = withProjects([{ id: 'capsules', enabled: true, startYear: 2023 }]);
    const overview = planOverview(PLAN_DATASET, scenario, project(PLAN_DATASET, scenario));
    const capsules = overview.projects.find((i) => i.project.id === 'capsules')!;
    expect(capsules.clusterEffect).toBe(0);
    expect(capsules.slipEffect).toBeNull();
    const off = overview.projects.find((i) => i.project.id === 'glassFibre')!;
    expect(off.clusterEffect).toBeNull();
    expect(off.slipEffect).toBeNull();
  });

  test('a service project changes service revenue, not industrial output', () => {
    const scenario = withProjects([{ id: 'expressHub', enabled: true, startYear: 2018, rampUpShare: 1 }]);
    const overview = planOverview(PLAN_DATASET, scenario, project(PLAN_DATASET, scenario));
    const hub = overview.projects.find((i) => i.project.id === 'expressHub')!;
    expect(hub.clusterEffect).toBeCloseTo(3 * 1.09 * 1.09, 9);
    expect(hub.zoneEffect).toBe(0);
  });
});

describe('validation of project settings', () => {
  test.each([
    [{ id: 'glassFibre', startYear: 2017 }, 'projects[0].startYear'],
    [{ id: 'glassFibre', startYear: 2019.5 }, 'projects[0].startYear'],
    [{ id: 'glassFibre', startYear: 2024 }, 'projects[0].startYear'],
    [{ id: 'glassFibre', rampUpShare: 1.2 }, 'projects[0].rampUpShare'],
    [{ id: 'glassFibre', annualOutput: -1 }, 'projects[0].annualOutput'],
    [{ id: 'glassFibre', annualOutput: 501 }, 'projects[0].annualOutput'],
    [{ id: 'glassFibre', landKm2: 6 }, 'projects[0].landKm2'],
    [{ id: 'glassFibre', enabled: 'yes' }, 'projects[0].enabled'],
    [{ id: '' }, 'projects[0].id'],
    [{ id: 'user-1', custom: { name: ' ', clusterId: 'newMaterials' } }, 'projects[0].custom.name'],
    [{ id: 'user-1', custom: { name: 'x', clusterId: 'tourism' } }, 'projects[0].custom.clusterId'],
    [{ id: 'glassFibre', custom: { name: 'x', clusterId: 'newMaterials' } }, 'projects[0].id'],
  ])('%j is refused at %s', (setting, path) => {
    const issues = validateScenario(withProjects([setting as ProjectSetting]), PLAN_DATASET);
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0]!.message).toContain(path);
    expect(() => project(PLAN_DATASET, withProjects([setting as ProjectSetting]))).toThrow(path);
  });

  test('two settings with the same id are refused; a list that is not a list is refused', () => {
    const twice = validateScenario(withProjects([{ id: 'glassFibre' }, { id: 'glassFibre' }]), PLAN_DATASET);
    expect(twice.map((i) => i.path)).toEqual(['projects[1].id']);
    const notList = validateScenario({ ...PLAN, projects: {} as unknown as ProjectSetting[] }, PLAN_DATASET);
    expect(notList.map((i) => i.path)).toEqual(['projects']);
  });

  test('a setting for a project this dataset does not have is ignored, as a conflict choice is', () => {
    expect(validateScenario(withProjects([{ id: 'retired', enabled: true }]), PLAN_DATASET)).toEqual([]);
  });
});
