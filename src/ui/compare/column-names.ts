import type { I18n } from '../../i18n/i18n.svelte';
import type { CompareColumn } from '../../state/compare.svelte';

/** What naming a column needs to know of the working draft. */
export interface DraftIdentity {
  /** The saved scenario the draft was opened from, if any. */
  readonly origin: { readonly name: string } | null;
  /** A scenario from a share link being previewed as the draft, if any. */
  readonly preview: { readonly name: string } | null;
}

/** The name a column is shown under, in the current language (user names are shown as typed). */
export function columnName(column: CompareColumn, i18n: I18n, draft: DraftIdentity): string {
  switch (column.source.kind) {
    case 'plan':
      return i18n.t('compare.column.plan');
    case 'draft': {
      const name = draft.preview?.name ?? draft.origin?.name;
      return name === undefined ? i18n.t('compare.column.draft') : i18n.t('compare.column.draftOf', { name });
    }
    case 'reference':
      return i18n.t(`reference.${column.source.id}`);
    case 'saved':
      return column.source.record.name;
    case 'link':
      return column.source.linked.name;
  }
}
