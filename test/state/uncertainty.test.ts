import { LEVERS } from '../../src/data/levers';
import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { validateScenario } from '../../src/scenario/schema';
import { UncertaintyState, uncertaintyStateFor } from '../../src/state/uncertainty.svelte';
import { WorkbenchState } from '../../src/state/workbench.svelte';
import { ProjectionClient, type WorkerHandle } from '../../src/worker-client/projection-client';
import { UncertaintyClient } from '../../src/worker-client/uncertainty-client';
import type { ProjectionApi } from '../../workers/projection-api';
import { createProjectionService } from '../../workers/projection-service';

const ports: MessagePort[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const port of ports.splice(0)) port.close();
});

function channelWorker(): WorkerHandle {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  expose(createProjectionService(), port1);
  return { api: wrap<ProjectionApi>(port2), terminate: () => port1.close() };
}

function makeStates(seeds: number[] = [77]) {
  const workbench = new WorkbenchState({
    dataset: PLAN_DATASET,
    draftStore: null,
    createClient: (onReply, onStatus) =>
      new ProjectionClient({ createWorker: channelWorker, onReply, onStatus }),
  });
  const uncertainty = new UncertaintyState({
    workbench,
    client: new UncertaintyClient({ createWorker: channelWorker, sliceMs: 5 }),
    newSeed: () => seeds.shift() ?? 1,
  });
  cleanups.push(() => {
    uncertainty.dispose();
    workbench.dispose();
  });
  return { workbench, uncertainty };
}

const valid = (workbench: WorkbenchState) => validateScenario(workbench.scenario, PLAN_DATASET);

