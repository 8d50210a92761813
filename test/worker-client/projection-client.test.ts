import { expose, wrap, type Remote } from 'comlink';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project, type Scenario } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import {
  ProjectionClient,
  type ClientStatus,
  type WorkerHandle,
} from '../../src/worker-client/projection-client';
import type { ProjectionApi, ProjectionReply } from '../../workers/projection-api';
import { createProjectionService } from '../../workers/projection-service';

/** What a test worker runs: the real service, or one that misbehaves on purpose. */
interface TestService {
  project(scenario: Scenario): ProjectionReply | Promise<ProjectionReply>;
}

interface TestWorker extends WorkerHandle {
  terminated: boolean;
  /** Fire the worker's 'error' event. */
  crash(message: string): void;
  /** Replies that reached this side of the channel, whether or not the client delivered them. */
  arrived: number[];
}

interface Delivered {
  seq: number;
  scenario: Scenario;
  reply: ProjectionReply;
}

const TIMEOUT_MS = 250;
/** How long a test waits for what a timeout (or two) leads to. */
const WAIT = { timeout: TIMEOUT_MS * 10 };
/**
 * The timeout of tests that are not about timeouts: a real projection on a loaded machine (CI) can take
 * longer than {@link TIMEOUT_MS}, which would restart the worker and add statuses those tests forbid.
 */
const CALM = { timeoutMs: 10_000 };
const base = defaultScenario(PLAN_DATASET);
const openPorts: MessagePort[] = [];
const clients: ProjectionClient[] = [];

afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
  for (const port of openPorts.splice(0)) port.close();
});

/** A distinct valid scenario per index (other-industry growth 1 %, 1.5 %, …). */
function scenarioAt(index: number): Scenario {
  return { ...base, otherIndustryGrowth: Math.round((0.01 + index * 0.005) * 1000) / 1000 };
}

