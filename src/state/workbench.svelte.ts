import { getContext, tick } from 'svelte';
import { CLUSTER_IDS, type ClusterId, type PlanDataset } from '../data/plan-types';
import { LEVERS, type LeverId } from '../data/levers';
import { defaultScenario } from '../engine/default-scenario';
import type { ProjectionResult } from '../engine/projection-types';
import type { PlanOverview } from '../engine/plan-overview';
import type { IndicatorSettings, ProjectSetting, Scenario, ScenarioUncertainty } from '../engine/scenario';
import type { IndicatorSectorId } from '../data/indicator-defaults';
import { followAssumptions } from '../engine/uncertainty/ranges';
import { validateScenario, type ValidationIssue } from '../engine/validation';
import type { ProjectionReply } from '../../workers/projection-api';
import type { ClientStatus, ProjectionClient } from '../worker-client/projection-client';
import type { DraftOrigin } from '../storage/database';
import type { StartProjection } from './start-projection';
import type { WorkingDraftStore } from '../storage/working-draft';

/** Changes of one field closer together than this merge into one undo step (a slider drag), ms. */
export const UNDO_MERGE_MS = 800;
/** Undo steps kept. */
export const UNDO_LIMIT = 200;

/** How long after the last change the working draft is written, ms. */
export const AUTOSAVE_DELAY_MS = 400;

/** Where the working draft stands. */
export type DraftState = 'saved' | 'pending' | 'saving' | 'unavailable' | 'quota' | 'preview';

/** The saved scenario the working draft was opened from, as the workbench shows it. */
export interface WorkingOrigin extends DraftOrigin {
  readonly name: string;
}

/** A one-off notice about how the app started (shown once, dismissible). */
export type StartupNotice =
  | { kind: 'restored' }
  | { kind: 'otherDataset'; version: string }
  | { kind: 'invalidDraft'; reason: string }
  | null;

/** What the workbench needs from outside: the dataset, a projection client and the draft store. */
export interface WorkbenchDeps {
  readonly dataset: PlanDataset;
  readonly createClient: (
    onReply: (seq: number, scenario: Scenario, reply: ProjectionReply) => void,
    onStatus: (status: ClientStatus) => void,
  ) => ProjectionClient;
  /** Null when storage could not be opened. */
  readonly draftStore: WorkingDraftStore | null;
  /**
   * The start scenario and its projection computed at build time (`virtual:start-projection`): the
   * first numbers need no worker when no stored draft differs from it. Null to always ask the worker.
   */
  readonly startProjection?: StartProjection | null;
}

