import 'fake-indexeddb/auto';
import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { startScenario } from '../../src/state/start-scenario';
import { planOverview } from '../../src/engine/plan-overview';
import { project } from '../../src/engine/project';
import { AUTOSAVE_DELAY_MS, WorkbenchState } from '../../src/state/workbench.svelte';
import { StorageConnection } from '../../src/storage/connection';
import { DB_NAME } from '../../src/storage/database';
import { WorkingDraftStore } from '../../src/storage/working-draft';
import { ProjectionClient, type WorkerHandle } from '../../src/worker-client/projection-client';
import type { ProjectionApi } from '../../workers/projection-api';
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

function channelWorker(): WorkerHandle {
  const { port1, port2 } = new MessageChannel();
  expose(createProjectionService(), port1);
  return {
    api: wrap<ProjectionApi>(port2),
    terminate() {
      port1.close();
      port2.close();
    },
  };
}

function openStore(): WorkingDraftStore {
  const connection = new StorageConnection();
  cleanups.push(() => connection.close());
  return new WorkingDraftStore(connection, PLAN_DATASET);
}

function makeWorkbench() {
  const workbench = new WorkbenchState({
    dataset: PLAN_DATASET,
    draftStore: openStore(),
    createClient: (onReply, onStatus) =>
      new ProjectionClient({ createWorker: channelWorker, onReply, onStatus }),
  });
  cleanups.push(() => workbench.dispose());
  // These tests play the whole-plan view, which asks for the overview while it is shown.
  cleanups.push(workbench.wantOverview());
  return workbench;
}

async function until(condition: () => boolean, timeoutMs = 5000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('WorkbenchState: key projects and indicators', { timeout: 30_000 }, () => {
  test('the overview of each projection arrives with it while a view asks for it, and only then', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    await until(() => workbench.ready && workbench.overview !== null);
    // The app opens on the start scenario (the plan path).
    const plan = startScenario(PLAN_DATASET);
    expect(workbench.overview).toEqual(planOverview(PLAN_DATASET, plan, project(PLAN_DATASET, plan)));
    const quiet = new WorkbenchState({
      dataset: PLAN_DATASET,
      draftStore: null,
      createClient: (onReply, onStatus) =>
        new ProjectionClient({ createWorker: channelWorker, onReply, onStatus }),
    });
    cleanups.push(() => quiet.dispose());
    await quiet.start();
    await until(() => quiet.ready);
    expect(quiet.overview).toBeNull();
    const release = quiet.wantOverview();
    await until(() => quiet.overview !== null);
    release();
    expect(quiet.overview).toBeNull();
  });

  test('switching a project on and moving its start year are projected, undone and saved', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    await until(() => workbench.ready);
    workbench.edits.setProject('glassFibre', { enabled: true });
    workbench.edits.setProject('glassFibre', { startYear: 2020 });
    expect(workbench.scenario.projects).toEqual([{ id: 'glassFibre', enabled: true, startYear: 2020 }]);
    await until(
      () =>
        workbench.overview?.projects.find((p) => p.project.id === 'glassFibre')?.project.startYear === 2020,
    );
    expect(workbench.overview!.projects.find((p) => p.project.id === 'glassFibre')!.levels).toEqual([
      0, 0, 0, 3.75,
    ]);

    workbench.undo();
    expect(workbench.scenario.projects).toEqual([{ id: 'glassFibre', enabled: true }]);
    workbench.undo();
    expect(workbench.scenario.projects).toBeUndefined();

    workbench.redo();
    await until(() => workbench.draftState === 'saved', AUTOSAVE_DELAY_MS * 10);
    const stored = await openStore().load();
    expect(stored.kind === 'ready' && stored.draft.scenario.projects).toEqual([
      { id: 'glassFibre', enabled: true },
    ]);
  });

  test('a project reset to its defaults leaves the scenario equal to the plan (not dirty)', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    workbench.edits.setProject('capsules', { enabled: true, annualOutput: 12 });
    expect(workbench.dirty).toBe(true);
    workbench.edits.resetProject('capsules');
    expect(workbench.scenario.projects).toBeUndefined();
    expect(workbench.dirty).toBe(false);
  });

  test("a user's project is added on, renamed and removed", async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    const id = workbench.edits.addCustomProject('agriProcessing', '  魔芋加工  ');
    expect(id).toBe('user-1');
    expect(workbench.scenario.projects).toEqual([
      {
        id: 'user-1',
        enabled: true,
        startYear: 2019,
        rampUpShare: 0.5,
        annualOutput: 0,
        landKm2: 0,
        custom: { name: '魔芋加工', clusterId: 'agriProcessing' },
      },
    ]);
    expect(workbench.edits.addCustomProject('agriProcessing', '第二个')).toBe('user-2');
    workbench.edits.renameCustomProject('user-1', '魔芋精深加工');
    expect(workbench.scenario.projects![0]!.custom!.name).toBe('魔芋精深加工');
    workbench.edits.removeCustomProject('user-1');
    workbench.edits.removeCustomProject('user-2');
    expect(workbench.scenario.projects).toBeUndefined();
  });

  test('trajectory values are entered and cleared year by year; assumptions set and reset', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    workbench.edits.setTrajectoryValue('highTechEnterprises', 2019, 30);
    workbench.edits.setTrajectoryValue('highTechEnterprises', 2020, 55);
    expect(workbench.scenario.indicators).toEqual({
      trajectories: { highTechEnterprises: { '2019': 30, '2020': 55 } },
    });
    workbench.edits.setTrajectoryValue('highTechEnterprises', 2019, null);
    expect(workbench.scenario.indicators).toEqual({ trajectories: { highTechEnterprises: { '2020': 55 } } });
    workbench.edits.setIndicatorAssumption('profitMarginOfNew', 0.09);
    workbench.edits.setHighTechShare('newMaterials', 0.5);
    workbench.edits.resetTrajectory('highTechEnterprises');
    expect(workbench.scenario.indicators).toEqual({
      profitMarginOfNew: 0.09,
      highTechShareOfNew: { newMaterials: 0.5 },
    });
    workbench.edits.setTrajectoryValue('rndIntensity', 2020, 2.1);
    workbench.edits.resetIndicatorAssumptions();
    expect(workbench.scenario.indicators).toEqual({ trajectories: { rndIntensity: { '2020': 2.1 } } });
    workbench.edits.resetTrajectory('rndIntensity');
    expect(workbench.scenario.indicators).toBeUndefined();
    await until(
      () =>
        workbench.overview?.indicators.rows.find((r) => r.id === 'rndIntensity')?.status === 'planPath' &&
        workbench.issues.length === 0,
    );
  });

  test('resetting everything also resets projects and indicators', async () => {
    const workbench = makeWorkbench();
    await workbench.start();
    workbench.edits.setProject('glassFibre', { enabled: true });
    workbench.edits.setTrajectoryValue('highTechEnterprises', 2020, 55);
    workbench.edits.resetAll();
    expect(workbench.scenario).toEqual(startScenario(PLAN_DATASET));
    expect(workbench.scenario.projects).toBeUndefined();
    expect(workbench.scenario.indicators).toBeUndefined();
  });
});
