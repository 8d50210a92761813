import 'fake-indexeddb/auto';
import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project } from '../../src/engine/project';
import { startScenario } from '../../src/state/start-scenario';
import { AUTOSAVE_DELAY_MS, WorkbenchState } from '../../src/state/workbench.svelte';
import { DB_NAME, STORES } from '../../src/storage/database';
import { withLever } from '../../src/scenario/updates';
import { StorageConnection } from '../../src/storage/connection';
import { WorkingDraftStore } from '../../src/storage/working-draft';
import { ProjectionClient, type WorkerHandle } from '../../src/worker-client/projection-client';
import type { ProjectionApi } from '../../workers/projection-api';
import { createProjectionService } from '../../workers/projection-service';
import { RELEASE_DB } from '../fixtures/release-0.1.0';
import { RELEASE_DB as RELEASE_0_2_DB, expectMigratedScenario } from '../fixtures/release-0.2.0';

/** The scenario the app opens on without a stored draft, and that "reset" returns to (the plan path). */
const start = () => startScenario(PLAN_DATASET);

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  vi.useRealTimers();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
});

/** A worker over a MessageChannel running the real projection service. */
function channelWorker(): WorkerHandle {
  const { port1, port2 } = new MessageChannel();
  expose(createProjectionService(), port1);
  const api = wrap<ProjectionApi>(port2);
  return {
    api,
    terminate() {
      port1.close();
      port2.close();
    },
  };
}

/** A draft store on its own connection, closed after the test. */
function openStore(): WorkingDraftStore {
  const connection = new StorageConnection();
  cleanups.push(() => connection.close());
  return new WorkingDraftStore(connection, PLAN_DATASET);
}

function makeWorkbench(store: WorkingDraftStore | null = openStore()) {
  const workbench = new WorkbenchState({
    dataset: PLAN_DATASET,
    draftStore: store,
    createClient: (onReply, onStatus) =>
      new ProjectionClient({ createWorker: channelWorker, onReply, onStatus }),
  });
  cleanups.push(() => workbench.dispose());
  return workbench;
}

