import type { ScenarioSummary } from '../engine/scenario-summary';
import type { SavedScenario } from '../scenario-format/saved-scenario';
import type { LibraryWorker } from '../worker-client/library-client';

/**
 * The plain-language summary of every saved scenario (what differs from the plan, the headline
 * result), computed in the library worker and kept per record revision: only new or changed records
 * go to the worker.
 */
export class LibrarySummaries {
  /** Summary of each listed record, by id (replaced whole). */
  byId = $state.raw<ReadonlyMap<string, ScenarioSummary>>(new Map());

  readonly #createWorker: () => LibraryWorker;
  #worker: LibraryWorker | null = null;
  readonly #cache = new Map<string, { revision: number; summary: ScenarioSummary }>();
  /** The list being summarized last: an older call's answer does not replace a newer one's. */
  #latest: readonly SavedScenario[] = [];

  constructor(createWorker: () => LibraryWorker) {
    this.#createWorker = createWorker;
  }

  /** Summarize the records that are new or changed since last time; keep the others. */
  async update(items: readonly SavedScenario[]): Promise<void> {
    this.#latest = items;
    const missing = items.filter((item) => this.#cache.get(item.id)?.revision !== item.revision);
    if (missing.length > 0) {
      try {
        this.#worker ??= this.#createWorker();
        const summaries = await this.#worker.api.summarize(missing.map((item) => item.scenario));
        missing.forEach((item, index) =>
          this.#cache.set(item.id, { revision: item.revision, summary: summaries[index]! }),
        );
      } catch {
        return;
      }
    }
    if (items !== this.#latest) return; // a newer list is being summarized
    const ids = new Set(items.map((item) => item.id));
    for (const id of this.#cache.keys()) if (!ids.has(id)) this.#cache.delete(id);
    if (missing.length > 0 || this.byId.size !== items.length) {
      this.byId = new Map(items.map((item) => [item.id, this.#cache.get(item.id)!.summary]));
    }
  }

  /** Stop the worker. */
  dispose(): void {
    this.#worker?.terminate();
  }
}
