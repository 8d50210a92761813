/**
 * The rehearsal of the change to scenario shape 3, in Node: the database, file and links that release
 * 0.2.0 wrote (test/fixtures/release-0.2.0, made by its own code, scenario shape 2, database version 3)
 * open in this release with every value intact under the documented mapping (expectMigratedScenario:
 * the land intensity grown to 2020, intensity growth gone, reference and links added), and say they
 * came from the early estimates. The same in Chromium with the real IndexedDB: test/browser/upgrade.test.ts.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import type { Scenario } from '../../src/scenario/scenario';
import { decodeCompareLink } from '../../src/scenario-format/compare-link';
import { decodeFile } from '../../src/scenario-format/file-format';
import { decodeShareLink } from '../../src/scenario-format/share-link';
import { StorageConnection } from '../../src/storage/connection';
import { DB_VERSION, STORES } from '../../src/storage/database';
import { ScenarioRepository } from '../../src/storage/scenario-repository';
import { WorkingDraftStore } from '../../src/storage/working-draft';
import { withLever } from '../../src/scenario/updates';
import {
  RELEASE_DB,
  RELEASE_FILE,
  RELEASE_LINKS,
  RELEASE_SHAPE,
  expectMigratedScenario,
} from '../fixtures/release-0.2.0';
import { deleteDatabase, openRaw, putAll, readAll } from './storage-fixtures';

const connections: StorageConnection[] = [];

afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await deleteDatabase();
});

/** The database exactly as release 0.2.0 left it: its version-3 stores and every record. */
async function restoreReleaseDatabase(): Promise<void> {
  const db = await openRaw(RELEASE_DB.dbVersion, (database) => {
    // The stores of 0.2.0's upgradeSchema (versions 1–3; 3 added none), as it created them.
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
    repository: new ScenarioRepository(connection, '0.3.0', PLAN_DATASET),
    drafts: new WorkingDraftStore(connection, PLAN_DATASET),
  };
}

/** The documented mapping, and what it means said plainly: built from the early estimates, links off. */
function expectFromRelease(old: Record<string, unknown>, migrated: Scenario): void {
  expectMigratedScenario(old, migrated, RELEASE_SHAPE, PLAN_DATASET);
  expect(migrated.reference).toBe('earlyEstimates');
  expect(migrated.links).toEqual({
    producerServices: { enabled: false, share: 0.05 },
    agriSupply: { enabled: false },
  });
  for (const levers of Object.values(migrated.clusters)) expect(levers).not.toHaveProperty('intensityGrowth');
}

describe('release 0.2.0 → this release (Node, fake-indexeddb)', () => {
  test('the fixtures are what 0.2.0 wrote: shape 2, dataset 2018-2020.2, database version 3', () => {
    expect(RELEASE_DB.dbVersion).toBe(3);
    const records = [
      ...RELEASE_DB.stores.scenarios,
      ...RELEASE_DB.stores.drafts,
      ...RELEASE_DB.stores.trash.map((entry) => entry.record),
    ];
    expect(new Set(records.map((record) => record['schemaVersion']))).toEqual(new Set([RELEASE_SHAPE]));
    expect(new Set(records.map((record) => record.scenario['datasetVersion']))).toEqual(
      new Set(['2018-2020.2']),
    );
    expect(RELEASE_SHAPE).toBeLessThan(SCENARIO_SCHEMA_VERSION);
  });

  test('the library of 30 scenarios opens: every record migrated on read, every value kept', async () => {
    await restoreReleaseDatabase();
    const { repository, connection } = openApp();
    const { records, held } = await repository.list();
    expect(held).toEqual([]);
    expect(records).toHaveLength(30);
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const old of RELEASE_DB.stores.scenarios) {
      const record = byId.get(old.id)!;
      const { scenario: oldScenario, schemaVersion: _v, ...oldFields } = old;
      expect(record).toMatchObject({ ...oldFields, schemaVersion: SCENARIO_SCHEMA_VERSION });
      expectFromRelease(oldScenario, record.scenario);
    }
    // Reading rewrote nothing: the store holds 0.2.0's records byte for byte.
    const db = await connection.read();
    expect(db.version).toBe(DB_VERSION);
    expect(await storedIn(connection, STORES.scenarios)).toEqual(RELEASE_DB.stores.scenarios);
  });

  test('the land intensities are the 2020 intensities the scenarios had, within the lever’s range', async () => {
    await restoreReleaseDatabase();
    const { repository } = openApp();
    const { records } = await repository.list();
    const byId = new Map(records.map((record) => [record.id, record]));
    const pairs = RELEASE_DB.stores.scenarios.flatMap((old) =>
      Object.entries(old.scenario['clusters'] as Record<string, Record<string, number>>).map(
        ([cluster, levers]) => ({
          old: levers,
          now: byId.get(old.id)!.scenario.clusters[cluster as keyof Scenario['clusters']],
        }),
      ),
    );
    // 0.2.0's default: 45 growing (60 ÷ 45)^(1/3) − 1 a year is 60 in 2020; services 100 at 5 % is 115.7625.
    const defaults = pairs.filter(
      ({ old }) => old['landIntensity'] === 45 && old['intensityGrowth'] === (60 / 45) ** (1 / 3) - 1,
    );
    expect(defaults.length).toBeGreaterThan(100);
    for (const { now } of defaults) expect(now.landIntensity).toBe(60);
    const services = pairs.filter(
      ({ old }) => old['landIntensity'] === 100 && old['intensityGrowth'] === 0.05,
    );
    expect(services.length).toBeGreaterThan(10);
    for (const { now } of services) expect(now.landIntensity).toBe(115.7625);
    // No growth: the intensity stays as it was.
    const flat = pairs.filter(({ old }) => old['intensityGrowth'] === 0);
    expect(flat.length).toBeGreaterThan(0);
    for (const { old, now } of flat) expect(now.landIntensity).toBe(old['landIntensity']);
    // 454 × 4/3 ≈ 605 is beyond the lever's 500: it stops at 500.
    const beyond = pairs.filter(
      ({ old }) => old['landIntensity']! * (1 + old['intensityGrowth']!) ** 3 > 500,
    );
    expect(beyond.length).toBeGreaterThan(0);
    for (const { now } of beyond) expect(now.landIntensity).toBe(500);
    for (const { now } of pairs) {
      expect(now.landIntensity).toBeGreaterThanOrEqual(1);
      expect(now.landIntensity).toBeLessThanOrEqual(500);
    }
  });

  test('a range on land intensity scales with it, so it still holds the value', async () => {
    await restoreReleaseDatabase();
    const { repository } = openApp();
    const { records } = await repository.list();
    const withRange = records.filter(
      (record) => record.scenario.uncertainty?.clusters.medicineHealth?.landIntensity !== undefined,
    );
    expect(withRange.length).toBeGreaterThan(0);
    for (const record of withRange) {
      const old = RELEASE_DB.stores.scenarios.find((candidate) => candidate.id === record.id)!;
      const oldRange = (
        old.scenario['uncertainty'] as {
          clusters: { medicineHealth: { landIntensity: { low: number; high: number } } };
        }
      ).clusters.medicineHealth.landIntensity;
      const range = record.scenario.uncertainty!.clusters.medicineHealth!.landIntensity!;
      const value = record.scenario.clusters.medicineHealth.landIntensity;
      // 40–55 around 45 in 2017 is 53.33–73.33 around 60 in 2020.
      expect(range.low).toBeCloseTo((oldRange.low * 60) / 45, 9);
      expect(range.high).toBeCloseTo((oldRange.high * 60) / 45, 9);
      expect(range.low).toBeLessThanOrEqual(value);
      expect(range.high).toBeGreaterThanOrEqual(value);
    }
  });

  test('the working draft opens migrated, with its origin; the deleted scenario can be restored', async () => {
    await restoreReleaseDatabase();
    const { repository, drafts } = openApp();
    const read = await drafts.load();
    if (read.kind !== 'ready') throw new Error(`draft ${read.kind}`);
    const old = RELEASE_DB.stores.drafts[0]!;
    expect(read.draft).toMatchObject({
      savedAt: old.savedAt,
      origin: old.origin,
      migratedFrom: RELEASE_SHAPE,
    });
    expectFromRelease(old.scenario, read.draft.scenario);
    // The edits made in 0.2.0: investment 42, and 52 in 2017 growing as the default did (× 60/45).
    expect(read.draft.scenario.clusters.agriProcessing.investmentPerYear).toBe(42);
    expect(read.draft.scenario.clusters.agriProcessing.landIntensity).toBeCloseTo((52 * 60) / 45, 9);

    const trashed = RELEASE_DB.stores.trash[0]!;
    await repository.restore(trashed.id);
    const restored = await repository.get(trashed.id);
    expect(restored?.name).toBe(trashed.record.name);
    expectFromRelease(trashed.record.scenario, restored!.scenario);
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
    const rewritten = stored.filter(
      (record) => (record as { schemaVersion: number }).schemaVersion !== RELEASE_SHAPE,
    );
    expect(rewritten.map((record) => (record as { id: string }).id)).toEqual([old.id]);
    const written = rewritten[0] as { scenario: Scenario };
    expect(written.scenario).toEqual(saved.scenario);
    expect(written.scenario.reference).toBe('earlyEstimates');
    expect(written.scenario.clusters.newMaterials).not.toHaveProperty('intensityGrowth');
  });

  test('a record that cannot be migrated, and one from a newer release, are held untouched with their reason', async () => {
    await restoreReleaseDatabase();
    const raw = await openRaw(RELEASE_DB.dbVersion);
    const broken = { ...RELEASE_DB.stores.scenarios[0]!, scenario: { clusters: 'lost' } };
    const newer = { ...RELEASE_DB.stores.scenarios[1]!, schemaVersion: SCENARIO_SCHEMA_VERSION + 1 };
    await putAll(raw, STORES.scenarios, [broken, newer]);
    raw.close();
    const { repository, connection } = openApp();
    const { records, held } = await repository.list();
    expect(records).toHaveLength(28);
    expect(held).toMatchObject([
      { kind: 'unreadable', id: broken.id, name: broken.name, raw: broken },
      { kind: 'newer', id: newer.id, name: newer.name, raw: newer, issues: [{ code: 'newerSchema' }] },
    ]);
    const stored = (await storedIn(connection, STORES.scenarios)) as { id: string }[];
    expect(stored.find((record) => record.id === broken.id)).toEqual(broken);
    expect(stored.find((record) => record.id === newer.id)).toEqual(newer);
  });

  test('the export file of 0.2.0 imports: 12 scenarios migrated, every value kept', () => {
    const result = decodeFile(RELEASE_FILE, 'export-all.json', PLAN_DATASET);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.scenarios).toHaveLength(12);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'migrated',
        params: { fromVersion: RELEASE_SHAPE, toVersion: SCENARIO_SCHEMA_VERSION, count: 12 },
      }),
    );
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'otherDatasetVersion',
        params: expect.objectContaining({ count: 12 }),
      }),
    );
    const file = JSON.parse(RELEASE_FILE) as { scenarios: (typeof RELEASE_DB.stores.scenarios)[number][] };
    file.scenarios.forEach((old, i) => {
      const { scenario, schemaVersion: _v, ...fields } = old;
      expect(result.scenarios[i]).toMatchObject({ ...fields, schemaVersion: SCENARIO_SCHEMA_VERSION });
      expectFromRelease(scenario, result.scenarios[i]!.scenario);
    });
  });

  test('the share link and the compare link of 0.2.0 open, every value kept', async () => {
    const stored = new Map(RELEASE_DB.stores.scenarios.map((record) => [record.id, record]));
    const share = await decodeShareLink(RELEASE_LINKS.share.fragment, PLAN_DATASET);
    if (!share.ok) throw new Error(share.message);
    const source = stored.get(RELEASE_LINKS.share.record)!;
    expect(share.migratedFrom).toBe(RELEASE_SHAPE);
    expect(share.scenario).toMatchObject({ name: source.name, notes: source['notes'], tags: source['tags'] });
    expect(source.scenario['projects']).toBeDefined();
    expect(source.scenario['uncertainty']).toBeDefined();
    expectFromRelease(source.scenario, share.scenario.scenario);

    const compare = await decodeCompareLink(RELEASE_LINKS.compare.fragment, PLAN_DATASET);
    if (!compare.ok) throw new Error(compare.message);
    expect(compare.content.reference).toBe(RELEASE_LINKS.compare.reference);
    expect(compare.content.entries.map((entry) => entry.kind)).toEqual(['plan', 'saved', 'saved', 'draft']);
    compare.content.entries.forEach((entry, i) => {
      const key = RELEASE_LINKS.compare.entries[i]!;
      if (entry.kind === 'saved') {
        expect(entry.id).toBe(key);
        expectFromRelease(stored.get(key)!.scenario, entry.scenario);
      }
      if (entry.kind === 'draft') expectFromRelease(RELEASE_DB.stores.drafts[0]!.scenario, entry.scenario);
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
