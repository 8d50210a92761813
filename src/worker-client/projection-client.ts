import { workerActiveDataset } from './worker-datasets';
import { wrap } from 'comlink';
import type { Scenario } from '../scenario/scenario';
import type {
  ProjectionApi,
  ProjectionOptions,
  ProjectionReply,
  ReferenceOverview,
} from '../../workers/projection-api';
import { SupervisedWorker, WorkerFailure, type WorkerHandle as AnyWorkerHandle } from './supervised-worker';

// The worker contracts the state layer uses come through here, never from workers/ directly.
export type { ProjectionOptions, ProjectionReply, ReferenceOverview } from '../../workers/projection-api';
export type { ProjectionResult } from '../engine/projection-types';
export type { PlanOverview } from '../engine/plan-overview';

/** One running projection worker, as the client sees it. */
export type WorkerHandle = AnyWorkerHandle<ProjectionApi>;

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
  readonly options: ProjectionOptions;
}

interface Call {
  readonly request: ProjectionRequest;
  /** 1 for the first send, 2 for the resend after a restart. */
  readonly attempt: number;
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
  readonly #worker: SupervisedWorker<ProjectionApi>;
  readonly #onReply: ProjectionClientOptions['onReply'];
  readonly #onStatus: ProjectionClientOptions['onStatus'];
  #inFlight: Call | null = null;
  #pending: ProjectionRequest | null = null;
  #lastSeq = 0;
  #lastDeliveredSeq = 0;
  /** Whether a restarted/failed status is showing, so the next reply must report ready. */
  #degraded = false;
  #disposed = false;

  /** Create a client; no worker starts until the first {@link ProjectionClient.request}. */
  constructor(opts: ProjectionClientOptions) {
    this.#worker = new SupervisedWorker({
      create: opts.createWorker,
      timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      name: 'projection',
    });
    this.#onReply = opts.onReply;
    this.#onStatus = opts.onStatus;
  }

  /**
   * Ask for a projection of the scenario; the reply comes through `onReply` unless a newer
   * request supersedes it first.
   * @param scenario plain, structured-cloneable data (an immutable scenario, never a Svelte proxy:
   *   posting a proxy fails with DataCloneError and is reported as `failed`).
   * @param options `overview`: also compute the whole-plan overview (only while a view shows it).
   * @returns the request's seq, an integer ≥ 1 greater than every earlier one.
   */
  request(scenario: Scenario, options: ProjectionOptions = {}): number {
    if (this.#disposed)
      throw new Error('ProjectionClient.request() was called after dispose(); create a new client.');
    const request = { seq: ++this.#lastSeq, scenario, options };
    if (this.#inFlight !== null) this.#pending = request;
    else this.#send(request, 1);
    return request.seq;
  }

  /**
   * Ask the worker for the reference scenarios with their results (beside the projections, not
   * coalesced with them). Rejects when the worker hangs, crashes or was disposed; the next call
   * starts a new one.
   */
  references(): Promise<ReferenceOverview[]> {
    return this.#worker.call((api) => api.references() as Promise<ReferenceOverview[]>);
  }

  /** Terminate the worker and drop every pending request; later replies are ignored. */
  dispose(): void {
    this.#disposed = true;
    this.#inFlight = null;
    this.#pending = null;
    this.#worker.dispose();
  }

  #send(request: ProjectionRequest, attempt: number): void {
    const call: Call = { request, attempt };
    this.#inFlight = call;
    this.#worker
      .call<ProjectionReply>(
        (api) => api.project(request.scenario, request.options) as Promise<ProjectionReply>,
      )
      .then(
        (reply) => this.#settle(call, reply),
        (error: unknown) => this.#reject(call, error),
      );
  }

  #settle(call: Call, reply: ProjectionReply): void {
    // A terminated worker's late answer, or one after dispose(): the request was resent or dropped.
    if (call !== this.#inFlight) return;
    this.#finish();
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
    if (call !== this.#inFlight || this.#disposed) return;
    if (error instanceof WorkerFailure && error.reason === 'unavailable') {
      this.#inFlight = null;
      this.#degraded = true;
      this.#onStatus({ kind: 'failed', message: error.message });
      return;
    }
    if (error instanceof Error && error.name === 'DataCloneError') {
      // The scenario never left this thread: the worker is healthy, restarting it would not help.
      this.#finish();
      this.#degraded = true;
      this.#onStatus({
        kind: 'failed',
        message: `The scenario could not be posted to the projection worker (${error.message}); pass plain data, never a Svelte proxy.`,
      });
      return;
    }
    if (error instanceof WorkerFailure) {
      this.#fail(call, error.reason === 'timeout' ? 'timeout' : 'crashed', error.message);
      return;
    }
    // The projection threw inside the worker: treat it as a crash, so a fresh worker gets the request.
    const message = `The projection worker crashed: ${describe(error)}`;
    this.#worker.restart('crashed', message);
    this.#fail(call, 'crashed', message);
  }

  /** Clear the in-flight call and send the coalesced request, if any. */
  #finish(): void {
    this.#inFlight = null;
    const next = this.#pending;
    this.#pending = null;
    if (next !== null) this.#send(next, 1);
  }

  #fail(call: Call, reason: 'timeout' | 'crashed', detail: string): void {
    this.#inFlight = null;
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
  const api = wrap<ProjectionApi>(worker);
  // Messages are handled in order: the dataset arrives before the first projection.
  const dataset = workerActiveDataset();
  if (dataset !== null) void api.useDataset(dataset);
  return {
    api,
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
