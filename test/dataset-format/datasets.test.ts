import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { PlanDataset } from '../../src/data/plan-types';
import { parseUserDataset } from '../../src/dataset-format/dataset-schema';
import { datasetDifferences } from '../../src/dataset-format/dataset-diff';
import { isUserLine, newLine, parseDatasetVersion } from '../../src/dataset-format/dataset-version';
import { nextPeriodDataset } from '../../src/engine/next-period/next-period-dataset';
import { carryScenario, datasetEngineProblem } from '../../src/engine/next-period/carry-scenario';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import { readDatasetFile, writeDatasetFile } from '../../src/scenario-format/dataset-file';
import { testActuals, testRequest } from '../engine/next-period/next-period-fixtures';

const first = nextPeriodDataset(PLAN_DATASET, testActuals(), testRequest());

/** Version 2: the planner raises 医药健康's target to 45 and cuts the 青杠 park's area. */
function secondVersion(): PlanDataset {
  const d = structuredClone(first) as { -readonly [K in keyof PlanDataset]: PlanDataset[K] };
  const clusters = d.clusters.map((c) =>
    c.id === 'medicineHealth'
      ? {
          ...c,
          target: { kind: 'plan' as const, value: 45, source: { section: '十四五规划 修订稿 第三章' } },
        }
      : c,
  );
  const parks = d.parks.map((p) =>
    p.id === 'qinggang'
      ? { ...p, areaKm2: { kind: 'plan' as const, value: 4, source: { section: '修订稿' } } }
      : p,
  );
  return { ...d, version: '2021-2025~test.2', clusters, parks };
}

describe('dataset versions', () => {
  test('split into line and revision; the embedded plan is not a user line', () => {
    expect(parseDatasetVersion('2018-2020.3')).toEqual({ line: '2018-2020', revision: 3 });
    expect(parseDatasetVersion('2021-2025~k7m2ab.12')).toEqual({ line: '2021-2025~k7m2ab', revision: 12 });
    expect(parseDatasetVersion('2021-2025~k7m2ab')).toBeNull();
    expect(parseDatasetVersion('x.0')).toBeNull();
    expect(isUserLine('2018-2020')).toBe(false);
    expect(isUserLine(newLine(2021, 2025, () => 0.5))).toBe(true);
    expect(newLine(2021, 2025, () => 0)).toBe('2021-2025~aaaaaa');
  });
});

describe('the dataset schema', () => {
  test('accepts a period built from the actuals, as it is', () => {
    const parsed = parseUserDataset(structuredClone(first));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.dataset).toEqual(first);
  });

  test.each([
    ['a horizon of 16 years', (d: any) => (d.horizon.targetYear = 2036), 'horizon'],
    ['a cluster missing', (d: any) => d.clusters.pop(), 'clusters'],
    ['a target of 0', (d: any) => (d.clusters[1].target.value = 0), 'clusters.1.target.value'],
    [
      'a figure without provenance',
      (d: any) => (d.zone.intensityTarget = { value: 70 }),
      'zone.intensityTarget.kind',
    ],
    [
      'growth outside the lever range',
      (d: any) => (d.clusters[0].defaults.growthRate.value = 9),
      'clusters.0.defaults.growthRate.value',
    ],
    ['the embedded plan’s version', (d: any) => (d.version = '2018-2020.4'), 'version'],
    ['an unknown field', (d: any) => (d.extra = 1), 'extra'],
    ['a park the zone does not have', (d: any) => (d.clusters[0].parkIds = ['nowhere']), '(dataset)'],
    ['a park id that is not one', (d: any) => (d.parks[0].id = 'Qing Gang!'), 'parks.0.id'],
  ])('refuses %s, naming where', (_name, spoil, path) => {
    const d = structuredClone(first) as any;
    spoil(d);
    const parsed = parseUserDataset(d);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.path).toBe(path);
  });
});

