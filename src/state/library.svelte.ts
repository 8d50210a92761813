import { getContext } from 'svelte';
import type { Scenario } from '../scenario/scenario';
import type { ImportWarning } from '../scenario/issues';
import type { SavedScenario } from '../scenario-format/saved-scenario';
import type { StorageConnection, ConnectionState } from '../storage/connection';
import {
  RevisionConflict,
  compareVersions,
  type HeldRecord,
  type ScenarioFields,
  type ScenarioRepository,
} from '../storage/scenario-repository';
import type { KeptDraft, WorkingDraftStore } from '../storage/working-draft';
import { MemoryRepository, type ScenarioStore } from '../storage/memory-repository';
import { StorageFailure } from '../storage/storage-errors';
import { TabSync, type TabMessage } from '../storage/tab-sync';
import type { LibraryWorker } from '../worker-client/library-client';
import { FileImport } from './file-import.svelte';
import {
  messageOfError,
  visibleRecords,
  type LibraryMessage,
  type LibrarySort,
  type StorageUsage,
} from './library-messages';
import { StorageUsageState } from './storage-usage.svelte';
import { HeldRecordsState } from './held-records.svelte';
import { LibrarySummaries } from './library-summaries.svelte';
import type { WorkbenchState } from './workbench.svelte';

/** What the library needs from outside. */
export interface LibraryDeps {
  /** Null when IndexedDB could not be opened: the library then works in memory only. */
  readonly connection: StorageConnection | null;
  readonly repository: ScenarioRepository | null;
  /** The working draft's store, for the drafts kept aside; null without storage. */
  readonly draftStore?: WorkingDraftStore | null;
  readonly workbench: WorkbenchState;
  readonly appVersion: string;
  readonly createWorker: () => LibraryWorker;
}

/** The scenario library: saved scenarios, saving, opening, and keeping tabs in step. */
export class LibraryState {
  items = $state.raw<readonly SavedScenario[]>([]);
  query = $state('');
  sort = $state<LibrarySort>('updated');
  selected = $state.raw<ReadonlySet<string>>(new Set());
  message = $state.raw<LibraryMessage | null>(null);
  /** A save that found the scenario changed elsewhere; the user chooses "save as copy" or "overwrite". */
  conflict = $state.raw<{ readonly current: SavedScenario } | null>(null);
  connectionState = $state<ConnectionState>('opening');
  /** A newer version of the app runs in another tab: this one stops writing and asks for a reload. */
  newerAppElsewhere = $state(false);
  loaded = $state(false);

  /** The list as shown: filtered by the query (name, notes, tags) and sorted. */
  visible = $derived(visibleRecords(this.items, this.query, this.sort));

  /** Whether saving works (IndexedDB open and writable here). */
  writable = $derived(
    (this.connectionState === 'open' || this.connectionState === 'blocked') && !this.newerAppElsewhere,
  );

  /** Importing files into the library (with the choice for scenarios it already holds). */
  readonly importer: FileImport;
  /** What each saved scenario changes and achieves, in plain words (computed in a worker). */
  readonly summaryOf: LibrarySummaries;
  /** What storage holds that this version cannot use: shown, never changed. */
  readonly held: HeldRecordsState;

  readonly #deps: LibraryDeps;
  readonly #sync: TabSync;
  /** Where the library lives when IndexedDB is unavailable: memory, for this tab's life. */
  readonly #memory: MemoryRepository;
  readonly #usage = new StorageUsageState();

  constructor(deps: LibraryDeps) {
    this.#deps = deps;
    this.importer = new FileImport(this, deps.workbench.dataset);
    this.summaryOf = new LibrarySummaries(deps.createWorker);
    this.held = new HeldRecordsState(deps.draftStore ?? null, deps.workbench.dataset);
    this.#memory = new MemoryRepository(deps.appVersion, deps.workbench.dataset);
    this.#sync = new TabSync((message) => void this.#onTabMessage(message));
    if (deps.connection === null) this.connectionState = 'unavailable';
    else {
      this.connectionState = deps.connection.state;
      deps.connection.subscribe((state) => (this.connectionState = state));
    }
  }

  /** Storage used and whether it is persistent, as the browser reports it. */
  get usage(): StorageUsage {
    return this.#usage.current;
  }

  /** Summary of each listed scenario, by id. */
  get summaries() {
    return this.summaryOf.byId;
  }

