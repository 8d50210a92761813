import type { IDBPDatabase } from 'idb';
import { openSimulatorDb, type ConnectionEvents, type SimulatorDB } from './database';
import { StorageFailure, classifyStorageError } from './storage-errors';

/** The state of the connection, for the UI. */
export type ConnectionState = 'opening' | 'blocked' | 'open' | 'readOnly' | 'closed' | 'unavailable';

/**
 * One connection to the app's database, shared by the draft store and the scenario repository.
 * Reports blocked upgrades, requests to close from newer tabs, and failures as states.
 */
export class StorageConnection {
  readonly #opened: Promise<{ db: IDBPDatabase<SimulatorDB>; readOnly: boolean }>;
  #state: ConnectionState = 'opening';
  readonly #listeners = new Set<(state: ConnectionState) => void>();
  #beforeClose: (() => Promise<void>) | null = null;

  constructor(events: ConnectionEvents = {}) {
    this.#opened = openSimulatorDb({
      onBlocked: () => {
        this.#set('blocked');
        events.onBlocked?.();
      },
      onBlocking: () => {
        void this.#closeForUpgrade();
        events.onBlocking?.();
      },
      onTerminated: () => {
        this.#set('closed');
        events.onTerminated?.();
      },
    });
    this.#opened.then(
      ({ readOnly }) => this.#set(readOnly ? 'readOnly' : 'open'),
      () => this.#set('unavailable'),
    );
  }

  /** The current state. */
  get state(): ConnectionState {
    return this.#state;
  }

  /** Be told of every state change; returns the function that stops it. */
  subscribe(listener: (state: ConnectionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Run before the connection closes for another tab's upgrade (e.g. flush the draft). */
  beforeClose(flush: () => Promise<void>): void {
    this.#beforeClose = flush;
  }

  /**
   * The open database for reading.
   * @throws StorageFailure 'unavailable' when it could not be opened, 'closed' after it was closed.
   */
  async read(): Promise<IDBPDatabase<SimulatorDB>> {
    let opened;
    try {
      opened = await this.#opened;
    } catch (error) {
      const failure = classifyStorageError(error);
      throw failure.kind === 'newerVersion'
        ? failure
        : new StorageFailure('unavailable', failure.message, error);
    }
    if (this.#state === 'closed') throw new StorageFailure('closed', 'the database connection was closed');
    return opened.db;
  }

  /**
   * The open database for writing.
   * @throws StorageFailure 'newerVersion' when a newer app owns the database (read-only here).
   */
  async write(): Promise<IDBPDatabase<SimulatorDB>> {
    const db = await this.read();
    if (this.#state === 'readOnly') {
      throw new StorageFailure('newerVersion', 'a newer version of the app has upgraded the database');
    }
    return db;
  }

  /** Close the connection. */
  async close(): Promise<void> {
    try {
      (await this.#opened).db.close();
    } catch {
      // never opened: nothing to close
    }
    this.#set('closed');
  }

  async #closeForUpgrade(): Promise<void> {
    try {
      await this.#beforeClose?.();
    } finally {
      await this.close();
    }
  }

  #set(state: ConnectionState): void {
    if (this.#state === 'closed' && state !== 'closed') return;
    this.#state = state;
    for (const listener of this.#listeners) listener(state);
  }
}
