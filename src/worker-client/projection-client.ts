import { wrap, type Remote } from 'comlink';
import type { Scenario } from '../engine';
import type { ProjectionApi, ProjectionReply } from '../../workers/projection-api';

/** One running projection worker, as the client sees it. */
export interface WorkerHandle {
  /** The worker's service, through comlink: every call returns a Promise. */
  api: Remote<ProjectionApi>;
  /** Stop the worker at once; replies it had not sent yet are never delivered. */
  terminate(): void;
  /** Register the listener to call when the worker fails outside a call (its 'error' event). */
  onCrash?(listener: (message: string) => void): void;
}

/** Health of the projection worker, reported through {@link ProjectionClientOptions.onStatus}. */
export type ClientStatus =
  /** Replies flow again after a restart or a failure. */
  | { kind: 'ready' }
  /** The worker hung or crashed; a new one was started and the newest scenario resent to it. */
  | { kind: 'restarted'; reason: 'timeout' | 'crashed'; message: string }
  /** The same scenario crashed or hung the worker twice: no projection until the next request. */
  | { kind: 'failed'; message: string };

/** How a {@link ProjectionClient} starts workers and reports to the UI. */
export interface ProjectionClientOptions {
  /** Start a new worker; called lazily on the first request and again after each restart. */
  createWorker: () => WorkerHandle;
  /** Time to wait for a reply before deeming the worker hung, in milliseconds, > 0 (default 3000). */
  timeoutMs?: number;
  /**
   * Receive a reply, with the seq and scenario it answers. Seqs only ever increase: a reply older
   * than one already delivered is dropped. Must not throw.
   */
  onReply: (seq: number, scenario: Scenario, reply: ProjectionReply) => void;
  /** Receive every change of the worker's health. Must not throw. */
  onStatus: (status: ClientStatus) => void;
}

/** Default time to wait for a reply, in milliseconds. */
const DEFAULT_TIMEOUT_MS = 3000;

/** Attempts of one request (first send plus one resend) before the client gives up on it. */
const MAX_ATTEMPTS = 2;

interface ProjectionRequest {
  readonly seq: number;
  readonly scenario: Scenario;
}

interface Call {
  readonly request: ProjectionRequest;
  /** 1 for the first send, 2 for the resend after a restart. */
  readonly attempt: number;
  readonly worker: WorkerHandle;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The UI's only way to a projection: send scenarios to a worker, latest request wins.
 *
 * At most one request is in flight; requests made meanwhile are coalesced, and only the newest is
 * sent when the in-flight one settles. A worker that gives no reply within the timeout, rejects a
 * call or fires an 'error' event is terminated and replaced, and the newest scenario is resent;
 * if the same request fails again, the client reports `failed` and waits for the next request.
 */
export class ProjectionClient {
  readonly #createWorker: () => WorkerHandle;
  readonly #timeoutMs: number;
  readonly #onReply: ProjectionClientOptions['onReply'];
  readonly #onStatus: ProjectionClientOptions['onStatus'];
  #worker: WorkerHandle | null = null;
  #inFlight: Call | null = null;
  #pending: ProjectionRequest | null = null;
  #lastSeq = 0;
  #lastDeliveredSeq = 0;
  /** Whether a restarted/failed status is showing, so the next reply must report ready. */
  #degraded = false;
  #disposed = false;

