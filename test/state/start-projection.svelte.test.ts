import 'fake-indexeddb/auto';
import startProjection from 'virtual:start-projection';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project } from '../../src/engine/project';
import { startScenario } from '../../src/state/start-scenario';
import { WorkbenchState } from '../../src/state/workbench.svelte';
import { StorageConnection } from '../../src/storage/connection';
import { DB_NAME } from '../../src/storage/database';
import { WorkingDraftStore } from '../../src/storage/working-draft';
import { ProjectionClient, type WorkerHandle } from '../../src/worker-client/projection-client';
import type { ProjectionApi, ProjectionReply } from '../../workers/projection-api';
import { createProjectionService } from '../../workers/projection-service';

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
});

/**
 * A worker running the real projection service whose replies wait until `release()` is called, so a
 * test can look at what is shown before the worker has answered.
 */
function heldWorker() {
  const service = createProjectionService();
  const held: (() => void)[] = [];
  const asked: string[] = [];
  let open = false;
  const handle: WorkerHandle = {
    api: {
      project: (...[scenario, options]: Parameters<ProjectionApi['project']>) => {
        asked.push(JSON.stringify(scenario));
        const reply = service.project(scenario, options);
        if (open) return Promise.resolve(reply);
        return new Promise<ProjectionReply>((resolve) => held.push(() => resolve(reply)));
      },
    } as unknown as WorkerHandle['api'],
    terminate() {},
  };
  return {
    handle,
    asked,
    release() {
      open = true;
      for (const resolve of held.splice(0)) resolve();
    },
  };
}

function makeWorkbench(store: WorkingDraftStore | null, worker: WorkerHandle) {
  const workbench = new WorkbenchState({
    dataset: PLAN_DATASET,
    draftStore: store,
    startProjection,
    createClient: (onReply, onStatus) =>
      new ProjectionClient({ createWorker: () => worker, onReply, onStatus }),
  });
  cleanups.push(() => workbench.dispose());
  return workbench;
}

function openStore(): WorkingDraftStore {
  const connection = new StorageConnection();
  cleanups.push(() => connection.close());
  return new WorkingDraftStore(connection, PLAN_DATASET);
}

async function until(condition: () => boolean, timeoutMs = 5000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the start projection embedded at build time', () => {
  test('is the start scenario projected exactly as the projection worker projects it', () => {
    expect(startProjection.datasetVersion).toBe(PLAN_DATASET.version);
    expect(startProjection.scenario).toStrictEqual(startScenario(PLAN_DATASET));
    const worker = createProjectionService(PLAN_DATASET, () => 0).project(startScenario(PLAN_DATASET));
    expect(worker.ok).toBe(true);
    expect(startProjection.result).toStrictEqual(worker.ok ? worker.result : null);
    expect(startProjection.result).toStrictEqual(project(PLAN_DATASET, startScenario(PLAN_DATASET)));
  });

  test('with no stored draft the first numbers are shown before the worker answers, and its answer redraws nothing', async () => {
    const worker = heldWorker();
    const workbench = makeWorkbench(openStore(), worker.handle);
    await workbench.start();
    await until(() => workbench.ready);
    expect(workbench.result).toBe(startProjection.result);
    expect(workbench.overview).toBeNull();
    // The worker is still started and asked, so the first edit does not wait for it; its answers
    // (with the whole-plan overview once a view asks for it) leave the shown result alone.
    expect(worker.asked).toEqual([JSON.stringify(startProjection.scenario)]);
    cleanups.push(workbench.wantOverview());
    worker.release();
    await until(() => workbench.overview !== null);
    expect(workbench.result).toBe(startProjection.result);
    expect(workbench.renderedSeq).toBe(1);

    workbench.edits.setLever('newMaterials', 'growthRate', 0.3);
    await until(() => workbench.renderedSeq === 2);
    expect(workbench.result).toStrictEqual(project(PLAN_DATASET, workbench.scenario));
  });

  test('an edit undone back to the start scenario shows the start numbers again, not the edit’s', async () => {
    const worker = heldWorker();
    worker.release();
    const workbench = makeWorkbench(openStore(), worker.handle);
    await workbench.start();
    await until(() => workbench.ready);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = workbench.renderedSeq;
    workbench.edits.setLever('newMaterials', 'growthRate', 0.2);
    await until(() => workbench.renderedSeq === before + 1);
    expect(workbench.result).toStrictEqual(project(PLAN_DATASET, workbench.scenario));
    expect(workbench.result).not.toStrictEqual(startProjection.result);

    workbench.undo();
    expect(workbench.scenario).toStrictEqual(startProjection.scenario);
    await until(() => workbench.renderedSeq === before + 2);
    expect(workbench.result).toStrictEqual(startProjection.result);
  });

  test('a stored draft that differs is projected by the worker; the start projection is never shown', async () => {
    const store = openStore();
    const draft = startScenario(PLAN_DATASET);
    draft.clusters.newMaterials.growthRate = 0.31;
    await store.save(draft, null);

    const worker = heldWorker();
    const workbench = makeWorkbench(store, worker.handle);
    const shown: unknown[] = [];
    const cleanup = $effect.root(() => {
      $effect(() => {
        shown.push(workbench.result);
      });
    });
    cleanups.push(cleanup);
    await workbench.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(workbench.ready).toBe(false);
    expect(workbench.result).toBeNull();
    expect(worker.asked).toEqual([JSON.stringify(draft)]);

    worker.release();
    await until(() => workbench.ready);
    expect(workbench.result).toStrictEqual(project(PLAN_DATASET, draft));
    expect(shown).not.toContain(startProjection.result);
  });
});
