import type { PlanDataset } from '../data/plan-types';
import type { Scenario } from '../scenario/scenario';
import type { SavedScenario } from '../scenario-format/saved-scenario';
import type { TrashRecord } from './database';
import {
  InvalidRecord,
  RevisionConflict,
  type LibraryContents,
  type ScenarioFields,
  type ScenarioRepository,
} from './scenario-repository';
import { StorageFailure } from './storage-errors';

/** What the library needs of a store of saved scenarios: IndexedDB's repository, or this one in memory. */
export type ScenarioStore = Pick<
  ScenarioRepository,
  'list' | 'get' | 'create' | 'update' | 'duplicate' | 'delete' | 'restore' | 'importAll'
>;

const recordFormat = () => import('../scenario-format/saved-scenario');

/**
 * The scenario library in memory, for a browser where IndexedDB cannot be opened (private mode, a
 * broken profile): the same operations and checks as the IndexedDB repository, lost when the tab
 * closes (the app says so and offers a file export).
 */
export class MemoryRepository implements ScenarioStore {
  readonly #appVersion: string;
  readonly #dataset: PlanDataset;
  #records: SavedScenario[] = [];
  readonly #trash = new Map<string, SavedScenario>();

  constructor(appVersion: string, dataset: PlanDataset) {
    this.#appVersion = appVersion;
    this.#dataset = dataset;
  }

  async list(): Promise<LibraryContents> {
    return { records: [...this.#records], held: [] };
  }

  async get(id: string): Promise<SavedScenario | undefined> {
    return this.#records.find((record) => record.id === id);
  }

  async create(fields: ScenarioFields, scenario: Scenario, now = Date.now()): Promise<SavedScenario> {
    const format = await recordFormat();
    const record = this.#checked(
      format,
      format.createSavedScenario({ ...fields, scenario }, { now, appVersion: this.#appVersion }),
    );
    this.#records = [...this.#records, record];
    return record;
  }

  async update(
    id: string,
    expectedRevision: number | null,
    changes: Partial<ScenarioFields> & { readonly scenario?: Scenario },
    now = Date.now(),
  ): Promise<SavedScenario> {
    const format = await recordFormat();
    const current = await this.get(id);
    if (current === undefined) throw new StorageFailure('notFound', `no saved scenario has the id ${id}`);
    if (expectedRevision !== null && current.revision !== expectedRevision) {
      throw new RevisionConflict(current, expectedRevision);
    }
    const next = this.#checked(
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
    this.#records = this.#records.map((record) => (record.id === id ? next : record));
    return next;
  }

  async duplicate(id: string, name: string, now = Date.now()): Promise<SavedScenario> {
    const source = await this.get(id);
    if (source === undefined) throw new StorageFailure('notFound', `no saved scenario has the id ${id}`);
    return this.create({ name, notes: source.notes, tags: source.tags }, source.scenario, now);
  }

  async delete(id: string, now = Date.now()): Promise<TrashRecord> {
    const record = await this.get(id);
    if (record === undefined) throw new StorageFailure('notFound', `no saved scenario has the id ${id}`);
    this.#records = this.#records.filter((item) => item.id !== id);
    this.#trash.set(id, record);
    return { id, deletedAt: now, record };
  }

  async restore(id: string): Promise<SavedScenario> {
    const record = this.#trash.get(id);
    if (record === undefined)
      throw new StorageFailure('notFound', `the trash has no scenario with the id ${id}`);
    this.#trash.delete(id);
    this.#records = [...this.#records, record];
    return record;
  }

  async importAll(
    add: readonly SavedScenario[],
    replace: readonly SavedScenario[] = [],
    now = Date.now(),
  ): Promise<void> {
    const format = await recordFormat();
    for (const record of add) {
      this.#checked(format, record);
      if (this.#records.some((item) => item.id === record.id)) {
        throw new StorageFailure('unknown', `a saved scenario already has the id ${record.id}`);
      }
    }
    const replaced = new Map<string, SavedScenario>();
    for (const incoming of replace) {
      const current = await this.get(incoming.id);
      if (current === undefined)
        throw new StorageFailure('notFound', `no saved scenario has the id ${incoming.id}`);
      const { name, notes, tags, scenario } = incoming;
      replaced.set(
        incoming.id,
        this.#checked(
          format,
          format.reviseSavedScenario(
            current,
            { name, notes, tags: [...tags], scenario },
            { now, appVersion: this.#appVersion },
          ),
        ),
      );
    }
    this.#records = [...this.#records.map((record) => replaced.get(record.id) ?? record), ...add];
  }

  #checked(format: Awaited<ReturnType<typeof recordFormat>>, record: SavedScenario): SavedScenario {
    const result = format.parseSavedScenario(record, this.#dataset);
    if (!result.ok) throw new InvalidRecord(result.issues);
    return record;
  }
}
