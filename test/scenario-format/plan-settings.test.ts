import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { computeIndicators } from '../../src/engine/indicators';
import { resolveProjects } from '../../src/engine/key-projects';
import type { Scenario } from '../../src/scenario/scenario';
import { validateScenario as checkScenarioRanges } from '../../src/scenario/schema';
import { decodeFile, encodeFile } from '../../src/scenario-format/file-format';
import { migrateRecord } from '../../src/scenario-format/migrations';
import { parseSavedScenario, type SavedScenario } from '../../src/scenario-format/saved-scenario';
import { decodeShareLink, encodeShareLink } from '../../src/scenario-format/share-link';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import { expectMigratedScenario } from '../fixtures/release-0.1.0';
import { baseRecord, fixtureText } from './fixture-files';

/** The base record with room to grow: land never binds, so a project adds exactly its own output. */
function roomyRecord(): SavedScenario {
  const record = baseRecord();
  const clusters = structuredClone(record.scenario.clusters);
  clusters.newMaterials.landPace = 3;
  clusters.medicineHealth.landPace = 3;
  record.scenario = { ...record.scenario, clusters };
  return record;
}

/** A record of this version with key projects, a user's project and indicator settings. */
function recordWithPlan(): SavedScenario {
  const record = roomyRecord();
  record.scenario = {
    ...record.scenario,
    projects: [
      { id: 'glassFibre', enabled: true, startYear: 2020 },
      {
        id: 'user-1',
        enabled: true,
        startYear: 2019,
        rampUpShare: 0.5,
        annualOutput: 12,
        landKm2: 0.1,
        custom: { name: '黔江新药厂', clusterId: 'medicineHealth' },
      },
    ],
    indicators: {
      trajectories: { highTechEnterprises: { '2019': 30, '2020': 55 } },
      highTechShareOfNew: { newMaterials: 0.4 },
      profitMarginOfNew: 0.08,
    },
  };
  return record;
}

describe('saved scenarios from before key projects and indicators (schema version 1)', () => {
  const old = JSON.parse(fixtureText('migrations/record-v1.json')) as SavedScenario;

  test('the v1 fixture has neither field: it still loads, every value kept, no projects or indicators set', () => {
    expect(old.scenario.projects).toBeUndefined();
    expect(old.scenario.indicators).toBeUndefined();
    const migrated = migrateRecord(old, PLAN_DATASET);
    if (!migrated.ok) throw new Error(migrated.error.message);
    expectMigratedScenario(
      old.scenario as unknown as Record<string, unknown>,
      migrated.record.scenario,
      1,
      PLAN_DATASET,
    );
    expect(migrated.record.scenario.projects).toBeUndefined();
    expect(migrated.record.scenario.indicators).toBeUndefined();
    expect(parseSavedScenario(migrated.record, PLAN_DATASET).ok).toBe(true);
    expect(checkScenarioRanges(migrated.record.scenario, PLAN_DATASET)).toEqual([]);
  });

  test('it projects as the scenario it was built from, every key project off and every indicator on its default path', () => {
    const migrated = migrateRecord(old, PLAN_DATASET);
    if (!migrated.ok) throw new Error(migrated.error.message);
    const scenario = migrated.record.scenario;
    // Without projects is the same as with every plan project listed and switched off.
    const allOff: Scenario = {
      ...scenario,
      projects: (PLAN_DATASET.keyProjects ?? []).map((p) => ({ id: p.id, enabled: false })),
    };
    expect(PLAN_DATASET.keyProjects!.length).toBeGreaterThan(0);
    expect(project(PLAN_DATASET, scenario)).toEqual(project(PLAN_DATASET, allOff));
    expect(project(PLAN_DATASET, scenario)).toEqual(
      project(PLAN_DATASET, referenceScenario(PLAN_DATASET, 'earlyEstimates')),
    );
    expect(resolveProjects(PLAN_DATASET, scenario).every((p) => !p.enabled)).toBe(true);
    const indicators = computeIndicators(PLAN_DATASET, scenario, project(PLAN_DATASET, scenario));
    expect(
      indicators.rows.filter((r) => r.method === 'trajectory').every((r) => r.status === 'planPath'),
    ).toBe(true);
  });

  test('an old export file imports without warnings about the new fields', () => {
    const decoded = decodeFile(fixtureText('files/export-v1.json'), 'export-v1.json');
    expect(decoded.ok).toBe(true);
    if (decoded.ok) for (const record of decoded.scenarios) expect(record.scenario.projects).toBeUndefined();
  });
});

