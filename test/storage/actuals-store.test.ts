import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { ActualValue } from '../../src/data/actuals-types';
import { ActualsStore } from '../../src/storage/actuals-store';
import { StorageConnection } from '../../src/storage/connection';
import { DB_VERSION, STORES } from '../../src/storage/database';
import { deleteDatabase, openRaw, putAll } from './storage-fixtures';

const connections: StorageConnection[] = [];
const connect = () => {
  const connection = new StorageConnection();
  connections.push(connection);
  return connection;
};

afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await deleteDatabase();
});

const SOURCE = { document: '黔江区2019年国民经济和社会发展统计公报', date: '2020-03-20' };
const VALUES: ActualValue[] = [
  { key: 'output.medicineHealth', year: 2019, value: 41.2, source: SOURCE, note: '' },
  { key: 'output.newMaterials', year: 2019, value: 88.5, source: SOURCE, note: '快报' },
];

describe('the actuals store', () => {
  test('is empty at first; a write is read back sorted by figure then year, with revision 1', async () => {
    const store = new ActualsStore(connect(), PLAN_DATASET);
    expect(await store.read()).toEqual({ kind: 'none' });
    const written = await store.write(VALUES, 0, 1_700_000_000_000);
    expect(written.revision).toBe(1);
    const read = await store.read();
    expect(read).toEqual({
      kind: 'ready',
      record: { id: 'zone', revision: 1, updatedAt: 1_700_000_000_000, values: [VALUES[1], VALUES[0]] },
    });
  });

  test('refuses invalid values and a stale revision, leaving the stored record unchanged', async () => {
    const store = new ActualsStore(connect(), PLAN_DATASET);
    await store.write(VALUES, 0, 1);
    const before = await store.read();
    const bad = [{ ...VALUES[0]!, year: 2017 }];
    await expect(store.write(bad, 1)).rejects.toMatchObject({ kind: 'unknown' });
    await expect(store.write([{ ...VALUES[0]!, value: -1 }], 1)).rejects.toMatchObject({ kind: 'unknown' });
    await expect(store.write([VALUES[0]!, VALUES[0]!], 1)).rejects.toMatchObject({ kind: 'unknown' });
    // A second tab read revision 0 and writes after the first tab's write: refused.
    await expect(store.write([], 0)).rejects.toMatchObject({ kind: 'conflict' });
    expect(await store.read()).toEqual(before);
  });

  test('an upgrade from version 4 adds the store and keeps every record of the other stores', async () => {
    const db = await openRaw(4, (database) => {
      database.createObjectStore(STORES.drafts, { keyPath: 'id' });
      database.createObjectStore(STORES.scenarios, { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      database.createObjectStore(STORES.trash, { keyPath: 'id' });
      database.createObjectStore(STORES.meta, { keyPath: 'key' });
    });
    const meta = [{ key: 'app', appVersion: '0.3.0' }];
    const trash = [{ id: 't1', deletedAt: 5, record: { id: 't1' } }];
    await putAll(db, STORES.meta, meta);
    await putAll(db, STORES.trash, trash);
    db.close();
    const connection = connect();
    const upgraded = await connection.read();
    expect(upgraded.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBeGreaterThanOrEqual(5);
    expect([...upgraded.objectStoreNames]).toContain(STORES.actuals);
    expect(await upgraded.getAll(STORES.meta)).toEqual(meta);
    expect(await upgraded.getAll(STORES.trash)).toEqual(trash);
    expect(await new ActualsStore(connection, PLAN_DATASET).read()).toEqual({ kind: 'none' });
  });

  test('a damaged record is reported unreadable, not thrown away', async () => {
    const connection = connect();
    const db = await connection.read();
    await db.put(STORES.actuals, { id: 'zone', revision: 1, updatedAt: 0, values: [{ key: 'x' }] } as never);
    const read = await new ActualsStore(connection, PLAN_DATASET).read();
    expect(read.kind).toBe('unreadable');
    expect(await db.get(STORES.actuals, 'zone')).toMatchObject({ values: [{ key: 'x' }] });
  });
});
