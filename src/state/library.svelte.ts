import { getContext } from 'svelte';
import type { Scenario } from '../scenario/scenario';
import type { ScenarioSummary } from '../engine/scenario-summary';
import type { Issue, ImportWarning } from '../scenario/issues';
import type { SavedScenario } from '../scenario-format/saved-scenario';
import type { StorageConnection, ConnectionState } from '../storage/connection';
import {
  RevisionConflict,
  compareVersions,
  type ScenarioFields,
  type ScenarioRepository,
} from '../storage/scenario-repository';
import { StorageFailure, classifyStorageError, type StorageFailureKind } from '../storage/storage-errors';
import { TabSync, type TabMessage } from '../storage/tab-sync';
import type { LibraryWorker } from '../worker-client/library-client';
import type { WorkbenchState } from './workbench.svelte';

/** How the library list is ordered. */
export type LibrarySort = 'updated' | 'name';

/** A message the library shows after an action (worded by the UI per language). */
export type LibraryMessage =
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'deleted'; readonly id: string; readonly name: string }
  | { readonly kind: 'restored'; readonly name: string }
  | { readonly kind: 'deletedElsewhere'; readonly name: string }
  | { readonly kind: 'imported'; readonly count: number; readonly warnings: readonly ImportWarning[] }
  | { readonly kind: 'importFailed'; readonly fileName: string; readonly issue: Issue }
  | { readonly kind: 'linkOpened'; readonly name: string }
  | { readonly kind: 'linkBad'; readonly issue: Issue }
  | { readonly kind: 'failure'; readonly failure: StorageFailureKind; readonly detail: string }
  | { readonly kind: 'invalid'; readonly detail: string };

/** Storage usage as the browser reports it. */
export interface StorageUsage {
  /** Whether the browser keeps the data under storage pressure; null when it cannot tell. */
  readonly persisted: boolean | null;
  /** Bytes used and available to the origin; null when unknown. */
  readonly usage: number | null;
  readonly quota: number | null;
}

/** What the library needs from outside. */
export interface LibraryDeps {
  /** Null when IndexedDB could not be opened: the library then works in memory only. */
  readonly connection: StorageConnection | null;
  readonly repository: ScenarioRepository | null;
  readonly workbench: WorkbenchState;
  readonly appVersion: string;
  readonly createWorker: () => LibraryWorker;
}

/** The scenario library: saved scenarios, saving, opening, and keeping tabs in step. */
export class LibraryState {
  items = $state.raw<readonly SavedScenario[]>([]);
  summaries = $state.raw<ReadonlyMap<string, ScenarioSummary>>(new Map());
  query = $state('');
  sort = $state<LibrarySort>('updated');
  selected = $state.raw<ReadonlySet<string>>(new Set());
  message = $state.raw<LibraryMessage | null>(null);
  /** A save that found the scenario changed elsewhere; the user chooses "save as copy" or "overwrite". */
  conflict = $state.raw<{ readonly current: SavedScenario } | null>(null);
  connectionState = $state<ConnectionState>('opening');
  /** A newer version of the app runs in another tab: this one stops writing and asks for a reload. */
  newerAppElsewhere = $state(false);
  usage = $state.raw<StorageUsage>({ persisted: null, usage: null, quota: null });
  loaded = $state(false);