describe('saved scenarios with key projects and indicator settings', () => {
  test('pass the schema and the ranges, and project with the projects on', () => {
    const record = recordWithPlan();
    const parsed = parseSavedScenario(record, PLAN_DATASET);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value).toEqual(record);
    expect(checkScenarioRanges(record.scenario, PLAN_DATASET)).toEqual([]);
    const withProjects = project(PLAN_DATASET, record.scenario);
    const without = project(PLAN_DATASET, roomyRecord().scenario);
    const [newMaterials, medicine] = [withProjects.clusters[0]!, withProjects.clusters[1]!];
    expect([newMaterials.id, medicine.id]).toEqual(['newMaterials', 'medicineHealth']);
    // The glass-fibre project (7.5 亿元/yr) produces half of it in its first year, 2020; the user's
    // project (12 亿元/yr) half in 2019 and all of it in 2020.
    expect(newMaterials.years[3]!.year).toBe(2020);
    expect(newMaterials.years[3]!.projects).toBeCloseTo(3.75, 9);
    expect(medicine.years[2]!.projects).toBeCloseTo(6, 9);
    expect(medicine.years[3]!.projects).toBeCloseTo(12, 9);
    // A project replaces the generic investment estimated from it (the vintage that starts producing
    // in its start year gives up as much), so with land to spare the cluster's output stays the same.
    for (const [c, t, projectOutput] of [
      [0, 3, 3.75],
      [1, 2, 6],
    ] as const) {
      const on = withProjects.clusters[c]!.years[t]!;
      const off = without.clusters[c]!.years[t]!;
      expect(on.landBinds || off.landBinds).toBe(false);
      expect(off.projects).toBe(0);
      expect(on.investment).toBeCloseTo(off.investment - projectOutput, 9);
      expect(on.output).toBeCloseTo(off.output, 9);
    }
  });

  test('round-trip through an export file', () => {
    const record = recordWithPlan();
    const text = encodeFile([record], { appVersion: '0.1.0', exportedAt: 1764374400000 });
    const decoded = decodeFile(text, 'plan.json');
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.scenarios[0]!.scenario).toEqual(record.scenario);
  });

  test('round-trip through a share link', async () => {
    const record = recordWithPlan();
    const link = await encodeShareLink(record);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const opened = await decodeShareLink(link.fragment);
    expect(opened.ok).toBe(true);
    expect(opened.ok && opened.scenario.scenario).toEqual(record.scenario);
  });

  test.each([
    [
      'enabled: "yes"',
      { projects: [{ id: 'glassFibre', enabled: 'yes' }] },
      'wrongType',
      'scenario.projects[0].enabled',
    ],
    [
      'startYear: "2019"',
      { projects: [{ id: 'glassFibre', startYear: '2019' }] },
      'wrongType',
      'scenario.projects[0].startYear',
    ],
    [
      'a name of 101 characters',
      { projects: [{ id: 'u', custom: { name: 'x'.repeat(101), clusterId: 'newMaterials' } }] },
      'textTooLong',
      'scenario.projects[0].custom.name',
    ],
    [
      'an unknown cluster',
      { projects: [{ id: 'u', custom: { name: 'x', clusterId: 'tourism' } }] },
      'invalidOption',
      'scenario.projects[0].custom.clusterId',
    ],
    ['projects not a list', { projects: { id: 'glassFibre' } }, 'wrongType', 'scenario.projects'],
    [
      'a trajectory value as text',
      { indicators: { trajectories: { rndIntensity: { '2019': '1.8' } } } },
      'wrongType',
      'scenario.indicators.trajectories.rndIntensity["2019"]',
    ],
  ])('the schema refuses %s', (_what, change, code, path) => {
    const record = baseRecord() as unknown as { scenario: Record<string, unknown> };
    Object.assign(record.scenario, change);
    const parsed = parseSavedScenario(record, PLAN_DATASET);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
  });

  test('the wrong type for "enabled" is worded as true/false', () => {
    const record = baseRecord() as unknown as { scenario: Record<string, unknown> };
    record.scenario.projects = [{ id: 'glassFibre', enabled: 1 }];
    const parsed = parseSavedScenario(record, PLAN_DATASET);
    expect(!parsed.ok && parsed.issues[0]!.params).toEqual({ expected: 'boolean', received: 'number' });
  });

  test.each([
    [{ projects: [{ id: 'glassFibre', startYear: 2030 }] }, 'outOfRange', 'projects[0].startYear'],
    [{ projects: [{ id: 'glassFibre', annualOutput: 600 }] }, 'outOfRange', 'projects[0].annualOutput'],
    [
      { indicators: { trajectories: { rndIntensity: { '2021': 2 } } } },
      'invalidOption',
      'indicators.trajectories.rndIntensity["2021"]',
    ],
    [
      { indicators: { trajectories: { netProfit: { '2020': 40 } } } },
      'invalidOption',
      'indicators.trajectories.netProfit',
    ],
    [{ indicators: { valueAddedRateOfNew: 1.5 } }, 'outOfRange', 'indicators.valueAddedRateOfNew'],
  ])('the ranges refuse %j', (change, code, path) => {
    const scenario = { ...defaultScenario(PLAN_DATASET), ...change } as Scenario;
    expect(checkScenarioRanges(scenario, PLAN_DATASET).map((i) => [i.code, i.path])).toEqual([[code, path]]);
    const record = baseRecord();
    record.scenario = scenario;
    const decoded = decodeFile(encodeFile([record], { appVersion: '0.1.0', exportedAt: 0 }), 'bad.json');
    expect(decoded.ok).toBe(false);
  });
});
