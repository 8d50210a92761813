import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { StorageConnection } from '../../src/storage/connection';
import { DB_NAME, DB_VERSION, STORES } from '../../src/storage/database';
import { ScenarioRepository } from '../../src/storage/scenario-repository';
import { WorkingDraftStore } from '../../src/storage/working-draft';
import { deleteDatabase, openRaw, putAll, readAll } from './storage-fixtures';

interface DbFixture {
  version: number;
  stores: Record<string, unknown[]>;
}
const V1 = JSON.parse(readFileSync(new URL('./fixtures/db-v1.json', import.meta.url), 'utf8')) as DbFixture;

/** Build a database as an older app version left it. */
async function buildFixture(fixture: DbFixture): Promise<void> {
  const db = await openRaw(fixture.version, (database) => {
    for (const store of Object.keys(fixture.stores)) database.createObjectStore(store, { keyPath: 'id' });
  });
  for (const [store, records] of Object.entries(fixture.stores)) await putAll(db, store, records);
  db.close();
}

const connections: StorageConnection[] = [];
const connect = () => {
  const connection = new StorageConnection();
  connections.push(connection);
  return connection;
};

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await deleteDatabase();
});

async function until(condition: () => boolean, timeoutMs = 2000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('database schema and migrations', () => {
  test('a new database has the frozen name, the current version and every store', async () => {
    const db = await connect().read();
    expect(db.name).toBe('qianjiang-simulator');
    expect(DB_NAME).toBe('qianjiang-simulator');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
  });

  test('version 1 (drafts only) migrates to the current version with its draft unchanged, unknown fields kept', async () => {
    await buildFixture(V1);
    const connection = connect();
    const db = await connection.read();
    expect(db.version).toBe(DB_VERSION);
    // golden result: the draft record is exactly as the old app wrote it
    expect(await db.getAll(STORES.drafts)).toEqual(V1.stores.drafts);
    const read = await new WorkingDraftStore(connection, PLAN_DATASET).load();
    expect(read).toMatchObject({ kind: 'ready', draft: { origin: null, migratedFrom: 1 } });
    expect(read.kind === 'ready' && read.draft.scenario.conflictChoices).toEqual({ newMaterialsTarget: 1 });
    expect(await db.getAll(STORES.scenarios)).toEqual([]);
  });

  test.each(['scenarios', 'trash', 'meta'])(
    'a migration failing while creating %s leaves version 1 and every record unchanged',
    async (failingStore) => {
      await buildFixture(V1);
      const original = IDBDatabase.prototype.createObjectStore;
      vi.spyOn(IDBDatabase.prototype, 'createObjectStore').mockImplementation(function (
        this: IDBDatabase,
        name: string,
        options?: IDBObjectStoreParameters,
      ) {
        if (name === failingStore) throw new Error(`injected failure creating ${name}`);
        return original.call(this, name, options);
      });
      const connection = connect();
      await expect(connection.read()).rejects.toMatchObject({ kind: 'unavailable' });
      vi.restoreAllMocks();
      const raw = await openRaw(1);
      expect(raw.version).toBe(1);
      expect([...raw.objectStoreNames]).toEqual(['drafts']);
      expect(await readAll(raw, 'drafts')).toEqual(V1.stores.drafts);
      raw.close();
    },
  );

  test('a database upgraded by a newer app opens read-only and is never rewritten', async () => {
    await buildFixture({ version: 99, stores: { drafts: V1.stores.drafts!, scenarios: [] } });
    const connection = connect();
    const drafts = new WorkingDraftStore(connection, PLAN_DATASET);
    expect(await drafts.load()).toMatchObject({ kind: 'ready', draft: { savedAt: 1764100000000 } });
    expect(connection.state).toBe('readOnly');
    await expect(drafts.save(defaultScenario(PLAN_DATASET))).rejects.toMatchObject({ kind: 'newerVersion' });
    const repo = new ScenarioRepository(connection, '1.0.0', PLAN_DATASET);
    await expect(
      repo.create({ name: 'x', notes: '', tags: [] }, defaultScenario(PLAN_DATASET)),
    ).rejects.toMatchObject({
      kind: 'newerVersion',
    });
    await connection.close();
    const raw = await openRaw(99);
    expect(await readAll(raw, 'drafts')).toEqual(V1.stores.drafts);
    raw.close();
  });

  test('version 2 (release 0.1.0) opens at version 3 with every record exactly as it was', async () => {
    const v2 = JSON.parse(
      readFileSync(new URL('../fixtures/release-0.1.0/indexeddb-v2.json', import.meta.url), 'utf8'),
    ) as { stores: Record<string, unknown[]> };
    const db = await openRaw(2, (database) => {
      database.createObjectStore(STORES.drafts, { keyPath: 'id' });
      database.createObjectStore(STORES.scenarios, { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      database.createObjectStore(STORES.trash, { keyPath: 'id' });
      database.createObjectStore(STORES.meta, { keyPath: 'key' });
    });
    for (const [store, records] of Object.entries(v2.stores)) await putAll(db, store, records);
    db.close();
    const upgraded = await connect().read();
    expect(upgraded.version).toBe(DB_VERSION);
    // Records are migrated as they are read, never rewritten by the upgrade.
    for (const [store, records] of Object.entries(v2.stores)) {
      expect(await upgraded.getAll(store as never)).toEqual(records);
    }
  });

  test('an upgrade blocked by an old tab says so at once and goes on when that tab closes', async () => {
    await buildFixture(V1);
    const oldTab = await openRaw(1); // an old tab that ignores versionchange
    const onBlocked = vi.fn();
    const connection = new StorageConnection({ onBlocked });
    connections.push(connection);
    await until(() => connection.state === 'blocked');
    expect(onBlocked).toHaveBeenCalledTimes(1);
    oldTab.close();
    await until(() => connection.state === 'open');
    expect((await connection.read()).version).toBe(DB_VERSION);
  });

  test('a connection asked to close for a newer tab flushes first, then closes and says so', async () => {
    const order: string[] = [];
    const onBlocking = vi.fn(() => order.push('blocking'));
    const connection = new StorageConnection({ onBlocking });
    connections.push(connection);
    connection.beforeClose(async () => {
      order.push('flush');
    });
    await connection.read();
    const newer = await openRaw(DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    await until(() => connection.state === 'closed');
    expect(order).toContain('flush');
    await expect(connection.read()).rejects.toMatchObject({ kind: 'closed' });
  });
});
