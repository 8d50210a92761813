import type { Scenario } from '../scenario/scenario';
import type { SavedScenario } from '../scenario-format/saved-scenario';
import type { StorageConnection } from './connection';
import { STORES, type TrashRecord } from './database';
import { StorageFailure, classifyStorageError } from './storage-errors';

/** The parts of a saved scenario a user edits. */
export interface ScenarioFields {
  readonly name: string;
  readonly notes: string;
  readonly tags: readonly string[];
}

/** Raised when a save finds that another tab or window saved the scenario first. */
export class RevisionConflict extends StorageFailure {
  /** The record as it is stored now. */
  readonly current: SavedScenario;

  constructor(current: SavedScenario, expected: number) {
    super(
      'conflict',
      `"${current.name}" was changed elsewhere (revision ${current.revision}, expected ${expected})`,
    );
    this.current = current;
  }
}

/** Where the ids of new scenarios come from (injected for tests). */
export type IdSource = () => string;

// The record schema (valibot) loads with the first write, keeping it out of the app's start-up code.
const recordFormat = () => import('../scenario-format/saved-scenario');

/**
 * The scenario library in IndexedDB. Every write runs in one transaction and resolves only after
 * `tx.done`; saves check the revision inside the same transaction, so two tabs never lose an update.
 */
export class ScenarioRepository {
  readonly #connection: StorageConnection;
  readonly #appVersion: string;
  readonly #newId: IdSource | null;

  /** @param newId makes ids of new records; a random UUID when omitted. */
  constructor(connection: StorageConnection, appVersion: string, newId: IdSource | null = null) {
    this.#connection = connection;
    this.#appVersion = appVersion;
    this.#newId = newId;
  }

  /** Every saved scenario, in no particular order. */
  async list(): Promise<SavedScenario[]> {
    const db = await this.#connection.read();
    return this.#guard(() => db.getAll(STORES.scenarios));
  }

  /** One saved scenario, or undefined. */
  async get(id: string): Promise<SavedScenario | undefined> {
    const db = await this.#connection.read();
    return this.#guard(() => db.get(STORES.scenarios, id));
  }

  /** Save a new scenario (revision 1). */
  async create(fields: ScenarioFields, scenario: Scenario, now = Date.now()): Promise<SavedScenario> {
    const format = await recordFormat();
    const record = checked(
      format,
      format.createSavedScenario(
        { name: fields.name, notes: fields.notes, tags: fields.tags, scenario },
        { now, appVersion: this.#appVersion },
        (this.#newId ?? format.newScenarioId)(),
      ),
    );
    const db = await this.#connection.write();
    await this.#guard(async () => {
      const tx = db.transaction(STORES.scenarios, 'readwrite');
      await Promise.all([tx.store.add(record), tx.done]);
    });
    return record;
  }

