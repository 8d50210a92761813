import type { ReferenceId } from '../data/references';
import type { ReferenceOverview } from '../worker-client/projection-client';

export type { ReferenceOverview };

/** Where the reference scenarios' results stand. */
export type ReferenceResultsStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The reference scenarios (plan path, project-backed, trend, early estimates) with their results, as
 * the projection worker computes them once per dataset: what the workbench shows beside the working
 * scenario, and what the report, slides and uncertainty view compare it with. Asked for on first
 * use; a failed request is asked again on the next {@link load}.
 */
export class ReferenceResults {
  /** Every reference with its headline, targets and facts, in `REFERENCE_IDS` order; empty until loaded. */
  list = $state.raw<readonly ReferenceOverview[]>([]);
  status = $state<ReferenceResultsStatus>('idle');
  /** Why the last request failed (the worker's message); null otherwise. */
  failure = $state<string | null>(null);

  readonly #fetch: () => Promise<ReferenceOverview[]>;
  #pending: Promise<void> | null = null;

  /** @param fetch asks the projection worker for the references (`ProjectionClient.references`) */
  constructor(fetch: () => Promise<ReferenceOverview[]>) {
    this.#fetch = fetch;
  }

  /** Ask the worker for the references unless they are in or on their way; resolves once settled. */
  load(): Promise<void> {
    if (this.status === 'ready') return Promise.resolve();
    this.#pending ??= this.#request();
    return this.#pending;
  }

  /** The reference with its results; null until they are in. */
  of(id: ReferenceId): ReferenceOverview | null {
    return this.list.find((reference) => reference.id === id) ?? null;
  }

  async #request(): Promise<void> {
    this.status = 'loading';
    try {
      this.list = await this.#fetch();
      this.failure = null;
      this.status = 'ready';
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      this.status = 'failed';
    } finally {
      this.#pending = null;
    }
  }
}
