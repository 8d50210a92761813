import type { CompareEntry, Comparison, WaterfallOutcome } from '../engine/compare';
import type { Scenario } from '../scenario/scenario';
import type { LibraryWorker } from './library-client';

/** What a comparison call gives: the answer, "a newer request replaced it", or why it failed. */
export type CompareCallResult<T> =
  | { readonly kind: 'ok'; readonly value: T }
  /** A newer request of the same kind was made meanwhile: this answer is out of date, drop it. */
  | { readonly kind: 'stale' }
  | {
      readonly kind: 'failed';
      /** `timeout`: no answer in time, the worker was restarted; `crashed`: the worker died and was restarted; `error`: the call threw. */
      readonly reason: 'timeout' | 'crashed' | 'error';
      readonly message: string;
    };

/** How a {@link CompareClient} starts workers. */
export interface CompareClientOptions {
  /** Start a library worker; called lazily on the first call and again after a restart. */
  readonly createWorker: () => LibraryWorker;
  /** Time to wait for an answer before deeming the worker hung, ms, > 0 (default 10,000). */
  readonly timeoutMs?: number;
}

/** Default time to wait for an answer, ms: the largest breakdown takes about 0.1 s. */
const DEFAULT_TIMEOUT_MS = 10_000;

type Kind = 'compare' | 'waterfall';

interface PendingCall {
  fail(reason: 'timeout' | 'crashed', message: string): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The compare view's way to the library worker: comparisons and breakdowns run there, never on the
 * main thread. For each kind of call the newest request wins (older answers come back `stale`). A
 * worker that gives no answer within the timeout or crashes is terminated, every call waiting on it
 * fails with its reason, and the next call starts a new worker.
 */
export class CompareClient {
  readonly #createWorker: () => LibraryWorker;
  readonly #timeoutMs: number;
  #worker: LibraryWorker | null = null;
  readonly #latest: Record<Kind, number> = { compare: 0, waterfall: 0 };
  readonly #pending = new Set<PendingCall>();
  #disposed = false;

  /** Create a client; no worker starts until the first call. */
  constructor(options: CompareClientOptions) {
    if (options.timeoutMs !== undefined && !(options.timeoutMs > 0)) {
      throw new RangeError(`timeoutMs must be > 0, got ${options.timeoutMs}`);
    }
    this.#createWorker = options.createWorker;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Compare columns side by side (see `LibraryApi.compare`). */
  compare(entries: readonly CompareEntry[], referenceIndex: number): Promise<CompareCallResult<Comparison>> {
    return this.#call('compare', (worker) => worker.api.compare(entries, referenceIndex));
  }

  /** Break a difference in zone output down by cluster and lever group (see `LibraryApi.waterfall`). */
  waterfall(from: Scenario, to: Scenario): Promise<CompareCallResult<WaterfallOutcome>> {
    return this.#call('waterfall', (worker) => worker.api.waterfall(from, to) as Promise<WaterfallOutcome>);
  }

  /** Stop the worker; calls still waiting fail as crashed. */
  dispose(): void {
    this.#disposed = true;
    this.#restart('crashed', 'the comparison was closed');
  }

  #ensureWorker(): LibraryWorker {
    if (this.#worker !== null) return this.#worker;
    const worker = this.#createWorker();
    this.#worker = worker;
    worker.onCrash?.((message) => {
      if (this.#worker === worker) this.#restart('crashed', message);
    });
    return worker;
  }

  /** Terminate the current worker and fail every call waiting on it; the next call starts a new one. */
  #restart(reason: 'timeout' | 'crashed', message: string): void {
    const worker = this.#worker;
    this.#worker = null;
    worker?.terminate();
    for (const call of [...this.#pending]) call.fail(reason, message);
  }

  #call<T>(kind: Kind, run: (worker: LibraryWorker) => Promise<T>): Promise<CompareCallResult<T>> {
    if (this.#disposed) {
      return Promise.resolve({ kind: 'failed', reason: 'crashed', message: 'the comparison was closed' });
    }
    const seq = ++this.#latest[kind];
    const worker = this.#ensureWorker();
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const call: PendingCall = {
        fail: (reason, message) => finish({ kind: 'failed', reason, message }),
      };
      const finish = (result: CompareCallResult<T>) => {
        if (!this.#pending.delete(call)) return;
        clearTimeout(timer);
        resolve(result);
      };
      this.#pending.add(call);
      timer = setTimeout(
        () => this.#restart('timeout', `no answer within ${this.#timeoutMs} ms`),
        this.#timeoutMs,
      );
      run(worker).then(
        (value) => finish(seq === this.#latest[kind] ? { kind: 'ok', value } : { kind: 'stale' }),
        (error: unknown) => finish({ kind: 'failed', reason: 'error', message: messageOf(error) }),
      );
    });
  }
}