const HANGS = scenarioAt(900);
const THROWS = scenarioAt(901);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A worker on a MessageChannel: the service exposed on one port, comlink's wrap on the other. */
function channelWorker(service: TestService, { closeOnTerminate = true } = {}): TestWorker {
  const { port1, port2 } = new MessageChannel();
  openPorts.push(port1, port2);
  expose(service, port1);
  const remote = wrap<ProjectionApi>(port2);
  let crashListener: ((message: string) => void) | undefined;
  const worker: TestWorker = {
    api: {
      project(scenario: Scenario) {
        const reply = remote.project(scenario);
        reply.then(
          () => worker.arrived.push(scenario.otherIndustryGrowth),
          () => {}, // the client handles the rejection; this branch only watches for arrivals
        );
        return reply;
      },
    } as Remote<ProjectionApi>,
    terminated: false,
    arrived: [],
    terminate() {
      worker.terminated = true;
      if (closeOnTerminate) {
        port1.close();
        port2.close();
      }
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

/** A client whose n-th worker (0-based) runs `serviceFor(n)`, recording every reply and status. */
function harness(
  serviceFor: (workerIndex: number) => TestService,
  { closeOnTerminate = true, timeoutMs = TIMEOUT_MS } = {},
) {
  const workers: TestWorker[] = [];
  const replies: Delivered[] = [];
  const statuses: ClientStatus[] = [];
  const client = new ProjectionClient({
    createWorker: () => {
      const worker = channelWorker(serviceFor(workers.length), { closeOnTerminate });
      workers.push(worker);
      return worker;
    },
    timeoutMs,
    onReply: (seq, scenario, reply) => replies.push({ seq, scenario, reply }),
    onStatus: (status) => statuses.push(status),
  });
  clients.push(client);
  return { client, workers, replies, statuses };
}

const real = createProjectionService();

/** Real projections, except that `HANGS` never gets an answer. */
const hangingService: TestService = {
  project: (scenario) =>
    scenario.otherIndustryGrowth === HANGS.otherIndustryGrowth
      ? new Promise(() => {})
      : real.project(scenario),
};

/** Real projections, except that `THROWS` throws. */
const throwingService: TestService = {
  project(scenario) {
    if (scenario.otherIndustryGrowth === THROWS.otherIndustryGrowth) throw new Error('engine exploded');
    return real.project(scenario);
  },
};

/** Real projections, answered after `ms` milliseconds. */
function slowService(ms: number | ((scenario: Scenario) => number)): TestService {
  return {
    async project(scenario) {
      await sleep(typeof ms === 'number' ? ms : ms(scenario));
      return real.project(scenario);
    },
  };
}

function expectProjectionOf(delivered: Delivered | undefined, scenario: Scenario): void {
  expect(delivered?.scenario).toEqual(scenario);
  expect(delivered?.reply).toMatchObject({ ok: true, result: project(PLAN_DATASET, scenario) });
}

describe('ProjectionClient coalescing', () => {
  test('a burst of 50 requests runs far fewer projections and ends with the last scenario', async () => {
    let projections = 0;
    const { client, replies, statuses } = harness(
      () => ({
        project(scenario) {
          projections++;
          return real.project(scenario);
        },
      }),
      CALM,
    );
    const scenarios = Array.from({ length: 50 }, (_, i) => scenarioAt(i));
    const seqs = scenarios.map((scenario) => client.request(scenario));

    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    await vi.waitFor(() => expect(replies.at(-1)?.seq).toBe(50), WAIT);
    expect(projections).toBeLessThanOrEqual(2);
    expect(replies.map((r) => r.seq)).toEqual([1, 50]);
    expectProjectionOf(replies.at(-1), scenarios[49]!);
    expect(statuses).toEqual([]);
  });

  test('replies arrive in increasing seq, never a lower one after a higher', async () => {
    const { client, replies } = harness(
      () => slowService((s) => Math.round(s.otherIndustryGrowth * 1000) % 7),
      CALM,
    );
    let last = 0;
    for (let i = 0; i < 30; i++) {
      last = client.request(scenarioAt(i));
      await sleep(i % 4);
    }

    await vi.waitFor(() => expect(replies.at(-1)?.seq).toBe(last), WAIT);
    const seqs = replies.map((r) => r.seq);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
    for (const delivered of replies) expectProjectionOf(delivered, scenarioAt(delivered.seq - 1));
  });

  test('an invalid scenario is a reply with its issues, not a crash', async () => {
    const { client, replies, statuses } = harness(() => real, CALM);
    client.request({ ...base, otherIndustryGrowth: 7 });

    await vi.waitFor(() => expect(replies).toHaveLength(1), WAIT);
    expect(replies[0]?.reply).toMatchObject({ ok: false, issues: [{ path: 'otherIndustryGrowth' }] });
    expect(statuses).toEqual([]);
  });
});

describe('ProjectionClient recovery', () => {
  test('a hanging worker is restarted for timeout and the new worker answers the resent request', async () => {
    const { client, workers, replies, statuses } = harness((n) =>
      n === 0 ? { project: () => new Promise(() => {}) } : real,
    );
    const seq = client.request(scenarioAt(3));

    await vi.waitFor(() => expect(replies).toHaveLength(1), WAIT);
    expect(replies[0]?.seq).toBe(seq);
    expectProjectionOf(replies[0], scenarioAt(3));
    expect(statuses).toEqual([
      { kind: 'restarted', reason: 'timeout', message: expect.stringContaining(`${TIMEOUT_MS} ms`) },
      { kind: 'ready' },
    ]);
    expect(workers.map((w) => w.terminated)).toEqual([true, false]);
  });

  test('a scenario that hangs twice fails, and a later valid request works', async () => {
    const { client, workers, replies, statuses } = harness(() => hangingService);
    client.request(HANGS);

    await vi.waitFor(() => expect(statuses.at(-1)?.kind).toBe('failed'), WAIT);
    expect(statuses.map((s) => s.kind)).toEqual(['restarted', 'failed']);
    expect(statuses[0]).toMatchObject({ reason: 'timeout' });
    expect(replies).toEqual([]);
    await sleep(TIMEOUT_MS * 2);
    expect(workers).toHaveLength(2);

    const seq = client.request(scenarioAt(1));
    await vi.waitFor(() => expect(replies).toHaveLength(1), WAIT);
    expect(replies[0]?.seq).toBe(seq);
    expectProjectionOf(replies[0], scenarioAt(1));
    expect(statuses.map((s) => s.kind)).toEqual(['restarted', 'failed', 'ready']);
    expect(workers.map((w) => w.terminated)).toEqual([true, true, false]);
  });

  test('after a timeout the newest coalesced scenario is sent, not the hanging one', async () => {
    const { client, replies, statuses } = harness(() => hangingService);
    client.request(HANGS);
    const newest = client.request(scenarioAt(2));

    await vi.waitFor(() => expect(replies).toHaveLength(1), WAIT);
    expect(replies[0]?.seq).toBe(newest);
    expectProjectionOf(replies[0], scenarioAt(2));
    expect(statuses.map((s) => s.kind)).toEqual(['restarted', 'ready']);
  });

  test('a throwing service is restarted as crashed, then failed, and a later valid request works', async () => {
    const { client, workers, replies, statuses } = harness(() => throwingService);
    client.request(THROWS);

    await vi.waitFor(() => expect(statuses.at(-1)?.kind).toBe('failed'), WAIT);
    expect(statuses).toEqual([
      { kind: 'restarted', reason: 'crashed', message: expect.stringContaining('engine exploded') },
      { kind: 'failed', message: expect.stringContaining('engine exploded') },
    ]);
    expect(replies).toEqual([]);

    client.request(scenarioAt(4));
    await vi.waitFor(() => expect(replies).toHaveLength(1), WAIT);
    expectProjectionOf(replies[0], scenarioAt(4));
    expect(statuses.at(-1)).toEqual({ kind: 'ready' });
    expect(workers).toHaveLength(3);
  });

  test("a worker 'error' event during a call restarts it as crashed and resends", async () => {
    const { client, workers, replies, statuses } = harness((n) =>
      n === 0 ? { project: () => new Promise(() => {}) } : real,
    );
    client.request(scenarioAt(5));
    await vi.waitFor(() => expect(workers).toHaveLength(1), WAIT);
    workers[0]!.crash('out of memory');

    await vi.waitFor(() => expect(replies).toHaveLength(1), WAIT);
    expectProjectionOf(replies[0], scenarioAt(5));
    expect(statuses).toEqual([
      { kind: 'restarted', reason: 'crashed', message: expect.stringContaining('out of memory') },
      { kind: 'ready' },
    ]);
  });

  test("a worker 'error' event while idle replaces the worker on the next request, silently", async () => {
    const { client, workers, replies, statuses } = harness(() => real, CALM);
    client.request(scenarioAt(1));
    await vi.waitFor(() => expect(replies).toHaveLength(1), WAIT);
    workers[0]!.crash('script error');
    expect(workers[0]!.terminated).toBe(true);

    client.request(scenarioAt(2));
    await vi.waitFor(() => expect(replies).toHaveLength(2), WAIT);
    expectProjectionOf(replies[1], scenarioAt(2));
    expect(workers).toHaveLength(2);
    expect(statuses).toEqual([]);
  });

  test.each([
    ['the same seq, already answered by the new worker', false],
    ['a lower seq than one already delivered', true],
  ])('a late reply from a terminated worker is dropped: %s', async (_, withNewerRequest) => {
    const { client, workers, replies, statuses } = harness(
      (n) => (n === 0 ? slowService(TIMEOUT_MS * 3) : real),
      {
        closeOnTerminate: false,
      },
    );
    client.request(scenarioAt(1));
    if (withNewerRequest) client.request(scenarioAt(2));

    await vi.waitFor(() => expect(workers[0]?.arrived).toHaveLength(1), WAIT);
    await sleep(10);
    expect(workers[0]!.terminated).toBe(true);
    expect(replies).toHaveLength(1);
    expectProjectionOf(replies[0], scenarioAt(withNewerRequest ? 2 : 1));
    expect(statuses.map((s) => s.kind)).toEqual(['restarted', 'ready']);
  });

  test('a scenario that cannot be cloned fails without restarting the worker', async () => {
    const { client, workers, replies, statuses } = harness(() => real, CALM);
    client.request({ ...base, clusters: { ...base.clusters, toJSON: () => 0 } } as unknown as Scenario);

    await vi.waitFor(() => expect(statuses).toHaveLength(1), WAIT);
    expect(statuses[0]).toEqual({ kind: 'failed', message: expect.stringContaining('never a Svelte proxy') });
    client.request(scenarioAt(1));
    await vi.waitFor(() => expect(replies).toHaveLength(1), WAIT);
    expect(workers).toHaveLength(1);
    expect(statuses.at(-1)).toEqual({ kind: 'ready' });
  });

  test('a worker that cannot start is reported as failed', async () => {
    const statuses: ClientStatus[] = [];
    const client = new ProjectionClient({
      createWorker: () => {
        throw new Error('blocked by worker-src');
      },
      onReply: () => {},
      onStatus: (status) => statuses.push(status),
    });
    clients.push(client);
    client.request(base);

    await vi.waitFor(() => expect(statuses).toHaveLength(1), WAIT);
    expect(statuses).toEqual([{ kind: 'failed', message: expect.stringContaining('blocked by worker-src') }]);
  });
});

describe('ProjectionClient lifecycle', () => {
  test('dispose() terminates the worker and clears the timer: no restart, no status', async () => {
    const { client, workers, statuses } = harness(() => hangingService);
    client.request(HANGS);
    client.dispose();
    await sleep(TIMEOUT_MS * 3);

    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(statuses).toEqual([]);
    expect(() => client.request(base)).toThrow(/after dispose/);
  });

  test('dispose() drops a reply that arrives afterwards', async () => {
    const { client, workers, replies } = harness(() => slowService(20), { ...CALM, closeOnTerminate: false });
    client.request(scenarioAt(1));
    client.request(scenarioAt(2));
    client.dispose();

    await vi.waitFor(() => expect(workers[0]?.arrived).toHaveLength(1), WAIT);
    await sleep(10);
    expect(replies).toEqual([]);
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'the constructor refuses timeoutMs %s',
    (timeoutMs) => {
      expect(
        () =>
          new ProjectionClient({
            createWorker: () => channelWorker(real),
            timeoutMs,
            onReply() {},
            onStatus() {},
          }),
      ).toThrow(/timeoutMs/);
    },
  );
});
