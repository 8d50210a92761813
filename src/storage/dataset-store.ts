import type { PlanDataset } from '../data/plan-types';
import { parseUserDataset } from '../dataset-format/dataset-schema';
import { parseDatasetVersion } from '../dataset-format/dataset-version';
import type { StorageConnection } from './connection';
import { STORES, type DatasetRecord } from './database';
import { StorageFailure, classifyStorageError } from './storage-errors';
import { markStoredDatasets } from './active-dataset';

/** What reading the stored datasets gave: the usable ones, and those left as they are with their reason. */
export interface StoredDatasets {
  /** Every usable version, by line then revision. */
  readonly datasets: readonly PlanDataset[];
  /** Versions this release cannot read (a newer release's, or damaged): never overwritten. */
  readonly unreadable: readonly { readonly version: string; readonly reason: string }[];
}

/** What adding datasets did. */
export interface DatasetsAdded {
  /** Versions written. */
  readonly added: readonly string[];
  /** Versions already stored with the same figures (nothing written). */
  readonly alreadyStored: readonly string[];
}

/**
 * The datasets planners make for later periods, in IndexedDB (store `datasets`, database version 6).
 * A version, once written, never changes: an edit is a new version. Every version is kept so that
 * each scenario opens on the version it was built on.
 */
export class DatasetStore {
  readonly #connection: StorageConnection;

  constructor(connection: StorageConnection) {
    this.#connection = connection;
  }

  /** Read every stored version. */
  async list(): Promise<StoredDatasets> {
    let raw: unknown[];
    try {
      const db = await this.#connection.read();
      raw = await db.getAll(STORES.datasets);
    } catch (error) {
      throw classifyStorageError(error);
    }
    const datasets: PlanDataset[] = [];
    const unreadable: { version: string; reason: string }[] = [];
    for (const record of raw) {
      const r = record as Partial<DatasetRecord>;
      const parsed = parseUserDataset(r.dataset);
      if (!parsed.ok) {
        unreadable.push({ version: String(r.version), reason: `${parsed.path}: ${parsed.message}` });
      } else if (parsed.dataset.version !== r.version) {
        unreadable.push({ version: String(r.version), reason: 'its key is not its dataset’s version' });
      } else datasets.push(parsed.dataset);
    }
    datasets.sort((a, b) => {
      const x = parseDatasetVersion(a.version)!;
      const y = parseDatasetVersion(b.version)!;
      return x.line === y.line ? x.revision - y.revision : x.line < y.line ? -1 : 1;
    });
    return { datasets, unreadable };
  }

  /**
   * Add versions, all or nothing, in one transaction. A version already stored with the same
   * figures is skipped; one stored with other figures refuses the whole write (`conflict`).
   * @throws StorageFailure 'unknown' for a dataset that fails its schema, 'conflict' as above
   */
  async add(datasets: readonly PlanDataset[], now = Date.now()): Promise<DatasetsAdded> {
    const records: DatasetRecord[] = [];
    for (const dataset of datasets) {
      const parsed = parseUserDataset(dataset);
      if (!parsed.ok) {
        throw new StorageFailure(
          'unknown',
          `dataset ${dataset.version} is not valid: ${parsed.path}: ${parsed.message}`,
        );
      }
      const { line, revision } = parseDatasetVersion(dataset.version)!;
      records.push({
        version: dataset.version,
        line,
        revision,
        savedAt: Math.trunc(now),
        dataset: parsed.dataset,
      });
    }
    try {
      const db = await this.#connection.write();
      const tx = db.transaction(STORES.datasets, 'readwrite');
      const added: string[] = [];
      const alreadyStored: string[] = [];
      for (const record of records) {
        const current = await tx.store.get(record.version);
        if (current === undefined) {
          await tx.store.put(record);
          added.push(record.version);
        } else if (JSON.stringify(current.dataset) === JSON.stringify(record.dataset)) {
          alreadyStored.push(record.version);
        } else {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new StorageFailure(
            'conflict',
            `version ${record.version} is already stored with other figures; nothing was written`,
          );
        }
      }
      await tx.done;
      if (added.length > 0) markStoredDatasets();
      return { added, alreadyStored };
    } catch (error) {
      throw error instanceof StorageFailure ? error : classifyStorageError(error);
    }
  }
}
