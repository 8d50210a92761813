import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import {
  applyDatasetEdit,
  editOf,
  editProblems,
  newParkId,
  newProjectId,
} from '../../src/dataset-format/dataset-edit';
import { parseUserDataset } from '../../src/dataset-format/dataset-schema';
import { datasetDifferences } from '../../src/dataset-format/dataset-diff';
import { nextPeriodDataset } from '../../src/engine/next-period/next-period-dataset';
import { project } from '../../src/engine/project';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import { testActuals, testRequest } from '../engine/next-period/next-period-fixtures';

const period = nextPeriodDataset(PLAN_DATASET, testActuals(), testRequest());

describe('editing a period', () => {
  test('as it is, the edit changes nothing (every figure object kept)', () => {
    const same = applyDatasetEdit(period, editOf(period));
    expect(same).toEqual(period);
    expect(same.clusters[0]!.target).toBe(period.clusters[0]!.target);
    expect(datasetDifferences(period, same)).toEqual([]);
  });

  test('a new target, a new park for 新材料 and a key project: each with its source, a valid dataset', () => {
    const start = editOf(period);
    const parkId = newParkId(period, []);
    expect(parkId).toBe('p-6');
    const edit = {
      ...start,
      clusterTargets: { ...start.clusterTargets, newMaterials: { value: 210, source: '修订稿 第三章' } },
      newParks: [
        {
          id: parkId,
          name: '新城园',
          area: 2.5,
          source: '修订稿 第五节',
          clusterIds: ['newMaterials' as const],
        },
      ],
      projects: [
        {
          id: newProjectId(period, []),
          name: '铝材深加工',
          clusterId: 'newMaterials' as const,
          annualOutput: 20,
          startYear: 2023,
          investment: 12,
          source: '修订稿 专栏2',
        },
      ],
    };
    expect(editProblems(period, edit)).toEqual([]);
    const next = { ...applyDatasetEdit(period, edit), version: '2021-2025~test.2' };
    expect(parseUserDataset(next).ok).toBe(true);
    const nm = next.clusters.find((c) => c.id === 'newMaterials')!;
    expect(nm.target).toEqual({ kind: 'plan', value: 210, source: { section: '修订稿 第三章' } });
    expect(nm.parkIds.at(-1)).toBe('p-6');
    expect(next.parks.at(-1)).toMatchObject({ id: 'p-6', areaKm2: { kind: 'plan', value: 2.5 } });
    expect(next.keyProjects![0]!.defaults.annualOutput).toEqual({
      kind: 'plan',
      value: 20,
      source: { section: '修订稿 专栏2' },
    });
    // The new park widens 新材料's pool by its 2.5 km² in the engine too.
    const before = project(period, referenceScenario(period, 'planPath')).landPools;
    const after = project(next, referenceScenario(next, 'planPath')).landPools;
    const pool = (pools: typeof before) => pools.find((p) => p.clusterIds.includes('newMaterials'))!.areaKm2;
    expect(pool(after) - pool(before)).toBeCloseTo(2.5, 9);
    const keys = datasetDifferences(period, next).map((d) => d.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'park.p-6.area',
        'cluster.newMaterials.parkArea',
        'cluster.newMaterials.target',
        'project.p1.annualOutput',
      ]),
    );
  });

  test('names every field that is wrong', () => {
    const start = editOf(period);
    const problems = editProblems(period, {
      ...start,
      intensityTarget: { value: 0, source: '' },
      newParks: [{ id: 'p-6', name: ' ', area: Number.NaN, source: '', clusterIds: [] }],
      projects: [
        {
          id: 'p1',
          name: 'x',
          clusterId: 'agriProcessing',
          annualOutput: 600,
          startYear: 2020,
          investment: -1,
          source: '',
        },
      ],
    });
    expect(problems).toEqual([
      { field: 'target.intensity', problem: 'needsValue' },
      { field: 'target.intensity', problem: 'needsSource' },
      { field: 'newPark.0.name', problem: 'needsName' },
      { field: 'newPark.0', problem: 'needsValue' },
      { field: 'newPark.0', problem: 'needsSource' },
      { field: 'newPark.0.clusters', problem: 'needsCluster' },
      { field: 'project.0.annualOutput', problem: 'needsValue' },
      { field: 'project.0.startYear', problem: 'needsYear' },
      { field: 'project.0.investment', problem: 'needsValue' },
      { field: 'project.0.source', problem: 'needsSource' },
    ]);
  });
});
