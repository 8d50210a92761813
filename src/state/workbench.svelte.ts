import { getContext } from 'svelte';
import type { LeverId } from '../data/levers';
import { CLUSTER_IDS, type ClusterId, type PlanDataset } from '../data/plan-types';
import type { Issue } from '../scenario/issues';
import { startScenario } from './start-scenario';
import type { Scenario } from '../scenario/scenario';
import { scenariosEqual } from '../scenario/updates';
import type { DraftOrigin } from '../storage/database';
import type { DraftRead, WorkingDraftStore } from '../storage/working-draft';
import type { ClientStatus, PlanOverview, ProjectionResult } from '../worker-client/projection-client';
import { DraftAutosaver, type DraftState } from './draft-autosaver.svelte';
import { ProjectionFeed } from './projection-feed.svelte';
import { ReferenceResults } from './reference-results.svelte';
import { ScenarioEdits } from './scenario-edits';
import { UndoHistory } from './undo-history.svelte';

import type { StartupNotice, StorageStatus, WorkbenchDeps, WorkingOrigin } from './workbench-types';

export { AUTOSAVE_DELAY_MS, type DraftState } from './draft-autosaver.svelte';
export type { StartupNotice, StorageStatus, WorkbenchDeps, WorkingOrigin } from './workbench-types';
export { UNDO_LIMIT, UNDO_MERGE_MS } from './undo-history.svelte';

/**
 * The workbench's state: the working scenario — immutable, replaced whole by pure updaters
 * (src/scenario/updates.ts) — its latest projection, its undo history and its autosaved draft.
 */
export class WorkbenchState {
  readonly dataset: PlanDataset;
  /** The working scenario; never changed in place: edit it only through the methods below. */
  scenario = $state.raw<Scenario>() as Scenario;

