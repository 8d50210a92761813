/**
 * Key projects (docs/model.md, "Key projects"): settings resolved over the dataset's defaults, a
 * project's own levels, how a switched-on project replaces the generic investment estimated from it,
 * and what the whole-plan view reports it does — each with values computed by hand.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project } from '../../src/engine';
import {
  anyProjectOn,
  countedOutput,
  projectLandIn,
  projectOutputLevel,
  projectSites,
  resolveProjects,
  type ResolvedProject,
} from '../../src/engine/key-projects';
import { planOverview } from '../../src/engine/plan-overview';
import type { ProjectSetting, Scenario } from '../../src/scenario/scenario';
import { validateScenario } from '../../src/scenario/schema';
import { startYearRange } from '../../src/data/scenario-limits';
import { DEFAULT_SCENARIO, NO_INVESTMENT, withCluster } from './scenario-fixtures';

/** The dataset's estimates, no project on. */
const PLAN = DEFAULT_SCENARIO;

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
    supplyOutput: 0,
    landKm2: 0.5,
    ...change,
  };
}

const clusterOutputs = (s: Scenario, clusterId: string) =>
  project(PLAN_DATASET, s)
    .clusters.find((c) => c.id === clusterId)!
    .years.map((y) => y.output);

describe('a project year by year (2017 base, t = 0 … 3)', () => {
  test.each([
    { start: 2019, ramp: 0.4, levels: [0, 0, 4, 10] },
    { start: 2018, ramp: 0.4, levels: [0, 4, 10, 10] },
    { start: 2020, ramp: 0.4, levels: [0, 0, 0, 4] },
    { start: 2021, ramp: 0.4, levels: [0, 0, 0, 0] },
    { start: 2019, ramp: 1, levels: [0, 0, 10, 10] },
    { start: 2019, ramp: 0, levels: [0, 0, 0, 10] },
  ])('starting $start with ramp-up $ramp: levels as entered $levels', ({ start, ramp, levels }) => {
    const project = p({ startYear: start, rampUpShare: ramp });
    expect([0, 1, 2, 3].map((t) => projectOutputLevel(project, 2017, t))).toEqual(levels);
  });

  test('a project brings its site from its start year on; switched off, neither output nor land', () => {
    expect([0, 1, 2, 3].map((t) => projectLandIn(p({ startYear: 2019 }), 2017, t))).toEqual([0, 0, 0.5, 0.5]);
    const off = p({ enabled: false });
    for (const t of [0, 1, 2, 3]) {
      expect(projectOutputLevel(off, 2017, t)).toBe(0);
      expect(projectLandIn(off, 2017, t)).toBe(0);
    }
  });

  test('projectSites() sums the sites of switched-on projects per cluster and year', () => {
    const sites = projectSites(
      PLAN_DATASET,
      withProjects([{ id: 'glassFibre', enabled: true, startYear: 2019 }]),
    );
    expect(sites[0]!.map((a) => Number(a.toFixed(12)))).toEqual([0, 0, 0.4, 0.4]);
    expect(
      sites
        .slice(1)
        .flat()
        .every((a) => a === 0),
    ).toBe(true);
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
      supplyOutput: 0,
      landKm2: 0,
    });
    expect(resolved.some((r) => r.id === 'noSuchProject')).toBe(false);
  });

  test('a base counts the processing it feeds only while the supply link is on', () => {
    const on = withProjects([{ id: 'sericulture', enabled: true }]);
    const off = { ...on, links: { ...on.links, agriSupply: { enabled: false } } };
    const fed = resolveProjects(PLAN_DATASET, on).find((r) => r.id === 'sericulture')!;
    expect(fed.annualOutput).toBe(0);
    expect(fed.supplyOutput).toBe(2.5);
    expect(countedOutput(fed)).toBe(2.5);
    expect(resolveProjects(PLAN_DATASET, off).find((r) => r.id === 'sericulture')!.supplyOutput).toBe(0);
  });

  test('start years run from the first projected year to three years after the target year', () => {
    expect(startYearRange(PLAN_DATASET)).toEqual({ min: 2018, max: 2023 });
  });
});