/** The workbench's state: the working scenario, its latest projection, and the draft's save state. */
export class WorkbenchState {
  readonly dataset: PlanDataset;
  /** The working scenario; edit it only through the methods below. */
  scenario = $state<Scenario>() as Scenario;
  /** Latest projection of the scenario (replaced whole). */
  result = $state.raw<ProjectionResult | null>(null);
  /** The whole-plan views' explanation of the latest projection: indicators, key projects, parks (replaced whole). */
  overview = $state.raw<PlanOverview | null>(null);
  /** How many projection results have been shown, counted once the DOM is updated from each. */
  renderedSeq = $state(0);
  /** Problems the worker reported with the scenario (the shown result is then older). */
  issues = $state.raw<readonly ValidationIssue[]>([]);
  workerStatus = $state.raw<ClientStatus>({ kind: 'ready' });
  draftState = $state<DraftState>('saved');
  notice = $state.raw<StartupNotice>(null);
  selectedCluster = $state<ClusterId>('newMaterials');
  /** Whether there is a change to undo, or an undone change to redo. */
  canUndo = $state(false);
  canRedo = $state(false);
  /** Whether the first projection has been rendered. */
  ready = $derived(this.renderedSeq > 0);
  /** The saved scenario the draft came from; null for the plan defaults or an unsaved copy. */
  origin = $state.raw<WorkingOrigin | null>(null);
  /** A scenario opened from a share link, shown without touching the stored draft until saved. */
  preview = $state.raw<{ readonly name: string } | null>(null);
  /** JSON of what the draft is compared with to tell unsaved changes: the saved version, or the plan defaults. */
  #baselineJson = $state('');
  /** Whether the working scenario differs from its saved version (or from the plan, if never saved). */
  dirty = $derived(JSON.stringify(this.scenario) !== this.#baselineJson);

  readonly #defaults: Scenario;
  readonly #client: ProjectionClient;
  readonly #store: WorkingDraftStore | null;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  #saving: Promise<void> = Promise.resolve();
  /** Undo history: JSON of the scenario before each change, newest last. */
  #undoStack: string[] = [];
  #redoStack: string[] = [];
  /** JSON of the scenario after the last recorded change. */
  #lastJson = '';
  #lastKey: string | null = null;
  #lastChangeAt = 0;
  /** What the draft was compared with before a link preview, to return to. */
  #beforePreview: { origin: WorkingOrigin | null; baselineJson: string } | null = null;
  #writing = false;
  #writesSuspended = false;
  readonly #start: StartProjection | null;
  /** JSON of the scenario whose embedded projection is on screen, until the worker has answered it. */
  #embeddedJson: string | null = null;
  /** Projection results applied so far: what `renderedSeq` counts (the embedded one included). */
  #applied = 0;

  constructor(deps: WorkbenchDeps) {
    this.dataset = deps.dataset;
    this.#defaults = defaultScenario(deps.dataset);
    const start = deps.startProjection ?? null;
    this.#start = start !== null && start.datasetVersion === deps.dataset.version ? start : null;
    this.scenario = structuredClone(this.#start?.scenario ?? this.#defaults);
    this.#baselineJson = JSON.stringify(this.#defaults);
    this.#store = deps.draftStore;
    if (this.#store === null) this.draftState = 'unavailable';
    this.#client = deps.createClient(
      (_seq, scenario, reply) => this.#onReply(scenario, reply),
      (status) => (this.workerStatus = status),
    );
  }

  /**
   * Load the saved working draft (if any, and usable) and run the first projection.
   * @param resolveOrigin looks up the saved scenario a draft came from (its current name, revision
   *   and scenario); null when it no longer exists.
   */
  async start(
    resolveOrigin: (
      origin: DraftOrigin,
    ) => Promise<{ name: string; revision: number; scenario: Scenario } | null> = async () => null,
  ): Promise<void> {
    let projected = false;
    if (this.#store !== null) {
      try {
        const draft = await this.#store.load();
        if (draft !== null && this.#adoptDraft(draft.scenario)) {
          // Project the draft as soon as it is read: nothing is drawn from another scenario meanwhile.
          this.#showFirstProjection();
          projected = true;
          if (draft.origin !== null) {
            const saved = await resolveOrigin(draft.origin).catch(() => null);
            if (saved !== null) {
              this.origin = { id: draft.origin.id, revision: draft.origin.revision, name: saved.name };
              this.#baselineJson = JSON.stringify(saved.scenario);
            }
          }
        }
      } catch {
        this.draftState = 'unavailable';
      }
    }
    if (!projected) this.#showFirstProjection();
  }

  /**
   * Show the first projection: the one embedded at build time when the scenario is the start
   * scenario (the worker is still asked, to start it and to confirm), else the worker's.
   */
  #showFirstProjection(): void {
    this.#resetHistory();
    const json = JSON.stringify($state.snapshot(this.scenario));
    if (this.#start !== null && json === JSON.stringify(this.#start.scenario)) {
      this.#embeddedJson = json;
      this.#apply(this.#start.result, null);
    }
    this.#project();
  }

  #adoptDraft(saved: Scenario): boolean {
    const issues = validateScenario(saved, this.dataset);
    if (issues.length > 0) {
      this.notice = { kind: 'invalidDraft', reason: issues[0]!.path };
      return false;
    }
    this.scenario = structuredClone(saved);
    this.notice =
      saved.datasetVersion === this.dataset.version
        ? { kind: 'restored' }
        : { kind: 'otherDataset', version: saved.datasetVersion };
    return true;
  }

