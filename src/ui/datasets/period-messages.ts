import type { I18n } from '../../i18n/i18n.svelte';
import type { DatasetFileProblem } from '../../scenario-format/dataset-file';
import { formatIssueText } from '../library/format-issue-text';

/** Why a period file was refused, in the language in use. */
export function fileProblemText(i18n: I18n, problem: DatasetFileProblem): string {
  switch (problem.kind) {
    case 'json':
      return formatIssueText(i18n, problem.issue);
    case 'notDatasetFile':
      return i18n.t('periods.file.notDatasetFile');
    case 'newerFormat':
      return i18n.t('periods.file.newerFormat', { formatVersion: problem.formatVersion });
    case 'empty':
      return i18n.t('periods.file.empty');
    case 'invalid':
      return i18n.t('periods.file.invalid', {
        index: problem.index,
        path: problem.path,
        message: problem.message,
      });
    case 'duplicate':
      return i18n.t('periods.file.duplicate', { version: problem.version });
  }
}
