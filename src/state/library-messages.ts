import type { Issue, ImportWarning } from '../scenario/issues';
import type { SavedScenario } from '../scenario-format/saved-scenario';
import { classifyStorageError, type StorageFailureKind } from '../storage/storage-errors';

/** How the library list is ordered. */
export type LibrarySort = 'updated' | 'name';

/** The records a library shows: those whose name, notes or tags hold every word of the query, sorted. */
export function visibleRecords(
  items: readonly SavedScenario[],
  query: string,
  sort: LibrarySort,
): SavedScenario[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = items.filter((item) => {
    const text = `${item.name}\n${item.notes}\n${item.tags.join('\n')}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  if (sort === 'name') matches.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  else matches.sort((a, b) => b.updatedAt - a.updatedAt);
  return matches;
}

/** A message the library shows after an action (worded by the UI per language). */
export type LibraryMessage =
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'deleted'; readonly id: string; readonly name: string }
  | { readonly kind: 'restored'; readonly name: string }
  | { readonly kind: 'deletedElsewhere'; readonly name: string }
  | {
      readonly kind: 'imported';
      /** Records added (new ids and copies). */
      readonly count: number;
      /** Records the file's version was saved over. */
      readonly replaced: number;
      /** Records left out: already in the library unchanged, or differing and skipped. */
      readonly skipped: number;
      readonly warnings: readonly ImportWarning[];
    }
  | { readonly kind: 'importFailed'; readonly fileName: string; readonly issue: Issue }
  | { readonly kind: 'linkOpened'; readonly name: string }
  | { readonly kind: 'linkBad'; readonly issue: Issue }
  | { readonly kind: 'failure'; readonly failure: StorageFailureKind; readonly detail: string }
  | { readonly kind: 'invalid'; readonly detail: string }
  /** A record was refused by the schema (e.g. a blank name): the first problem. */
  | { readonly kind: 'invalidRecord'; readonly issue: Issue };

/** Storage usage as the browser reports it. */
export interface StorageUsage {
  /** Whether the browser keeps the data under storage pressure; null when it cannot tell. */
  readonly persisted: boolean | null;
  /** Bytes used and available to the origin; null when unknown. */
  readonly usage: number | null;
  readonly quota: number | null;
}

/** The message a failed library action shows: the record's first problem, or the storage failure. */
export function messageOfError(error: unknown): LibraryMessage {
  if (error instanceof Error && error.name === 'InvalidRecord') {
    const issues = (error as Error & { issues?: readonly Issue[] }).issues ?? [];
    return issues[0] === undefined
      ? { kind: 'invalid', detail: error.message }
      : { kind: 'invalidRecord', issue: issues[0] };
  }
  const failure = classifyStorageError(error);
  return { kind: 'failure', failure: failure.kind, detail: failure.message };
}
