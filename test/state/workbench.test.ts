import 'fake-indexeddb/auto';
import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project } from '../../src/engine/project';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { AUTOSAVE_DELAY_MS, WorkbenchState } from '../../src/state/workbench.svelte';
import { DB_NAME } from '../../src/storage/database';
import { StorageConnection } from '../../src/storage/connection';
import { WorkingDraftStore } from '../../src/storage/working-draft';
import { ProjectionClient, type WorkerHandle } from '../../src/worker-client/projection-client';
import type { ProjectionApi } from '../../workers/projection-api';
import { createProjectionService } from '../../workers/projection-service';

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
  return new WorkingDraftStore(connection);
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
  test('start() projects the plan default scenario through the worker', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    await until(() => workbench.ready);
    expect(workbench.result).toEqual(project(PLAN_DATASET, defaultScenario(PLAN_DATASET)));
  });

  test('a lever change is projected and the latest result is the engine’s for the new scenario', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    await until(() => workbench.ready);
    for (const rate of [0.1, 0.2, 0.3, 0.4]) workbench.setLever('newMaterials', 'growthRate', rate);
    const expected = defaultScenario(PLAN_DATASET);
    expected.clusters.newMaterials.growthRate = 0.4;
    const expectedOutput = project(PLAN_DATASET, expected).clusters[0]!.years.at(-1)!.output;
    await until(() => workbench.result?.clusters[0]?.years.at(-1)?.output === expectedOutput);
    expect(workbench.result).toEqual(project(PLAN_DATASET, expected));
  });

  test('changes are saved after the autosave delay and survive a new session', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    workbench.setLever('agriProcessing', 'investmentPerYear', 60);
    expect(workbench.draftState).toBe('pending');
    await until(() => workbench.draftState === 'saved', AUTOSAVE_DELAY_MS * 10);

    const next = makeWorkbench();
    await next.start();
    expect(next.scenario.clusters.agriProcessing.investmentPerYear).toBe(60);
    expect(next.notice).toEqual({ kind: 'restored' });
  });

  test('flush() writes a pending change at once (pagehide inside the debounce loses nothing)', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    workbench.setLever('medicineHealth', 'lagYears', 2);
    await workbench.flush();
    expect(workbench.draftState).toBe('saved');
    const stored = await openStore().load();
    expect(stored?.scenario.clusters.medicineHealth.lagYears).toBe(2);
  });

  test('reset puts a lever, a cluster, and everything back to the plan defaults', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    const defaults = defaultScenario(PLAN_DATASET);
    workbench.setLever('newMaterials', 'growthRate', 0.5);
    workbench.setLever('newMaterials', 'landPace', 2);
    workbench.resetLever('newMaterials', 'growthRate');
    expect(workbench.scenario.clusters.newMaterials.growthRate).toBe(
      defaults.clusters.newMaterials.growthRate,
    );
    expect(workbench.scenario.clusters.newMaterials.landPace).toBe(2);
    workbench.resetCluster('newMaterials');
    expect(workbench.scenario.clusters.newMaterials).toEqual(defaults.clusters.newMaterials);
    workbench.setConflictChoice('newMaterialsTarget', 1);
    workbench.setOtherIndustryGrowth(0.2);
    workbench.resetAll();
    expect(workbench.scenario).toEqual(defaults);
  });

  test('an unusable saved draft is not adopted, and not deleted', async () => {
    const bad = defaultScenario(PLAN_DATASET);
    bad.clusters.newMaterials.lagYears = 7;
    await openStore().save(bad, null, 5);
    const workbench = makeWorkbench();
    await workbench.start();
    expect(workbench.notice).toEqual({ kind: 'invalidDraft', reason: 'clusters.newMaterials.lagYears' });
    expect(workbench.scenario).toEqual(defaultScenario(PLAN_DATASET));
    expect((await openStore().load())?.savedAt).toBe(5);
  });

  test('the draft is dirty after a change and clean again once marked saved; its origin survives a reload', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    expect(workbench.dirty).toBe(false);
    workbench.setLever('newMaterials', 'growthRate', 0.25);
    expect(workbench.dirty).toBe(true);
    const saved = JSON.parse(JSON.stringify(workbench.scenario)) as typeof workbench.scenario;
    workbench.markSaved({ id: 'rec-1', revision: 4, name: '方案甲' }, saved);
    expect(workbench.dirty).toBe(false);
    await workbench.flush();
    workbench.setLever('newMaterials', 'growthRate', 0.3);
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

  test('a link preview never writes over the stored draft, and leaving it restores the draft', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    workbench.setLever('medicineHealth', 'investmentPerYear', 77);
    await workbench.flush();
    const linked = defaultScenario(PLAN_DATASET);
    linked.clusters.medicineHealth.investmentPerYear = 5;
    workbench.startPreview(linked, 'from a link');
    workbench.setLever('medicineHealth', 'growthRate', 0.5);
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS * 2));
    await workbench.flush();
    expect((await openStore().load())?.scenario.clusters.medicineHealth.investmentPerYear).toBe(77);
    await workbench.endPreview();
    expect(workbench.preview).toBeNull();
    expect(workbench.scenario.clusters.medicineHealth.investmentPerYear).toBe(77);
  });

  test('without storage the workbench still projects and says the draft is unavailable', async () => {
    const workbench = makeWorkbench(null);
    await workbench.start();
    await until(() => workbench.ready);
    workbench.setLever('newMaterials', 'growthRate', 0.3);
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
    workbench.setLever('newMaterials', 'growthRate', 0.2);
    workbench.setLever('medicineHealth', 'investmentPerYear', 70);
    workbench.setConflictChoice('newMaterialsTarget', 1);
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
    workbench.setLever('agriProcessing', 'lagYears', 2);
    expect(workbench.canRedo).toBe(false);
  });

  test('a burst of moves of one slider is one undo step; another lever starts a new step', async () => {
    const workbench = makeWorkbench(null);
    await workbench.start();
    for (const value of [0.1, 0.11, 0.12, 0.13]) workbench.setLever('newMaterials', 'growthRate', value);
    workbench.setLever('newMaterials', 'landPace', 2);
    workbench.undo();
    expect(workbench.scenario.clusters.newMaterials.landPace).toBe(
      defaultScenario(PLAN_DATASET).clusters.newMaterials.landPace,
    );
    expect(workbench.scenario.clusters.newMaterials.growthRate).toBe(0.13);
    workbench.undo();
    expect(workbench.scenario.clusters.newMaterials.growthRate).toBe(0.09);
    expect(workbench.canUndo).toBe(false);
  });

  test('opening another scenario starts a new history', async () => {
    const workbench = makeWorkbench(null);
    await workbench.start();
    workbench.setLever('newMaterials', 'growthRate', 0.3);
    workbench.loadScenario(defaultScenario(PLAN_DATASET), { id: 'x', revision: 1, name: 'x' });
    expect(workbench.canUndo).toBe(false);
  });
});