  /**
   * Make a scenario the working scenario: opened from the library (with its origin), or a fresh copy.
   * The draft is written at once, so a reload shows it.
   */
  loadScenario(scenario: Scenario, origin: WorkingOrigin | null): void {
    this.preview = null;
    // A scenario from another dataset keeps its own numbers; the user is told.
    this.notice =
      scenario.datasetVersion === this.dataset.version
        ? null
        : { kind: 'otherDataset', version: scenario.datasetVersion };
    this.scenario = structuredClone(scenario);
    this.origin = origin;
    this.#baselineJson = JSON.stringify(origin === null ? this.#defaults : scenario);
    this.#resetHistory();
    this.#project();
    this.#scheduleSave();
    void this.flush();
  }

  /** Show a scenario from a share link as an unsaved copy: the stored draft stays untouched. */
  startPreview(scenario: Scenario, name: string): void {
    void this.flush();
    if (this.preview === null)
      this.#beforePreview = { origin: this.origin, baselineJson: this.#baselineJson };
    this.notice = null;
    this.preview = { name };
    this.scenario = structuredClone(scenario);
    this.origin = null;
    this.#baselineJson = '';
    this.draftState = 'preview';
    this.#resetHistory();
    this.#project();
  }

  /** Leave a link preview and go back to the stored working draft. */
  async endPreview(): Promise<void> {
    const before = this.#beforePreview;
    this.preview = null;
    this.draftState = this.#store === null ? 'unavailable' : 'saved';
    this.scenario = structuredClone(this.#defaults);
    this.origin = before?.origin ?? null;
    this.#baselineJson = before?.baselineJson ?? JSON.stringify(this.#defaults);
    if (this.#store !== null) {
      const draft = await this.#store.load().catch(() => null);
      if (draft !== null && validateScenario(draft.scenario, this.dataset).length === 0) {
        this.scenario = structuredClone(draft.scenario);
      }
    }
    this.#resetHistory();
    this.#project();
  }

  /** Record that the working scenario was saved to the library as `record`. */
  markSaved(origin: WorkingOrigin, saved: Scenario): void {
    this.preview = null;
    this.origin = origin;
    this.#baselineJson = JSON.stringify(saved);
    if (this.draftState === 'preview') this.draftState = 'saved';
    this.#scheduleSave();
    void this.flush();
  }

  /** Forget the origin (e.g. the saved scenario was deleted): the draft becomes an unsaved copy. */
  detachOrigin(): void {
    this.origin = null;
    this.#baselineJson = '';
    this.#scheduleSave();
  }

  /** The plan default of a lever, in model units. */
  defaultOf(clusterId: ClusterId, leverId: LeverId): number {
    return this.#defaults.clusters[clusterId][leverId];
  }

  /** Set a lever of a cluster (model units; the caller has checked the range). */
  setLever(clusterId: ClusterId, leverId: LeverId, value: number): void {
    if (this.scenario.clusters[clusterId][leverId] === value) return;
    const before = this.#beforeLeverChange();
    this.scenario.clusters[clusterId][leverId] = value;
    this.#followRanges(before);
    this.#changed(`lever:${clusterId}:${leverId}`);
  }

  /** Put one lever back to its plan default. */
  resetLever(clusterId: ClusterId, leverId: LeverId): void {
    this.setLever(clusterId, leverId, this.defaultOf(clusterId, leverId));
  }

  /** Put every lever of a cluster back to its plan default. */
  resetCluster(clusterId: ClusterId): void {
    const before = this.#beforeLeverChange();
    for (const lever of LEVERS)
      this.scenario.clusters[clusterId][lever.id] = this.defaultOf(clusterId, lever.id);
    this.#followRanges(before);
    this.#changed();
  }

  /** Put the whole scenario back to the plan's default scenario. */
  resetAll(): void {
    this.scenario = structuredClone(this.#defaults);
    this.#changed();
  }

  /** Set the growth rate of industry outside the clusters (fraction per year). */
  setOtherIndustryGrowth(value: number): void {
    if (this.scenario.otherIndustryGrowth === value) return;
    const before = this.#beforeLeverChange();
    this.scenario.otherIndustryGrowth = value;
    this.#followRanges(before);
    this.#changed('otherIndustryGrowth');
  }

  /**
   * Set the scenario's uncertainty: ranges on assumptions and the Monte Carlo settings (validated by
   * the caller); undefined removes it. Saved with the working draft like any other change.
   */
  setUncertainty(uncertainty: ScenarioUncertainty | undefined): void {
    if (uncertainty === undefined) delete this.scenario.uncertainty;
    else this.scenario.uncertainty = uncertainty;
    this.#changed();
  }

  /** The lever values before a change, when there are ranges to move along with them. */
  #beforeLeverChange(): Scenario | null {
    return this.scenario.uncertainty === undefined ? null : ($state.snapshot(this.scenario) as Scenario);
  }

  /** Move each range with its assumption, so that a range always holds its lever's value. */
  #followRanges(before: Scenario | null): void {
    if (before === null || before.uncertainty === undefined) return;
    this.scenario.uncertainty = followAssumptions(before.uncertainty, before, this.scenario);
  }

