import { getContext } from 'svelte';
import type { ActualValue } from '../data/actuals-types';
import type { PlanDataset } from '../data/plan-types';
import type { DatasetDifference } from '../dataset-format/dataset-diff';
import { datasetVersionText, newLine, parseDatasetVersion } from '../dataset-format/dataset-version';
import type { CarryOutcome } from '../engine/next-period/carry-scenario';
import type { NextPeriodProblem, NextPeriodRequest } from '../engine/next-period/next-period-dataset';
import { baseYearCandidates } from '../engine/next-period/base-years';
import type { Scenario } from '../scenario/scenario';
import type { DatasetFileProblem } from '../scenario-format/dataset-file';
import type { PendingDatasetAction } from '../storage/active-dataset';
import type { DatasetStore } from '../storage/dataset-store';
import { StorageFailure } from '../storage/storage-errors';
import type { NextPeriodReply } from '../worker-client/library-client';

/**
 * The plan periods the app knows (issue 14, part 5): the embedded 2018–2020 plan and the datasets
 * planners make for later periods, every version kept. The app runs on one dataset per page load
 * (`active`): opening another reloads the page on it, with an action to take once open (open a
 * saved scenario, or show one carried over to a newer version).
 */

/** One period: a line of versions, oldest first. */
export interface DatasetLine {
  readonly line: string;
  /** The newest version's title. */
  readonly title: PlanDataset['title'];
  readonly versions: readonly PlanDataset[];
}

/** What the last action on the periods did, for the view to say. */
export type DatasetsStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'created'; readonly version: string }
  | { readonly kind: 'saved'; readonly version: string }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly problems: readonly NextPeriodProblem[] }
  | { readonly kind: 'engine'; readonly message: string }
  | { readonly kind: 'fileRefused'; readonly name: string; readonly problem: DatasetFileProblem }
  | { readonly kind: 'fileEngine'; readonly name: string; readonly version: string; readonly message: string }
  | {
      readonly kind: 'imported';
      readonly name: string;
      readonly added: number;
      readonly alreadyStored: number;
    }
  | { readonly kind: 'storage'; readonly failure: StorageFailure['kind']; readonly detail: string };

/** What the state needs from outside. */
export interface DatasetsDeps {
  /** The dataset this page load runs on. */
  readonly active: PlanDataset;
  /** The embedded plan (2018–2020). */
  readonly embedded: PlanDataset;
  /** The planner's versions read at start (empty when none, or read on {@link DatasetsState.load}). */
  readonly initial: readonly PlanDataset[];
  /** Opens the store (its module loads on first use); null without IndexedDB: periods cannot be made then. */
  readonly store: (() => Promise<DatasetStore>) | null;
  /** The library worker's next-period build and re-run (off the main thread). */
  readonly nextPeriod: (
    fromVersion: string,
    values: readonly ActualValue[],
    request: NextPeriodRequest,
  ) => Promise<NextPeriodReply>;
  readonly rerun: (
    scenario: Scenario,
    toVersion: string,
  ) => Promise<CarryOutcome | { ok: false; unknownVersion: string }>;
  /** Whether a dataset can be projected (the engine's words when not). */
  readonly engineProblem: (dataset: PlanDataset) => Promise<string | null>;
  /** Open the app on `version` (null: the embedded plan), then take `action`: in the app, a reload. */
  readonly switchTo: (version: string | null, action: PendingDatasetAction | null) => void;
  readonly appVersion: string;
}

export class DatasetsState {
  /** The planner's versions, every line, oldest revision first. */
  datasets = $state.raw<readonly PlanDataset[]>([]);
  /** Stored versions this release cannot read, left as they are. */
  unreadable = $state.raw<readonly { version: string; reason: string }[]>([]);
  status = $state.raw<DatasetsStatus>({ kind: 'idle' });
  readonly active: PlanDataset;
  readonly embedded: PlanDataset;
  /** What to do once the app has started on this dataset (left by the switch that opened it). */
  pending: PendingDatasetAction | null = null;
  /** The version the working scenario was carried over from in this page load, to say so; null otherwise. */
  carriedFrom = $state<string | null>(null);
  readonly #deps: DatasetsDeps;

  constructor(deps: DatasetsDeps) {
    this.#deps = deps;
    this.active = deps.active;
    this.embedded = deps.embedded;
    this.datasets = deps.initial;
  }

  /** Whether the app runs on a planner's period (not the embedded plan). */
  get onUserPeriod(): boolean {
    return this.active !== this.embedded;
  }