  notice = $state.raw<StartupNotice>(null);
  selectedCluster = $state<ClusterId>('newMaterials');
  /** The saved scenario the draft came from; null for the plan defaults or an unsaved copy. */
  origin = $state.raw<WorkingOrigin | null>(null);
  /** A scenario shown without touching the stored draft (from a share link, or a newer version's draft). */
  preview = $state.raw<{ readonly name: string; readonly readOnly: boolean } | null>(null);
  /** What the scenario is compared with to tell unsaved changes: its saved version, or the defaults; null: always unsaved. */
  #baseline = $state.raw<Scenario | null>(null);
  /** Whether the working scenario, opened from no saved scenario or link, is its reference unchanged. */
  readonly atReference = $derived.by(() => {
    if (this.origin !== null || this.preview !== null) return false;
    const id = this.scenario.reference;
    const reference =
      this.references.of(id)?.scenario ?? (id === this.#defaults.reference ? this.#defaults : null);
    return reference !== null && scenariosEqual(this.scenario, reference);
  });
  /**
   * Whether the working scenario differs from its saved version, or — never saved — from the start
   * scenario; a reference scenario started from and left unchanged has nothing to save either.
   */
  dirty = $derived(
    this.#baseline === null || (!scenariosEqual(this.scenario, this.#baseline) && !this.atReference),
  );

  readonly history: UndoHistory<Scenario>;
  readonly autosaver: DraftAutosaver;
  /** Every change a user can make to the working scenario (levers, projects, indicators …). */
  readonly edits: ScenarioEdits;
  readonly #defaults: Scenario;
  /** The projection of the working scenario as shown (result, overview, worker status). */
  readonly projection: ProjectionFeed;
  /** The reference scenarios with their results, from the worker, asked for on first use. */
  readonly references: ReferenceResults;
  readonly #store: WorkingDraftStore | null;
  readonly #storage: StorageStatus | undefined;
  /** What the draft was compared with before a link preview, to return to. */
  #beforePreview: { origin: WorkingOrigin | null; baseline: Scenario | null } | null = null;
  /** Edits were made while the stored draft could not be read yet (storage blocked). */
  #editedBeforeLoad = false;
  #loaded = false;

  constructor(deps: WorkbenchDeps) {
    this.dataset = deps.dataset;
    const given = deps.startProjection ?? null;
    const start = given !== null && given.datasetVersion === deps.dataset.version ? given : null;
    // The scenario the app opens on, and that "reset" returns to (src/state/start-scenario.ts).
    this.#defaults = start?.scenario ?? startScenario(deps.dataset);
    this.scenario = this.#defaults;
    this.#baseline = this.#defaults;
    this.#store = deps.draftStore;
    this.#storage = deps.storage;
    this.history = new UndoHistory(this.#defaults);
    this.autosaver = new DraftAutosaver(deps.draftStore, () => ({
      scenario: this.scenario,
      origin: this.origin === null ? null : { id: this.origin.id, revision: this.origin.revision },
    }));
    this.edits = new ScenarioEdits({
      dataset: deps.dataset,
      current: () => this.scenario,
      apply: (next, key) => this.#apply(next, key ?? null),
    });
    this.projection = new ProjectionFeed(deps.createClient, start);
    this.references = new ReferenceResults(() => this.projection.references());
  }

  /** Where the working draft stands (see {@link DraftState}). */
  get draftState(): DraftState {
    return this.autosaver.state;
  }

  /** Whether there is a change to undo, or an undone change to redo. */
  get canUndo(): boolean {
    return this.history.canUndo;
  }
  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /**
   * Read the stored working draft (migrating it to the current shape), show it, and run the first
   * projection. If another tab blocks the database, the defaults are projected at once and the app
   * works in memory; the draft is read when the database opens (and kept aside if the user has
   * changed something meanwhile).
   * @param resolveOrigin looks up the saved scenario a draft came from (its current name, revision
   *   and scenario); null when it no longer exists.
   */
  async start(
    resolveOrigin: (
      origin: DraftOrigin,
    ) => Promise<{ name: string; revision: number; scenario: Scenario } | null> = async () => null,
  ): Promise<void> {
    if (this.#store === null) {
      this.autosaver.open();
      this.#projectFirst();
      return;
    }
    const loading = this.#store.load().then(
      (read): { read: DraftRead } => ({ read }),
      (): { read: null } => ({ read: null }),
    );
    const blocked = this.#whenBlocked();
    const first = await Promise.race([loading, blocked.promise]);
    blocked.cancel();
    if (first === 'blocked') {
      // Compute in memory; say that nothing is saved until a write really commits.
      this.notice = { kind: 'storageBlocked' };
      this.autosaver.markBlocked();
      this.#projectFirst();
      const { read } = await loading;
      await this.#afterLoad(read, resolveOrigin);
      if (this.notice?.kind === 'storageBlocked') this.notice = null;
      return;
    }
    await this.#afterLoad(first.read, resolveOrigin);
  }

  /** Resolves with 'blocked' when the connection reports that another tab blocks it. */
  #whenBlocked(): { promise: Promise<'blocked'>; cancel: () => void } {
    const storage = this.#storage;
    if (storage === undefined) return { promise: new Promise(() => undefined), cancel: () => undefined };
    let stop: () => void = () => undefined;
    const promise = new Promise<'blocked'>((resolve) => {
      if (storage.state === 'blocked') resolve('blocked');
      stop = storage.subscribe((state) => {
        if (state === 'blocked') resolve('blocked');
      });
    });
    return { promise, cancel: () => stop() };
  }