async function until(condition: () => boolean, timeoutMs = 5000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('WorkbenchState', { timeout: 30_000 }, () => {
  test('start() projects the start scenario (the plan path) through the worker', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    await until(() => workbench.ready);
    expect(workbench.scenario).toEqual(start());
    expect(workbench.scenario.reference).toBe('planPath');
    expect(workbench.result).toEqual(project(PLAN_DATASET, start()));
  });

  test('a lever change is projected and the latest result is the engine’s for the new scenario', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    await until(() => workbench.ready);
    for (const rate of [0.1, 0.2, 0.3, 0.4]) workbench.edits.setLever('newMaterials', 'growthRate', rate);
    const expected = withLever(start(), 'newMaterials', 'growthRate', 0.4);
    // The 2020 output alone can be the same for several growth rates (land binds): compare the whole path.
    const expectedPath = JSON.stringify(project(PLAN_DATASET, expected).clusters[0]!.years);
    await until(() => JSON.stringify(workbench.result?.clusters[0]?.years) === expectedPath);
    expect(workbench.result).toEqual(project(PLAN_DATASET, expected));
  });

  test('changes are saved after the autosave delay and survive a new session', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    workbench.edits.setLever('agriProcessing', 'investmentPerYear', 60);
    expect(workbench.draftState).toBe('pending');
    await until(() => workbench.draftState === 'saved', AUTOSAVE_DELAY_MS * 10);

    const next = makeWorkbench();
    await next.start();
    expect(next.scenario.clusters.agriProcessing.investmentPerYear).toBe(60);
    expect(next.notice).toEqual({ kind: 'restored', migratedFrom: null });
    expect(next.draftState).toBe('saved');
  });

  test('flush() writes a pending change at once (pagehide inside the debounce loses nothing)', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    workbench.edits.setLever('medicineHealth', 'lagYears', 2);
    await workbench.flush();
    expect(workbench.draftState).toBe('saved');
    const stored = await openStore().load();
    expect(stored.kind === 'ready' && stored.draft.scenario.clusters.medicineHealth.lagYears).toBe(2);
  });

  test('reset puts a lever, a cluster, and everything back to the reference it was built from', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    const defaults = start();
    workbench.edits.setLever('newMaterials', 'growthRate', 0.5);
    workbench.edits.setLever('newMaterials', 'landPace', 2);
    workbench.edits.resetLever('newMaterials', 'growthRate');
    expect(workbench.scenario.clusters.newMaterials.growthRate).toBe(
      defaults.clusters.newMaterials.growthRate,
    );
    expect(workbench.scenario.clusters.newMaterials.landPace).toBe(2);
    workbench.edits.resetCluster('newMaterials');
    expect(workbench.scenario.clusters.newMaterials).toEqual(defaults.clusters.newMaterials);
    workbench.edits.setConflictChoice('newMaterialsTarget', 1);
    workbench.edits.setOtherIndustryGrowth(0.2);
    workbench.edits.resetAll();
    expect(workbench.scenario).toEqual(defaults);
  });

  test('an unusable saved draft is not adopted, and kept aside untouched rather than overwritten', async () => {
    const bad = withLever(start(), 'newMaterials', 'lagYears', 7);
    await openStore().save(bad, null, 5);
    const workbench = makeWorkbench();
    await workbench.start();
    expect(workbench.notice).toMatchObject({
      kind: 'draftKept',
      reason: 'unreadable',
      issue: { code: 'outOfRange', path: 'clusters.newMaterials.lagYears' },
    });
    expect(workbench.scenario).toEqual(start());
    workbench.edits.setLever('newMaterials', 'growthRate', 0.2);
    await workbench.flush();
    const kept = await openStore().listKept();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ reason: 'unreadable', record: { savedAt: 5, scenario: bad } });
  });

  test('a draft of release 0.1.0 opens migrated and says so', async () => {
    // The draft release 0.1.0 stored (shape 1), moved once more before this release opened it.
    const old = structuredClone(RELEASE_DB.stores.drafts[0]!.scenario) as Record<string, unknown> & {
      clusters: Record<string, Record<string, unknown>>;
    };
    old.clusters['medicineHealth']!['growthRate'] = 0.33;
    const connection = new StorageConnection();
    cleanups.push(() => connection.close());
    await (
      await connection.write()
    ).put(STORES.drafts, {
      schemaVersion: 1,
      id: 'working',
      savedAt: 3,
      scenario: old as never,
      origin: null,
    });
    const workbench = makeWorkbench();
    await workbench.start();
    // It says both: migrated from shape 1, and made with the dataset of 0.1.0.
    expect(old['datasetVersion']).toBe('2018-2020.1');
    expect(workbench.notice).toEqual({ kind: 'otherDataset', version: '2018-2020.1', migratedFrom: 1 });
    expect(workbench.scenario.clusters.medicineHealth.growthRate).toBe(0.33);
    expect(workbench.scenario.clusters.medicineHealth.baseYearInvestment).toBe(
      PLAN_DATASET.clusters[1]!.defaults.baseYearInvestment.value,
    );
    expectMigratedScenario(old, workbench.scenario, 1, PLAN_DATASET);
    // "Reset" returns to what it was built from: the early estimates, not the plan path.
    expect(workbench.scenario.reference).toBe('earlyEstimates');
  });

  test('the draft is dirty after a change and clean again once marked saved; its origin survives a reload', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    expect(workbench.dirty).toBe(false);
    workbench.edits.setLever('newMaterials', 'growthRate', 0.25);
    expect(workbench.dirty).toBe(true);
    const saved = JSON.parse(JSON.stringify(workbench.scenario)) as typeof workbench.scenario;
    workbench.markSaved({ id: 'rec-1', revision: 4, name: '方案甲' }, saved);
    expect(workbench.dirty).toBe(false);
    await workbench.flush();
    workbench.edits.setLever('newMaterials', 'growthRate', 0.3);
    expect(workbench.dirty).toBe(true);
    await workbench.flush();

    const next = makeWorkbench();
    await next.start(async (origin) =>
      origin.id === 'rec-1' ? { name: '方案甲', revision: 4, scenario: saved } : null,
    );
    expect(next.origin).toEqual({ id: 'rec-1', revision: 4, name: '方案甲' });
    expect(next.dirty).toBe(true);
    expect(next.scenario.clusters.newMaterials.growthRate).toBe(0.3);
  });

  test('a restored draft is not ready until its saved record is read, however long the projection takes', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    workbench.edits.setLever('newMaterials', 'growthRate', 0.21);
    const saved = JSON.parse(JSON.stringify(workbench.scenario)) as typeof workbench.scenario;
    workbench.markSaved({ id: 'rec-2', revision: 1, name: '方案甲' }, saved);
    await workbench.flush();

    const next = makeWorkbench();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const starting = next.start(async () => {
      await held;
      return { name: '方案甲', revision: 1, scenario: saved };
    });
    // The draft's projection is rendered meanwhile, but the bar could not name the record yet.
    await until(() => next.renderedSeq > 0);
    expect(next.ready).toBe(false);
    expect(next.origin).toBeNull();
    release();
    await starting;
    expect(next.ready).toBe(true);
    expect(next.origin).toEqual({ id: 'rec-2', revision: 1, name: '方案甲' });
  });

  test('a link preview never writes over the stored draft, and leaving it restores the draft', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    workbench.edits.setLever('medicineHealth', 'investmentPerYear', 77);
    await workbench.flush();
    const linked = withLever(start(), 'medicineHealth', 'investmentPerYear', 5);
    workbench.startPreview(linked, 'from a link');
    workbench.edits.setLever('medicineHealth', 'growthRate', 0.5);
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS * 2));
    await workbench.flush();
    const stored = await openStore().load();
    expect(stored.kind === 'ready' && stored.draft.scenario.clusters.medicineHealth.investmentPerYear).toBe(
      77,
    );
    await workbench.endPreview();
    expect(workbench.preview).toBeNull();
    expect(workbench.scenario.clusters.medicineHealth.investmentPerYear).toBe(77);
  });

  test('without storage the workbench still projects and says the draft is unavailable', async () => {
    const workbench = makeWorkbench(null);
    await workbench.start();
    await until(() => workbench.ready);
    workbench.edits.setLever('newMaterials', 'growthRate', 0.3);
    expect(workbench.draftState).toBe('unavailable');
  });
});