  /** The list as shown: filtered by the query (name, notes, tags) and sorted. */
  visible = $derived.by(() => {
    const words = this.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const matches = this.items.filter((item) => {
      const text = `${item.name}\n${item.notes}\n${item.tags.join('\n')}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
    const sorted = [...matches];
    if (this.sort === 'name') sorted.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    else sorted.sort((a, b) => b.updatedAt - a.updatedAt);
    return sorted;
  });

  /** Whether saving works (IndexedDB open and writable here). */
  writable = $derived(
    (this.connectionState === 'open' || this.connectionState === 'blocked') && !this.newerAppElsewhere,
  );

  readonly #deps: LibraryDeps;
  readonly #sync: TabSync;
  #worker: LibraryWorker | null = null;
  #persistAsked = false;
  /** Scenarios kept in memory when storage is unavailable. */
  #memory: SavedScenario[] = [];
  /** Scenarios deleted in memory, for undo. */
  readonly #trashedInMemory = new Map<string, SavedScenario>();
  /** Summary of each record at a revision. */
  readonly #summaryCache = new Map<string, { revision: number; summary: ScenarioSummary }>();

  constructor(deps: LibraryDeps) {
    this.#deps = deps;
    this.#sync = new TabSync((message) => void this.#onTabMessage(message));
    if (deps.connection === null) this.connectionState = 'unavailable';
    else {
      this.connectionState = deps.connection.state;
      deps.connection.subscribe((state) => (this.connectionState = state));
    }
  }

  /** The repository, or null when storage is unavailable and the library works in memory. */
  get #repository(): ScenarioRepository | null {
    return this.connectionState === 'unavailable' ? null : this.#deps.repository;
  }

  /** Refuse writes once a newer app version runs in another tab; true when refused. */
  #refuseWrite(): boolean {
    if (!this.newerAppElsewhere) return false;
    this.message = { kind: 'failure', failure: 'newerVersion', detail: '' };
    return true;
  }

  /** Read the list, announce this tab's version, and keep up with other tabs. */
  async start(): Promise<void> {
    this.#sync.post({ type: 'hello', appVersion: this.#deps.appVersion });
    if (this.#deps.connection !== null) await this.#deps.connection.read().catch(() => undefined);
    if (this.#repository !== null) {
      try {
        const newest = await this.#repository.registerAppVersion();
        if (compareVersions(newest, this.#deps.appVersion) > 0) this.#stopWriting();
      } catch {
        // reported through the connection state
      }
    }
    await this.refresh();
    await this.refreshUsage();
  }

  /** Re-read the list (after changes elsewhere, and when the window regains focus). */
  async refresh(): Promise<void> {
    const repository = this.#repository;
    let next: readonly SavedScenario[];
    if (repository === null) {
      next = [...this.#memory];
    } else {
      try {
        next = await repository.list();
      } catch (error) {
        this.#fail(error);
        return;
      }
    }
    this.loaded = true;
    // Keep the same list (and so the same rendered items) when nothing changed.
    if (!sameRecords(this.items, next)) this.items = next;
    const ids = new Set(this.items.map((item) => item.id));
    if ([...this.selected].some((id) => !ids.has(id))) {
      this.selected = new Set([...this.selected].filter((id) => ids.has(id)));
    }
    await this.#summarize();
  }

  /** Read one saved scenario; undefined when it does not exist or storage is unavailable. */
  async find(id: string): Promise<SavedScenario | undefined> {
    if (this.#repository === null) return this.#memory.find((item) => item.id === id);
    return this.#repository.get(id).catch(() => undefined);
  }

  /** Ask the browser how much storage is used and whether it is persistent. */
  async refreshUsage(): Promise<void> {
    const storage = globalThis.navigator?.storage;
    if (storage === undefined) return;
    const [estimate, persisted] = await Promise.all([
      storage.estimate?.().catch(() => undefined),
      storage.persisted?.().catch(() => null),
    ]);
    this.usage = {
      persisted: persisted ?? null,
      usage: estimate?.usage ?? null,
      quota: estimate?.quota ?? null,
    };
  }

  /**
   * Save the working scenario: over its saved version if it has one (only if nobody saved it in
   * between), else as a new scenario with the given fields.
   */
  async saveWorking(fields?: ScenarioFields): Promise<boolean> {
    if (this.#refuseWrite()) return false;
    const workbench = this.#deps.workbench;
    const scenario = $state.snapshot(workbench.scenario) as Scenario;
    const origin = workbench.origin;
    if (origin === null || fields !== undefined) {
      if (fields === undefined) return false;
      return this.#create(fields, scenario);
    }
    const repository = this.#repository;
    if (repository === null) return this.#create({ name: origin.name, notes: '', tags: [] }, scenario);
    try {
      const record = await repository.update(origin.id, origin.revision, { scenario });
      this.#afterSave(record);
      return true;
    } catch (error) {
      if (error instanceof RevisionConflict) {
        this.conflict = { current: error.current };
        return false;
      }
      if (error instanceof StorageFailure && error.kind === 'notFound') {
        this.message = { kind: 'deletedElsewhere', name: origin.name };
        workbench.detachOrigin();
        return false;
      }
      this.#fail(error);
      return false;
    }
  }

  /** Resolve a save conflict: keep the other change and save this one as a copy, or overwrite it. */
  async resolveConflict(choice: 'copy' | 'overwrite' | 'cancel', copyName: string): Promise<void> {
    const conflict = this.conflict;
    this.conflict = null;
    if (conflict === null || choice === 'cancel') return;
    const workbench = this.#deps.workbench;
    const scenario = $state.snapshot(workbench.scenario) as Scenario;
    if (choice === 'copy') {
      await this.#create(
        { name: copyName, notes: conflict.current.notes, tags: conflict.current.tags },
        scenario,
      );
      return;
    }
    if (this.#refuseWrite() || this.#repository === null) return;
    try {
      const record = await this.#repository.update(conflict.current.id, null, { scenario });
      this.#afterSave(record);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Open a saved scenario as the working scenario. */
  open(record: SavedScenario): void {
    this.#deps.workbench.loadScenario(record.scenario, {
      id: record.id,
      revision: record.revision,
      name: record.name,
    });
  }

  /** Save a copy of a scenario under a new name. */
  async duplicate(record: SavedScenario, name: string): Promise<void> {
    await this.#create(
      { name, notes: record.notes, tags: record.tags },
      structuredClone(record.scenario),
      false,
    );
  }

  /** Rename a scenario (and change its notes and tags). */
  async edit(record: SavedScenario, fields: ScenarioFields): Promise<boolean> {
    if (this.#refuseWrite()) return false;
    const repository = this.#repository;
    if (repository === null) {
      this.#memory = this.#memory.map((item) =>
        item.id === record.id ? { ...item, ...fields, tags: [...fields.tags] } : item,
      );
      await this.refresh();
      return true;
    }
    try {
      const saved = await repository.update(record.id, record.revision, fields);
      const origin = this.#deps.workbench.origin;
      if (origin?.id === saved.id) {
        this.#deps.workbench.origin = { id: saved.id, revision: saved.revision, name: saved.name };
      }
      this.#sync.post({ type: 'saved', id: saved.id, revision: saved.revision });
      await this.refresh();
      return true;
    } catch (error) {
      if (error instanceof RevisionConflict) {
        this.message = { kind: 'failure', failure: 'conflict', detail: error.current.name };
        await this.refresh();
        return false;
      }
      this.#fail(error);
      return false;
    }
  }

  /** Delete a scenario; it can be brought back with {@link undoDelete} while the message shows. */
  async remove(record: SavedScenario): Promise<void> {
    if (this.#refuseWrite()) return;
    const repository = this.#repository;
    try {
      if (repository === null) {
        this.#memory = this.#memory.filter((item) => item.id !== record.id);
        this.#trashedInMemory.set(record.id, record);
      } else await repository.delete(record.id);
      this.message = { kind: 'deleted', id: record.id, name: record.name };
      this.#sync.post({ type: 'deleted', id: record.id, name: record.name });
      await this.refresh();
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Bring back the scenario deleted last. */
  async undoDelete(id: string): Promise<void> {
    if (this.#refuseWrite()) return;
    const repository = this.#repository;
    if (repository === null) {
      const record = this.#trashedInMemory.get(id);
      if (record === undefined) return;
      this.#trashedInMemory.delete(id);
      this.#memory = [...this.#memory, record];
      this.message = { kind: 'restored', name: record.name };
      await this.refresh();
      return;
    }
    try {
      const record = await repository.restore(id);
      this.message = { kind: 'restored', name: record.name };
      this.#sync.post({ type: 'listChanged' });
      await this.refresh();
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Add scenarios that were checked and given free ids, all or nothing. */
  async addImported(
    records: readonly SavedScenario[],
    warnings: readonly ImportWarning[] = [],
  ): Promise<boolean> {
    const repository = this.#deps.repository;
    try {
      if (repository === null) this.#memory = [...this.#memory, ...records];
      else await repository.addAll(records);
      this.message = { kind: 'imported', count: records.length, warnings };
      this.#sync.post({ type: 'listChanged' });
      await this.refresh();
      return true;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  /** Select or unselect a scenario (for export). */
  toggleSelected(id: string): void {
    const next = new Set(this.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected = next;
  }

  /** Select every shown scenario, or none. */
  selectAll(all: boolean): void {
    this.selected = all ? new Set(this.visible.map((item) => item.id)) : new Set();
  }

  /** Stop listening to other tabs and free the worker. */
  dispose(): void {
    this.#sync.close();
    this.#worker?.terminate();
  }

  async #create(fields: ScenarioFields, scenario: Scenario, makeWorking = true): Promise<boolean> {
    if (this.#refuseWrite()) return false;
    const repository = this.#repository;
    try {
      let record: SavedScenario;
      if (repository === null) {
        const { createSavedScenario } = await import('../scenario-format/saved-scenario');
        record = createSavedScenario(
          { ...fields, scenario },
          { now: Date.now(), appVersion: this.#deps.appVersion },
        );
        this.#memory = [...this.#memory, record];
      } else {
        record = await repository.create(fields, scenario);
      }
      if (makeWorking) this.#afterSave(record);
      else {
        this.message = { kind: 'saved', name: record.name };
        this.#sync.post({ type: 'saved', id: record.id, revision: record.revision });
        await this.refresh();
      }
      return true;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  #afterSave(record: SavedScenario): void {
    this.#deps.workbench.markSaved(
      { id: record.id, revision: record.revision, name: record.name },
      record.scenario,
    );
    this.message = { kind: 'saved', name: record.name };
    this.#sync.post({ type: 'saved', id: record.id, revision: record.revision });
    void this.refresh();
    if (!this.#persistAsked && this.#repository !== null) {
      this.#persistAsked = true;
      void globalThis.navigator?.storage?.persist?.().then(
        () => this.refreshUsage(),
        () => undefined,
      );
    } else void this.refreshUsage();
  }

  #fail(error: unknown): void {
    if (error instanceof Error && error.name === 'InvalidRecord') {
      this.message = { kind: 'invalid', detail: error.message };
      return;
    }
    const failure = classifyStorageError(error);
    this.message = { kind: 'failure', failure: failure.kind, detail: failure.message };
  }

  async #onTabMessage(message: TabMessage): Promise<void> {
    if (message.type === 'hello') {
      if (compareVersions(message.appVersion, this.#deps.appVersion) > 0) await this.#stopWriting();
      return;
    }
    if (message.type === 'deleted' && this.#deps.workbench.origin?.id === message.id) {
      this.message = { kind: 'deletedElsewhere', name: message.name };
      this.#deps.workbench.detachOrigin();
    }
    await this.refresh();
  }

  /** A newer app version owns the data now: write the draft one last time, then stop writing. */
  async #stopWriting(): Promise<void> {
    await this.#deps.workbench.flush();
    this.#deps.workbench.suspendWrites();
    this.newerAppElsewhere = true;
  }

  async #summarize(): Promise<void> {
    const items = this.items;
    // Summaries are kept per record revision: only new or changed records go to the worker.
    const missing = items.filter((item) => this.#summaryCache.get(item.id)?.revision !== item.revision);
    if (missing.length > 0) {
      try {
        this.#worker ??= this.#deps.createWorker();
        const summaries = await this.#worker.api.summarize(missing.map((item) => item.scenario));
        missing.forEach((item, index) =>
          this.#summaryCache.set(item.id, { revision: item.revision, summary: summaries[index]! }),
        );
      } catch {
        return;
      }
    }
    if (items !== this.items) return; // a newer list is being summarized
    const ids = new Set(items.map((item) => item.id));
    for (const id of this.#summaryCache.keys()) if (!ids.has(id)) this.#summaryCache.delete(id);
    if (missing.length > 0 || this.summaries.size !== items.length) {
      this.summaries = new Map(items.map((item) => [item.id, this.#summaryCache.get(item.id)!.summary]));
    }
  }
}

/** Whether two lists hold the same records at the same revisions, in the same order. */
function sameRecords(a: readonly SavedScenario[], b: readonly SavedScenario[]): boolean {
  return (
    a.length === b.length &&
    a.every((item, index) => item.id === b[index]!.id && item.revision === b[index]!.revision)
  );
}

const KEY = Symbol('library');

/** The context entry that makes the library available to a component tree mounted with it. */
export function libraryContext(library: LibraryState): [symbol, LibraryState] {
  return [KEY, library];
}

/** Get the library of the component tree. */
export function getLibrary(): LibraryState {
  return getContext<LibraryState>(KEY);
}
