import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { withLever } from '../../src/scenario/updates';
import { StorageConnection } from '../../src/storage/connection';
import { STORES } from '../../src/storage/database';
import { WorkingDraftStore, type StoredDraft } from '../../src/storage/working-draft';
import { RELEASE_DB, expectMigratedScenario } from '../fixtures/release-0.1.0';
import { deleteDatabase } from './storage-fixtures';

const connections: StorageConnection[] = [];
const connect = () => {
  const connection = new StorageConnection();
  connections.push(connection);
  return connection;
};
const open = () => new WorkingDraftStore(connect(), PLAN_DATASET);

afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await deleteDatabase();
});

/** The draft a store reads, failing the test unless it is ready. */
async function loaded(store: WorkingDraftStore): Promise<StoredDraft> {
  const read = await store.load();
  if (read.kind !== 'ready') throw new Error(`expected a ready draft, got ${read.kind}`);
  return read.draft;
}

/** Write a draft record exactly as given, as an older (or newer) release would have. */
async function writeRaw(record: unknown): Promise<void> {
  const db = await connect().write();
  await db.put(STORES.drafts, record as never);
}

/** A scenario as release 0.1.0 wrote it (shape 1): the scenario of its working draft. */
function shapeOneScenario(): Record<string, unknown> {
  return structuredClone(RELEASE_DB.stores.drafts[0]!.scenario);
}

describe('WorkingDraftStore', () => {
  test('load() says there is none before anything was saved', async () => {
    expect(await open().load()).toEqual({ kind: 'none' });
  });

  test('a saved draft reads back equal, with its origin, in a new connection too', async () => {
    let scenario = withLever(defaultScenario(PLAN_DATASET), 'newMaterials', 'growthRate', 0.2);
    scenario = { ...scenario, conflictChoices: { newMaterialsTarget: 1 } };
    await open().save(scenario, { id: 'abc', revision: 3 }, 1234);
    expect(await loaded(open())).toEqual({
      scenario,
      savedAt: 1234,
      origin: { id: 'abc', revision: 3 },
      migratedFrom: null,
    });
  });

  test('the latest save wins', async () => {
    const store = open();
    for (const rate of [0.1, 0.2, 0.3]) {
      await store.save(withLever(defaultScenario(PLAN_DATASET), 'medicineHealth', 'growthRate', rate));
    }
    expect((await loaded(store)).scenario.clusters.medicineHealth.growthRate).toBe(0.3);
  });

  test('a scenario that cannot be stored is refused and the stored draft stays as it was', async () => {
    const store = open();
    const scenario = defaultScenario(PLAN_DATASET);
    await store.save(scenario, null, 1);
    const broken = { ...scenario, otherIndustryGrowth: (() => 0) as unknown as number };
    await expect(store.save(broken, null, 2)).rejects.toThrow();
    expect(await loaded(store)).toEqual({ scenario, savedAt: 1, origin: null, migratedFrom: null });
  });

  test('a draft of release 0.1.0 is migrated as it is read: every value kept as documented, the new fields at their defaults', async () => {
    const old = shapeOneScenario();
    (old['clusters'] as Record<string, Record<string, number>>)['agriProcessing']!['investmentPerYear'] = 42;
    await writeRaw({
      schemaVersion: 1,
      id: 'working',
      savedAt: 5,
      scenario: old,
      origin: { id: 'x', revision: 2 },
    });
    const draft = await loaded(open());
    expect(draft.migratedFrom).toBe(1);
    expect(draft.origin).toEqual({ id: 'x', revision: 2 });
    expect(draft.scenario.clusters.agriProcessing.investmentPerYear).toBe(42);
    expectMigratedScenario(old, draft.scenario, 1, PLAN_DATASET);
    for (const cluster of PLAN_DATASET.clusters) {
      expect(draft.scenario.clusters[cluster.id].baseYearInvestment).toBe(
        cluster.defaults.baseYearInvestment.value,
      );
    }
    // Nothing is rewritten by reading: the stored record is still the old one.
    const db = await connect().read();
    expect(await db.get(STORES.drafts, 'working')).toMatchObject({ schemaVersion: 1, scenario: old });
  });

  test('a draft that cannot be migrated is held with its reason, and kept aside untouched before a new one is written', async () => {
    const broken = { schemaVersion: 1, id: 'working', savedAt: 7, scenario: { clusters: 'lost' } };
    await writeRaw(broken);
    const store = open();
    const read = await store.load();
    expect(read).toMatchObject({ kind: 'held', reason: 'unreadable', raw: broken, readable: null });
    const key = await store.keepAside('unreadable', 1000);
    expect(key).toBe('kept:1000');
    expect(await store.load()).toEqual({ kind: 'none' });
    expect(await store.listKept()).toEqual([
      { id: 'kept:1000', keptAt: 1000, reason: 'unreadable', record: broken },
    ]);
    await store.save(defaultScenario(PLAN_DATASET), null, 2000);
    expect(await store.listKept()).toHaveLength(1);
    await store.deleteKept('kept:1000');
    expect(await store.listKept()).toEqual([]);
  });

  test('a draft of a newer release is held as newer, readable where this release can read it', async () => {
    const scenario = { ...defaultScenario(PLAN_DATASET), futureLever: 3 };
    await writeRaw({ schemaVersion: SCENARIO_SCHEMA_VERSION + 1, id: 'working', savedAt: 9, scenario });
    const read = await open().load();
    expect(read).toMatchObject({ kind: 'held', reason: 'newer', issues: [{ code: 'newerSchema' }] });
    expect(read.kind === 'held' && read.readable).toEqual(scenario);
  });

  test('without IndexedDB, load and save fail with "unavailable" and never throw synchronously', async () => {
    const saved = globalThis.indexedDB;
    // simulate a browser without IndexedDB
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    try {
      const connection = new StorageConnection();
      const store = new WorkingDraftStore(connection, PLAN_DATASET);
      await expect(store.load()).rejects.toMatchObject({ kind: 'unavailable' });
      await expect(store.save(defaultScenario(PLAN_DATASET))).rejects.toMatchObject({ kind: 'unavailable' });
      expect(connection.state).toBe('unavailable');
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
