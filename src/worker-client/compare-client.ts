import type { CompareEntry, Comparison, WaterfallMeasure, WaterfallOutcome } from '../engine/compare';
import type { Scenario } from '../scenario/scenario';
import type { LibraryWorker } from './library-client';
import type { LibraryApi } from '../../workers/library-api';
import { SupervisedWorker, WorkerFailure } from './supervised-worker';

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
  readonly #worker: SupervisedWorker<LibraryApi>;
  readonly #latest: Record<Kind, number> = { compare: 0, waterfall: 0 };
  #disposed = false;

  /** Create a client; no worker starts until the first call. */
  constructor(options: CompareClientOptions) {
    this.#worker = new SupervisedWorker({
      create: options.createWorker,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      name: 'comparison',
    });
  }

  /** Compare columns side by side (see `LibraryApi.compare`). */
  compare(entries: readonly CompareEntry[], referenceIndex: number): Promise<CompareCallResult<Comparison>> {
    return this.#call('compare', (api) => api.compare(entries, referenceIndex) as Promise<Comparison>);
  }

  /**
   * Break a difference in a zone figure (industrial output by default, or services revenue) down by
   * cluster and lever group, links and the rest (see `LibraryApi.waterfall`).
   */
  waterfall(
    from: Scenario,
    to: Scenario,
    measure: WaterfallMeasure = 'industrialOutput',
  ): Promise<CompareCallResult<WaterfallOutcome>> {
    return this.#call('waterfall', (api) => api.waterfall(from, to, measure) as Promise<WaterfallOutcome>);
  }

  /** Stop the worker; calls still waiting fail as crashed. */
  dispose(): void {
    this.#disposed = true;
    this.#worker.restart('crashed', 'the comparison was closed');
    this.#worker.dispose();
  }

  async #call<T>(kind: Kind, run: (api: LibraryWorker['api']) => Promise<T>): Promise<CompareCallResult<T>> {
    if (this.#disposed) return { kind: 'failed', reason: 'crashed', message: 'the comparison was closed' };
    const seq = ++this.#latest[kind];
    try {
      const value = await this.#worker.call(run);
      return seq === this.#latest[kind] ? { kind: 'ok', value } : { kind: 'stale' };
    } catch (error) {
      if (error instanceof WorkerFailure) {
        return {
          kind: 'failed',
          reason: error.reason === 'timeout' ? 'timeout' : 'crashed',
          message: error.message,
        };
      }
      return { kind: 'failed', reason: 'error', message: messageOf(error) };
    }
  }
}