  /**
   * Save changes to a stored scenario if it is still at `expectedRevision`; its revision goes up by one.
   * @param expectedRevision the revision the user's copy was based on; null overwrites whatever is stored.
   * @throws RevisionConflict when it was saved elsewhere in between; StorageFailure 'notFound' when deleted.
   */
  async update(
    id: string,
    expectedRevision: number | null,
    changes: Partial<ScenarioFields> & { readonly scenario?: Scenario },
    now = Date.now(),
  ): Promise<SavedScenario> {
    const format = await recordFormat();
    const db = await this.#connection.write();
    return this.#guard(async () => {
      const tx = db.transaction(STORES.scenarios, 'readwrite');
      const current = await tx.store.get(id);
      if (current === undefined) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new StorageFailure('notFound', `no saved scenario has the id ${id}`);
      }
      if (expectedRevision !== null && current.revision !== expectedRevision) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new RevisionConflict(current, expectedRevision);
      }
      let next: SavedScenario;
      try {
        next = checked(
          format,
          format.reviseSavedScenario(
            current,
            {
              ...(changes.name !== undefined ? { name: changes.name } : {}),
              ...(changes.notes !== undefined ? { notes: changes.notes } : {}),
              ...(changes.tags !== undefined ? { tags: [...changes.tags] } : {}),
              ...(changes.scenario !== undefined ? { scenario: changes.scenario } : {}),
            },
            { now, appVersion: this.#appVersion },
          ),
        );
      } catch (error) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw error;
      }
      await Promise.all([tx.store.put(next), tx.done]);
      return next;
    });
  }

  /** Save a copy of a stored scenario under a new name. */
  async duplicate(id: string, name: string, now = Date.now()): Promise<SavedScenario> {
    const source = await this.get(id);
    if (source === undefined) throw new StorageFailure('notFound', `no saved scenario has the id ${id}`);
    return this.create(
      { name, notes: source.notes, tags: source.tags },
      structuredClone(source.scenario),
      now,
    );
  }

  /** Move a scenario to the trash (restorable with {@link restore}). */
  async delete(id: string, now = Date.now()): Promise<TrashRecord> {
    const db = await this.#connection.write();
    return this.#guard(async () => {
      const tx = db.transaction([STORES.scenarios, STORES.trash], 'readwrite');
      const record = await tx.objectStore(STORES.scenarios).get(id);
      if (record === undefined) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new StorageFailure('notFound', `no saved scenario has the id ${id}`);
      }
      const trashed: TrashRecord = { id, deletedAt: now, record };
      await Promise.all([
        tx.objectStore(STORES.trash).put(trashed),
        tx.objectStore(STORES.scenarios).delete(id),
        tx.done,
      ]);
      return trashed;
    });
  }

  /** Bring a deleted scenario back from the trash, as it was. */
  async restore(id: string): Promise<SavedScenario> {
    const db = await this.#connection.write();
    return this.#guard(async () => {
      const tx = db.transaction([STORES.scenarios, STORES.trash], 'readwrite');
      const trashed = await tx.objectStore(STORES.trash).get(id);
      if (trashed === undefined) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new StorageFailure('notFound', `the trash has no scenario with the id ${id}`);
      }
      await Promise.all([
        tx.objectStore(STORES.scenarios).add(trashed.record),
        tx.objectStore(STORES.trash).delete(id),
        tx.done,
      ]);
      return trashed.record;
    });
  }

  /**
   * Add many scenarios at once, all or nothing: if any cannot be added (an id already stored, quota),
   * none is. Ids must not collide with stored ones (plan them with `planImport` first).
   */
  async addAll(records: readonly SavedScenario[]): Promise<void> {
    const format = await recordFormat();
    for (const record of records) checked(format, record);
    const db = await this.#connection.write();
    await this.#guard(async () => {
      const tx = db.transaction(STORES.scenarios, 'readwrite');
      await Promise.all([...records.map((record) => tx.store.add(record)), tx.done]);
    });
  }

  /** The version of the newest app that has written to the database, recording this one if newer. */
  async registerAppVersion(): Promise<string> {
    const db = await this.#connection.read();
    return this.#guard(async () => {
      const stored = await db.get(STORES.meta, 'app');
      if (stored !== undefined && compareVersions(stored.appVersion, this.#appVersion) >= 0) {
        return stored.appVersion;
      }
      if (this.#connection.state !== 'readOnly') {
        const tx = db.transaction(STORES.meta, 'readwrite');
        await Promise.all([tx.store.put({ key: 'app', appVersion: this.#appVersion }), tx.done]);
      }
      return this.#appVersion;
    });
  }

  async #guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof InvalidRecord) throw error;
      throw classifyStorageError(error);
    }
  }
}

/** A record that fails its schema (e.g. an empty name) is refused before anything is written. */
export class InvalidRecord extends Error {
  /** Field paths and messages of what is wrong. */
  readonly issues: readonly { readonly path: string; readonly message: string }[];

  constructor(issues: readonly { readonly path: string; readonly message: string }[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
    this.name = 'InvalidRecord';
    this.issues = issues;
  }
}

function checked(format: Awaited<ReturnType<typeof recordFormat>>, record: SavedScenario): SavedScenario {
  const result = format.parseSavedScenario(record);
  if (!result.ok)
    throw new InvalidRecord(result.issues.map((issue) => ({ path: issue.path, message: issue.message })));
  return record;
}

/** Compare dotted version strings numerically: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
