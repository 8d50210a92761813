import { getContext, setContext } from 'svelte';
import type { DeckRequest } from './slides';

/** Which presentation is on screen (none, or one deck), with full-screen handling. */
export class Presenter {
  /** The deck on screen; null when no presentation runs. */
  deck = $state.raw<DeckRequest | null>(null);
  #returnFocus: HTMLElement | null = null;

  /**
   * Ask the browser for full screen. Call it first thing in a click or key handler: browsers allow
   * full screen only during a user gesture. Where it is refused, the deck is a fixed overlay instead.
   */
  enterFullscreen(): void {
    if (
      document.fullscreenElement !== null ||
      typeof document.documentElement.requestFullscreen !== 'function'
    )
      return;
    document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => {
      // Refused (no gesture, iframe, policy): the deck still fills the window.
    });
  }

  /** Leave full screen if the page is in it. */
  exitFullscreen(): void {
    if (document.fullscreenElement !== null) void document.exitFullscreen().catch(() => undefined);
  }

  /** Show a deck from its first slide; focus returns to the current element when it closes. */
  open(deck: DeckRequest): void {
    this.#returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.deck = deck;
  }

  /** End the presentation: leave full screen and give focus back. */
  close(): void {
    if (this.deck === null) return;
    this.deck = null;
    this.exitFullscreen();
    const target = this.#returnFocus;
    this.#returnFocus = null;
    queueMicrotask(() => target?.focus());
  }
}

const KEY = Symbol('presenter');

/** Create the app's presenter and make it available to the component tree (call in App). */
export function providePresenter(): Presenter {
  const presenter = new Presenter();
  setContext(KEY, presenter);
  return presenter;
}

/** Get the presenter of the component tree, to open a deck from any view. */
export function getPresenter(): Presenter {
  return getContext<Presenter>(KEY);
}