describe('UncertaintyState', { timeout: 30_000 }, () => {
  test('ranges are stored on the working scenario, valid, and cleared again', () => {
    const { workbench, uncertainty } = makeStates();
    expect(workbench.scenario.uncertainty).toBeUndefined();
    expect(uncertainty.uncertainty).toEqual({ clusters: {}, trials: 10_000, seed: 2020 });

    uncertainty.setRange('newMaterials', 'growthRate', { low: 0.05, high: 0.12, distribution: 'normal' });
    expect(workbench.scenario.uncertainty?.clusters.newMaterials?.growthRate).toEqual({
      low: 0.05,
      high: 0.12,
      distribution: 'normal',
    });
    uncertainty.applyPreset('growth', 'all', 0.2, 'newMaterials');
    uncertainty.applyPreset('all', 'cluster', 0.1, 'medicineHealth');
    expect(Object.keys(workbench.scenario.uncertainty!.clusters).sort()).toEqual(
      PLAN_DATASET.clusters.map((c) => c.id).sort(),
    );
    expect(Object.keys(workbench.scenario.uncertainty!.clusters.medicineHealth!)).toHaveLength(
      LEVERS.length - 1,
    ); // lag excluded
    expect(workbench.scenario.uncertainty!.otherIndustryGrowth).toBeUndefined();
    expect(valid(workbench)).toEqual([]);

    uncertainty.setRange('newMaterials', 'growthRate', null);
    expect(workbench.scenario.uncertainty!.clusters.newMaterials).toBeUndefined();
    uncertainty.clearRanges(null);
    expect(uncertainty.hasRanges).toBe(false);
  });

  test('trials and seed are settings of the scenario; a new seed comes from the injected source', () => {
    const { workbench, uncertainty } = makeStates([123_456]);
    uncertainty.setTrials(50_000);
    uncertainty.newSeed();
    expect(workbench.scenario.uncertainty).toMatchObject({ trials: 50_000, seed: 123_456 });
  });

  test('a lever moved in the workbench takes its range along, so the scenario stays valid', () => {
    const { workbench, uncertainty } = makeStates();
    const growth = workbench.scenario.clusters.newMaterials.growthRate;
    expect(growth).toBeGreaterThan(0);
    // ±20 % around the growth rate, then the growth moves to 50 %: the range moves by as much.
    uncertainty.applyPreset('growth', 'cluster', 0.2, 'newMaterials');
    expect(workbench.scenario.uncertainty!.clusters.newMaterials!.growthRate).toMatchObject({
      low: growth * 0.8,
      high: growth * 1.2,
    });
    workbench.edits.setLever('newMaterials', 'growthRate', 0.5);
    const range = workbench.scenario.uncertainty!.clusters.newMaterials!.growthRate!;
    expect(range.low).toBeCloseTo(0.5 - 0.2 * growth, 12);
    expect(range.high).toBeCloseTo(0.5 + 0.2 * growth, 12);
    workbench.edits.resetCluster('newMaterials');
    workbench.edits.setOtherIndustryGrowth(0.3);
    expect(valid(workbench)).toEqual([]);
  });

  test('a run completes with the result of the scenario as it was run; a later change marks it stale', async () => {
    const { uncertainty } = makeStates();
    uncertainty.applyPreset('growth', 'all', 0.2, 'newMaterials');
    uncertainty.setTrials(3_000);
    const statuses: string[] = [];
    const running = uncertainty.run();
    statuses.push(uncertainty.status.kind);
    await running;
    expect(statuses).toEqual(['running']);
    expect(uncertainty.status.kind).toBe('done');
    expect(uncertainty.completed?.result.trials).toBe(3_000);
    expect(uncertainty.completed?.seed).toBe(2020);
    expect(uncertainty.stale).toBe(false);
    uncertainty.setSeed(5);
    expect(uncertainty.stale).toBe(true);
  });

  test('the worker count is a setting of the state; one or two workers give the same result, not stale', async () => {
    const { uncertainty } = makeStates();
    // Node reports no cores to the client: one worker by default.
    expect(uncertainty.workers).toBe(1);
    uncertainty.applyPreset('all', 'all', 0.2, 'newMaterials');
    uncertainty.setTrials(3_000);
    await uncertainty.run();
    const one = uncertainty.completed!;
    uncertainty.setWorkers(2);
    expect(uncertainty.workers).toBe(2);
    // The count is no part of the scenario: the result shown stays current.
    expect(uncertainty.stale).toBe(false);
    await uncertainty.run();
    const two = uncertainty.completed!;
    expect(two).not.toBe(one);
    expect(two.result).toEqual(one.result);
  });

  test('cancel stops a long run and keeps the last complete result', async () => {
    const { uncertainty } = makeStates();
    uncertainty.applyPreset('all', 'all', 0.2, 'newMaterials');
    uncertainty.setTrials(1_000);
    await uncertainty.run();
    const first = uncertainty.completed;
    uncertainty.setTrials(1_000_000);
    const running = uncertainty.run();
    await new Promise((resolve) => setTimeout(resolve, 50));
    uncertainty.cancel();
    await running;
    expect(uncertainty.status.kind).toBe('cancelled');
    expect(uncertainty.completed).toBe(first);
  });

  test('analyses answer for the working scenario; a goal-seek answer applied reaches its target', async () => {
    const { workbench, uncertainty } = makeStates();
    uncertainty.applyPreset('growth', 'all', 0.2, 'newMaterials');
    await Promise.all([
      uncertainty.refreshTornado(),
      uncertainty.refreshGoalSeek(),
      uncertainty.refreshUniform(),
    ]);
    expect(uncertainty.tornado.kind === 'ok' && uncertainty.tornado.value.bars).toHaveLength(5);
    expect(uncertainty.uniform.kind === 'ok' && uncertainty.uniform.value.outcome).toBe('reachable');
    const goal = uncertainty.goal;
    expect(goal.kind === 'ok' && goal.value.outcome).toBe('reachable');
    if (goal.kind !== 'ok') return;
    uncertainty.applyGoalSeek(goal.value);
    expect(workbench.scenario.clusters.newMaterials.growthRate).toBe(goal.value.value);
    expect(valid(workbench)).toEqual([]);

    uncertainty.setGoalTarget('industrialOutput');
    expect(uncertainty.goalRequest).toEqual({
      targetId: 'industrialOutput',
      clusterId: 'newMaterials',
      leverId: 'growthRate',
    });
  });

  test('the state of a workbench is made once and kept', () => {
    const { workbench } = makeStates();
    let made = 0;
    const create = (wb: WorkbenchState) => {
      made++;
      return new UncertaintyState({
        workbench: wb,
        client: new UncertaintyClient({ createWorker: channelWorker }),
      });
    };
    const first = uncertaintyStateFor(workbench, create);
    expect(uncertaintyStateFor(workbench, create)).toBe(first);
    expect(made).toBe(1);
    cleanups.push(() => first.dispose());
  });
});