describe('WorkbenchState undo and redo', { timeout: 30_000 }, () => {
  test('undo after three changes restores the first projection exactly; redo goes forward again', async () => {
    const workbench = makeWorkbench(null);
    await workbench.start();
    await until(() => workbench.ready);
    const first = workbench.result;
    const initial = JSON.parse(JSON.stringify(workbench.scenario)) as typeof workbench.scenario;
    workbench.edits.setLever('newMaterials', 'growthRate', 0.2);
    workbench.edits.setLever('medicineHealth', 'investmentPerYear', 70);
    workbench.edits.setConflictChoice('newMaterialsTarget', 1);
    expect(workbench.canUndo).toBe(true);
    workbench.undo();
    workbench.undo();
    workbench.undo();
    expect(workbench.canUndo).toBe(false);
    expect(workbench.scenario).toEqual(initial);
    await until(() => JSON.stringify(workbench.result) === JSON.stringify(first));
    expect(workbench.result).toEqual(first);
    workbench.redo();
    expect(workbench.scenario.clusters.newMaterials.growthRate).toBe(0.2);
    expect(workbench.canRedo).toBe(true);
    workbench.edits.setLever('agriProcessing', 'lagYears', 2);
    expect(workbench.canRedo).toBe(false);
  });

  test('a burst of moves of one slider is one undo step; another lever starts a new step', async () => {
    const workbench = makeWorkbench(null);
    await workbench.start();
    for (const value of [0.1, 0.11, 0.12, 0.13])
      workbench.edits.setLever('newMaterials', 'growthRate', value);
    workbench.edits.setLever('newMaterials', 'landPace', 2);
    workbench.undo();
    expect(workbench.scenario.clusters.newMaterials.landPace).toBe(start().clusters.newMaterials.landPace);
    expect(workbench.scenario.clusters.newMaterials.growthRate).toBe(0.13);
    workbench.undo();
    expect(workbench.scenario.clusters.newMaterials.growthRate).toBe(
      start().clusters.newMaterials.growthRate,
    );
    expect(workbench.canUndo).toBe(false);
  });

  test('opening another scenario starts a new history', async () => {
    const workbench = makeWorkbench(null);
    await workbench.start();
    workbench.edits.setLever('newMaterials', 'growthRate', 0.3);
    workbench.loadScenario(start(), { id: 'x', revision: 1, name: 'x' });
    expect(workbench.canUndo).toBe(false);
  });
});

