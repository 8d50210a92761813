import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { nextPeriodDataset } from '../../src/engine/next-period/next-period-dataset';
import { StorageConnection } from '../../src/storage/connection';
import { DB_VERSION, STORES } from '../../src/storage/database';
import { DatasetStore } from '../../src/storage/dataset-store';
import { hasStoredDatasets } from '../../src/storage/active-dataset';
import { testActuals, testRequest } from '../engine/next-period/next-period-fixtures';
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

const first = nextPeriodDataset(PLAN_DATASET, testActuals(), testRequest());
const second = {
  ...structuredClone(first),
  version: '2021-2025~test.2',
  title: { zh: '修订稿', en: 'Revised' },
};

describe('the dataset store', () => {
  test('keeps every version, read back in order of revision', async () => {
    const store = new DatasetStore(connect());
    expect(await store.list()).toEqual({ datasets: [], unreadable: [] });
    expect(await store.add([second, first])).toEqual({
      added: [second.version, first.version],
      alreadyStored: [],
    });
    expect(hasStoredDatasets()).toBe(false); // no localStorage in Node: the marker is best effort
    const read = await store.list();
    expect(read.datasets.map((d) => d.version)).toEqual([first.version, second.version]);
    expect(read.datasets[0]).toEqual(first);
    // The same figures again: nothing written.
    expect(await store.add([first])).toEqual({ added: [], alreadyStored: [first.version] });
  });

  test('refuses a stored version with other figures, or an invalid dataset, writing nothing', async () => {
    const connection = connect();
    const store = new DatasetStore(connection);
    await store.add([first]);
    const changed = structuredClone(first) as any;
    changed.clusters[0].target.value = 999;
    const third = { ...structuredClone(first), version: '2021-2025~test.3' };
    await expect(store.add([third, changed])).rejects.toMatchObject({ kind: 'conflict' });
    const broken = {
      ...structuredClone(first),
      version: '2021-2025~test.4',
      horizon: { baseYear: 2020, targetYear: 2020 },
    };
    await expect(store.add([broken])).rejects.toMatchObject({ kind: 'unknown' });
    const db = await connection.read();
    expect((await db.getAllKeys(STORES.datasets)).map(String)).toEqual([first.version]);
  });

  test('an upgrade from version 5 adds the store and keeps the actuals and every other record', async () => {
    const db = await openRaw(5, (database) => {
      database.createObjectStore(STORES.drafts, { keyPath: 'id' });
      database.createObjectStore(STORES.scenarios, { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      database.createObjectStore(STORES.trash, { keyPath: 'id' });
      database.createObjectStore(STORES.meta, { keyPath: 'key' });
      database.createObjectStore(STORES.actuals, { keyPath: 'id' });
    });
    const actuals = [{ id: 'zone', revision: 3, updatedAt: 9, values: [] }];
    const meta = [{ key: 'app', appVersion: '0.3.0' }];
    await putAll(db, STORES.actuals, actuals);
    await putAll(db, STORES.meta, meta);
    db.close();
    const connection = connect();
    const upgraded = await connection.read();
    expect(upgraded.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(6);
    expect(await upgraded.getAll(STORES.actuals)).toEqual(actuals);
    expect(await upgraded.getAll(STORES.meta)).toEqual(meta);
    expect(await new DatasetStore(connection).list()).toEqual({ datasets: [], unreadable: [] });
  });

  test('a damaged record is reported with its reason and left as it is', async () => {
    const connection = connect();
    const db = await connection.read();
    await db.put(STORES.datasets, { version: '2021-2025~bad1.1', dataset: { version: 'x' } } as never);
    const read = await new DatasetStore(connection).list();
    expect(read.datasets).toEqual([]);
    expect(read.unreadable).toEqual([
      { version: '2021-2025~bad1.1', reason: expect.stringContaining('version') },
    ]);
    expect(await db.get(STORES.datasets, '2021-2025~bad1.1')).toEqual({
      version: '2021-2025~bad1.1',
      dataset: { version: 'x' },
    });
  });
});
