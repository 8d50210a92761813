import { REFERENCE_IDS, type ReferenceId } from '../data/references';

/**
 * The compare view's own selection (which scenarios, which reference), kept across reloads in
 * localStorage: it is a small preference, read synchronously at start-up, not work to protect like
 * scenarios (those live in IndexedDB). A comparison opened from a link is never written here.
 */

/** localStorage key of the selection. Changing it forgets every user's selection. */
export const COMPARE_SELECTION_KEY = 'qianjiang-simulator.compare';

/** Version of the stored form; a newer one is ignored (the view starts with its defaults). */
const STORED_VERSION = 1;

/** Most keys a stored selection holds: the plan and four scenarios. */
export const MAX_STORED_KEYS = 5;

/** Longest key: `saved:` and an id of up to 128 characters. */
const MAX_KEY_LENGTH = 6 + 128;

/**
 * A column key: `plan`, `draft`, `saved:<id>` of a scenario in the library, or `ref:<id>` of a
 * reference scenario of the dataset (src/data/references.ts).
 */
export type StoredCompareKey = 'plan' | 'draft' | `saved:${string}` | `ref:${ReferenceId}`;

/** The key of a reference scenario's column. */
export function referenceKey(id: ReferenceId): `ref:${ReferenceId}` {
  return `ref:${id}`;
}

/** The reference scenario a key names; null for any other key. */
export function referenceIdOf(key: string): ReferenceId | null {
  if (!key.startsWith('ref:')) return null;
  const id = key.slice('ref:'.length);
  return (REFERENCE_IDS as readonly string[]).includes(id) ? (id as ReferenceId) : null;
}

/** The selection as stored: column keys in order and the reference (one of them, or null). */
export interface StoredCompareSelection {
  readonly keys: readonly StoredCompareKey[];
  readonly reference: StoredCompareKey | null;
}

/** Whether a value is a key a selection may store. */
export function isStoredCompareKey(value: unknown): value is StoredCompareKey {
  return (
    typeof value === 'string' &&
    value.length <= MAX_KEY_LENGTH &&
    (value === 'plan' ||
      value === 'draft' ||
      (value.startsWith('saved:') && value.length > 6) ||
      referenceIdOf(value) !== null)
  );
}

/** Check a parsed value; null when it is not a selection this version stored. */
export function parseCompareSelection(value: unknown): StoredCompareSelection | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (record['v'] !== STORED_VERSION || !Array.isArray(record['keys'])) return null;
  const keys = record['keys']
    .filter(isStoredCompareKey)
    .filter((key, index, all) => all.indexOf(key) === index);
  if (keys.length > MAX_STORED_KEYS) return null;
  const reference = record['reference'];
  return { keys, reference: isStoredCompareKey(reference) && keys.includes(reference) ? reference : null };
}

/** Read the stored selection; null when none was stored, it is unreadable, or storage is unavailable. */
export function loadCompareSelection(
  storage: Storage | undefined = globalThis.localStorage,
): StoredCompareSelection | null {
  try {
    const text = storage?.getItem(COMPARE_SELECTION_KEY);
    return text == null ? null : parseCompareSelection(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Store the selection (synchronously, so a reload right after keeps it); false when storage refused. */
export function saveCompareSelection(
  selection: StoredCompareSelection,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    if (storage === undefined) return false;
    storage.setItem(
      COMPARE_SELECTION_KEY,
      JSON.stringify({ v: STORED_VERSION, keys: selection.keys, reference: selection.reference }),
    );
    return true;
  } catch {
    // Private mode or a full disk: the selection lasts for this session only.
    return false;
  }
}
