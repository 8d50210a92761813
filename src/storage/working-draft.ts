import type { PlanDataset } from '../data/plan-types';
import type { Issue } from '../scenario/issues';
import { SCENARIO_SCHEMA_VERSION } from '../scenario/shape-version';
import type { Scenario } from '../scenario/scenario';
import type { StorageConnection } from './connection';
import { STORES, type DraftOrigin, type DraftRecord, type KeptDraftRecord } from './database';
import { classifyStorageError } from './storage-errors';

/** The stored working draft: the scenario being edited, kept across reloads. */
export interface StoredDraft {
  readonly scenario: Scenario;
  readonly savedAt: number;
  /** The saved scenario the draft was opened from; null for a draft from the plan defaults or a link. */
  readonly origin: DraftOrigin | null;
  /** The shape version the draft was migrated from as it was read; null when it was current. */
  readonly migratedFrom: number | null;
}

/** A stored draft this release cannot use, and why. It stays in storage (see {@link WorkingDraftStore.keepAside}). */
export interface HeldDraft {
  /** `newer`: written by a newer release; `unreadable`: a migration step failed or it breaks the schema. */
  readonly reason: 'newer' | 'unreadable';
  readonly issues: readonly Issue[];
  /** The draft record exactly as stored. */
  readonly raw: unknown;
  /** The draft's scenario as this release reads it, where it can (a newer draft may still open read-only). */
  readonly readable: Scenario | null;
}

/** What reading the working draft gave. */
export type DraftRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ready'; readonly draft: StoredDraft }
  | ({ readonly kind: 'held' } & HeldDraft);

/** A draft kept aside, as listed to the user. */
export interface KeptDraft {
  readonly id: KeptDraftRecord['id'];
  readonly keptAt: number;
  readonly reason: KeptDraftRecord['reason'];
  readonly record: unknown;
}

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The key of the working draft of a dataset version: 'working' for the embedded plan's. */
export function draftKeyOf(version: string | null): DraftRecord['id'] {
  return version === null ? 'working' : `working@${version}`;
}

/** Read and write the working draft. Plain data in and out; drafts of older shapes are migrated as read. */
export class WorkingDraftStore {
  readonly #connection: StorageConnection;
  readonly #dataset: PlanDataset;
  readonly #key: DraftRecord['id'];

  /**
   * @param dataset the plan dataset drafts are migrated to and checked against
   * @param key the draft's key: 'working' for the embedded plan; a planner's period has its own
   *   (`working@<version>`, {@link draftKeyOf}), so that opening one period never overwrites another's draft
   */
  constructor(connection: StorageConnection, dataset: PlanDataset, key: DraftRecord['id'] = 'working') {
    this.#connection = connection;
    this.#dataset = dataset;
    this.#key = key;
  }

  /**
   * Read the working draft and bring it to the current shape. A draft this release cannot use is
   * reported `held` with its reason and left as it is: call {@link keepAside} before writing a new one.
   * @throws StorageFailure when storage is unavailable.
   */
  async load(): Promise<DraftRead> {
    // The migrations (and the schema they check with) load while the database opens.
    const [migrations, db] = await Promise.all([import('../scenario/migrations'), this.#connection.read()]);
    let record: unknown;
    try {
      record = await db.get(STORES.drafts, this.#key);
    } catch (error) {
      throw classifyStorageError(error);
    }
    if (record === undefined) return { kind: 'none' };
    const r = isPlain(record) ? record : {};
    const migrated = migrations.migrateScenario(r['scenario'], r['schemaVersion'], this.#dataset);
    if (!migrated.ok) {
      let readable: Scenario | null = null;
      if (migrated.reason === 'newer') {
        // A newer shape may still be one this release can read (fields it does not know are kept).
        const { parseScenario } = await import('../scenario/schema');
        const parsed = parseScenario(r['scenario'], this.#dataset);
        readable = parsed.ok ? parsed.value : null;
      }
      return {
        kind: 'held',
        reason: migrated.reason === 'newer' ? 'newer' : 'unreadable',
        issues: migrated.issues,
        raw: record,
        readable,
      };
    }
    const origin = isPlain(r['origin']) ? (r['origin'] as unknown as DraftOrigin) : null;
    return {
      kind: 'ready',
      draft: {
        scenario: migrated.scenario,
        savedAt: typeof r['savedAt'] === 'number' ? r['savedAt'] : 0,
        origin:
          origin !== null && typeof origin.id === 'string' && typeof origin.revision === 'number'
            ? origin
            : null,
        migratedFrom: migrated.migratedFrom,
      },
    };
  }

  /**
   * Write the working draft; resolves only once the transaction has committed (`tx.done`).
   * @param scenario plain data (never a Svelte proxy).
   * @throws StorageFailure ('quota', 'closed', 'newerVersion', …); the stored draft is then unchanged.
   */
  async save(scenario: Scenario, origin: DraftOrigin | null = null, now = Date.now()): Promise<void> {
    // No module is loaded here: on pagehide the write must start before the page goes.
    const db = await this.#connection.write();
    try {
      const tx = db.transaction(STORES.drafts, 'readwrite');
      const record: DraftRecord = {
        schemaVersion: SCENARIO_SCHEMA_VERSION,
        id: this.#key,
        savedAt: now,
        scenario,
        origin,
      };
      const put = tx.store.put(record);
      // Commit at once rather than when the event loop idles: on pagehide the page may not get that far.
      tx.commit?.();
      await Promise.all([put, tx.done]);
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  /**
   * Move the stored working draft aside, exactly as it is, under a `kept:` key (one transaction), so
   * that writing a new draft never destroys it. Nothing happens when there is no working draft.
   * @returns the key it was kept under, or null when there was none.
   * @throws StorageFailure when storage refuses the write; the draft is then where it was.
   */
  async keepAside(
    reason: KeptDraftRecord['reason'],
    now = Date.now(),
  ): Promise<KeptDraftRecord['id'] | null> {
    const db = await this.#connection.write();
    try {
      const tx = db.transaction(STORES.drafts, 'readwrite');
      const record = await tx.store.get(this.#key);
      if (record === undefined) {
        await tx.done;
        return null;
      }
      let keptAt = now;
      while ((await tx.store.get(`kept:${keptAt}`)) !== undefined) keptAt++;
      const kept: KeptDraftRecord = { id: `kept:${keptAt}`, keptAt, reason, record };
      await Promise.all([tx.store.put(kept), tx.store.delete(this.#key), tx.done]);
      return kept.id;
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  /** The drafts kept aside, oldest first. */
  async listKept(): Promise<KeptDraft[]> {
    const db = await this.#connection.read();
    try {
      const all = await db.getAll(STORES.drafts);
      return all
        .filter((record): record is KeptDraftRecord => String(record.id).startsWith('kept:'))
        .map(({ id, keptAt, reason, record }) => ({ id, keptAt, reason, record }))
        .sort((a, b) => a.keptAt - b.keptAt);
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  /** Delete a kept draft (the user chose to, after it was shown). */
  async deleteKept(id: KeptDraftRecord['id']): Promise<void> {
    const db = await this.#connection.write();
    try {
      const tx = db.transaction(STORES.drafts, 'readwrite');
      await Promise.all([tx.store.delete(id), tx.done]);
    } catch (error) {
      throw classifyStorageError(error);
    }
  }
}