describe('project() with plan projects', () => {
  test('with no project switched on, the result equals the one without project settings', () => {
    const listed = withProjects([{ id: 'glassFibre', enabled: false }, { id: 'capsules' }]);
    expect(project(PLAN_DATASET, listed)).toEqual(project(PLAN_DATASET, PLAN));
  });

  test('glass fibre (7.5 from 2019) within new materials’ 2018 vintage (90) leaves the cluster’s potential unchanged', () => {
    // Same ramp-up (50 %) as the generic vintage it replaces: 3.75 in 2019, 7.5 in 2020 either way.
    // Its site (0.4 km²) is its own: with land to spare the output is the same.
    const roomy = withCluster('newMaterials', { landPace: 3, landIntensity: 500 });
    const on = project(PLAN_DATASET, withProjects([{ id: 'glassFibre', enabled: true }], roomy));
    const off = project(PLAN_DATASET, roomy);
    const nm = (r: typeof on) => r.clusters[0]!.years;
    for (let t = 0; t < 4; t++) expect(nm(on)[t]!.potential).toBeCloseTo(nm(off)[t]!.potential, 9);
    expect(nm(on)[3]!.projects).toBeCloseTo(7.5, 12);
    expect(nm(on)[3]!.investment).toBeCloseTo(nm(off)[3]!.investment - 7.5, 9);
  });

  test('a project beyond the generic investment adds what exceeds it: medicine with no investment gains the capsules in full', () => {
    const bare = withCluster('medicineHealth', { ...NO_INVESTMENT, landPace: 3, landIntensity: 500 });
    const capsules = PLAN_DATASET.keyProjects!.find((k) => k.id === 'capsules')!;
    const v = capsules.defaults.annualOutput.value;
    const start = capsules.defaults.startYear.value - 2017;
    const g = bare.clusters.medicineHealth.growthRate;
    const on = clusterOutputs(withProjects([{ id: 'capsules', enabled: true }], bare), 'medicineHealth');
    const off = clusterOutputs(bare, 'medicineHealth');
    for (let t = 1; t < 4; t++) {
      const level = t < start ? 0 : t === start ? 0.5 * v : v * (1 + g) ** (t - start - 1);
      expect(on[t]! - off[t]!, `year ${2017 + t}`).toBeCloseTo(level, 9);
    }
  });

  test('a user’s own project counts like a plan project', () => {
    const bare = withCluster('medicineHealth', { ...NO_INVESTMENT, landPace: 3, landIntensity: 500 });
    const scenario = withProjects(
      [
        {
          id: 'user-1',
          enabled: true,
          startYear: 2018,
          rampUpShare: 1,
          annualOutput: 20,
          landKm2: 0,
          custom: { name: '新药厂', clusterId: 'medicineHealth' },
        },
      ],
      bare,
    );
    const on = clusterOutputs(scenario, 'medicineHealth');
    const off = clusterOutputs(bare, 'medicineHealth');
    const g = bare.clusters.medicineHealth.growthRate;
    expect(on[1]! - off[1]!).toBeCloseTo(20, 12);
    expect(on[2]! - off[2]!).toBeCloseTo(20, 10);
    expect(on[3]! - off[3]!).toBeCloseTo(20 * (1 + g), 10);
    expect(anyProjectOn(PLAN_DATASET, scenario)).toBe(true);
  });
});

describe('planOverview(): what each project does', () => {
  test('switching a project off costs its cluster and the zone what the engine says', () => {
    const bare = withCluster('medicineHealth', { ...NO_INVESTMENT, landPace: 3, landIntensity: 500 });
    const scenario = withProjects([{ id: 'capsules', enabled: true, startYear: 2019 }], bare);
    const overview = planOverview(PLAN_DATASET, scenario, project(PLAN_DATASET, scenario));
    const capsules = overview.projects.find((i) => i.project.id === 'capsules')!;
    const v = capsules.project.annualOutput;
    expect(capsules.clusterEffect).toBeCloseTo(v, 9);
    expect(capsules.zoneEffect).toBeCloseTo(v, 9);
    // Starting 2020 instead: 2020 gets only its ramp-up half.
    expect(capsules.slipEffect).toBeCloseTo(v / 2, 9);
    expect(capsules.levels).toEqual([0, 0, v / 2, v]);
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
    const bare = withCluster('modernServices', { ...NO_INVESTMENT, landPace: 3, landIntensity: 500 });
    const scenario = withProjects(
      [{ id: 'expressHub', enabled: true, startYear: 2018, rampUpShare: 1 }],
      bare,
    );
    const overview = planOverview(PLAN_DATASET, scenario, project(PLAN_DATASET, scenario));
    const hub = overview.projects.find((i) => i.project.id === 'expressHub')!;
    const g = bare.clusters.modernServices.growthRate;
    // Full from its start (ramp-up 100 %), grown from its second full year: 2018, 2019 at V, 2020 at V·(1 + g).
    expect(hub.clusterEffect).toBeCloseTo(hub.project.annualOutput * (1 + g), 9);
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
