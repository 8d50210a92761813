import type { PlanDataset } from '../data/plan-types';
import type { Issue } from '../scenario/issues';
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

/**
 * A stored record this version cannot use as it is, kept untouched in the store and listed with
 * the reason: `newer` — written by a newer release (the whole record is kept; its scenario opens
 * read-only where this version can read it); `unreadable` — a migration step failed, or the record
 * breaks the schema (e.g. damaged by hand).
 */
export interface HeldRecord {
  readonly kind: 'newer' | 'unreadable';
  /** The record's id ('' if it has none that is text). */
  readonly id: string;
  /** Its name, where it has one that is text; '' otherwise. */
  readonly name: string;
  /** When it was last saved, ms since the epoch, where known. */
  readonly updatedAt: number | null;
  /** Every problem, the first one the reason shown. */
  readonly issues: readonly Issue[];
  /** The record exactly as stored, for a file export. */
  readonly raw: unknown;
}

/** The library as read: the records in the current shape, and those held back with their reason. */
export interface LibraryContents {
  readonly records: SavedScenario[];
  readonly held: HeldRecord[];
}

/** The outcome of reading one stored record. */
export type StoredRecord =
  | { readonly kind: 'ready'; readonly record: SavedScenario; readonly migratedFrom: number | null }
  | HeldRecord;

// The record schema and migrations (valibot) load with the first read or write, keeping them out of
// the app's start-up code.
const recordFormat = async () => {
  const [saved, migrations] = await Promise.all([
    import('../scenario-format/saved-scenario'),
    import('../scenario-format/migrations'),
  ]);
  return { ...saved, ...migrations };
};
type RecordFormat = Awaited<ReturnType<typeof recordFormat>>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The scenario library in IndexedDB. Every write runs in one transaction and resolves only after
 * `tx.done`; saves check the revision inside the same transaction, so two tabs never lose an update.
 */
export class ScenarioRepository {
  readonly #connection: StorageConnection;
  readonly #appVersion: string;
  readonly #datasetFor: (version: string) => PlanDataset;
  readonly #newId: IdSource | null;
  /** What reading each stored record gave, per record and revision: a list is migrated once. */
  readonly #readCache = new Map<string, { key: string; read: StoredRecord }>();

  /**
   * @param dataset the plan dataset records are migrated to and checked against; or, when the
   *   planner has datasets of later periods, the dataset of a version (each record is checked against
   *   the version it was built on; an unknown version gets the app's)
   * @param newId makes ids of new records; a random UUID when omitted.
   */
  constructor(
    connection: StorageConnection,
    appVersion: string,
    dataset: PlanDataset | ((version: string) => PlanDataset),
    newId: IdSource | null = null,
  ) {
    this.#connection = connection;
    this.#appVersion = appVersion;
    this.#datasetFor = typeof dataset === 'function' ? dataset : () => dataset;
    this.#newId = newId;
  }