  /** Whether periods can be made and kept here. */
  get canStore(): boolean {
    return this.#deps.store !== null;
  }

  /** Every period: the embedded plan's line first, then the planner's, each with its versions. */
  get lines(): DatasetLine[] {
    const byLine = new Map<string, PlanDataset[]>();
    for (const dataset of this.datasets) {
      const { line } = parseDatasetVersion(dataset.version)!;
      const list = byLine.get(line) ?? [];
      list.push(dataset);
      byLine.set(line, list);
    }
    const embedded = parseDatasetVersion(this.embedded.version)!.line;
    return [
      { line: embedded, title: this.embedded.title, versions: [this.embedded] },
      ...[...byLine].map(([line, versions]) => ({ line, title: versions.at(-1)!.title, versions })),
    ];
  }

  /** The dataset of a version, if known. */
  find(version: string): PlanDataset | undefined {
    if (version === this.embedded.version) return this.embedded;
    return this.datasets.find((d) => d.version === version);
  }

  /**
   * The dataset a link's scenarios are checked and shown on: the embedded plan for a version of its line
   * (older plan versions migrate to it) or none given (an early release's link), the planner's version
   * when this browser holds it; null when it does not (the link cannot be opened right here).
   */
  linkTarget(version: string | null): PlanDataset | null {
    if (version === null) return this.embedded;
    const line = parseDatasetVersion(version)?.line;
    if (line === undefined || line === parseDatasetVersion(this.embedded.version)!.line) return this.embedded;
    return this.find(version) ?? null;
  }

  /** The newest version of `version`'s line when it is newer than `version`; null otherwise. */
  newerThan(version: string): PlanDataset | null {
    const parsed = parseDatasetVersion(version);
    if (parsed === null) return null;
    const newest = this.datasets.filter((d) => parseDatasetVersion(d.version)!.line === parsed.line).at(-1);
    return newest !== undefined && parseDatasetVersion(newest.version)!.revision > parsed.revision
      ? newest
      : null;
  }

  /**
   * Every version of each planner's period the scenarios of `versions` are built on: what a
   * scenario file carries so that they open elsewhere (empty when all are on the plan).
   */
  datasetsFor(versions: Iterable<string>): PlanDataset[] {
    const lines = new Set<string>();
    for (const version of versions) {
      const parsed = parseDatasetVersion(version);
      if (parsed !== null && this.datasets.some((d) => d.version === version)) lines.add(parsed.line);
    }
    return this.datasets.filter((d) => lines.has(parseDatasetVersion(d.version)!.line));
  }