  /** Create a client; no worker starts until the first {@link ProjectionClient.request}. */
  constructor(opts: ProjectionClientOptions) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(timeoutMs > 0 && Number.isFinite(timeoutMs))) {
      throw new RangeError(`timeoutMs is ${timeoutMs}; it must be a finite number of milliseconds above 0.`);
    }
    this.#createWorker = opts.createWorker;
    this.#timeoutMs = timeoutMs;
    this.#onReply = opts.onReply;
    this.#onStatus = opts.onStatus;
  }

  /**
   * Ask for a projection of the scenario; the reply comes through `onReply` unless a newer
   * request supersedes it first.
   * @param scenario plain, structured-cloneable data: pass `$state.snapshot(scenario)`, never a
   *   Svelte `$state` proxy (posting a proxy fails with DataCloneError and is reported as `failed`).
   * @returns the request's seq, an integer ≥ 1 greater than every earlier one.
   */
  request(scenario: Scenario): number {
    if (this.#disposed)
      throw new Error('ProjectionClient.request() was called after dispose(); create a new client.');
    const request = { seq: ++this.#lastSeq, scenario };
    if (this.#inFlight !== null) this.#pending = request;
    else this.#send(request, 1);
    return request.seq;
  }

  /** Terminate the worker, clear the timer and drop every pending request; later replies are ignored. */
  dispose(): void {
    this.#disposed = true;
    if (this.#inFlight !== null) clearTimeout(this.#inFlight.timer);
    this.#inFlight = null;
    this.#pending = null;
    this.#worker?.terminate();
    this.#worker = null;
  }

  #startWorker(): WorkerHandle {
    const worker = this.#createWorker();
    worker.onCrash?.((message) => this.#onWorkerCrash(worker, message));
    return worker;
  }

  #send(request: ProjectionRequest, attempt: number): void {
    let worker: WorkerHandle;
    try {
      worker = this.#worker ??= this.#startWorker();
    } catch (error) {
      this.#degraded = true;
      this.#onStatus({
        kind: 'failed',
        message: `The projection worker could not start: ${describe(error)}`,
      });
      return;
    }
    const call: Call = { request, attempt, worker, timer: undefined };
    this.#inFlight = call;
    call.timer = setTimeout(
      () => this.#fail(call, 'timeout', `The projection worker gave no reply within ${this.#timeoutMs} ms.`),
      this.#timeoutMs,
    );
    // A synchronous throw from the handle becomes a rejection like any other crash.
    new Promise<ProjectionReply>((resolve) => resolve(worker.api.project(request.scenario))).then(
      (reply) => this.#settle(call, reply),
      (error: unknown) => this.#reject(call, error),
    );
  }

  #settle(call: Call, reply: ProjectionReply): void {
    // A terminated worker's late answer, or one after dispose(): the request was resent or dropped.
    if (call !== this.#inFlight) return;
    this.#finish(call);
    const { seq, scenario } = call.request;
    if (seq <= this.#lastDeliveredSeq) return;
    this.#lastDeliveredSeq = seq;
    this.#onReply(seq, scenario, reply);
    if (this.#degraded) {
      this.#degraded = false;
      this.#onStatus({ kind: 'ready' });
    }
  }

  #reject(call: Call, error: unknown): void {
    if (call !== this.#inFlight) return;
    if (error instanceof Error && error.name === 'DataCloneError') {
      // The scenario never left this thread: the worker is healthy, restarting it would not help.
      this.#finish(call);
      this.#degraded = true;
      this.#onStatus({
        kind: 'failed',
        message: `The scenario could not be posted to the projection worker (${error.message}); pass plain data, e.g. $state.snapshot(scenario).`,
      });
      return;
    }
    this.#fail(call, 'crashed', `The projection worker crashed: ${describe(error)}`);
  }

  #onWorkerCrash(worker: WorkerHandle, message: string): void {
    if (worker !== this.#worker) return;
    if (this.#inFlight !== null) {
      this.#fail(this.#inFlight, 'crashed', `The projection worker crashed: ${message}`);
    } else {
      // Idle: replace it on the next request rather than now, so a worker that fails while
      // loading cannot restart itself in a loop.
      worker.terminate();
      this.#worker = null;
    }
  }

  /** Clear the in-flight call and send the coalesced request, if any. */
  #finish(call: Call): void {
    clearTimeout(call.timer);
    this.#inFlight = null;
    const next = this.#pending;
    this.#pending = null;
    if (next !== null) this.#send(next, 1);
  }

  #fail(call: Call, reason: 'timeout' | 'crashed', detail: string): void {
    if (call !== this.#inFlight) return;
    clearTimeout(call.timer);
    this.#inFlight = null;
    call.worker.terminate();
    if (this.#worker === call.worker) this.#worker = null;
    this.#degraded = true;
    const next = this.#pending;
    this.#pending = null;
    if (next !== null || call.attempt < MAX_ATTEMPTS) {
      this.#onStatus({
        kind: 'restarted',
        reason,
        message: `${detail} It was restarted and the latest scenario resent.`,
      });
      if (next !== null) this.#send(next, 1);
      else this.#send(call.request, call.attempt + 1);
    } else {
      this.#onStatus({
        kind: 'failed',
        message: `${detail} This scenario failed twice; change an assumption to try again.`,
      });
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Start the projection worker in the browser (a module worker bundled by Vite) and wrap it with
 * comlink; its 'error' and 'messageerror' events are reported through `onCrash`.
 */
export function createBrowserWorker(): WorkerHandle {
  const worker = new Worker(new URL('../../workers/projection.worker.ts', import.meta.url), {
    type: 'module',
  });
  return {
    api: wrap<ProjectionApi>(worker),
    terminate: () => worker.terminate(),
    onCrash(listener) {
      worker.addEventListener('error', (event) =>
        listener(event.message || 'the worker script failed to load or threw outside a call'),
      );
      worker.addEventListener('messageerror', () =>
        listener('a message from the worker could not be deserialized'),
      );
    },
  };
}
