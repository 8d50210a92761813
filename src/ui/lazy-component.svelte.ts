import type { Component } from 'svelte';

/**
 * A component whose module loads on first use and is kept once loaded.
 *
 * Not `{#await import(…)}` in a template: in Svelte 5.57 an await block that resolves writes its
 * value while the block's effect is active, outside any effect run, and Svelte records such writes in
 * a module-level list that nothing empties (`untracked_writes` in its runtime). Every view switched
 * through one await block stayed reachable from that list: about 785 DOM nodes per round trip between
 * two lazily loaded views, never collected. Here the module is awaited outside any effect.
 */
export class LazyComponent<T extends Component<any>> {
  /** The component, once its module (and whatever else `load` waits for) has loaded. */
  current = $state.raw<T | null>(null);
  readonly #load: () => Promise<{ default: T }>;
  #loading: Promise<void> | null = null;

  /** @param load imports the module; it may also wait for what the component needs (e.g. its messages). */
  constructor(load: () => Promise<{ default: T }>) {
    this.#load = load;
  }

  /** Start loading, once; a failed load is retried on the next call. */
  load(): void {
    this.#loading ??= this.#load().then(
      (module) => {
        this.current = module.default;
      },
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
  }
}
