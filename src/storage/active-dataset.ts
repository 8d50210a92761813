import type { Scenario } from '../scenario/scenario';

/**
 * Which dataset the app opens on (localStorage, so a reload and the next visit open the same period),
 * and what to do right after it has (sessionStorage: an action survives the reload that switches the
 * dataset, and nothing else).
 */

const ACTIVE_KEY = 'qianjiang-simulator.dataset';
const PENDING_KEY = 'qianjiang-simulator.dataset-pending';

/** The version the app opens on; null for the embedded plan (or when storage is unavailable). */
export function loadActiveDatasetVersion(): string | null {
  try {
    const value = globalThis.localStorage?.getItem(ACTIVE_KEY) ?? null;
    return value === null || value === '' ? null : value;
  } catch {
    return null;
  }
}

/** Remember the version to open on (null: the embedded plan); false when storage refused. */
export function saveActiveDatasetVersion(version: string | null): boolean {
  try {
    if (globalThis.localStorage === undefined) return false;
    if (version === null) globalThis.localStorage.removeItem(ACTIVE_KEY);
    else globalThis.localStorage.setItem(ACTIVE_KEY, version);
    return true;
  } catch {
    return false;
  }
}

/** What to do once the app has opened on the dataset it switched to. */
export type PendingDatasetAction =
  /** Open a saved scenario (built on this version). */
  | { readonly kind: 'openRecord'; readonly id: string }
  /** Open a share or compare link whose scenarios are built on this version (the fragment, `#s=…`/`#c=…`). */
  | { readonly kind: 'openLink'; readonly fragment: string }
  /** Show a scenario carried over from an older version, still linked to its saved record. */
  | {
      readonly kind: 'carried';
      readonly scenario: Scenario;
      readonly origin: { readonly id: string; readonly revision: number; readonly name: string } | null;
      /** The version it was built on, to say so. */
      readonly fromVersion: string;
    };

/** Leave an action for the next start; false when storage refused. */
export function savePendingDatasetAction(action: PendingDatasetAction): boolean {
  try {
    if (globalThis.sessionStorage === undefined) return false;
    globalThis.sessionStorage.setItem(PENDING_KEY, JSON.stringify(action));
    return true;
  } catch {
    return false;
  }
}

/** Take the action left for this start (it is removed); null when there is none or it cannot be read. */
export function takePendingDatasetAction(): PendingDatasetAction | null {
  try {
    const text = globalThis.sessionStorage?.getItem(PENDING_KEY) ?? null;
    if (text === null) return null;
    globalThis.sessionStorage.removeItem(PENDING_KEY);
    const value = JSON.parse(text) as PendingDatasetAction;
    return value.kind === 'openRecord' || value.kind === 'carried' || value.kind === 'openLink'
      ? value
      : null;
  } catch {
    return null;
  }
}

const MARKER_KEY = 'qianjiang-simulator.has-datasets';

/**
 * Whether this browser has planners' datasets: the app reads them before it starts only then, so a
 * first visit pays nothing. Set on the first write; a stale "yes" costs one read.
 */
export function hasStoredDatasets(): boolean {
  try {
    return globalThis.localStorage?.getItem(MARKER_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remember that this browser has planners' datasets (set by the store's first write). */
export function markStoredDatasets(): void {
  try {
    globalThis.localStorage?.setItem(MARKER_KEY, '1');
  } catch {
    // Storage refused: the datasets are still read when the periods view opens.
  }
}
