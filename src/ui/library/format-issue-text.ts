import type { I18n } from '../../i18n/i18n.svelte';
import type { MessageKey } from '../../i18n/messages/zh';
import type { Issue } from '../../scenario/issues';

/** Word a problem found in a file or link in the current language, from its code and parameters. */
export function formatIssueText(i18n: I18n, issue: Issue): string {
  const params: Record<string, string | number> = { path: issue.path || '—' };
  for (const [key, value] of Object.entries(issue.params as Record<string, unknown>)) {
    if (value === null || value === undefined) continue;
    params[key] = Array.isArray(value) ? value.join(' / ') : String(value);
  }
  if (issue.code === 'wrongType') {
    params.expected = i18n.t(`format.type.${issue.params.expected}`);
    params.received = i18n.t(`format.type.${issue.params.received}`);
  }
  if (issue.code === 'notJson') {
    const { line, column } = issue.params;
    params.where = line === null || column === null ? '' : i18n.t('format.notJsonAt', { line, column });
  }
  return i18n.t(`format.${issue.code}` as MessageKey, params);
}
