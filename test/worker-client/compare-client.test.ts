import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { type Scenario } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { compareScenarios, decomposeDifference, type CompareEntry } from '../../src/engine/compare';
import { CompareClient } from '../../src/worker-client/compare-client';
import type { LibraryWorker } from '../../src/worker-client/library-client';
import type { LibraryApi } from '../../workers/library-api';
import { createLibraryService } from '../../workers/library-service';

const TIMEOUT_MS = 1000;
const base = defaultScenario(PLAN_DATASET);
const faster: Scenario = {
  ...base,
  clusters: { ...base.clusters, newMaterials: { ...base.clusters.newMaterials, growthRate: 0.3 } },
};
const ENTRIES: CompareEntry[] = [
  { kind: 'plan' },
  { kind: 'scenario', scenario: base },
  { kind: 'scenario', scenario: faster },
];

const openPorts: MessagePort[] = [];
const clients: CompareClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
  for (const port of openPorts.splice(0)) port.close();
});

interface TestWorker extends LibraryWorker {
  terminated: boolean;
  crash(message: string): void;
}

/** A worker on a MessageChannel running `service` (the real one, or one that misbehaves). */
function channelWorker(service: LibraryApi): TestWorker {
  const { port1, port2 } = new MessageChannel();
  openPorts.push(port1, port2);
  expose(service, port1);
  let crashListener: ((message: string) => void) | undefined;
  const worker: TestWorker = {
    api: wrap<LibraryApi>(port2),
    terminated: false,
    terminate() {
      worker.terminated = true;
      port1.close();
      port2.close();
    },
    onCrash(listener) {
      crashListener = listener;
    },
    crash(message) {
      crashListener?.(message);
    },
  };
  return worker;
}

/**
 * A client over test workers. Only the hang test uses the short {@link TIMEOUT_MS}: a real comparison
 * on a loaded machine (CI) can take longer, and a restart there would fail the other tests.
 */
function harness(serviceFor: (index: number) => LibraryApi, timeoutMs = 10_000) {
  const workers: TestWorker[] = [];
  const client = new CompareClient({
    createWorker: () => {
      const worker = channelWorker(serviceFor(workers.length));
      workers.push(worker);
      return worker;
    },
    timeoutMs,
  });
  clients.push(client);
  return { client, workers };
}

const real = createLibraryService();

describe('CompareClient', () => {
  test('answers with the engine’s comparison and breakdown, from one lazily started worker', async () => {
    const { client, workers } = harness(() => real);
    expect(workers).toHaveLength(0);
    const comparison = await client.compare(ENTRIES, 1);
    expect(comparison).toEqual({ kind: 'ok', value: compareScenarios(PLAN_DATASET, ENTRIES, 1) });
    const waterfall = await client.waterfall(base, faster);
    expect(waterfall).toEqual({ kind: 'ok', value: decomposeDifference(PLAN_DATASET, base, faster) });
    expect(workers).toHaveLength(1);
  });

  test('the newest request wins: an older answer comes back stale', async () => {
    const { client } = harness(() => real);
    const first = client.compare(ENTRIES, 1);
    const second = client.compare(ENTRIES, 2);
    expect(await first).toEqual({ kind: 'stale' });
    expect(await second).toMatchObject({ kind: 'ok', value: { referenceIndex: 2 } });
  });

  test('compare and waterfall requests do not make each other stale', async () => {
    const { client } = harness(() => real);
    const comparison = client.compare(ENTRIES, 1);
    const waterfall = client.waterfall(base, faster);
    expect((await comparison).kind).toBe('ok');
    expect((await waterfall).kind).toBe('ok');
  });

  test('a hung worker is terminated after the timeout, the call fails, and the next call gets a new worker', async () => {
    const hanging: LibraryApi = { ...real, compare: () => new Promise(() => {}) as never };
    const { client, workers } = harness((index) => (index === 0 ? hanging : real), TIMEOUT_MS);
    const result = await client.compare(ENTRIES, 1);
    expect(result).toMatchObject({ kind: 'failed', reason: 'timeout' });
    expect(workers[0]!.terminated).toBe(true);
    expect((await client.compare(ENTRIES, 1)).kind).toBe('ok');
    expect(workers).toHaveLength(2);
  });

  test('a call that throws fails with the message and keeps the worker', async () => {
    const throwing: LibraryApi = {
      ...real,
      compare: () => {
        throw new RangeError('referenceIndex 9 must be −1 or a column index');
      },
    };
    const { client, workers } = harness(() => throwing);
    expect(await client.compare(ENTRIES, 9)).toEqual({
      kind: 'failed',
      reason: 'error',
      message: 'referenceIndex 9 must be −1 or a column index',
    });
    expect((await client.waterfall(base, faster)).kind).toBe('ok');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  test('a crash fails every waiting call and the next call starts a new worker', async () => {
    const slow: LibraryApi = { ...real, waterfall: () => new Promise(() => {}) as never };
    const { client, workers } = harness((index) => (index === 0 ? slow : real));
    const waiting = client.waterfall(base, faster);
    await new Promise((resolve) => setTimeout(resolve, 10));
    workers[0]!.crash('out of memory');
    expect(await waiting).toEqual({
      kind: 'failed',
      reason: 'crashed',
      message: expect.stringContaining('out of memory'),
    });
    expect((await client.waterfall(base, faster)).kind).toBe('ok');
    expect(workers).toHaveLength(2);
  });

  test('after dispose, calls fail at once and the worker is gone', async () => {
    const { client, workers } = harness(() => real);
    await client.compare(ENTRIES, 0);
    client.dispose();
    expect(workers[0]!.terminated).toBe(true);
    expect((await client.compare(ENTRIES, 0)).kind).toBe('failed');
  });

  test('refuses a timeout that is not positive', () => {
    expect(() => new CompareClient({ createWorker: () => channelWorker(real), timeoutMs: 0 })).toThrow(
      RangeError,
    );
  });
});
