/**
 * Planning an import into the library: an incoming scenario whose id is already taken comes in as a
 * copy with a new id and a numbered name; nothing stored is ever overwritten.
 */
import { SAVED_SCENARIO_LIMITS, newScenarioId, type SavedScenario } from './saved-scenario';

/** How copies are named and identified; the UI passes its language's wording. */
export interface ImportNaming {
  /**
   * Name of the `copyNumber`-th copy (2, 3, …) of a scenario called `name`; default `${name} (${copyNumber})`,
   * e.g. `(name, n) => \`${name}（${n}）\`` in Chinese. The name is shortened to keep the result within
   * 200 characters.
   */
  readonly copyName?: (name: string, copyNumber: number) => string;
  /** Make a new id; default {@link newScenarioId}. */
  readonly newId?: () => string;
}

/** Default copy name: `Plan A (2)`. */
export function defaultCopyName(name: string, copyNumber: number): string {
  return `${name} (${copyNumber})`;
}

/** Give up on an id generator that keeps returning taken ids, rather than loop forever. */
const MAX_ID_ATTEMPTS = 1000;

function copyNameFitting(
  name: string,
  copyNumber: number,
  copyName: (name: string, copyNumber: number) => string,
): string {
  const max = SAVED_SCENARIO_LIMITS.nameMaxLength;
  let base = name;
  let result = copyName(base, copyNumber);
  // Shorten by code points so a surrogate pair is never split.
  const codePoints = Array.from(name);
  while (result.length > max && codePoints.length > 1) {
    codePoints.pop();
    base = codePoints.join('').trimEnd();
    result = copyName(base, copyNumber);
  }
  return result.length > max ? result.slice(0, max) : result;
}

/**
 * Decide how incoming scenarios enter the library. A scenario whose id is free keeps its id and name; one
 * whose id is taken (by a stored scenario or an earlier incoming one) becomes a copy: a new id and the
 * first name `copyName(name, n)`, n = 2, 3, …, that no stored or incoming scenario has. Every other field
 * is kept. The incoming records are not changed. Pure apart from `newId`.
 *
 * @param existing the ids and names of the scenarios in the library
 * @param incoming the scenarios to import (e.g. from {@link decodeFile})
 * @returns the records to add, in the incoming order; none of their ids is in `existing`
 */
export function planImport(
  existing: readonly Pick<SavedScenario, 'id' | 'name'>[],
  incoming: readonly SavedScenario[],
  naming: ImportNaming = {},
): SavedScenario[] {
  const copyName = naming.copyName ?? defaultCopyName;
  const newId = naming.newId ?? newScenarioId;
  const takenIds = new Set(existing.map((record) => record.id));
  const takenNames = new Set([...existing, ...incoming].map((record) => record.name));
  return incoming.map((record) => {
    if (!takenIds.has(record.id)) {
      takenIds.add(record.id);
      return record;
    }
    let id = newId();
    for (let attempt = 1; takenIds.has(id); attempt++) {
      if (attempt >= MAX_ID_ATTEMPTS)
        throw new Error('planImport: newId() keeps returning ids already taken');
      id = newId();
    }
    let copyNumber = 2;
    let name = copyNameFitting(record.name, copyNumber, copyName);
    // Names need not be unique: stop if a custom copyName keeps giving taken names.
    while (takenNames.has(name) && copyNumber <= takenNames.size + 1) {
      name = copyNameFitting(record.name, ++copyNumber, copyName);
    }
    takenIds.add(id);
    takenNames.add(name);
    return { ...record, id, name };
  });
}
