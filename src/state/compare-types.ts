/** The compare view's vocabulary: column keys and sources, what a comparison's state can be, its dependencies. */
import type { PlanDataset } from '../data/plan-types';
import type { ReferenceId } from '../data/references';
import type { Comparison, WaterfallOutcome } from '../engine/compare';
import type { Scenario } from '../scenario/scenario';
import type { SavedScenario } from '../scenario-format/saved-scenario';
import type { StoredCompareKey, StoredCompareSelection } from '../storage/compare-selection';
import type { CompareClient } from '../worker-client/compare-client';

/** Most scenarios compared at once (library scenarios, the draft, scenarios from a link), besides the plan. */
export const MAX_COMPARED_SCENARIOS = 4;

/**
 * A column's key: `plan`, `draft`, `saved:<id>`, `ref:<id>` for a reference scenario, or `link:<n>`
 * for the n-th scenario of an opened link.
 */
export type CompareKey = StoredCompareKey | `link:${number}`;

/** A scenario carried by an opened compare link that is not (identically) in this library. */
export interface LinkedScenario {
  readonly key: `link:${number}`;
  readonly name: string;
  readonly scenario: Scenario;
  /** The id it has in the sender's library, if it was saved there. */
  readonly savedId: string | null;
  /** Whether it was the sender's working draft. */
  readonly fromDraft: boolean;
}

/** A comparison opened from a link: shown, never stored, until the user keeps it. */
export interface LinkedComparison {
  /** The link's scenarios that are not in this library as they are. */
  readonly scenarios: readonly LinkedScenario[];
  readonly keys: readonly CompareKey[];
  readonly reference: CompareKey | null;
  /** Dataset versions, other than the current one, of the link's scenarios. */
  readonly otherDatasets: readonly string[];
}

/** Where a column's scenario comes from. */
export type ColumnSource =
  | { readonly kind: 'plan' }
  | { readonly kind: 'draft' }
  | { readonly kind: 'reference'; readonly id: ReferenceId }
  | { readonly kind: 'saved'; readonly record: SavedScenario }
  | { readonly kind: 'link'; readonly linked: LinkedScenario };

/** One column as the view shows it. */
export interface CompareColumn {
  readonly key: CompareKey;
  readonly source: ColumnSource;
  /** The assumptions (a plain copy); null for the plan. */
  readonly scenario: Scenario | null;
}

/** Where the comparison stands. */
export type ReportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | {
      readonly kind: 'ready';
      readonly comparison: Comparison;
      /** The columns it was computed for (they may have changed since: a newer answer is on its way). */
      readonly columns: readonly CompareColumn[];
      /** The {@link CompareState.requestKey} it answers; it is current while the two are equal. */
      readonly requestKey: string;
    }
  | { readonly kind: 'failed'; readonly reason: 'timeout' | 'crashed' | 'error'; readonly message: string };

/** Where the breakdown of a difference stands. */
export type WaterfallState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | {
      readonly kind: 'ready';
      readonly outcome: WaterfallOutcome;
      readonly from: CompareKey;
      readonly to: CompareKey;
    }
  | { readonly kind: 'failed'; readonly reason: 'timeout' | 'crashed' | 'error'; readonly message: string };

/** How the breakdown is shown: by lever group (growth, investment, land) or by cluster. */
export type WaterfallBy = 'group' | 'cluster';

/** What the compare state reads of the library. */
export interface CompareLibrary {
  readonly items: readonly SavedScenario[];
  /** Whether the list has been read once (until then, unknown ids are not dropped). */
  readonly loaded: boolean;
  /** Add records (new ids checked by the caller); false when storage refused. */
  applyImport(
    add: readonly SavedScenario[],
    replace: readonly SavedScenario[],
    skipped: number,
  ): Promise<boolean>;
}

/** What the compare state reads of the workbench. */
export interface CompareWorkbench {
  readonly dataset: PlanDataset;
  /** The working draft (a reactive object: read, never written, here). */
  readonly scenario: Scenario;
}

/** What the compare state needs from outside. */
export interface CompareDeps {
  readonly library: CompareLibrary;
  readonly workbench: CompareWorkbench;
  readonly client: CompareClient;
  /** The selection's storage (src/storage/compare-selection.ts). */
  readonly store: {
    load(): StoredCompareSelection | null;
    save(selection: StoredCompareSelection): boolean;
  };
  readonly appVersion: string;
  /** The clock for new records' dates, ms. */
  readonly now?: () => number;
}
