/**
 * The rehearsal of a change of the scenario's shape, in Node: the database, file and links that
 * release 0.1.0 wrote (test/fixtures/release-0.1.0, made by its own code, shape 1) open in this release
 * with every value intact under the documented mapping (expectMigratedScenario: the base-year
 * investment added, the land intensity grown to 2020, intensity growth gone, reference and links
 * added). The same in Chromium with the real IndexedDB: test/browser/upgrade.test.ts.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import { decodeCompareLink } from '../../src/scenario-format/compare-link';
import { decodeFile } from '../../src/scenario-format/file-format';
import { decodeShareLink } from '../../src/scenario-format/share-link';
import { StorageConnection } from '../../src/storage/connection';
import { DB_VERSION, STORES } from '../../src/storage/database';
import { ScenarioRepository } from '../../src/storage/scenario-repository';
import { WorkingDraftStore } from '../../src/storage/working-draft';
import { withLever } from '../../src/scenario/updates';
import { RELEASE_DB, RELEASE_FILE, RELEASE_LINKS, expectMigratedScenario } from '../fixtures/release-0.1.0';
import { deleteDatabase, openRaw, putAll, readAll } from './storage-fixtures';

const connections: StorageConnection[] = [];

afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await deleteDatabase();
});

/** The database exactly as release 0.1.0 left it: its version-2 stores and every record. */
async function restoreReleaseDatabase(): Promise<void> {
  const db = await openRaw(2, (database) => {
    // The stores of 0.1.0's upgradeSchema (versions 1 and 2), as it created them.
    database.createObjectStore(STORES.drafts, { keyPath: 'id' });
    database.createObjectStore(STORES.scenarios, { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    database.createObjectStore(STORES.trash, { keyPath: 'id' });
    database.createObjectStore(STORES.meta, { keyPath: 'key' });
  });
  for (const [store, records] of Object.entries(RELEASE_DB.stores)) await putAll(db, store, records);
  db.close();
}

function openApp() {
  const connection = new StorageConnection();
  connections.push(connection);
  return {
    connection,
    repository: new ScenarioRepository(connection, '0.2.0', PLAN_DATASET),
    drafts: new WorkingDraftStore(connection, PLAN_DATASET),
  };
}

describe('release 0.1.0 → this release (Node, fake-indexeddb)', () => {
  test('the library of 50 scenarios opens: every record migrated on read, every value kept', async () => {
    await restoreReleaseDatabase();
    const { repository, connection } = openApp();
    const { records, held } = await repository.list();
    expect(held).toEqual([]);
    expect(records).toHaveLength(50);
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const old of RELEASE_DB.stores.scenarios) {
      const record = byId.get(old.id)!;
      const { scenario: oldScenario, schemaVersion: _v, ...oldFields } = old;
      expect(record).toMatchObject({ ...oldFields, schemaVersion: SCENARIO_SCHEMA_VERSION });
      expectMigratedScenario(oldScenario, record.scenario, 1, PLAN_DATASET);
    }
    // Reading rewrote nothing: the store holds 0.1.0's records byte for byte.
    const db = await connection.read();
    expect(db.version).toBe(DB_VERSION);
    expect(await storedIn(connection, STORES.scenarios)).toEqual(RELEASE_DB.stores.scenarios);
  });

  test('the working draft opens migrated, with its origin; the deleted scenario can be restored', async () => {
    await restoreReleaseDatabase();
    const { repository, drafts } = openApp();
    const read = await drafts.load();
    if (read.kind !== 'ready') throw new Error(`draft ${read.kind}`);
    const old = RELEASE_DB.stores.drafts[0]!;
    expect(read.draft).toMatchObject({ savedAt: old.savedAt, origin: old.origin, migratedFrom: 1 });
    expectMigratedScenario(old.scenario, read.draft.scenario, 1, PLAN_DATASET);
    expect(read.draft.scenario.clusters.agriProcessing.investmentPerYear).toBe(42);

    const trashed = RELEASE_DB.stores.trash[0]!;
    await repository.restore(trashed.id);
    const restored = await repository.get(trashed.id);
    expect(restored?.name).toBe(trashed.record.name);
    expectMigratedScenario(trashed.record.scenario, restored!.scenario, 1, PLAN_DATASET);
  });

  test('a record is written in the new shape when it is next saved, and only then', async () => {
    await restoreReleaseDatabase();
    const { repository, connection } = openApp();
    const old = RELEASE_DB.stores.scenarios[9]!;
    const current = (await repository.get(old.id))!;
    const saved = await repository.update(old.id, old.revision, {
      scenario: withLever(current.scenario, 'newMaterials', 'growthRate', 0.15),
    });
    expect(saved).toMatchObject({ revision: old.revision + 1, schemaVersion: SCENARIO_SCHEMA_VERSION });
    const stored = await storedIn(connection, STORES.scenarios);
    const rewritten = stored.filter((record) => (record as { schemaVersion: number }).schemaVersion !== 1);
    expect(rewritten.map((record) => (record as { id: string }).id)).toEqual([old.id]);
  });

  test('a record that cannot be migrated, and one from a newer release, are held untouched with their reason', async () => {
    await restoreReleaseDatabase();
    const raw = await openRaw(2);
    const broken = { ...RELEASE_DB.stores.scenarios[0]!, scenario: { clusters: 'lost' } };
    const newer = { ...RELEASE_DB.stores.scenarios[1]!, schemaVersion: SCENARIO_SCHEMA_VERSION + 1 };
    await putAll(raw, STORES.scenarios, [broken, newer]);
    raw.close();
    const { repository, connection } = openApp();
    const { records, held } = await repository.list();
    expect(records).toHaveLength(48);
    expect(held).toMatchObject([
      { kind: 'unreadable', id: broken.id, name: broken.name, raw: broken },
      { kind: 'newer', id: newer.id, name: newer.name, raw: newer, issues: [{ code: 'newerSchema' }] },
    ]);
    expect(await repository.get(broken.id)).toBeUndefined();
    await expect(repository.update(broken.id, null, { name: 'x' })).rejects.toMatchObject({
      name: 'InvalidRecord',
    });
    const stored = (await storedIn(connection, STORES.scenarios)) as { id: string }[];
    expect(stored.find((record) => record.id === broken.id)).toEqual(broken);
    expect(stored.find((record) => record.id === newer.id)).toEqual(newer);
  });

  test('the export file of 0.1.0 imports: 12 scenarios migrated, every value kept', () => {
    const result = decodeFile(RELEASE_FILE, 'export-all.json', PLAN_DATASET);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.scenarios).toHaveLength(12);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'migrated',
        params: { fromVersion: 1, toVersion: SCENARIO_SCHEMA_VERSION, count: 12 },
      }),
    );
    const file = JSON.parse(RELEASE_FILE) as { scenarios: (typeof RELEASE_DB.stores.scenarios)[number][] };
    file.scenarios.forEach((old, i) => {
      const { scenario, schemaVersion: _v, ...fields } = old;
      expect(result.scenarios[i]).toMatchObject(fields);
      expectMigratedScenario(scenario, result.scenarios[i]!.scenario, 1, PLAN_DATASET);
    });
  });

  test('the share link and the compare link of 0.1.0 open, every value kept', async () => {
    const stored = new Map(RELEASE_DB.stores.scenarios.map((record) => [record.id, record]));
    const share = await decodeShareLink(RELEASE_LINKS.share.fragment, PLAN_DATASET);
    if (!share.ok) throw new Error(share.message);
    const source = stored.get(RELEASE_LINKS.share.record)!;
    expect(share.migratedFrom).toBe(1);
    expect(share.scenario).toMatchObject({ name: source.name, notes: source['notes'], tags: source['tags'] });
    expectMigratedScenario(source.scenario, share.scenario.scenario, 1, PLAN_DATASET);

    const compare = await decodeCompareLink(RELEASE_LINKS.compare.fragment, PLAN_DATASET);
    if (!compare.ok) throw new Error(compare.message);
    expect(compare.content.reference).toBe(RELEASE_LINKS.compare.reference);
    expect(compare.content.entries.map((entry) => entry.kind)).toEqual(['plan', 'saved', 'saved', 'draft']);
    compare.content.entries.forEach((entry, i) => {
      const key = RELEASE_LINKS.compare.entries[i]!;
      if (entry.kind === 'saved') {
        expect(entry.id).toBe(key);
        expectMigratedScenario(stored.get(key)!.scenario, entry.scenario, 1, PLAN_DATASET);
      }
      if (entry.kind === 'draft') {
        const oldDraft = RELEASE_DB.stores.drafts[0]!.scenario;
        expectMigratedScenario(oldDraft, entry.scenario, 1, PLAN_DATASET);
      }
    });
  });
});

/** What a store holds, read through a second, plain connection (bypassing the app), closed after. */
async function storedIn(connection: StorageConnection, store: string): Promise<unknown[]> {
  await connection.read();
  const raw = await openRaw(DB_VERSION);
  try {
    return await readAll(raw, store);
  } finally {
    raw.close();
  }
}
