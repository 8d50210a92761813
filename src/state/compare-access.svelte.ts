import { getContext } from 'svelte';
import type { CompareState } from './compare.svelte';

/**
 * The compare state, created on first use: the compare view, a compare link or the keyboard's report
 * key need it, the first screen does not, so its module (and its worker client) stay out of the
 * initial bundle. Created once and kept: a comparison outlives leaving the view.
 */
export class CompareAccess {
  /** The state once created; null before. */
  current = $state.raw<CompareState | null>(null);
  readonly #create: () => Promise<CompareState>;
  #loading: Promise<CompareState> | null = null;

  /** @param create imports the state's module and builds the state. */
  constructor(create: () => Promise<CompareState>) {
    this.#create = create;
  }

  /** The state, created on the first call (a failed creation is retried on the next). */
  load(): Promise<CompareState> {
    this.#loading ??= this.#create().then(
      (state) => (this.current = state),
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }

  /** Stop the state's worker, if it was ever created. */
  dispose(): void {
    this.current?.dispose();
  }
}

const KEY = Symbol('compare');

/** The context entry that makes the compare state available to a component tree mounted with it. */
export function compareContext(access: CompareAccess): [symbol, CompareAccess] {
  return [KEY, access];
}

/** The compare state's access of the component tree (to load it, or to see whether it exists). */
export function getCompareAccess(): CompareAccess {
  return getContext<CompareAccess>(KEY);
}

/** The compare state, in components shown only once it is loaded (the compare view and its report). */
export function getCompare(): CompareState {
  const state = getCompareAccess().current;
  if (state === null) throw new Error('the compare state is used before it was loaded (CompareAccess.load)');
  return state;
}
