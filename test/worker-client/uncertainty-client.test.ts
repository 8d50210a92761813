import { expose, wrap, type Remote } from 'comlink';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { type Scenario } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { simulate } from '../../src/engine/uncertainty';
import type { WorkerHandle } from '../../src/worker-client/projection-client';
import {
  UncertaintyClient,
  defaultWorkerCount,
  type SimulationProgressEvent,
} from '../../src/worker-client/uncertainty-client';
import type { ProjectionApi } from '../../workers/projection-api';
import { createProjectionService } from '../../workers/projection-service';

const base = defaultScenario(PLAN_DATASET);
const growth = base.clusters.newMaterials.growthRate;
/** The default scenario with one range, around its own growth rate, and the given trials. */
function withTrials(trials: number, seed = 5): Scenario {
  return {
    ...base,
    uncertainty: {
      clusters: {
        newMaterials: { growthRate: { low: growth - 0.02, high: growth + 0.03, distribution: 'uniform' } },
      },
      trials,
      seed,
    },
  };
}

interface TestWorker extends WorkerHandle {
  terminated: boolean;
  crash(message: string): void;
}

const ports: MessagePort[] = [];
const clients: UncertaintyClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
  for (const port of ports.splice(0)) port.close();
});

/** Methods that replace the service's own, possibly answering late or never. */
type Override = {
  [K in keyof ProjectionApi]?: (
    ...args: Parameters<ProjectionApi[K]>
  ) => ReturnType<ProjectionApi[K]> | Promise<ReturnType<ProjectionApi[K]>>;
};

/** The real service behind a MessageChannel, optionally wrapped to misbehave. */
function channelWorker(wrapService: (api: ProjectionApi) => Override = () => ({})): TestWorker {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  const service = createProjectionService();
  expose({ ...service, ...wrapService(service) }, port1);
  let listener: ((message: string) => void) | undefined;
  const worker: TestWorker = {
    api: wrap<ProjectionApi>(port2) as Remote<ProjectionApi>,
    terminated: false,
    terminate() {
      worker.terminated = true;
      port1.close();
      port2.close();
    },
    onCrash(l) {
      listener = l;
    },
    crash(message) {
      listener?.(message);
    },
  };
  return worker;
}

function makeClient(
  createWorker: () => TestWorker,
  options: { timeoutMs?: number; sliceMs?: number; workers?: number } = {},
) {
  const workers: TestWorker[] = [];
  const client = new UncertaintyClient({
    createWorker: () => {
      const worker = createWorker();
      workers.push(worker);
      return worker;
    },
    sliceMs: 2,
    workers: 1,
    ...options,
  });
  clients.push(client);
  return { client, workers };
}

describe('UncertaintyClient.simulate()', () => {
  test('runs slice by slice, reports rising progress, and returns the engine’s result', async () => {
    const { client } = makeClient(() => channelWorker());
    const progress: SimulationProgressEvent[] = [];
    const outcome = await client.simulate(withTrials(20_000), (p) => progress.push(p));
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.result).toEqual(simulate(PLAN_DATASET, withTrials(20_000), 5));
    expect(outcome.seed).toBe(5);
    expect(progress[0]).toEqual({ done: 0, total: 20_000 });
    expect(progress.at(-1)).toEqual({ done: 20_000, total: 20_000 });
    expect(progress.length).toBeGreaterThan(2);
    progress.slice(1).forEach((p, i) => expect(p.done).toBeGreaterThan(progress[i]!.done));
  });

  test('cancel() stops after the current slice and frees the run in the worker', async () => {
    let cancelledRun: number | null = null;
    const { client } = makeClient(() =>
      channelWorker((service) => ({
        cancelSimulation(runId) {
          cancelledRun = runId;
          service.cancelSimulation(runId);
        },
      })),
    );
    const outcome = client.simulate(withTrials(1_000_000), (p) => {
      if (p.done > 0) client.cancel();
    });
    const result = await outcome;
    expect(result.kind).toBe('cancelled');
    if (result.kind !== 'cancelled') return;
    expect(result.done).toBeGreaterThan(0);
    expect(result.done).toBeLessThan(1_000_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cancelledRun).toBe(1);
  });

  test('a new run cancels the one before', async () => {
    const { client } = makeClient(() => channelWorker());
    const first = client.simulate(withTrials(1_000_000));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = client.simulate(withTrials(2_000));
    expect((await first).kind).toBe('cancelled');
    expect((await second).kind).toBe('done');
  });

  test('an invalid scenario comes back with its issues', async () => {
    const { client } = makeClient(() => channelWorker());
    const outcome = await client.simulate(withTrials(0));
    expect(outcome).toMatchObject({ kind: 'invalid' });
    if (outcome.kind === 'invalid') expect(outcome.issues.map((i) => i.path)).toEqual(['uncertainty.trials']);
  });

  test('a hung worker is stopped after the timeout; the next call starts a new one', async () => {
    let hang = true;
    const { client, workers } = makeClient(
      () =>
        channelWorker((service) => ({
          continueSimulation: (runId, sliceMs) =>
            hang ? new Promise(() => {}) : service.continueSimulation(runId, sliceMs),
        })) as TestWorker,
      { timeoutMs: 1000 },
    );
    const outcome = await client.simulate(withTrials(5_000));
    expect(outcome).toMatchObject({ kind: 'failed' });
    if (outcome.kind === 'failed') expect(outcome.message).toMatch(/no reply within 1000 ms/);
    expect(workers[0]!.terminated).toBe(true);
    hang = false;
    expect((await client.simulate(withTrials(5_000))).kind).toBe('done');
    expect(workers).toHaveLength(2);
  });

  test('a worker crash fails the waiting call with its message', async () => {
    const { client, workers } = makeClient(() =>
      channelWorker(() => ({ continueSimulation: () => new Promise(() => {}) })),
    );
    const outcome = client.simulate(withTrials(5_000));
    await new Promise((resolve) => setTimeout(resolve, 20));
    workers[0]!.crash('out of memory');
    expect(await outcome).toEqual({
      kind: 'failed',
      message: 'The uncertainty worker crashed: out of memory',
    });
    expect(workers[0]!.terminated).toBe(true);
  });
});