  async #afterLoad(
    read: DraftRead | null,
    resolveOrigin: Parameters<WorkbenchState['start']>[0] & object,
  ): Promise<void> {
    this.#loaded = true;
    const edited = this.#editedBeforeLoad;
    if (read === null) {
      // Storage failed to open: the autosaver reports it on the first write.
      this.autosaver.open();
      if (!edited) this.#projectFirst();
      return;
    }
    if (read.kind === 'held' && read.reason === 'newer') {
      // A newer version's draft: shown read-only where this version can read it, never overwritten.
      this.autosaver.suspend();
      this.autosaver.open();
      this.notice = { kind: 'draftNewer', issue: read.issues[0]! };
      if (read.readable !== null && !edited) this.#show(read.readable, null, null);
      else if (!edited) this.#projectFirst();
      return;
    }
    if (read.kind === 'held' || (read.kind === 'ready' && edited)) {
      const reason = read.kind === 'held' ? 'unreadable' : 'superseded';
      try {
        await this.#store!.keepAside(reason);
        this.notice = { kind: 'draftKept', reason, issue: read.kind === 'held' ? read.issues[0]! : null };
      } catch {
        // It could not be moved: keep it where it is by writing nothing over it.
        this.autosaver.suspend();
      }
      this.autosaver.open();
      if (!edited) this.#projectFirst();
      else this.autosaver.schedule();
      return;
    }
    this.autosaver.open();
    if (read.kind === 'none') {
      if (!edited) this.#projectFirst();
      return;
    }
    const { draft } = read;
    // Projected as soon as it is read: nothing is drawn from another scenario meanwhile.
    this.#show(draft.scenario, null, this.#defaults);
    this.autosaver.markSaved();
    if (draft.origin !== null) {
      // Not ready until the saved record is read: the bar names it and "save" updates it, never a flash of
      // "unsaved" (nor a save as new) while the read is slower than the first projection.
      this.#resolvingOrigin = true;
      try {
        const saved = await resolveOrigin(draft.origin).catch(() => null);
        if (saved !== null) {
          this.origin = { id: draft.origin.id, revision: draft.origin.revision, name: saved.name };
          this.#baseline = saved.scenario;
        }
      } finally {
        this.#resolvingOrigin = false;
      }
    }
    this.notice =
      draft.scenario.datasetVersion === this.dataset.version
        ? { kind: 'restored', migratedFrom: draft.migratedFrom }
        : { kind: 'otherDataset', version: draft.scenario.datasetVersion, migratedFrom: draft.migratedFrom };
  }

  /** Show a scenario with a fresh history and project it (nothing is recorded or saved). */
  #show(scenario: Scenario, origin: WorkingOrigin | null, baseline: Scenario | null): void {
    this.scenario = scenario;
    this.origin = origin;
    this.#baseline = baseline;
    this.history.reset(scenario);
    this.#projectFirst();
  }

  #projectFirst(): void {
    this.projection.requestFirst(this.scenario);
  }

  /**
   * Make a scenario the working scenario: opened from the library (with its origin), or a fresh copy.
   * The draft is written at once, so a reload shows it.
   */
  loadScenario(scenario: Scenario, origin: WorkingOrigin | null): void {
    if (this.preview !== null) this.autosaver.setPreview(false);
    this.preview = null;
    // A scenario from another dataset keeps its own numbers; the user is told.
    this.notice =
      scenario.datasetVersion === this.dataset.version
        ? null
        : { kind: 'otherDataset', version: scenario.datasetVersion, migratedFrom: null };
    this.#show(scenario, origin, origin === null ? this.#defaults : scenario);
    this.autosaver.schedule();
    void this.autosaver.flush();
  }

  /**
   * Show a scenario without touching the stored draft: from a share link (an unsaved copy), or
   * `readOnly` (written by a newer version: it cannot be saved from here).
   */
  startPreview(scenario: Scenario, name: string, readOnly = false): void {
    void this.autosaver.flush();
    if (this.preview === null) this.#beforePreview = { origin: this.origin, baseline: this.#baseline };
    this.notice = null;
    this.preview = { name, readOnly };
    this.autosaver.setPreview(true);
    this.#show(scenario, null, null);
  }

  /** Leave a preview and go back to the stored working draft. */
  async endPreview(): Promise<void> {
    const before = this.#beforePreview;
    this.preview = null;
    this.autosaver.setPreview(false);
    let scenario = this.#defaults;
    if (this.#store !== null) {
      const read = await this.#store.load().catch(() => null);
      if (read?.kind === 'ready') scenario = read.draft.scenario;
    }
    this.#show(scenario, before?.origin ?? null, before?.baseline ?? this.#defaults);
  }

  /** Record that the working scenario was saved to the library as `saved`. */
  markSaved(origin: WorkingOrigin, saved: Scenario): void {
    if (this.preview !== null) this.autosaver.setPreview(false);
    this.preview = null;
    this.origin = origin;
    this.#baseline = saved;
    this.autosaver.schedule();
    void this.autosaver.flush();
  }

  /** Forget the origin (e.g. the saved scenario was deleted): the draft becomes an unsaved copy. */
  detachOrigin(): void {
    this.origin = null;
    this.#baseline = null;
    this.autosaver.schedule();
  }

  /** Make one undo step of several edits (e.g. a growth rate in every cluster); one projection follows. */
  batch(edits: () => void): void {
    this.#batching++;
    try {
      this.history.batch(edits);
    } finally {
      this.#batching--;
    }
    if (this.#batching === 0 && this.#batchChanged) {
      this.#batchChanged = false;
      this.#project();
      this.autosaver.schedule();
    }
  }

  #batching = 0;
  #batchChanged = false;

  /** Undo the last change of an assumption (a slider drag counts as one change). */
  undo(): void {
    const previous = this.history.undo();
    if (previous !== undefined) this.#restore(previous);
  }

  /** Redo the change undone last. */
  redo(): void {
    const next = this.history.redo();
    if (next !== undefined) this.#restore(next);
  }

  #restore(scenario: Scenario): void {
    this.scenario = scenario;
    this.#project();
    this.autosaver.schedule();
  }

  #apply(next: Scenario, key: string | null = null): void {
    if (next === this.scenario) return;
    this.scenario = next;
    if (!this.#loaded) this.#editedBeforeLoad = true;
    this.history.record(next, key);
    if (this.#batching > 0) {
      this.#batchChanged = true;
      return;
    }
    this.#project();
    this.autosaver.schedule();
  }

  // ---- Projection ----

  /** Latest projection of the scenario (replaced whole). */
  get result(): ProjectionResult | null {
    return this.projection.result;
  }
  /** The whole-plan views' explanation of the latest projection, while a view asks for it. */
  get overview(): PlanOverview | null {
    return this.projection.overview;
  }
  /** How many projection results have been shown, counted once the DOM is updated from each. */
  get renderedSeq(): number {
    return this.projection.renderedSeq;
  }
  /** Whether the first projection has been rendered (and a restored draft's saved record read). */
  get ready(): boolean {
    return this.projection.renderedSeq > 0 && !this.#resolvingOrigin;
  }

  #resolvingOrigin = $state(false);
  /** Problems the worker reported with the scenario (the shown result is then older). */
  get issues(): readonly Issue[] {
    return this.projection.issues;
  }
  get workerStatus(): ClientStatus {
    return this.projection.workerStatus;
  }

  /** Ask for the plan overview while a view shows it; call the returned function when it closes. */
  wantOverview(): () => void {
    return this.projection.wantOverview();
  }

  #project(): void {
    this.projection.request(this.scenario);
  }

  // ---- Storage ----

  /** Stop writing the draft (a newer app version owns the database); edits stay on screen. */
  suspendWrites(): void {
    this.autosaver.suspend();
  }

  /** Write the working draft now if a save is pending (called on pagehide and when the tab is hidden). */
  flush(): Promise<void> {
    return this.autosaver.flush();
  }

  /** Stop the worker and timers. */
  dispose(): void {
    this.autosaver.dispose();
    this.projection.dispose();
  }
}

/** The cluster ids in display order. */
export const CLUSTER_ORDER: readonly ClusterId[] = CLUSTER_IDS;

const KEY = Symbol('workbench');

/** The context entry that makes the workbench state available to a component tree mounted with it. */
export function workbenchContext(state: WorkbenchState): [symbol, WorkbenchState] {
  return [KEY, state];
}

/** Get the workbench state of the component tree. */
export function getWorkbench(): WorkbenchState {
  return getContext<WorkbenchState>(KEY);
}