  /**
   * Store the periods a scenario file carries before its scenarios (all or nothing); false, with
   * the reason in {@link status}, when one is stored already with other figures or cannot be stored.
   */
  async addCarried(datasets: readonly PlanDataset[]): Promise<boolean> {
    if (datasets.length === 0) return true;
    if (this.#deps.store === null) return false;
    return this.#add(datasets);
  }

  /** The figures that differ from one version to another. */
  async differences(from: PlanDataset, to: PlanDataset): Promise<DatasetDifference[]> {
    const { datasetDifferences } = await import('../dataset-format/dataset-diff');
    return datasetDifferences(from, to);
  }

  /** The years a new period may start from: those with every cluster's actual output. */
  baseYears(values: readonly ActualValue[]): number[] {
    return baseYearCandidates(this.active, values);
  }

  /** Read the stored versions again. */
  async load(): Promise<void> {
    if (this.#deps.store === null) return;
    try {
      const read = await (await this.#deps.store()).list();
      this.datasets = read.datasets;
      this.unreadable = read.unreadable;
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * Start a new period from the actuals: build its first version (in the worker), store it, and
   * report it (the view then offers to open it). Nothing is stored when anything is missing.
   */
  async createPeriod(
    values: readonly ActualValue[],
    entered: Omit<NextPeriodRequest, 'line' | 'createdOn'>,
    now = new Date(),
  ): Promise<PlanDataset | null> {
    if (this.#deps.store === null) return null;
    this.status = { kind: 'working' };
    const request: NextPeriodRequest = {
      ...entered,
      line: newLine(entered.baseYear + 1, entered.targetYear),
      createdOn: localDay(now),
    };
    let reply: NextPeriodReply;
    try {
      reply = await this.#deps.nextPeriod(this.active.version, values, request);
    } catch (error) {
      this.status = { kind: 'engine', message: error instanceof Error ? error.message : String(error) };
      return null;
    }
    if (!reply.ok) {
      this.status =
        'problems' in reply
          ? { kind: 'refused', problems: reply.problems }
          : { kind: 'engine', message: reply.engine };
      return null;
    }
    if (!(await this.#add([reply.dataset]))) return null;
    this.status = { kind: 'created', version: reply.dataset.version };
    return reply.dataset;
  }

  /**
   * Save an edit of a period as its next version (the edited figures, a note of what changed). An
   * edit that changes no figure saves nothing.
   */
  async saveVersion(edited: PlanDataset, note: string): Promise<PlanDataset | null> {
    const parsed = parseDatasetVersion(edited.version);
    if (parsed === null || this.#deps.store === null) return null;
    const { datasetDifferences } = await import('../dataset-format/dataset-diff');
    const base = this.find(edited.version);
    if (
      base !== undefined &&
      datasetDifferences(base, edited).length === 0 &&
      base.title.zh === edited.title.zh &&
      base.title.en === edited.title.en
    ) {
      this.status = { kind: 'unchanged' };
      return null;
    }
    const revisions = this.datasets
      .map((d) => parseDatasetVersion(d.version)!)
      .filter((v) => v.line === parsed.line)
      .map((v) => v.revision);
    const next: PlanDataset = {
      ...edited,
      version: datasetVersionText(parsed.line, Math.max(parsed.revision, ...revisions) + 1),
      origin: { ...edited.origin!, note: note.trim() },
    };
    const engine = await this.#deps.engineProblem(next);
    if (engine !== null) {
      this.status = { kind: 'engine', message: engine };
      return null;
    }
    if (!(await this.#add([next]))) return null;
    this.status = { kind: 'saved', version: next.version };
    return next;
  }

  /** The dataset file of a period: every version of its line. */
  async exportLine(line: string): Promise<{ name: string; text: string }> {
    const { writeDatasetFile } = await import('../scenario-format/dataset-file');
    const versions = this.datasets.filter((d) => parseDatasetVersion(d.version)!.line === line);
    const first = versions[0]!;
    return {
      name: `${first.horizon.baseYear + 1}-${first.horizon.targetYear} ${first.title.zh}.datasets.json`.replace(
        /[\\/:*?"<>|]/g,
        '_',
      ),
      text: writeDatasetFile(versions, this.#deps.appVersion),
    };
  }

  /** Import a dataset file: every version checked (schema, then the engine), all or nothing. */
  async importFile(name: string, text: string): Promise<void> {
    if (this.#deps.store === null) return;
    this.status = { kind: 'working' };
    const { readDatasetFile } = await import('../scenario-format/dataset-file');
    const read = readDatasetFile(text);
    if (!read.ok) {
      this.status = { kind: 'fileRefused', name, problem: read.problem };
      return;
    }
    for (const dataset of read.datasets) {
      const engine = await this.#deps.engineProblem(dataset);
      if (engine !== null) {
        this.status = { kind: 'fileEngine', name, version: dataset.version, message: engine };
        return;
      }
    }
    try {
      const added = await (await this.#deps.store()).add(read.datasets, Date.now());
      await this.load();
      this.status = {
        kind: 'imported',
        name,
        added: added.added.length,
        alreadyStored: added.alreadyStored.length,
      };
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Open the app on a version (null: the embedded plan). */
  open(version: string | null, action: PendingDatasetAction | null = null): void {
    this.#deps.switchTo(version === this.embedded.version ? null : version, action);
  }

  /**
   * Re-run a scenario built on an older version on `to`: what carrying it over changes, and each
   * target before and after (nothing is saved).
   */
  rerun(scenario: Scenario, to: PlanDataset): Promise<CarryOutcome | { ok: false; unknownVersion: string }> {
    return this.#deps.rerun(scenario, to.version);
  }

  async #add(datasets: readonly PlanDataset[]): Promise<boolean> {
    try {
      await (await this.#deps.store!()).add(datasets, Date.now());
      await this.load();
      return true;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  #fail(error: unknown): void {
    const failure = error instanceof StorageFailure ? error : new StorageFailure('unknown', String(error));
    this.status = { kind: 'storage', failure: failure.kind, detail: failure.message };
  }
}

/** The local day of `date`, "YYYY-MM-DD". */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const KEY = Symbol('datasets');

/** The context entry that makes the periods available to a component tree mounted with it. */
export function datasetsContext(datasets: DatasetsState): [symbol, DatasetsState] {
  return [KEY, datasets];
}

/** Get the periods of the component tree. */
export function getDatasets(): DatasetsState {
  return getContext<DatasetsState>(KEY);
}
