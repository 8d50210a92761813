import type { Scenario } from '../scenario/scenario';
import type { StorageConnection } from './connection';
import { STORES, type DraftOrigin, type DraftRecord } from './database';
import { classifyStorageError } from './storage-errors';

/** The stored working draft: the scenario being edited, kept across reloads. */
export interface StoredDraft {
  readonly scenario: Scenario;
  readonly savedAt: number;
  /** The saved scenario the draft was opened from; null for a draft from the plan defaults or a link. */
  readonly origin: DraftOrigin | null;
}

/** Read and write the working draft. Plain data in and out. */
export class WorkingDraftStore {
  readonly #connection: StorageConnection;

  constructor(connection: StorageConnection) {
    this.#connection = connection;
  }

  /**
   * Read the working draft; null when none was saved.
   * @throws StorageFailure when storage is unavailable.
   */
  async load(): Promise<StoredDraft | null> {
    const db = await this.#connection.read();
    try {
      const record = await db.get(STORES.drafts, 'working');
      if (record === undefined) return null;
      return { scenario: record.scenario, savedAt: record.savedAt, origin: record.origin ?? null };
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  /**
   * Write the working draft; resolves only once the transaction has committed (`tx.done`).
   * @param scenario plain data (pass `$state.snapshot(...)`, never a Svelte proxy).
   * @throws StorageFailure ('quota', 'closed', 'newerVersion', …); the stored draft is then unchanged.
   */
  async save(scenario: Scenario, origin: DraftOrigin | null = null, now = Date.now()): Promise<void> {
    const db = await this.#connection.write();
    try {
      const tx = db.transaction(STORES.drafts, 'readwrite');
      const record: DraftRecord = { schemaVersion: 1, id: 'working', savedAt: now, scenario, origin };
      const put = tx.store.put(record);
      // Commit at once rather than when the event loop idles: on pagehide the page may not get that far.
      tx.commit?.();
      await Promise.all([put, tx.done]);
    } catch (error) {
      throw classifyStorageError(error);
    }
  }
}
