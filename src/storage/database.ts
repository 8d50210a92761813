import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ActualsRecord } from '../data/actuals-types';
import type { PlanDataset } from '../data/plan-types';
import type { Scenario } from '../scenario/scenario';
import type { SavedScenario } from '../scenario-format/saved-scenario';

/** Name of the app's database. Never change it without a migration. */
export const DB_NAME = 'qianjiang-simulator';
/**
 * Current schema version of the database.
 * - 1: store `drafts` (the working draft).
 * - 2: adds `scenarios` (the library), `trash` (deleted scenarios, restorable) and `meta`.
 * - 3: no new store. Scenarios now change shape (src/scenario/migrations.ts); records are migrated
 *   as they are read and written back in the new shape when next saved, so a record that cannot be
 *   migrated stays exactly as it was. The version goes up so that a tab of an older release (0.1.0),
 *   which would write scenarios in the old shape, opens the database read-only.
 * - 4: no new store either: scenarios change shape again (shape 3, release 0.3); the version goes up
 *   for the same reason, so that a tab of release 0.2 opens the database read-only.
 * - 5: adds `actuals` (what really happened in the zone, each figure with its source; one record
 *   `zone`, src/storage/actuals-store.ts). Every other store and record is left as it was.
 * - 6: adds `datasets` (the datasets planners make for later periods, every version kept, keyed by
 *   version text, src/storage/dataset-store.ts). Every other store and record is left as it was.
 */
export const DB_VERSION = 6;
/** Store names. Never change them without a migration. */
export const STORES = {
  drafts: 'drafts',
  scenarios: 'scenarios',
  trash: 'trash',
  meta: 'meta',
  actuals: 'actuals',
  datasets: 'datasets',
} as const;

/** Which saved scenario the working draft started from. */
export interface DraftOrigin {
  readonly id: string;
  /** The saved record's revision when the draft was opened or last saved. */
  readonly revision: number;
}

/** The working draft as stored. */
export interface DraftRecord {
  /** Shape version of its scenario (`SCENARIO_SCHEMA_VERSION` when written by this release; 1 in 0.1.0). */
  readonly schemaVersion: number;
  /**
   * Key: the embedded plan's working draft is 'working'; each planner's period has its own,
   * `working@<version>` (database version 6).
   */
  readonly id: 'working' | `working@${string}`;
  /** When it was written, ms since the epoch. */
  readonly savedAt: number;
  readonly scenario: Scenario;
  /** The saved scenario the draft was opened from, if any (added in database version 2). */
  readonly origin?: DraftOrigin | null;
}

/**
 * A working draft this release could not use (written by a newer release, or not migratable), moved
 * aside exactly as it was before the working draft is written again: never lost, shown with its reason.
 */
export interface KeptDraftRecord {
  /** Key: `kept:` and the time it was moved aside (ms since the epoch). */
  readonly id: `kept:${number}`;
  readonly keptAt: number;
  /** Why: written by a newer release, could not be read, or replaced while storage was blocked. */
  readonly reason: 'newer' | 'unreadable' | 'superseded';
  /** The draft record exactly as it was stored. */
  readonly record: unknown;
}

/** A deleted scenario kept for undo. */
export interface TrashRecord {
  readonly id: string;
  readonly deletedAt: number;
  readonly record: SavedScenario;
}

/** What the database knows about the app versions that used it. */
export interface MetaRecord {
  readonly key: 'app';
  /** Version of the newest app that wrote to the database. */
  readonly appVersion: string;
}

/** One version of a planner's dataset, as stored; never changed once written. */
export interface DatasetRecord {
  /** Key: the dataset's version text, e.g. "2021-2025~k7m2ab.2". */
  readonly version: string;
  /** Its line (the period it belongs to) and revision, for listing. */
  readonly line: string;
  readonly revision: number;
  /** When it was written, ms since the epoch. */
  readonly savedAt: number;
  readonly dataset: PlanDataset;
}

/** The database's typed schema. */
export interface SimulatorDB extends DBSchema {
  drafts: { key: string; value: DraftRecord | KeptDraftRecord };
  scenarios: { key: string; value: SavedScenario; indexes: { updatedAt: number } };
  trash: { key: string; value: TrashRecord };
  meta: { key: string; value: MetaRecord };
  actuals: { key: string; value: ActualsRecord };
  datasets: { key: string; value: DatasetRecord };
}

/** Callbacks for the events of a connection that the app must react to. */
export interface ConnectionEvents {
  /** Opening waits for another tab that holds an older version open. Called once. */
  readonly onBlocked?: () => void;
  /** Another tab wants to upgrade the database: flush, close, and ask for a reload. */
  readonly onBlocking?: () => void;
  /** The browser closed the connection abnormally. */
  readonly onTerminated?: () => void;
}

/** An open database and whether this version of the app may write to it. */
export interface OpenedDatabase {
  readonly db: IDBPDatabase<SimulatorDB>;
  /** True when a newer app version upgraded the database: read, never rewrite. */
  readonly readOnly: boolean;
}

/**
 * Open the database, creating or upgrading it. The upgrade is synchronous on purpose: idb does not
 * roll back an async upgrade that fails after an await, and a synchronous one that throws aborts the
 * version change transaction, leaving the old version and every record as they were.
 * A database already upgraded by a newer app is opened as it is, read-only.
 */
export async function openSimulatorDb(events: ConnectionEvents = {}): Promise<OpenedDatabase> {
  if ((globalThis as { indexedDB?: IDBFactory }).indexedDB === undefined) {
    throw Object.assign(new Error('IndexedDB is not available in this browser'), { name: 'UnknownError' });
  }
  const handlers = {
    blocked: () => events.onBlocked?.(),
    blocking: () => events.onBlocking?.(),
    terminated: () => events.onTerminated?.(),
  };
  try {
    const db = await openDB<SimulatorDB>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        // A failed upgrade aborts this transaction and rejects openDB; its own done promise is not
        // the one to report, so it is marked handled here.
        transaction.done.catch(() => undefined);
        upgradeSchema(database, oldVersion);
      },
      ...handlers,
    });
    return { db, readOnly: false };
  } catch (error) {
    if ((error as { name?: string } | null)?.name !== 'VersionError') throw error;
    const db = await openDB<SimulatorDB>(DB_NAME, undefined, handlers);
    return { db, readOnly: true };
  }
}

/** Create what each schema version adds; runs inside the version change transaction, synchronously. */
export function upgradeSchema(db: IDBPDatabase<SimulatorDB>, oldVersion: number): void {
  if (oldVersion < 1) db.createObjectStore(STORES.drafts, { keyPath: 'id' });
  if (oldVersion < 2) {
    const scenarios = db.createObjectStore(STORES.scenarios, { keyPath: 'id' });
    scenarios.createIndex('updatedAt', 'updatedAt');
    db.createObjectStore(STORES.trash, { keyPath: 'id' });
    db.createObjectStore(STORES.meta, { keyPath: 'key' });
  }
  // 3 and 4 add no store: see DB_VERSION.
  if (oldVersion < 5) db.createObjectStore(STORES.actuals, { keyPath: 'id' });
  if (oldVersion < 6) db.createObjectStore(STORES.datasets, { keyPath: 'version' });
}
