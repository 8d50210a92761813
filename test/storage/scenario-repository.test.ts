import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/scenario/default-scenario';
import type { Scenario } from '../../src/scenario/scenario';
import type { SavedScenario } from '../../src/scenario-format/saved-scenario';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import { withLever } from '../../src/scenario/updates';
import { StorageConnection } from '../../src/storage/connection';
import { STORES } from '../../src/storage/database';
import {
  InvalidRecord,
  RevisionConflict,
  ScenarioRepository,
  compareVersions,
} from '../../src/storage/scenario-repository';
import { deleteDatabase } from './storage-fixtures';

const connections: StorageConnection[] = [];

function openRepository(appVersion = '1.0.0') {
  const connection = new StorageConnection();
  connections.push(connection);
  let n = 0;
  const prefix = `c${connections.length}-`;
  return new ScenarioRepository(connection, appVersion, PLAN_DATASET, () => `${prefix}${++n}`);
}

function scenarioWith(growth: number): Scenario {
  return withLever(defaultScenario(PLAN_DATASET), 'newMaterials', 'growthRate', growth);
}

/** The records a repository lists (failing the test if any is held back). */
async function records(repo: ScenarioRepository): Promise<SavedScenario[]> {
  const contents = await repo.list();
  expect(contents.held).toEqual([]);
  return contents.records;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await deleteDatabase();
});

