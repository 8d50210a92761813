import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/engine/default-scenario';
import { DB_NAME, DB_VERSION, STORES, openSimulatorDb } from '../../src/storage/database';
import { WorkingDraftStore } from '../../src/storage/working-draft';

const stores: WorkingDraftStore[] = [];
const open = () => {
  const store = WorkingDraftStore.open();
  stores.push(store);
  return store;
};

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
});

describe('WorkingDraftStore', () => {
  test('load() returns null before anything was saved', async () => {
    expect(await open().load()).toBeNull();
  });

  test('a saved draft reads back equal, in a new connection too', async () => {
    const scenario = defaultScenario(PLAN_DATASET);
    scenario.clusters.newMaterials.growthRate = 0.2;
    scenario.conflictChoices = { newMaterialsTarget: 1 };
    await open().save(scenario, 1234);
    const draft = await open().load();
    expect(draft).toEqual({ scenario, savedAt: 1234 });
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

  test('the database has the frozen name, version and store, and records carry a schema version', async () => {
    await open().save(defaultScenario(PLAN_DATASET));
    const db = await openSimulatorDb();
    expect(db.name).toBe('qianjiang-simulator');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual([STORES.drafts]);
    const record = await db.get(STORES.drafts, 'working');
    expect(record?.schemaVersion).toBe(1);
    db.close();
  });

  test('a scenario that cannot be cloned is refused and the stored draft stays as it was', async () => {
    const store = open();
    const scenario = defaultScenario(PLAN_DATASET);
    await store.save(scenario, 1);
    const broken = { ...scenario, otherIndustryGrowth: (() => 0) as unknown as number };
    await expect(store.save(broken, 2)).rejects.toThrow();
    expect(await store.load()).toEqual({ scenario, savedAt: 1 });
  });
});
