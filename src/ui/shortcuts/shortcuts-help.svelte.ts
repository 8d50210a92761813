import { getContext, setContext } from 'svelte';

/** Whether the keyboard-shortcuts panel is open. */
export class ShortcutsHelp {
  open = $state(false);

  /** Open the panel if closed, close it if open. */
  toggle(): void {
    this.open = !this.open;
  }
}

const KEY = Symbol('shortcuts-help');

/** Create the shortcuts panel's state and make it available to the component tree (call in App). */
export function provideShortcutsHelp(): ShortcutsHelp {
  const help = new ShortcutsHelp();
  setContext(KEY, help);
  return help;
}

/** Get the shortcuts panel's state, e.g. for a button that opens it. */
export function getShortcutsHelp(): ShortcutsHelp {
  return getContext<ShortcutsHelp>(KEY);
}
