import type { PlanDataset } from '../data/plan-types';
import type { Scenario } from '../scenario/scenario';
import type { HeldRecord, LibraryContents } from '../storage/scenario-repository';
import type { KeptDraft, WorkingDraftStore } from '../storage/working-draft';

/**
 * What storage holds that this version cannot use as it is: saved scenarios written by a newer
 * release or not migratable, and working drafts kept aside. They are never changed or dropped by
 * the app; the library lists them with their reason, offers them as files, opens a newer one
 * read-only where it can, and deletes a kept draft only when the user says so.
 */
export class HeldRecordsState {
  /** Stored records this version cannot use, kept untouched, with their reason. */
  records = $state.raw<readonly HeldRecord[]>([]);
  /** Working drafts kept aside (unreadable, newer, or replaced while storage was blocked). */
  keptDrafts = $state.raw<readonly KeptDraft[]>([]);

  readonly #draftStore: WorkingDraftStore | null;
  readonly #dataset: PlanDataset;

  constructor(draftStore: WorkingDraftStore | null, dataset: PlanDataset) {
    this.#draftStore = draftStore;
    this.#dataset = dataset;
  }

  /** Take the held records of a fresh list, and re-read the kept drafts. */
  async update(contents: LibraryContents): Promise<void> {
    if (contents.held.length > 0 || this.records.length > 0) this.records = contents.held;
    const kept = (await this.#draftStore?.listKept().catch(() => null)) ?? [];
    if (kept.length > 0 || this.keptDrafts.length > 0) this.keptDrafts = kept;
  }

  /** Delete a kept draft (after the user saw it, and perhaps saved it as a file). */
  async deleteKeptDraft(id: KeptDraft['id']): Promise<void> {
    await this.#draftStore?.deleteKept(id);
    this.keptDrafts = this.keptDrafts.filter((draft) => draft.id !== id);
  }

  /** The assumptions of a record written by a newer version, where this version can read them; else null. */
  async readable(held: HeldRecord): Promise<Scenario | null> {
    if (held.kind !== 'newer') return null;
    const { parseScenario } = await import('../scenario/schema');
    const parsed = parseScenario((held.raw as { scenario?: unknown } | null)?.scenario, this.#dataset);
    return parsed.ok ? parsed.value : null;
  }
}
