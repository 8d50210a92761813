/**
 * The upgrade from release 0.3.0 to the plan periods of 0.4.0, in Node: the database, file and links
 * that release 0.3.0 wrote (test/fixtures/release-0.3.0, made by its own code: scenario shape 3,
 * database version 5 with the actuals) open in this release with every value exactly as written. The
 * scenario's shape did not change, so nothing is migrated; the database gains the empty `datasets`
 * store and keeps every other store and record. The same in Chromium: test/browser/upgrade.test.ts.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import { decodeCompareLink } from '../../src/scenario-format/compare-link';
import { decodeFile } from '../../src/scenario-format/file-format';
import { decodeShareLink } from '../../src/scenario-format/share-link';
import { ActualsStore } from '../../src/storage/actuals-store';
import { StorageConnection } from '../../src/storage/connection';
import { DatasetStore } from '../../src/storage/dataset-store';
import { DB_VERSION, STORES } from '../../src/storage/database';
import { ScenarioRepository } from '../../src/storage/scenario-repository';
import { WorkingDraftStore } from '../../src/storage/working-draft';
import { withLever } from '../../src/scenario/updates';
import {
  RELEASE_DB,
  RELEASE_FILE,
  RELEASE_FILE_CONTENT,
  RELEASE_LINKS,
  RELEASE_SHAPE,
} from '../fixtures/release-0.3.0';
import { deleteDatabase, openRaw, putAll, readAll } from './storage-fixtures';

const connections: StorageConnection[] = [];

afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await deleteDatabase();
});

/** The database exactly as release 0.3.0 left it: its version-5 stores and every record. */
async function restoreReleaseDatabase(): Promise<void> {
  const db = await openRaw(RELEASE_DB.dbVersion, (database) => {
    // The stores of 0.3.0's upgradeSchema (versions 1–5; 3 and 4 added none), as it created them.
    database.createObjectStore(STORES.drafts, { keyPath: 'id' });
    database.createObjectStore(STORES.scenarios, { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    database.createObjectStore(STORES.trash, { keyPath: 'id' });
    database.createObjectStore(STORES.meta, { keyPath: 'key' });
    database.createObjectStore(STORES.actuals, { keyPath: 'id' });
  });
  for (const [store, records] of Object.entries(RELEASE_DB.stores)) await putAll(db, store, records);
  db.close();
}

function openApp() {
  const connection = new StorageConnection();
  connections.push(connection);
  return {
    connection,
    repository: new ScenarioRepository(connection, '0.4.0', PLAN_DATASET),
    drafts: new WorkingDraftStore(connection, PLAN_DATASET),
    actuals: new ActualsStore(connection, PLAN_DATASET),
    datasets: new DatasetStore(connection),
  };
}

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

describe('release 0.3.0 → this release (Node, fake-indexeddb)', () => {
  test('the fixtures are what 0.3.0 wrote: shape 3, dataset 2018-2020.3, database version 5 with actuals', () => {
    expect(RELEASE_DB.dbVersion).toBe(5);
    expect(Object.keys(RELEASE_DB.stores).sort()).toEqual([
      'actuals',
      'drafts',
      'meta',
      'scenarios',
      'trash',
    ]);
    const records = [
      ...RELEASE_DB.stores.scenarios,
      ...RELEASE_DB.stores.drafts,
      ...RELEASE_DB.stores.trash.map((entry) => entry.record),
    ];
    expect(new Set(records.map((record) => record.schemaVersion))).toEqual(new Set([RELEASE_SHAPE]));
    expect(new Set(records.map((record) => record.scenario.datasetVersion))).toEqual(
      new Set(['2018-2020.3']),
    );
    // The shape did not change in this release: no migration may apply.
    expect(SCENARIO_SCHEMA_VERSION).toBe(RELEASE_SHAPE);
    expect(PLAN_DATASET.version).toBe('2018-2020.3');
    // They vary as users vary them: every reference, links on and off, ranges, projects, trajectories.
    const scenarios = RELEASE_DB.stores.scenarios.map((record) => record.scenario);
    expect(new Set(scenarios.map((s) => s.reference))).toEqual(
      new Set(['planPath', 'projectBacked', 'trend', 'earlyEstimates']),
    );
    expect(new Set(scenarios.map((s) => s.links.producerServices.enabled))).toEqual(new Set([true, false]));
    expect(new Set(scenarios.map((s) => s.links.agriSupply.enabled))).toEqual(new Set([true, false]));
    expect(new Set(scenarios.map((s) => s.links.producerServices.share))).toEqual(
      new Set([0.03, 0.05, 0.08]),
    );
    expect(scenarios.filter((s) => s.uncertainty !== undefined)).toHaveLength(5);
    expect(scenarios.filter((s) => s.projects?.some((p) => p.custom !== undefined))).toHaveLength(3);
    expect(scenarios.filter((s) => s.indicators !== undefined)).toHaveLength(3);
    expect(RELEASE_DB.stores.scenarios.filter((record) => record.revision === 2)).toHaveLength(3);
    expect(RELEASE_DB.stores.actuals).toHaveLength(1);
    expect(RELEASE_DB.stores.actuals[0]!).toMatchObject({ id: 'zone', revision: 2 });
    expect(RELEASE_DB.stores.actuals[0]!.values).toHaveLength(30);
  });

  test('opening upgrades to version 6: every store kept record for record, datasets added and empty', async () => {
    await restoreReleaseDatabase();
    const { connection, datasets } = openApp();
    const db = await connection.read();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(6);
    expect([...db.objectStoreNames].sort()).toEqual([
      'actuals',
      'datasets',
      'drafts',
      'meta',
      'scenarios',
      'trash',
    ]);
    for (const [store, records] of Object.entries(RELEASE_DB.stores)) {
      expect(await storedIn(connection, store), store).toEqual(records);
    }
    expect(await storedIn(connection, STORES.datasets)).toEqual([]);
    expect(await datasets.list()).toEqual({ datasets: [], unreadable: [] });
  });

  test('the library of 30 scenarios opens: none held back, every value exactly as stored', async () => {
    await restoreReleaseDatabase();
    const { repository, connection } = openApp();
    const { records, held } = await repository.list();
    expect(held).toEqual([]);
    expect(records).toHaveLength(30);
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const old of RELEASE_DB.stores.scenarios) {
      expect(byId.get(old.id), old.name).toStrictEqual(old);
      expect(await repository.get(old.id)).toStrictEqual(old);
    }
    // Reading rewrote nothing.
    expect(await storedIn(connection, STORES.scenarios)).toEqual(RELEASE_DB.stores.scenarios);
  });

  test('the working draft is read under the key "working" with its origin and edits', async () => {
    await restoreReleaseDatabase();
    const { drafts, connection } = openApp();
    const read = await drafts.load();
    if (read.kind !== 'ready') throw new Error(`draft ${read.kind}`);
    const old = RELEASE_DB.stores.drafts[0]!;
    expect(old.id).toBe('working');
    expect(read.draft).toMatchObject({ savedAt: old.savedAt, origin: old.origin, migratedFrom: null });
    expect(read.draft.scenario).toStrictEqual(old.scenario);
    // The edits made in 0.3.0 after opening the saved scenario.
    expect(read.draft.scenario.clusters.agriProcessing.investmentPerYear).toBe(42);
    expect(read.draft.scenario.clusters.agriProcessing.landIntensity).toBe(52);
    expect(read.draft.scenario.links.agriSupply.enabled).toBe(true);
    // A period's draft is another key: none of 0.3.0's draft is taken for one.
    const periodDraft = new WorkingDraftStore(connection, PLAN_DATASET, 'working@2021-2025.1');
    expect((await periodDraft.load()).kind).toBe('none');
  });

  test('the actuals are read unchanged: 30 values with their sources, revision 2', async () => {
    await restoreReleaseDatabase();
    const { actuals } = openApp();
    const read = await actuals.read();
    expect(read).toStrictEqual({ kind: 'ready', record: RELEASE_DB.stores.actuals[0] });
    if (read.kind !== 'ready') return;
    // Hand-checked against the fixture: the 2020 bulletin's medicine output and its note.
    expect(read.record.values).toContainEqual({
      key: 'output.medicineHealth',
      year: 2020,
      value: 14.2,
      source: { document: '黔江区2020年国民经济和社会发展统计公报', date: '2021-03-20' },
      note: '快报数，待年报 "核定"',
    });
    // A write after the upgrade follows on from 0.3.0's revision.
    const written = await actuals.write(read.record.values.slice(1), read.record.revision);
    expect(written.revision).toBe(3);
  });

  test('the deleted scenario can be restored with its values; a saved one is written back unchanged in shape', async () => {
    await restoreReleaseDatabase();
    const { repository, connection } = openApp();
    const trashed = RELEASE_DB.stores.trash[0]!;
    await repository.restore(trashed.id);
    const restored = await repository.get(trashed.id);
    expect(restored?.name).toBe(trashed.record.name);
    expect(restored?.scenario).toStrictEqual(trashed.record.scenario);

    const old = RELEASE_DB.stores.scenarios[9]!;
    const saved = await repository.update(old.id, old.revision, {
      scenario: withLever(old.scenario, 'newMaterials', 'growthRate', 0.15),
    });
    expect(saved).toMatchObject({ revision: old.revision + 1, schemaVersion: RELEASE_SHAPE });
    const written = (await storedIn(connection, STORES.scenarios)).find(
      (record) => (record as { id: string }).id === old.id,
    ) as typeof old;
    expect(written.scenario).toStrictEqual({
      ...old.scenario,
      clusters: {
        ...old.scenario.clusters,
        newMaterials: { ...old.scenario.clusters.newMaterials, growthRate: 0.15 },
      },
    });
  });

  test('the "export all" file of 0.3.0 imports: 30 scenarios and the 30 actuals, every value kept, nothing migrated', () => {
    const result = decodeFile(RELEASE_FILE, 'export-all.json', PLAN_DATASET);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.warnings).toEqual([]);
    expect(result.datasets).toBeUndefined();
    expect(result.scenarios).toStrictEqual(RELEASE_FILE_CONTENT.scenarios);
    expect(result.scenarios).toHaveLength(30);
    expect(result.actuals).toStrictEqual(RELEASE_DB.stores.actuals[0]!.values);
    expect(result.actuals).toHaveLength(30);
    // The file holds the library as it was stored.
    const stored = new Map(RELEASE_DB.stores.scenarios.map((record) => [record.id, record]));
    for (const record of result.scenarios) expect(record).toStrictEqual(stored.get(record.id));
  });

  test('the share link and the compare link of 0.3.0 open, every value kept, nothing migrated', async () => {
    const stored = new Map(RELEASE_DB.stores.scenarios.map((record) => [record.id, record]));
    const share = await decodeShareLink(RELEASE_LINKS.share.fragment, PLAN_DATASET);
    if (!share.ok) throw new Error(share.message);
    const source = stored.get(RELEASE_LINKS.share.record)!;
    expect(share.migratedFrom).toBeNull();
    expect(share.warnings).toEqual([]);
    expect(share.scenario).toStrictEqual({
      name: source.name,
      notes: source.notes,
      tags: source.tags,
      datasetVersion: source.scenario.datasetVersion,
      scenario: source.scenario,
    });
    expect(source.scenario.projects?.some((p) => p.custom !== undefined)).toBe(true);
    expect(source.scenario.uncertainty).toBeDefined();

    const compare = await decodeCompareLink(RELEASE_LINKS.compare.fragment, PLAN_DATASET);
    if (!compare.ok) throw new Error(compare.message);
    expect(compare.otherDatasets).toEqual([]);
    expect(compare.content.reference).toBe(RELEASE_LINKS.compare.reference);
    expect(compare.content.entries.map((entry) => entry.kind)).toEqual(['plan', 'saved', 'saved', 'draft']);
    compare.content.entries.forEach((entry, i) => {
      const key = RELEASE_LINKS.compare.entries[i]!;
      if (entry.kind === 'saved') {
        const record = stored.get(key)!;
        expect(entry).toStrictEqual({ kind: 'saved', id: key, name: record.name, scenario: record.scenario });
      }
      if (entry.kind === 'draft') expect(entry.scenario).toStrictEqual(RELEASE_DB.stores.drafts[0]!.scenario);
    });
  });
});
