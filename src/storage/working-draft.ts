import type { IDBPDatabase } from 'idb';
import type { Scenario } from '../engine/scenario';
import { openSimulatorDb, STORES, type DraftRecord, type SimulatorDB } from './database';

/** The stored working draft: the scenario being edited, kept across reloads. */
export interface StoredDraft {
  readonly scenario: Scenario;
  readonly savedAt: number;
}

/** Read and write the working draft. The only module the app uses for it; plain data in and out. */
export class WorkingDraftStore {
  readonly #db: Promise<IDBPDatabase<SimulatorDB>>;

  private constructor(db: Promise<IDBPDatabase<SimulatorDB>>) {
    this.#db = db;
  }

  /** Open the store on the global IndexedDB. */
  static open(): WorkingDraftStore {
    const db = openSimulatorDb();
    db.catch(() => undefined); // surfaced by load/save
    return new WorkingDraftStore(db);
  }

  /** Read the working draft; null when none was saved. */
  async load(): Promise<StoredDraft | null> {
    const db = await this.#db;
    const record = await db.get(STORES.drafts, 'working');
    if (record === undefined) return null;
    return { scenario: record.scenario, savedAt: record.savedAt };
  }

  /**
   * Write the working draft; resolves only once the transaction has committed (`tx.done`).
   * @param scenario plain data (pass `$state.snapshot(...)`, never a Svelte proxy).
   */
  async save(scenario: Scenario, now = Date.now()): Promise<void> {
    const db = await this.#db;
    const tx = db.transaction(STORES.drafts, 'readwrite');
    const record: DraftRecord = { schemaVersion: 1, id: 'working', savedAt: now, scenario };
    await Promise.all([tx.store.put(record), tx.done]);
  }

  /** Close the connection. */
  async close(): Promise<void> {
    (await this.#db).close();
  }
}