describe('ScenarioRepository', () => {
  test('create() stores a record with revision 1 that list() and get() return', async () => {
    const repo = openRepository();
    const record = await repo.create(
      { name: '  方案甲 ', notes: 'n', tags: ['a', 'a', ' b'] },
      scenarioWith(0.2),
      1000,
    );
    expect(record).toMatchObject({
      name: '方案甲',
      notes: 'n',
      tags: ['a', 'b'],
      revision: 1,
      createdAt: 1000,
      updatedAt: 1000,
      datasetVersion: PLAN_DATASET.version,
      appVersion: '1.0.0',
      schemaVersion: SCENARIO_SCHEMA_VERSION,
    });
    expect(await records(repo)).toEqual([record]);
    expect(await repo.get(record.id)).toEqual(record);
  });

  test.each([
    ['an empty name', { name: '   ', notes: '', tags: [] }],
    ['a name over 200 characters', { name: 'x'.repeat(201), notes: '', tags: [] }],
    ['31 tags', { name: 'ok', notes: '', tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }],
  ])('create() refuses %s and stores nothing', async (_label, fields) => {
    const repo = openRepository();
    await expect(repo.create(fields, scenarioWith(0.1))).rejects.toBeInstanceOf(InvalidRecord);
    expect(await records(repo)).toEqual([]);
  });

  test('update() with the right revision saves and raises the revision', async () => {
    const repo = openRepository();
    const record = await repo.create({ name: 'A', notes: '', tags: [] }, scenarioWith(0.1), 1);
    const next = await repo.update(record.id, 1, { scenario: scenarioWith(0.3), name: 'A2' }, 2);
    expect(next).toMatchObject({ revision: 2, name: 'A2', updatedAt: 2, createdAt: 1 });
    expect(next.scenario.clusters.newMaterials.growthRate).toBe(0.3);
  });

  test('update() with a stale revision raises a conflict carrying the stored record, and changes nothing', async () => {
    const repo = openRepository();
    const record = await repo.create({ name: 'A', notes: '', tags: [] }, scenarioWith(0.1));
    const saved = await repo.update(record.id, 1, { scenario: scenarioWith(0.2) });
    const error = await repo.update(record.id, 1, { scenario: scenarioWith(0.9) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevisionConflict);
    expect((error as RevisionConflict).current).toEqual(saved);
    expect(await repo.get(record.id)).toEqual(saved);
  });

  test('update(…, null) overwrites whatever is stored', async () => {
    const repo = openRepository();
    const record = await repo.create({ name: 'A', notes: '', tags: [] }, scenarioWith(0.1));
    await repo.update(record.id, 1, { notes: 'other tab' });
    const forced = await repo.update(record.id, null, { scenario: scenarioWith(0.5) });
    expect(forced.revision).toBe(3);
    expect(forced.notes).toBe('other tab');
  });

  test('two connections × 300 interleaved edits lose no update', async () => {
    const a = openRepository();
    const b = openRepository();
    const record = await a.create({ name: 'shared', notes: '', tags: [] }, scenarioWith(0), 0);
    let conflicts = 0;
    async function edit(repo: ScenarioRepository, tag: string, count: number) {
      for (let i = 0; i < count; i++) {
        for (;;) {
          const current = (await repo.get(record.id))!;
          try {
            await repo.update(record.id, current.revision, { notes: `${current.notes}${tag}` });
            break;
          } catch (error) {
            if (!(error instanceof RevisionConflict)) throw error;
            conflicts++;
          }
        }
      }
    }
    await Promise.all([edit(a, 'a', 300), edit(b, 'b', 300)]);
    const final = (await a.get(record.id))!;
    expect(final.revision).toBe(601);
    expect([...final.notes].filter((c) => c === 'a')).toHaveLength(300);
    expect([...final.notes].filter((c) => c === 'b')).toHaveLength(300);
    expect(conflicts).toBeGreaterThan(0); // the edits really interleaved
  });

  test('update() of a deleted scenario fails with notFound and resurrects nothing', async () => {
    const repo = openRepository();
    const record = await repo.create({ name: 'A', notes: '', tags: [] }, scenarioWith(0.1));
    await repo.delete(record.id);
    await expect(repo.update(record.id, 1, { notes: 'x' })).rejects.toMatchObject({ kind: 'notFound' });
    expect(await records(repo)).toEqual([]);
  });

  test('delete() moves a scenario to the trash and restore() brings it back unchanged', async () => {
    const repo = openRepository();
    const record = await repo.create({ name: 'A', notes: 'keep', tags: ['t'] }, scenarioWith(0.1));
    const trashed = await repo.delete(record.id, 99);
    expect(trashed).toEqual({ id: record.id, deletedAt: 99, record });
    expect(await records(repo)).toEqual([]);
    expect(await repo.restore(record.id)).toEqual(record);
    expect(await records(repo)).toEqual([record]);
    await expect(repo.restore(record.id)).rejects.toMatchObject({ kind: 'notFound' });
  });

  test('duplicate() stores a copy under a new id and name', async () => {
    const repo = openRepository();
    const record = await repo.create({ name: 'A', notes: 'n', tags: ['t'] }, scenarioWith(0.1));
    const copy = await repo.duplicate(record.id, 'A (copy)');
    expect(copy.id).not.toBe(record.id);
    expect(copy).toMatchObject({ name: 'A (copy)', notes: 'n', tags: ['t'], revision: 1 });
    expect(copy.scenario).toEqual(record.scenario);
    expect(await records(repo)).toHaveLength(2);
  });

  test('importAll() is all or nothing: one taken id and none is added', async () => {
    const repo = openRepository();
    const existing = await repo.create({ name: 'A', notes: '', tags: [] }, scenarioWith(0.1));
    const fresh = { ...existing, id: 'fresh-1', name: 'B' };
    await expect(repo.importAll([fresh, { ...existing, name: 'clash' }])).rejects.toThrow();
    expect(await records(repo)).toEqual([existing]);
    await repo.importAll([fresh]);
    expect((await records(repo)).map((r) => r.id).sort()).toEqual([existing.id, 'fresh-1'].sort());
  });

  test('importAll() replaces a stored record with the file’s version (revision + 1), all or nothing', async () => {
    const repo = openRepository();
    const stored = await repo.create({ name: 'A', notes: '', tags: [] }, scenarioWith(0.1), 1000);
    const incoming = { ...stored, name: 'A from the file', scenario: scenarioWith(0.3) };
    await repo.importAll([{ ...stored, id: 'new-1', name: 'N' }], [incoming], 2000);
    expect(await repo.get(stored.id)).toMatchObject({
      name: 'A from the file',
      revision: 2,
      updatedAt: 2000,
      scenario: { clusters: { newMaterials: { growthRate: 0.3 } } },
    });
    expect(await repo.get('new-1')).toMatchObject({ name: 'N' });
    // A replacement of a record that is not there fails the whole import.
    await expect(
      repo.importAll([{ ...stored, id: 'new-2' }], [{ ...incoming, id: 'gone' }]),
    ).rejects.toThrow();
    expect(await repo.get('new-2')).toBeUndefined();
  });

  test('importAll() refuses an invalid record before writing anything', async () => {
    const repo = openRepository();
    const good = await repo.create({ name: 'A', notes: '', tags: [] }, scenarioWith(0.1));
    const bad = { ...good, id: 'bad', name: '' };
    await expect(repo.importAll([{ ...good, id: 'ok' }, bad])).rejects.toBeInstanceOf(InvalidRecord);
    expect(await records(repo)).toEqual([good]);
  });

  test('a quota error while saving is reported as "quota" and the stored record is intact', async () => {
    const repo = openRepository();
    const record = await repo.create({ name: 'A', notes: '', tags: [] }, scenarioWith(0.1));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(repo.update(record.id, 1, { scenario: scenarioWith(0.7) })).rejects.toMatchObject({
      kind: 'quota',
    });
    expect(await repo.get(record.id)).toEqual(record);
  });

  test('registerAppVersion() keeps the newest version and tells an older app', async () => {
    const newer = openRepository('2.0.0');
    expect(await newer.registerAppVersion()).toBe('2.0.0');
    const older = openRepository('1.5.0');
    expect(await older.registerAppVersion()).toBe('2.0.0');
    const db = await connections[1]!.read();
    expect(await db.get(STORES.meta, 'app')).toEqual({ key: 'app', appVersion: '2.0.0' });
  });
});

describe('compareVersions()', () => {
  test.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0.10', '1.0.9', 1],
    ['0.9', '1.0.0', -1],
    ['2018-2020.1', '2018-2020.2', -1],
  ])('%s vs %s → sign %d', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});
