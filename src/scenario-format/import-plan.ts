/**
 * Planning an import into the library: scenarios the library already holds unchanged are skipped;
 * those it holds with other content are skipped, kept as copies (a new id and a numbered name) or
 * replace the library's version, as the user chooses for the whole import. Pure: nothing is written.
 */
import { scenariosEqual } from '../scenario/updates';
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

/**
 * What to do with incoming scenarios whose id the library already holds with other content:
 * `skip` them (the library's version stays; the default), `keepBoth` (they come in as copies), or
 * `replace` the library's version with the file's.
 */
export type ImportChoice = 'skip' | 'keepBoth' | 'replace';

/** Incoming scenarios sorted by how they meet the library. */
export interface ImportClasses {
  /** Ids the library does not hold. */
  readonly fresh: readonly SavedScenario[];
  /** Ids the library holds with the same name, notes, tags and assumptions (a backup imported again). */
  readonly identical: readonly SavedScenario[];
  /** Ids the library holds with other content: these need the user's {@link ImportChoice}. */
  readonly differing: readonly { readonly incoming: SavedScenario; readonly existing: SavedScenario }[];
}

/** Whether two records hold the same name, notes, tags and assumptions (dates and revisions aside). */
export function sameContent(a: SavedScenario, b: SavedScenario): boolean {
  return (
    a.name === b.name &&
    a.notes === b.notes &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i]) &&
    scenariosEqual(a.scenario, b.scenario)
  );
}

/** Sort incoming scenarios into fresh, identical to the library's, and differing from it. */
export function classifyImport(
  existing: readonly SavedScenario[],
  incoming: readonly SavedScenario[],
): ImportClasses {
  const byId = new Map(existing.map((record) => [record.id, record]));
  const fresh: SavedScenario[] = [];
  const identical: SavedScenario[] = [];
  const differing: { incoming: SavedScenario; existing: SavedScenario }[] = [];
  for (const record of incoming) {
    const stored = byId.get(record.id);
    if (stored === undefined) fresh.push(record);
    else if (sameContent(record, stored)) identical.push(record);
    else differing.push({ incoming: record, existing: stored });
  }
  return { fresh, identical, differing };
}

/** What an import writes: records to add, records to write over the library's, and how many were skipped. */
export interface ResolvedImport {
  /** New records (fresh ids, or copies with new ids and numbered names). */
  readonly add: readonly SavedScenario[];
  /** The file's version of records the library holds, to be saved over them (revision + 1). */
  readonly replace: readonly SavedScenario[];
  /** Incoming records left out: identical to the library's, or differing and skipped. */
  readonly skipped: number;
}

/**
 * Decide, for a whole import at once, what enters the library: fresh ids come in as they are (or as
 * copies if two files share one); scenarios identical to the library's are skipped, silently; those
 * that differ follow `choice`. Nothing stored is changed here. Pure apart from `naming.newId`.
 */
export function resolveImport(
  existing: readonly SavedScenario[],
  incoming: readonly SavedScenario[],
  choice: ImportChoice,
  naming: ImportNaming = {},
): ResolvedImport {
  const { fresh, identical, differing } = classifyImport(existing, incoming);
  const copies = choice === 'keepBoth' ? differing.map((pair) => pair.incoming) : [];
  const add = planImport(existing, [...fresh, ...copies], naming);
  const replace = choice === 'replace' ? differing.map((pair) => pair.incoming) : [];
  const skipped = identical.length + (choice === 'skip' ? differing.length : 0);
  return { add, replace, skipped };
}