  /** Set a status threshold (attainment fraction). */
  setThreshold(which: 'onTrack' | 'atRisk', value: number): void {
    this.scenario.thresholds = { ...this.scenario.thresholds, [which]: value };
    this.#changed(`threshold:${which}`);
  }

  /** Choose which reading of a conflicting plan figure to use. */
  setConflictChoice(conflictId: string, readingIndex: number): void {
    this.scenario.conflictChoices = { ...this.scenario.conflictChoices, [conflictId]: readingIndex };
    this.#changed();
  }

  // ---- Key projects and indicators (the whole-plan views) ----

  /**
   * Change settings of a key project: a plan project by its id (its setting is created on first
   * change), or a user's own project. Values in model units; the caller has checked the ranges.
   */
  setProject(id: string, change: Omit<ProjectSetting, 'id' | 'custom'>): void {
    const settings = this.scenario.projects ?? [];
    const index = settings.findIndex((setting) => setting.id === id);
    this.scenario.projects =
      index < 0
        ? [...settings, { id, ...change }]
        : settings.map((setting, i) => (i === index ? { ...setting, ...change } : setting));
    this.#changed(`project:${id}:${Object.keys(change).sort().join(',')}`);
  }

  /** Put a plan project back to its dataset defaults (switched off); a user project is left as it is. */
  resetProject(id: string): void {
    const settings = this.scenario.projects ?? [];
    const next = settings.filter((setting) => setting.id !== id || setting.custom !== undefined);
    if (next.length === settings.length) return;
    this.#setProjects(next);
    this.#changed();
  }

  /**
   * Add a user's own project to a cluster, switched on, starting in the second projected year with no
   * output yet; return its id.
   */
  addCustomProject(clusterId: ClusterId, name: string): string {
    const settings = this.scenario.projects ?? [];
    const taken = new Set(settings.map((setting) => setting.id));
    let n = 1;
    while (taken.has(`user-${n}`)) n++;
    const id = `user-${n}`;
    const { baseYear, targetYear } = this.dataset.horizon;
    this.scenario.projects = [
      ...settings,
      {
        id,
        enabled: true,
        startYear: Math.min(baseYear + 2, targetYear),
        rampUpShare: 0.5,
        annualOutput: 0,
        landKm2: 0,
        custom: { name: name.trim(), clusterId },
      },
    ];
    this.#changed();
    return id;
  }

  /** Rename a user's own project (the caller has checked the name: 1–100 characters). */
  renameCustomProject(id: string, name: string): void {
    const settings = this.scenario.projects ?? [];
    this.scenario.projects = settings.map((setting) =>
      setting.id === id && setting.custom !== undefined
        ? { ...setting, custom: { ...setting.custom, name: name.trim() } }
        : setting,
    );
    this.#changed(`project:${id}:name`);
  }

  /** Remove a user's own project. */
  removeCustomProject(id: string): void {
    const settings = this.scenario.projects ?? [];
    this.#setProjects(settings.filter((setting) => setting.id !== id));
    this.#changed();
  }

  /** Put every plan project back to its defaults and remove the user's own projects. */
  resetProjects(): void {
    if (this.scenario.projects === undefined) return;
    delete this.scenario.projects;
    this.#changed();
  }

