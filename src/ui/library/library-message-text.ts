import type { I18n } from '../../i18n/i18n.svelte';
import type { LibraryMessage } from '../../state/library-messages';
import { formatIssueText } from './format-issue-text';

/** Word a storage failure for the user: what happened and what to do. */
export function failureText(i18n: I18n, failure: string, detail: string): string {
  switch (failure) {
    case 'quota':
      return i18n.t('storage.quota');
    case 'unavailable':
      return i18n.t('storage.unavailable');
    case 'closed':
      return i18n.t('storage.closed');
    case 'newerVersion':
      return i18n.t('storage.newerVersion');
    case 'conflict':
      return i18n.t('storage.conflict', { detail });
    case 'notFound':
      return i18n.t('storage.notFound');
    default:
      return i18n.t('storage.unknown', { detail });
  }
}

/** Word a library message in the current language. */
export function libraryMessageText(i18n: I18n, message: LibraryMessage): string {
  switch (message.kind) {
    case 'saved':
      return i18n.t('message.saved', { name: message.name });
    case 'deleted':
      return i18n.t('message.deleted', { name: message.name });
    case 'restored':
      return i18n.t('message.restored', { name: message.name });
    case 'deletedElsewhere':
      return i18n.t('message.deletedElsewhere', { name: message.name });
    case 'imported':
      return [
        i18n.t('files.importDone', { count: message.count }),
        ...(message.replaced > 0 ? [i18n.t('files.importReplaced', { count: message.replaced })] : []),
        ...(message.skipped > 0 ? [i18n.t('files.importSkipped', { count: message.skipped })] : []),
        ...message.warnings.map((warning) =>
          warning.code === 'migrated'
            ? i18n.t('files.importWarningMigrated', { count: warning.params.count })
            : i18n.t('files.importWarningDataset', {
                count: warning.params.count,
                version: warning.params.datasetVersion,
                current: warning.params.currentVersion,
              }),
        ),
      ].join(' ');
    case 'importFailed':
      return i18n.t('files.importFailed', {
        file: message.fileName,
        message: formatIssueText(i18n, message.issue),
      });
    case 'linkOpened':
      return i18n.t('share.opened', { name: message.name });
    case 'linkBad':
      // A period this browser lacks is not damage: say what to import, not "ask for the whole link".
      return i18n.t(message.issue.code === 'unknownPeriod' ? 'share.unknownPeriod' : 'share.bad', {
        message: formatIssueText(i18n, message.issue),
      });
    case 'invalid':
      return i18n.t('message.invalid', { detail: message.detail });
    case 'invalidRecord':
      return i18n.t('message.invalid', { detail: formatIssueText(i18n, message.issue) });
    case 'failure':
      return failureText(i18n, message.failure, message.detail);
  }
}

/** Whether a message reports a problem (shown as an alert) rather than a success. */
export function isProblem(message: LibraryMessage): boolean {
  return (
    message.kind === 'failure' ||
    message.kind === 'importFailed' ||
    message.kind === 'linkBad' ||
    message.kind === 'invalid' ||
    message.kind === 'invalidRecord'
  );
}
