import { getContext } from 'svelte';
import type { ActualValue } from '../data/actuals-types';
import type { PlanDataset } from '../data/plan-types';
import type { ActualsIssue } from '../actuals-format/actuals-issues';
import { checkActualValues, sortActuals } from '../actuals-format/actuals-schema';
import type { ActualsStore } from '../storage/actuals-store';
import { StorageFailure } from '../storage/storage-errors';
import type { Evaluation } from '../engine/evaluation/evaluate';

/** What the last import or save said. */
export type ActualsMessage =
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'imported'; readonly name: string; readonly count: number }
  | { readonly kind: 'refused'; readonly name: string; readonly issues: readonly ActualsIssue[] }
  | { readonly kind: 'saved' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'unreadable'; readonly reason: string }
  /** A backup brought actuals that differ from those held: kept apart until the user chooses. */
  | { readonly kind: 'offered'; readonly values: readonly ActualValue[] }
  | { readonly kind: 'restored'; readonly count: number };

/** What the actuals state needs from outside. */
export interface ActualsDeps {
  /** The zone's first plan: the figures and years actuals may be entered for are checked against it. */
  readonly dataset: PlanDataset;
  /**
   * The plan the actuals are evaluated against: the period the app runs on (the first plan itself, or
   * a later period for its mid-term or final evaluation). The first plan when not given.
   */
  readonly plan?: PlanDataset;
  /** Null without IndexedDB: actuals then live in memory for the page's life. */
  readonly store: ActualsStore | null;
  /** Evaluate {@link plan} against actuals (in the app: the library worker, off the main thread). */
  readonly evaluate: (values: readonly ActualValue[]) => Promise<Evaluation>;
}

/**
 * The zone's actuals as the app holds them: loaded from storage, replaced by an import or by the
 * table's edits (all or nothing), and the evaluation computed from them (on first use, off the
 * input's path).
 */
export class ActualsState {
  values = $state.raw<readonly ActualValue[]>([]);
  revision = $state(0);
  loaded = $state(false);
  /** Whether the stored record could not be read: then nothing is written over it. */
  locked = $state(false);
  message = $state.raw<ActualsMessage | null>(null);
  evaluation = $state.raw<Evaluation | null>(null);
  /** The actuals {@link evaluation} was computed from: it is current only while they are {@link values}. */
  evaluatedValues = $state.raw<readonly ActualValue[] | null>(null);
  evaluating = $state(false);

  readonly dataset: PlanDataset;
  /** The plan evaluated: its years, targets and plan path (see {@link ActualsDeps.plan}). */
  readonly plan: PlanDataset;
  readonly #store: ActualsStore | null;
  readonly #evaluate: ActualsDeps['evaluate'];
  #evaluationFor: readonly ActualValue[] | null = null;

  constructor(deps: ActualsDeps) {
    this.dataset = deps.dataset;
    this.plan = deps.plan ?? deps.dataset;
    this.#store = deps.store;
    this.#evaluate = deps.evaluate;
  }

  /** The evaluation of the actuals as they are now; null while it is being computed. */
  get current(): Evaluation | null {
    return this.evaluatedValues === this.values ? this.evaluation : null;
  }

  /** Whether actuals are kept across reloads. */
  get persistent(): boolean {
    return this.#store !== null;
  }

  /** Read the stored actuals (once; again after a conflict). */
  async load(): Promise<void> {
    if (this.#store === null) {
      this.loaded = true;
      return;
    }
    try {
      const read = await this.#store.read();
      if (read.kind === 'ready') {
        this.values = read.record.values;
        this.revision = read.record.revision;
      } else if (read.kind === 'unreadable') {
        this.locked = true;
        this.message = { kind: 'unreadable', reason: read.reason };
      }
    } catch (error) {
      this.message = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
    this.loaded = true;
  }

  /**
   * Replace every actual by `values` (valid ones only: refused values change nothing, stored or
   * shown). Returns whether they were kept.
   */
  async replace(values: readonly ActualValue[]): Promise<boolean> {
    const problem = checkActualValues(this.dataset, values);
    if (problem !== null) {
      this.message = { kind: 'failed', reason: problem };
      return false;
    }
    if (this.locked) return false;
    const sorted = sortActuals(this.dataset, values);
    if (this.#store === null) {
      this.values = sorted;
      this.revision++;
      return true;
    }
    try {
      const record = await this.#store.write(sorted, this.revision);
      this.values = record.values;
      this.revision = record.revision;
      return true;
    } catch (error) {
      if (error instanceof StorageFailure && error.kind === 'conflict') {
        this.message = { kind: 'conflict' };
        await this.load();
      } else {
        this.message = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
      return false;
    }
  }

  /**
   * Actual figures a backup file brought: taken at once when none are held (or they are the same),
   * otherwise offered (the evaluation view asks before replacing the ones held).
   */
  async offer(values: readonly ActualValue[]): Promise<void> {
    if (!this.loaded) await this.load();
    const same =
      JSON.stringify(sortActuals(this.dataset, values)) ===
      JSON.stringify(sortActuals(this.dataset, this.values));
    if (same) return;
    if (this.values.length === 0) {
      if (await this.replace(values)) this.message = { kind: 'restored', count: values.length };
      return;
    }
    this.message = { kind: 'offered', values };
  }

  /** Import a filled template (XLSX or CSV): all or nothing, each problem naming its cell. */
  async importFile(file: File): Promise<void> {
    this.message = { kind: 'reading', name: file.name };
    const { checkActualsFileSize, readActualsFile } = await import('../actuals-format/read-actuals-file');
    // A file over the cap is refused by its size, before it is read.
    const sized = checkActualsFileSize(file.size);
    const result = sized ?? (await readActualsFile(new Uint8Array(await file.arrayBuffer()), this.dataset));
    if (!result.ok) {
      this.message = { kind: 'refused', name: file.name, issues: result.issues };
      return;
    }
    if (await this.replace(result.values)) {
      this.message = { kind: 'imported', name: file.name, count: result.values.length };
    }
  }

  /** The evaluation of the current actuals, computed when asked for and when the actuals change. */
  async evaluate(): Promise<void> {
    const values = this.values;
    if (this.#evaluationFor === values) return;
    this.#evaluationFor = values;
    this.evaluating = true;
    try {
      const evaluation = await this.#evaluate(values);
      if (this.#evaluationFor !== values) return;
      this.evaluation = evaluation;
      this.evaluatedValues = values;
    } catch (error) {
      if (this.#evaluationFor !== values) return;
      this.#evaluationFor = null;
      this.message = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
    this.evaluating = false;
  }
}

const KEY = Symbol('actuals');

/** The context entry that makes the actuals available to a component tree mounted with it. */
export function actualsContext(actuals: ActualsState): [symbol, ActualsState] {
  return [KEY, actuals];
}

/** Get the actuals of the component tree. */
export function getActuals(): ActualsState {
  return getContext<ActualsState>(KEY);
}