describe('UncertaintyClient.simulate() on two workers', () => {
  test('each worker makes half of the blocks; the result is the one-worker result, bit for bit', async () => {
    const starts: [number, number][] = [];
    const { client, workers } = makeClient(
      () =>
        channelWorker((service) => ({
          startSimulation(runId, scenario, range) {
            starts.push([range?.from ?? -1, range?.to ?? -1]);
            return service.startSimulation(runId, scenario, range);
          },
        })),
      { workers: 2 },
    );
    for (const seed of [5, 77, 2020]) {
      starts.length = 0;
      const progress: SimulationProgressEvent[] = [];
      const two = await client.simulate(withTrials(20_000, seed), (p) => progress.push(p));
      // 20,000 trials: 20 blocks, the first 10 (10,240 trials) on one worker, the rest on the other.
      expect(starts).toEqual([
        [0, 10_240],
        [10_240, 20_000],
      ]);
      expect(progress.at(-1)).toEqual({ done: 20_000, total: 20_000 });
      progress.slice(1).forEach((p, i) => expect(p.done).toBeGreaterThanOrEqual(progress[i]!.done));
      const one = await client.simulate(withTrials(20_000, seed), () => {}, 1);
      expect(two.kind).toBe('done');
      expect(one.kind).toBe('done');
      if (two.kind !== 'done' || one.kind !== 'done') return;
      expect(two.result).toEqual(one.result);
      expect(two.result).toEqual(simulate(PLAN_DATASET, withTrials(20_000, seed), seed));
    }
    expect(workers).toHaveLength(2);
  });

  test('a run of one block stays on one worker', async () => {
    const { client, workers } = makeClient(() => channelWorker(), { workers: 2 });
    expect((await client.simulate(withTrials(1_000))).kind).toBe('done');
    expect(workers).toHaveLength(1);
  });

  test('cancel() stops both workers’ parts and frees them', async () => {
    const cancelled: number[] = [];
    const { client } = makeClient(
      () =>
        channelWorker((service) => ({
          cancelSimulation(runId) {
            cancelled.push(runId);
            service.cancelSimulation(runId);
          },
        })),
      { workers: 2 },
    );
    const result = await client.simulate(withTrials(1_000_000), (p) => {
      if (p.done > 0) client.cancel();
    });
    expect(result.kind).toBe('cancelled');
    if (result.kind === 'cancelled') expect(result.done).toBeLessThan(1_000_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Each worker was told to free run 1.
    expect(cancelled.filter((id) => id === 1).length).toBeGreaterThanOrEqual(2);
  });

  test('a crash of the second worker fails the run with its message and frees the first one’s part', async () => {
    const cancelled: number[] = [];
    let created = 0;
    const { client, workers } = makeClient(
      () =>
        channelWorker((service) =>
          created++ === 0
            ? {
                cancelSimulation(runId) {
                  cancelled.push(runId);
                  service.cancelSimulation(runId);
                },
              }
            : { continueSimulation: () => new Promise(() => {}) },
        ),
      { workers: 2 },
    );
    const outcome = client.simulate(withTrials(1_000_000));
    await new Promise((resolve) => setTimeout(resolve, 50));
    workers[1]!.crash('out of memory');
    expect(await outcome).toEqual({
      kind: 'failed',
      message: 'The uncertainty worker crashed: out of memory',
    });
    expect(workers[1]!.terminated).toBe(true);
    expect(workers[0]!.terminated).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cancelled).toContain(1);
  });
});

describe('defaultWorkerCount()', () => {
  test('one per core, at most two, one when unknown', () => {
    expect([undefined, 0, 1, 2, 8].map((cores) => defaultWorkerCount(cores))).toEqual([1, 1, 1, 2, 2]);
  });
});

describe('UncertaintyClient analyses', () => {
  test('tornado, goal seek and the uniform solve are answered, also while a run is going', async () => {
    const { client } = makeClient(() => channelWorker());
    const run = client.simulate(withTrials(200_000));
    const [t, g, u] = await Promise.all([
      client.tornado(withTrials(10), 'industrialOutput'),
      client.goalSeek(withTrials(10), {
        targetId: 'newMaterials',
        clusterId: 'newMaterials',
        leverId: 'growthRate',
      }),
      client.solveUniformGrowth(withTrials(10)),
    ]);
    expect(t.ok && t.tornado.bars.length).toBe(1);
    expect(g.ok && g.answer.outcome).toBe('reachable');
    expect(u.ok && u.solution.outcome).toBe('reachable');
    client.cancel();
    expect((await run).kind).toBe('cancelled');
  });

  test('calls after dispose() are refused', async () => {
    const { client } = makeClient(() => channelWorker());
    client.dispose();
    await expect(client.tornado(base, 'industrialOutput')).rejects.toThrow(/was stopped/);
  });
});
