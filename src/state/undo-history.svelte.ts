/** Changes of one field closer together than this merge into one undo step (a slider drag), ms. */
export const UNDO_MERGE_MS = 800;
/** Undo steps kept. */
export const UNDO_LIMIT = 200;

/** How an {@link UndoHistory} merges and bounds its steps. */
export interface UndoOptions {
  /** Steps kept; older ones are forgotten (default {@link UNDO_LIMIT}). */
  readonly limit?: number;
  /** Changes of one key closer together than this, ms, make one step (default {@link UNDO_MERGE_MS}). */
  readonly mergeMs?: number;
  /** The clock, ms (Date.now by default). */
  readonly now?: () => number;
}

/**
 * An undo history of immutable values: it keeps references, never copies, so a step costs one
 * pointer however large the value. Repeated changes of one key (a slider drag) in quick succession
 * make one step; {@link batch} makes one step of several changes (e.g. one lever in every cluster).
 */
export class UndoHistory<T> {
  /** Whether there is a change to undo, or an undone change to redo. */
  canUndo = $state(false);
  canRedo = $state(false);

  readonly #limit: number;
  readonly #mergeMs: number;
  readonly #now: () => number;
  #undo: T[] = [];
  #redo: T[] = [];
  /** The value after the last recorded change. */
  #current: T;
  #lastKey: string | null = null;
  #lastAt = 0;
  /** Inside {@link batch}: the value before the batch, and whether it recorded anything. */
  #batch: { before: T; recorded: boolean } | null = null;

  constructor(initial: T, options: UndoOptions = {}) {
    this.#current = initial;
    this.#limit = options.limit ?? UNDO_LIMIT;
    this.#mergeMs = options.mergeMs ?? UNDO_MERGE_MS;
    this.#now = options.now ?? Date.now;
  }

  /** The value after the last recorded change (or the one restored by undo/redo). */
  get current(): T {
    return this.#current;
  }

  /**
   * Record that the value changed to `next`. Changes with the same non-null `key` less than the merge
   * interval apart join the previous step. Anything undone is no longer redoable.
   */
  record(next: T, key: string | null = null): void {
    if (next === this.#current) return;
    if (this.#batch !== null) {
      this.#batch.recorded = true;
      this.#current = next;
      return;
    }
    const now = this.#now();
    const merge = key !== null && key === this.#lastKey && now - this.#lastAt < this.#mergeMs;
    if (!merge) this.#push(this.#current);
    this.#redo = [];
    this.#current = next;
    this.#lastKey = key;
    this.#lastAt = now;
    this.#sync();
  }

  /** Run `changes` (which record as usual) as one step: one undo brings back the value before them all. */
  batch(changes: () => void): void {
    if (this.#batch !== null) {
      changes();
      return;
    }
    this.#batch = { before: this.#current, recorded: false };
    try {
      changes();
    } finally {
      const { before, recorded } = this.#batch;
      this.#batch = null;
      if (recorded && this.#current !== before) {
        this.#push(before);
        this.#redo = [];
        this.#lastKey = null;
        this.#sync();
      }
    }
  }

  /** Step back; returns the value to show, or undefined when there is nothing to undo. */
  undo(): T | undefined {
    const previous = this.#undo.pop();
    if (previous === undefined) return undefined;
    this.#redo.push(this.#current);
    return this.#moveTo(previous);
  }

  /** Step forward again; returns the value to show, or undefined when there is nothing to redo. */
  redo(): T | undefined {
    const next = this.#redo.pop();
    if (next === undefined) return undefined;
    this.#undo.push(this.#current);
    return this.#moveTo(next);
  }

  /** Start a new history at `value` (after opening another scenario): nothing to undo or redo. */
  reset(value: T): void {
    this.#undo = [];
    this.#redo = [];
    this.#current = value;
    this.#lastKey = null;
    this.#sync();
  }

  #moveTo(value: T): T {
    this.#current = value;
    this.#lastKey = null;
    this.#sync();
    return value;
  }

  #push(value: T): void {
    this.#undo.push(value);
    if (this.#undo.length > this.#limit) this.#undo.shift();
  }

  #sync(): void {
    this.canUndo = this.#undo.length > 0;
    this.canRedo = this.#redo.length > 0;
  }
}