  /** The IndexedDB repository, or null when storage is unavailable. */
  get #repository(): ScenarioRepository | null {
    return this.connectionState === 'unavailable' ? null : this.#deps.repository;
  }

  /** Where saved scenarios are kept: IndexedDB, or memory when it is unavailable. */
  get #store(): ScenarioStore {
    return this.#repository ?? this.#memory;
  }

  /** Whether the library is kept in memory only (IndexedDB unavailable). */
  get inMemory(): boolean {
    return this.#repository === null;
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
    let next: readonly SavedScenario[];
    try {
      const contents = await this.#store.list();
      next = contents.records;
      if (!this.inMemory) await this.held.update(contents);
    } catch (error) {
      this.#fail(error);
      return;
    }
    this.loaded = true;
    // Keep the same list (and so the same rendered items) when nothing changed.
    if (!sameRecords(this.items, next)) this.items = next;
    const ids = new Set(this.items.map((item) => item.id));
    if ([...this.selected].some((id) => !ids.has(id))) {
      this.selected = new Set([...this.selected].filter((id) => ids.has(id)));
    }
    await this.summaryOf.update(this.items);
  }

  /** Read one saved scenario; undefined when it does not exist or cannot be read. */
  async find(id: string): Promise<SavedScenario | undefined> {
    return this.#store.get(id).catch(() => undefined);
  }

  /** Ask the browser how much storage is used and whether it is persistent. */
  refreshUsage(): Promise<void> {
    return this.#usage.refresh();
  }

  /**
   * Save the working scenario: over its saved version if it has one (only if nobody saved it in
   * between), else as a new scenario with the given fields.
   */
  async saveWorking(fields?: ScenarioFields): Promise<boolean> {
    if (this.#refuseWrite()) return false;
    const workbench = this.#deps.workbench;
    const scenario = workbench.scenario;
    const origin = workbench.origin;
    if (origin === null || fields !== undefined) {
      if (fields === undefined) return false;
      return this.#create(fields, scenario);
    }
    try {
      const record = await this.#store.update(origin.id, origin.revision, { scenario });
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
    const scenario = workbench.scenario;
    if (choice === 'copy') {
      await this.#create(
        { name: copyName, notes: conflict.current.notes, tags: conflict.current.tags },
        scenario,
      );
      return;
    }
    if (this.#refuseWrite()) return;
    try {
      const record = await this.#store.update(conflict.current.id, null, { scenario });
      this.#afterSave(record);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Opens a record built on another known dataset version on that version (a reload); false: here. */
  openElsewhere: ((record: SavedScenario) => boolean) | null = null;

  /** Open a saved scenario as the working scenario (on the version it was built on, when that is another). */
  open(record: SavedScenario): void {
    if (this.openElsewhere?.(record) === true) return;
    const { id, revision, name } = record;
    this.#deps.workbench.loadScenario(record.scenario, { id, revision, name });
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
    try {
      const saved = await this.#store.update(record.id, record.revision, fields);
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
    try {
      await this.#store.delete(record.id);
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
    try {
      const record = await this.#store.restore(id);
      this.message = { kind: 'restored', name: record.name };
      this.#sync.post({ type: 'listChanged' });
      await this.refresh();
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * Write an import, all or nothing: `add` (checked records with free ids) and `replace` (the file's
   * version of records the library holds); `skipped` is reported.
   */
  async applyImport(
    add: readonly SavedScenario[],
    replace: readonly SavedScenario[],
    skipped: number,
    warnings: readonly ImportWarning[] = [],
  ): Promise<boolean> {
    if (this.#refuseWrite()) return false;
    try {
      await this.#store.importAll(add, replace);
      this.message = { kind: 'imported', count: add.length, replaced: replace.length, skipped, warnings };
      this.#sync.post({ type: 'listChanged' });
      await this.refresh();
      return true;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  /** Delete a working draft that was kept aside (the user chose to). */
  async deleteKeptDraft(id: KeptDraft['id']): Promise<void> {
    await this.held.deleteKeptDraft(id).catch((error: unknown) => this.#fail(error));
  }

  /** Open a record written by a newer version read-only, where this version can read its assumptions. */
  async openHeld(record: HeldRecord): Promise<boolean> {
    const scenario = await this.held.readable(record);
    if (scenario !== null) this.#deps.workbench.startPreview(scenario, record.name, true);
    return scenario !== null;
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
    this.summaryOf.dispose();
  }

  async #create(fields: ScenarioFields, scenario: Scenario, makeWorking = true): Promise<boolean> {
    if (this.#refuseWrite()) return false;
    try {
      const record = await this.#store.create(fields, scenario);
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
    this.#usage.afterSave(this.#repository !== null);
  }

  #fail(error: unknown): void {
    this.message = messageOfError(error);
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
