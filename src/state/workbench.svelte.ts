import { getContext, tick } from 'svelte';
import { CLUSTER_IDS, type ClusterId, type PlanDataset } from '../data/plan-types';
import { LEVERS, type LeverId } from '../data/levers';
import { defaultScenario } from '../engine/default-scenario';
import type { ProjectionResult } from '../engine/projection-types';
import type { Scenario } from '../engine/scenario';
import { validateScenario, type ValidationIssue } from '../engine/validation';
import type { ProjectionReply } from '../../workers/projection-api';
import type { ClientStatus, ProjectionClient } from '../worker-client/projection-client';
import type { WorkingDraftStore } from '../storage/working-draft';

/** How long after the last change the working draft is written, ms. */
export const AUTOSAVE_DELAY_MS = 400;

/** Where the working draft stands. */
export type DraftState = 'saved' | 'pending' | 'saving' | 'unavailable';

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
}

/** The workbench's state: the working scenario, its latest projection, and the draft's save state. */
export class WorkbenchState {
  readonly dataset: PlanDataset;
  /** The working scenario; edit it only through the methods below. */
  scenario = $state<Scenario>() as Scenario;
  /** Latest projection of the scenario (replaced whole). */
  result = $state.raw<ProjectionResult | null>(null);
  /** Sequence number of the projection whose result is on screen, set after the DOM is updated. */
  renderedSeq = $state(0);
  /** Problems the worker reported with the scenario (the shown result is then older). */
  issues = $state.raw<readonly ValidationIssue[]>([]);
  workerStatus = $state.raw<ClientStatus>({ kind: 'ready' });
  draftState = $state<DraftState>('saved');
  notice = $state.raw<StartupNotice>(null);
  selectedCluster = $state<ClusterId>('newMaterials');
  /** Whether the first projection has been rendered. */
  ready = $derived(this.renderedSeq > 0);

  readonly #defaults: Scenario;
  readonly #client: ProjectionClient;
  readonly #store: WorkingDraftStore | null;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  #saving: Promise<void> = Promise.resolve();

  constructor(deps: WorkbenchDeps) {
    this.dataset = deps.dataset;
    this.#defaults = defaultScenario(deps.dataset);
    this.scenario = structuredClone(this.#defaults);
    this.#store = deps.draftStore;
    if (this.#store === null) this.draftState = 'unavailable';
    this.#client = deps.createClient(
      (seq, _scenario, reply) => this.#onReply(seq, reply),
      (status) => (this.workerStatus = status),
    );
  }

  /** Load the saved working draft (if any, and usable) and run the first projection. */
  async start(): Promise<void> {
    if (this.#store !== null) {
      try {
        const draft = await this.#store.load();
        if (draft !== null) this.#adoptDraft(draft.scenario);
      } catch {
        this.draftState = 'unavailable';
      }
    }
    this.#project();
  }

  #adoptDraft(saved: Scenario): void {
    const issues = validateScenario(saved, this.dataset);
    if (issues.length > 0) {
      this.notice = { kind: 'invalidDraft', reason: issues[0]!.path };
      return;
    }
    this.scenario = structuredClone(saved);
    this.notice =
      saved.datasetVersion === this.dataset.version
        ? { kind: 'restored' }
        : { kind: 'otherDataset', version: saved.datasetVersion };
  }

  /** The plan default of a lever, in model units. */
  defaultOf(clusterId: ClusterId, leverId: LeverId): number {
    return this.#defaults.clusters[clusterId][leverId];
  }

  /** Set a lever of a cluster (model units; the caller has checked the range). */
  setLever(clusterId: ClusterId, leverId: LeverId, value: number): void {
    if (this.scenario.clusters[clusterId][leverId] === value) return;
    this.scenario.clusters[clusterId][leverId] = value;
    this.#changed();
  }

  /** Put one lever back to its plan default. */
  resetLever(clusterId: ClusterId, leverId: LeverId): void {
    this.setLever(clusterId, leverId, this.defaultOf(clusterId, leverId));
  }

  /** Put every lever of a cluster back to its plan default. */
  resetCluster(clusterId: ClusterId): void {
    for (const lever of LEVERS)
      this.scenario.clusters[clusterId][lever.id] = this.defaultOf(clusterId, lever.id);
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
    this.scenario.otherIndustryGrowth = value;
    this.#changed();
  }

  /** Set a status threshold (attainment fraction). */
  setThreshold(which: 'onTrack' | 'atRisk', value: number): void {
    this.scenario.thresholds = { ...this.scenario.thresholds, [which]: value };
    this.#changed();
  }

  /** Choose which reading of a conflicting plan figure to use. */
  setConflictChoice(conflictId: string, readingIndex: number): void {
    this.scenario.conflictChoices = { ...this.scenario.conflictChoices, [conflictId]: readingIndex };
    this.#changed();
  }

  /** Whether any assumption differs from the plan default. */
  isDefault(clusterId: ClusterId, leverId: LeverId): boolean {
    return this.scenario.clusters[clusterId][leverId] === this.defaultOf(clusterId, leverId);
  }

  #changed(): void {
    this.#project();
    this.#scheduleSave();
  }

  #project(): void {
    this.#client.request($state.snapshot(this.scenario) as Scenario);
  }

  #onReply(seq: number, reply: ProjectionReply): void {
    if (!reply.ok) {
      this.issues = reply.issues;
      return;
    }
    this.issues = [];
    this.result = reply.result;
    // Announce the result only once every chart and table has been updated from it.
    void tick().then(() => {
      if (seq > this.renderedSeq) this.renderedSeq = seq;
    });
  }

  #scheduleSave(): void {
    if (this.#store === null) return;
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
    this.draftState = 'saving';
    this.#saving = this.#saving
      .then(() => store.save(snapshot))
      .then(
        () => {
          if (this.draftState === 'saving') this.draftState = 'saved';
        },
        () => {
          this.draftState = 'unavailable';
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