describe('WorkbenchState: an immutable scenario', { timeout: 30_000 }, () => {
  test('an edit makes a new scenario and shares every part it does not change; undo keeps references', async () => {
    const workbench = makeWorkbench(null);
    await workbench.start();
    const before = workbench.scenario;
    workbench.edits.setLever('newMaterials', 'growthRate', 0.2);
    const after = workbench.scenario;
    expect(after).not.toBe(before);
    expect(before.clusters.newMaterials.growthRate).toBe(start().clusters.newMaterials.growthRate);
    expect(after.clusters.newMaterials.growthRate).toBe(0.2);
    expect(after.clusters.medicineHealth).toBe(before.clusters.medicineHealth);
    expect(after.thresholds).toBe(before.thresholds);
    workbench.undo();
    expect(workbench.scenario).toBe(before);
    workbench.redo();
    expect(workbench.scenario).toBe(after);
  });

  test('dirty compares values, not objects: setting a lever back makes the draft clean again', async () => {
    const workbench = makeWorkbench(null);
    await workbench.start();
    workbench.edits.setLever('agriProcessing', 'landPace', 1);
    expect(workbench.dirty).toBe(true);
    workbench.edits.resetLever('agriProcessing', 'landPace');
    expect(workbench.dirty).toBe(false);
  });

  test('batch() makes one undo step and one projection of a change in every cluster', async () => {
    const requests: unknown[] = [];
    const workbench = new WorkbenchState({
      dataset: PLAN_DATASET,
      draftStore: null,
      createClient: (onReply, onStatus) => {
        const client = new ProjectionClient({ createWorker: channelWorker, onReply, onStatus });
        const request = client.request.bind(client);
        client.request = (scenario, options) => {
          requests.push(scenario);
          return request(scenario, options);
        };
        return client;
      },
    });
    cleanups.push(() => workbench.dispose());
    await workbench.start();
    const initial = workbench.scenario;
    requests.length = 0;
    workbench.batch(() => {
      for (const cluster of PLAN_DATASET.clusters) workbench.edits.setLever(cluster.id, 'growthRate', 0.15);
    });
    expect(requests).toHaveLength(1);
    expect(PLAN_DATASET.clusters.every((c) => workbench.scenario.clusters[c.id].growthRate === 0.15)).toBe(
      true,
    );
    workbench.undo();
    expect(workbench.scenario).toBe(initial);
    expect(workbench.canUndo).toBe(false);
  });

  test('a lever move serialises the scenario at most once: the one copy postMessage makes', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    await until(() => workbench.ready);
    const stringify = vi.spyOn(JSON, 'stringify');
    const clone = vi.spyOn(globalThis, 'structuredClone');
    try {
      workbench.edits.setLever('newMaterials', 'growthRate', 0.21);
      workbench.edits.setLever('newMaterials', 'growthRate', 0.22);
      expect(stringify).not.toHaveBeenCalled();
      expect(clone).not.toHaveBeenCalled();
    } finally {
      stringify.mockRestore();
      clone.mockRestore();
    }
  });
});

describe('WorkbenchState while another tab blocks the database upgrade', { timeout: 30_000 }, () => {
  /** A database at an older version held open by a tab that never lets go until told. */
  async function blockingOldTab(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 2);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('trash', { keyPath: 'id' });
        db.createObjectStore('meta', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  test('it computes in memory, says "not saved yet", and saves once the other tab closes', async () => {
    const oldTab = await blockingOldTab();
    const connection = new StorageConnection();
    cleanups.push(() => connection.close());
    const workbench = new WorkbenchState({
      dataset: PLAN_DATASET,
      draftStore: new WorkingDraftStore(connection, PLAN_DATASET),
      storage: connection,
      createClient: (onReply, onStatus) =>
        new ProjectionClient({ createWorker: channelWorker, onReply, onStatus }),
    });
    cleanups.push(() => workbench.dispose());
    const starting = workbench.start();
    await until(() => workbench.ready);
    expect(workbench.notice).toEqual({ kind: 'storageBlocked' });
    workbench.edits.setLever('newMaterials', 'growthRate', 0.3);
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS * 2));
    expect(workbench.draftState).toBe('blocked');
    oldTab.close();
    await starting;
    await until(() => workbench.draftState === 'saved', 5000);
    const stored = await new WorkingDraftStore(connection, PLAN_DATASET).load();
    expect(stored.kind === 'ready' && stored.draft.scenario.clusters.newMaterials.growthRate).toBe(0.3);
  });

  test('a stored draft found after edits made meanwhile is kept aside, never overwritten', async () => {
    const oldTab = await blockingOldTab();
    // The old tab's draft, as release 0.2.0 wrote it (shape 2), with a lever moved.
    const old = structuredClone(RELEASE_0_2_DB.stores.drafts[0]!.scenario) as {
      clusters: Record<string, Record<string, unknown>>;
    };
    old.clusters['agriProcessing']!['landPace'] = 1.2;
    const record = { schemaVersion: 2, id: 'working', savedAt: 11, scenario: old, origin: null };
    await new Promise<void>((resolve, reject) => {
      const tx = oldTab.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const connection = new StorageConnection();
    cleanups.push(() => connection.close());
    const drafts = new WorkingDraftStore(connection, PLAN_DATASET);
    const workbench = new WorkbenchState({
      dataset: PLAN_DATASET,
      draftStore: drafts,
      storage: connection,
      createClient: (onReply, onStatus) =>
        new ProjectionClient({ createWorker: channelWorker, onReply, onStatus }),
    });
    cleanups.push(() => workbench.dispose());
    const starting = workbench.start();
    await until(() => workbench.ready);
    workbench.edits.setLever('newMaterials', 'growthRate', 0.31);
    oldTab.close();
    await starting;
    expect(workbench.notice).toMatchObject({ kind: 'draftKept', reason: 'superseded' });
    expect(workbench.scenario.clusters.newMaterials.growthRate).toBe(0.31);
    await workbench.flush();
    expect(await drafts.listKept()).toMatchObject([{ reason: 'superseded', record }]);
    const stored = await drafts.load();
    expect(stored.kind === 'ready' && stored.draft.scenario.clusters.newMaterials.growthRate).toBe(0.31);
  });
});
