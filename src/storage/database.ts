import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Scenario } from '../engine/scenario';

/** Name of the app's database. Never change it without a migration. */
export const DB_NAME = 'qianjiang-simulator';
/** Current schema version of the database. */
export const DB_VERSION = 1;
/** Store names. Never change them without a migration. */
export const STORES = { drafts: 'drafts' } as const;

/** The working draft as stored. */
export interface DraftRecord {
  /** Schema version of this record. */
  readonly schemaVersion: 1;
  /** Key: there is one working draft, 'working'. */
  readonly id: 'working';
  /** When it was written, ms since the epoch. */
  readonly savedAt: number;
  readonly scenario: Scenario;
}

/** The database's typed schema. */
export interface SimulatorDB extends DBSchema {
  drafts: { key: string; value: DraftRecord };
}

/**
 * Open the database, creating or upgrading it. The upgrade is synchronous on purpose: idb does not
 * roll back an async upgrade that fails after an await.
 */
export function openSimulatorDb(): Promise<IDBPDatabase<SimulatorDB>> {
  if ((globalThis as { indexedDB?: IDBFactory }).indexedDB === undefined) {
    return Promise.reject(new Error('IndexedDB is not available in this browser'));
  }
  return openDB<SimulatorDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore(STORES.drafts, { keyPath: 'id' });
    },
  });
}