  #setProjects(settings: ProjectSetting[]): void {
    // An empty list is the same as none: the scenario stays equal to the plan's when nothing is set.
    if (settings.length === 0) delete this.scenario.projects;
    else this.scenario.projects = settings;
  }

  /**
   * Enter an indicator's value for a year (calendar year, indicator units), or clear it with null
   * so that the year follows the default path again. The caller has checked the range.
   */
  setTrajectoryValue(indicatorId: string, year: number, value: number | null): void {
    const indicators: IndicatorSettings = { ...this.scenario.indicators };
    const trajectories = { ...indicators.trajectories };
    const values = { ...trajectories[indicatorId] };
    if (value === null) delete values[String(year)];
    else values[String(year)] = value;
    if (Object.keys(values).length === 0) delete trajectories[indicatorId];
    else trajectories[indicatorId] = values;
    if (Object.keys(trajectories).length === 0) delete indicators.trajectories;
    else indicators.trajectories = trajectories;
    this.#setIndicators(indicators);
    this.#changed(`trajectory:${indicatorId}:${year}`);
  }

  /** Clear every value entered for an indicator: it follows the default path again. */
  resetTrajectory(indicatorId: string): void {
    if (this.scenario.indicators?.trajectories?.[indicatorId] === undefined) return;
    const indicators: IndicatorSettings = { ...this.scenario.indicators };
    const trajectories = { ...indicators.trajectories };
    delete trajectories[indicatorId];
    if (Object.keys(trajectories).length === 0) delete indicators.trajectories;
    else indicators.trajectories = trajectories;
    this.#setIndicators(indicators);
    this.#changed();
  }

  /**
   * Set an indicator assumption (model units: fractions, tce per 10,000 yuan); undefined returns it
   * to the dataset default. The caller has checked the range.
   */
  setIndicatorAssumption(
    field: 'valueAddedRateOfNew' | 'energyOfNew' | 'energyImprovement' | 'profitMarginOfNew',
    value: number | undefined,
  ): void {
    const indicators: IndicatorSettings = { ...this.scenario.indicators };
    if (value === undefined) delete indicators[field];
    else indicators[field] = value;
    this.#setIndicators(indicators);
    this.#changed(`indicator:${field}`);
  }

  /** Set the high-tech share of a sector's added output (fraction); undefined returns it to the default. */
  setHighTechShare(sector: IndicatorSectorId, value: number | undefined): void {
    const indicators: IndicatorSettings = { ...this.scenario.indicators };
    const shares = { ...indicators.highTechShareOfNew };
    if (value === undefined) delete shares[sector];
    else shares[sector] = value;
    if (Object.keys(shares).length === 0) delete indicators.highTechShareOfNew;
    else indicators.highTechShareOfNew = shares;
    this.#setIndicators(indicators);
    this.#changed(`highTechShare:${sector}`);
  }

  /** Put every indicator assumption back to its default (entered trajectories are kept). */
  resetIndicatorAssumptions(): void {
    const indicators: IndicatorSettings = {};
    if (this.scenario.indicators?.trajectories !== undefined) {
      indicators.trajectories = this.scenario.indicators.trajectories;
    }
    this.#setIndicators(indicators);
    this.#changed();
  }

  #setIndicators(indicators: IndicatorSettings): void {
    if (Object.keys(indicators).length === 0) delete this.scenario.indicators;
    else this.scenario.indicators = indicators;
  }

  /** Whether any assumption differs from the plan default. */
  isDefault(clusterId: ClusterId, leverId: LeverId): boolean {
    return this.scenario.clusters[clusterId][leverId] === this.defaultOf(clusterId, leverId);
  }

  /** Undo the last change of an assumption (a slider drag counts as one change). */
  undo(): void {
    const previous = this.#undoStack.pop();
    if (previous === undefined) return;
    this.#redoStack.push(this.#lastJson);
    this.#restore(previous);
  }

  /** Redo the change undone last. */
  redo(): void {
    const next = this.#redoStack.pop();
    if (next === undefined) return;
    this.#undoStack.push(this.#lastJson);
    this.#restore(next);
  }

  #restore(json: string): void {
    this.scenario = JSON.parse(json) as Scenario;
    this.#lastJson = json;
    this.#lastKey = null;
    this.#syncHistoryFlags();
    this.#project();
    this.#scheduleSave();
  }

  /** Start a new history (after opening another scenario): nothing to undo or redo. */
  #resetHistory(): void {
    this.#undoStack = [];
    this.#redoStack = [];
    this.#lastJson = JSON.stringify(this.scenario);
    this.#lastKey = null;
    this.#syncHistoryFlags();
  }

  /** Record a change in the undo history; repeated changes of one field in quick succession merge. */
  #record(key: string | null): void {
    const now = Date.now();
    const merge = key !== null && key === this.#lastKey && now - this.#lastChangeAt < UNDO_MERGE_MS;
    if (!merge) {
      this.#undoStack.push(this.#lastJson);
      if (this.#undoStack.length > UNDO_LIMIT) this.#undoStack.shift();
    }
    this.#redoStack = [];
    this.#lastJson = JSON.stringify(this.scenario);
    this.#lastKey = key;
    this.#lastChangeAt = now;
    this.#syncHistoryFlags();
  }

  #syncHistoryFlags(): void {
    this.canUndo = this.#undoStack.length > 0;
    this.canRedo = this.#redoStack.length > 0;
  }

  #changed(key: string | null = null): void {
    this.#record(key);
    this.#project();
    this.#scheduleSave();
  }

  #project(): void {
    this.#client.request($state.snapshot(this.scenario) as Scenario);
  }

  #onReply(scenario: Scenario, reply: ProjectionReply): void {
    const embedded = this.#embeddedJson;
    this.#embeddedJson = null;
    if (!reply.ok) {
      this.issues = reply.issues;
      return;
    }
    // The worker's answer for the scenario whose embedded projection is shown: the same numbers
    // (test/state/start-projection.svelte.test.ts), so only the whole-plan overview is taken.
    if (embedded !== null && JSON.stringify(scenario) === embedded) {
      this.overview = reply.plan ?? null;
      return;
    }
    this.#apply(reply.result, reply.plan ?? null);
  }

  #apply(result: ProjectionResult, overview: PlanOverview | null): void {
    this.issues = [];
    this.result = result;
    this.overview = overview;
    const applied = ++this.#applied;
    // Announce the result only once every visible chart and table has been updated from it.
    void tick().then(() => {
      if (applied > this.renderedSeq) this.renderedSeq = applied;
    });
  }

  /** Stop writing the draft (a newer app version owns the database); edits stay on screen. */
  suspendWrites(): void {
    this.#writesSuspended = true;
    if (this.#saveTimer !== null) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
  }

  #scheduleSave(): void {
    if (this.#store === null || this.preview !== null || this.#writesSuspended) return;
    this.draftState = 'pending';
    if (this.#saveTimer !== null) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Write the working draft now if a save is pending (called on pagehide and when the tab is hidden). */
  flush(): Promise<void> {
    if (this.#saveTimer !== null) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = null;
    }
    if (this.#store === null || this.draftState !== 'pending') return this.#saving;
    const store = this.#store;
    const snapshot = $state.snapshot(this.scenario) as Scenario;
    const origin = this.origin === null ? null : { id: this.origin.id, revision: this.origin.revision };
    this.draftState = 'saving';
    // Start the write in this task when no other write is under way (pagehide leaves no later turn).
    const write = this.#writing
      ? this.#saving.then(() => store.save(snapshot, origin))
      : store.save(snapshot, origin);
    this.#writing = true;
    this.#saving = write
      .finally(() => (this.#writing = false))
      .then(
        () => {
          if (this.draftState === 'saving') this.draftState = 'saved';
        },
        (error: unknown) => {
          // The work stays on screen; the stored draft is the last one that committed.
          this.draftState = isQuota(error) ? 'quota' : 'unavailable';
        },
      );
    return this.#saving;
  }

  /** Stop the worker and timers. */
  dispose(): void {
    if (this.#saveTimer !== null) clearTimeout(this.#saveTimer);
    this.#client.dispose();
  }
}

function isQuota(error: unknown): boolean {
  return (error as { kind?: string } | null)?.kind === 'quota';
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
