import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { StorageConnection } from '../../src/storage/connection';
import { WorkingDraftStore } from '../../src/storage/working-draft';
import { deleteDatabase } from './storage-fixtures';

const connections: StorageConnection[] = [];
const open = () => {
  const connection = new StorageConnection();
  connections.push(connection);
  return new WorkingDraftStore(connection);
};

afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await deleteDatabase();
});

describe('WorkingDraftStore', () => {
  test('load() returns null before anything was saved', async () => {
    expect(await open().load()).toBeNull();
  });

  test('a saved draft reads back equal, with its origin, in a new connection too', async () => {
    const scenario = defaultScenario(PLAN_DATASET);
    scenario.clusters.newMaterials.growthRate = 0.2;
    scenario.conflictChoices = { newMaterialsTarget: 1 };
    await open().save(scenario, { id: 'abc', revision: 3 }, 1234);
    expect(await open().load()).toEqual({ scenario, savedAt: 1234, origin: { id: 'abc', revision: 3 } });
  });

  test('the latest save wins', async () => {
    const store = open();
    const scenario = defaultScenario(PLAN_DATASET);
    for (const rate of [0.1, 0.2, 0.3]) {
      scenario.clusters.medicineHealth.growthRate = rate;
      await store.save(structuredClone(scenario));
    }
    expect((await store.load())?.scenario.clusters.medicineHealth.growthRate).toBe(0.3);
  });

  test('a scenario that cannot be stored is refused and the stored draft stays as it was', async () => {
    const store = open();
    const scenario = defaultScenario(PLAN_DATASET);
    await store.save(scenario, null, 1);
    const broken = { ...scenario, otherIndustryGrowth: (() => 0) as unknown as number };
    await expect(store.save(broken, null, 2)).rejects.toThrow();
    expect(await store.load()).toEqual({ scenario, savedAt: 1, origin: null });
  });

  test('without IndexedDB, load and save fail with "unavailable" and never throw synchronously', async () => {
    const saved = globalThis.indexedDB;
    // simulate a browser without IndexedDB
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    try {
      const connection = new StorageConnection();
      const store = new WorkingDraftStore(connection);
      await expect(store.load()).rejects.toMatchObject({ kind: 'unavailable' });
      await expect(store.save(defaultScenario(PLAN_DATASET))).rejects.toMatchObject({ kind: 'unavailable' });
      expect(connection.state).toBe('unavailable');
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