describe('the differences between two versions', () => {
  test('list each changed figure with both values, and nothing else', () => {
    const differences = datasetDifferences(first, secondVersion());
    const qinggang = first.parks[0]!.areaKm2.value;
    // The clusters drawing on 青杠 see their parks' area shrink with it.
    const onQinggang = first.clusters.filter((c) => c.parkIds.includes('qinggang'));
    const areaOf = (ids: readonly string[]) =>
      ids.reduce((sum, id) => sum + first.parks.find((p) => p.id === id)!.areaKm2.value, 0);
    expect(differences.map((d) => [d.key, d.from, d.to])).toEqual([
      ['park.qinggang.area', qinggang, 4],
      ...first.clusters.flatMap((c) => [
        ...(onQinggang.includes(c)
          ? [[`cluster.${c.id}.parkArea`, areaOf(c.parkIds), areaOf(c.parkIds) - qinggang + 4]]
          : []),
        ...(c.id === 'medicineHealth' ? [['cluster.medicineHealth.target', 40, 45]] : []),
      ]),
    ]);
    expect(differences.find((d) => d.key === 'cluster.medicineHealth.target')!.label.zh).toBe(
      '医药健康 · 目标',
    );
    expect(datasetDifferences(first, first)).toEqual([]);
  });

  test('a new source for the same value is listed as a source change', () => {
    const d = structuredClone(first) as any;
    d.clusters[0].target.source.section = '另一份文件';
    const differences = datasetDifferences(first, d);
    expect(differences).toEqual([
      expect.objectContaining({ key: 'cluster.newMaterials.target', from: 200, to: 200, sourceOnly: true }),
    ]);
  });
});

describe('re-running a scenario on a newer version', () => {
  test('keeps its assumptions and shows each target before and after', () => {
    const scenario = referenceScenario(first, 'planPath');
    expect(datasetEngineProblem(first)).toBeNull();
    const outcome = carryScenario(scenario, first, secondVersion());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.scenario.datasetVersion).toBe('2021-2025~test.2');
    expect(outcome.scenario.clusters).toEqual(scenario.clusters);
    const mh = outcome.targets.find((t) => t.id === 'medicineHealth')!;
    expect(mh.before!.target).toBe(40);
    expect(mh.after!.target).toBe(45);
    // Same assumptions, same projection: the plan path of version 1 reached 40, it now falls short of 45.
    expect(mh.after!.projected).toBeCloseTo(mh.before!.projected, 9);
    expect(mh.before!.status).toBe('onTrack');
    expect(mh.after!.status).not.toBe('onTrack');
  });

  test('drops a key project the new version no longer has, and says so', () => {
    const plan = referenceScenario(PLAN_DATASET, 'projectBacked');
    const withProject = plan.projects?.find((p) => p.enabled === true);
    expect(withProject).toBeDefined();
    const outcome = carryScenario(plan, PLAN_DATASET, first);
    if (!outcome.ok) throw new Error(outcome.issues[0]!.message);
    expect(outcome.changes).toContainEqual({ kind: 'projectDropped', projectId: withProject!.id });
    expect(outcome.scenario.projects?.some((p) => p.id === withProject!.id)).toBe(false);
  });
});

describe('the dataset file', () => {
  test('round-trips every version', () => {
    const text = writeDatasetFile([first, secondVersion()], '0.4.0', new Date('2026-12-02T09:00:00Z'));
    const read = readDatasetFile(text);
    expect(read).toEqual({ ok: true, datasets: [first, secondVersion()] });
    expect(JSON.parse(text).format).toBe('qianjiang-simulator/datasets');
  });

  test.each([
    ['not JSON', '{"format": ', 'json'],
    [
      'a scenario file',
      JSON.stringify({ format: 'qianjiang-simulator/scenarios', formatVersion: 1 }),
      'notDatasetFile',
    ],
    [
      'a newer format',
      JSON.stringify({ format: 'qianjiang-simulator/datasets', formatVersion: 9, datasets: [] }),
      'newerFormat',
    ],
    [
      'no dataset',
      JSON.stringify({ format: 'qianjiang-simulator/datasets', formatVersion: 1, datasets: [] }),
      'empty',
    ],
    ['10 MB', ' '.repeat(10 * 1024 * 1024 + 1), 'json'],
  ])('refuses %s', (_name, text, kind) => {
    const read = readDatasetFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.kind).toBe(kind);
  });

  test('refuses a damaged dataset, naming which and where, and the same version twice with other figures', () => {
    const broken = structuredClone(first) as any;
    broken.clusters[2].base.value = -5;
    const read = readDatasetFile(writeDatasetFile([first, broken], '0.4.0'));
    expect(read).toEqual({
      ok: false,
      problem: expect.objectContaining({ kind: 'invalid', index: 2, path: 'clusters.2.base.value' }),
    });
    const twice = structuredClone(first) as any;
    twice.clusters[0].target.value = 1;
    const dup = readDatasetFile(writeDatasetFile([first, twice], '0.4.0'));
    expect(dup).toEqual({ ok: false, problem: { kind: 'duplicate', version: first.version } });
  });
});