  /**
   * Every saved scenario, in no particular order: each record migrated to the current shape as it is
   * read (records are rewritten in the new shape only when next saved), and those that cannot be
   * used held back with their reason — never changed, never dropped.
   */
  async list(): Promise<LibraryContents> {
    const format = await recordFormat();
    const db = await this.#connection.read();
    const stored = await this.#guard(() => db.getAll(STORES.scenarios));
    const records: SavedScenario[] = [];
    const held: HeldRecord[] = [];
    const seen = new Set<string>();
    for (const raw of stored as unknown[]) {
      const read = this.#read(format, raw);
      if (read.kind === 'ready') {
        records.push(read.record);
        seen.add(read.record.id);
      } else {
        held.push(read);
        seen.add(read.id);
      }
    }
    for (const id of this.#readCache.keys()) if (!seen.has(id)) this.#readCache.delete(id);
    return { records, held };
  }

  /** One saved scenario in the current shape; undefined when there is none, or it is held back. */
  async get(id: string): Promise<SavedScenario | undefined> {
    const read = await this.read(id);
    return read?.kind === 'ready' ? read.record : undefined;
  }

  /** One stored record as read: ready (migrated), or held back with the reason; undefined when absent. */
  async read(id: string): Promise<StoredRecord | undefined> {
    const format = await recordFormat();
    const db = await this.#connection.read();
    const raw: unknown = await this.#guard(() => db.get(STORES.scenarios, id));
    return raw === undefined ? undefined : this.#read(format, raw);
  }

  #read(format: RecordFormat, raw: unknown): StoredRecord {
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = text(r['id']);
    const key = `${String(r['revision'])}|${String(r['updatedAt'])}|${String(r['schemaVersion'])}`;
    const cached = this.#readCache.get(id);
    if (id !== '' && cached?.key === key) return cached.read;
    const migrated = format.migrateRecord(raw, this.#datasetFor(text(r['datasetVersion'])));
    const read: StoredRecord = migrated.ok
      ? { kind: 'ready', record: migrated.record, migratedFrom: migrated.migratedFrom }
      : {
          kind: migrated.reason === 'newer' ? 'newer' : 'unreadable',
          id,
          name: text(r['name']),
          updatedAt: typeof r['updatedAt'] === 'number' ? r['updatedAt'] : null,
          issues: migrated.issues,
          raw,
        };
    if (id !== '') this.#readCache.set(id, { key, read });
    return read;
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
      this.#datasetFor(scenario.datasetVersion),
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
      const stored: unknown = await tx.store.get(id);
      if (stored === undefined) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new StorageFailure('notFound', `no saved scenario has the id ${id}`);
      }
      // A record of an older shape is migrated here and written back in the current one; one that
      // cannot be read is never overwritten.
      const read = this.#read(format, stored);
      if (read.kind !== 'ready') {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new InvalidRecord(read.issues);
      }
      const current = read.record;
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
          this.#datasetFor(changes.scenario?.datasetVersion ?? current.datasetVersion),
        );
      } catch (error) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw error;
      }
      await Promise.all([tx.store.put(next), tx.done]);
      this.#readCache.delete(id);
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
   * Import scenarios, all or nothing: add new records (ids must be free: plan them with
   * `resolveImport` first) and save the file's version over stored ones (`replace`: name, notes, tags
   * and assumptions; revision + 1). If any write fails (an id taken meanwhile, a stored record that
   * cannot be read, quota), nothing is changed.
   */
  async importAll(
    add: readonly SavedScenario[],
    replace: readonly SavedScenario[] = [],
    now = Date.now(),
  ): Promise<void> {
    const format = await recordFormat();
    for (const record of add) checked(format, record, this.#datasetFor(record.datasetVersion));
    const db = await this.#connection.write();
    await this.#guard(async () => {
      const tx = db.transaction(STORES.scenarios, 'readwrite');
      const writes: Promise<unknown>[] = add.map((record) => tx.store.add(record));
      try {
        for (const incoming of replace) {
          const read = this.#read(format, await tx.store.get(incoming.id));
          if (read.kind !== 'ready') throw new InvalidRecord(read.issues);
          const next = checked(
            format,
            format.reviseSavedScenario(
              read.record,
              {
                name: incoming.name,
                notes: incoming.notes,
                tags: [...incoming.tags],
                scenario: incoming.scenario,
              },
              { now, appVersion: this.#appVersion },
            ),
            this.#datasetFor(incoming.datasetVersion),
          );
          writes.push(tx.store.put(next));
          this.#readCache.delete(incoming.id);
        }
      } catch (error) {
        tx.abort();
        await Promise.allSettled([...writes, tx.done]);
        throw error;
      }
      await Promise.all([...writes, tx.done]);
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

/**
 * A record that fails its schema (e.g. an empty name) is refused before anything is written; a stored
 * record that cannot be read is never overwritten.
 */
export class InvalidRecord extends Error {
  /** What is wrong, each problem with its field path. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
    this.name = 'InvalidRecord';
    this.issues = issues;
  }
}

function checked(format: RecordFormat, record: SavedScenario, dataset: PlanDataset): SavedScenario {
  const result = format.parseSavedScenario(record, dataset);
  if (!result.ok) throw new InvalidRecord(result.issues);
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
