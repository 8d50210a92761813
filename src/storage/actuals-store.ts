import * as v from 'valibot';
import type { ActualValue, ActualsRecord } from '../data/actuals-types';
import type { PlanDataset } from '../data/plan-types';
import { actualsRecordSchema, checkActualValues, sortActuals } from '../actuals-format/actuals-schema';
import type { StorageConnection } from './connection';
import { STORES } from './database';
import { StorageFailure, classifyStorageError } from './storage-errors';

/** What reading the stored actuals gave. */
export type ActualsRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ready'; readonly record: ActualsRecord }
  /** A record this release cannot read (a newer release's, or damaged): left as it is, never overwritten. */
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * The zone's actuals in IndexedDB (store `actuals`, one record `zone`, database version 5). A write
 * replaces every value at once, in one transaction, and only when the stored revision is the one
 * the caller read: a second tab's write in between is refused (`conflict`), nothing changes.
 */
export class ActualsStore {
  readonly #connection: StorageConnection;
  readonly #dataset: PlanDataset;

  constructor(connection: StorageConnection, dataset: PlanDataset) {
    this.#connection = connection;
    this.#dataset = dataset;
  }

  /** Read the stored actuals. */
  async read(): Promise<ActualsRead> {
    try {
      const db = await this.#connection.read();
      const raw = await db.get(STORES.actuals, 'zone');
      if (raw === undefined) return { kind: 'none' };
      const parsed = v.safeParse(actualsRecordSchema(this.#dataset), raw);
      if (!parsed.success) return { kind: 'unreadable', reason: parsed.issues[0].message };
      return { kind: 'ready', record: parsed.output as ActualsRecord };
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  /**
   * Replace the stored actuals by `values` (validated first; refused values change nothing).
   * @param expectedRevision the revision read (0 when none was stored)
   * @throws StorageFailure 'conflict' when another write came first; 'unknown' for invalid values
   */
  async write(
    values: readonly ActualValue[],
    expectedRevision: number,
    now = Date.now(),
  ): Promise<ActualsRecord> {
    const problem = checkActualValues(this.#dataset, values);
    if (problem !== null) throw new StorageFailure('unknown', `the actuals are not valid: ${problem}`);
    const record: ActualsRecord = {
      id: 'zone',
      revision: expectedRevision + 1,
      updatedAt: Math.trunc(now),
      values: sortActuals(this.#dataset, values).map((a) => ({
        key: a.key,
        year: a.year,
        value: a.value,
        source: { document: a.source.document, date: a.source.date },
        note: a.note,
      })),
    };
    try {
      const db = await this.#connection.write();
      const tx = db.transaction(STORES.actuals, 'readwrite');
      const current = await tx.store.get('zone');
      const revision = (current as { revision?: number } | undefined)?.revision ?? 0;
      if (revision !== expectedRevision) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new StorageFailure('conflict', `the actuals were changed elsewhere (revision ${revision})`);
      }
      await tx.store.put(record);
      await tx.done;
      return record;
    } catch (error) {
      throw error instanceof StorageFailure ? error : classifyStorageError(error);
    }
  }
}
