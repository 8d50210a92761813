import { makeIssue, type Issue } from '../scenario/issues';
import { COMPARE_LINK_PREFIX, COMPARE_LINK_VERSION } from './compare-link';
import { SHARE_LINK_PREFIX, SHARE_LINK_VERSION, unpackLink } from './share-link';

/**
 * The plan period a share link's scenario (or a compare link's first scenario) is built on, read
 * before the link is checked — the check needs that period's dataset: its clusters, projects and
 * ranges. `version` is null for a link of an early release, whose scenarios carry none (they are all
 * of the embedded plan). Not `ok` when the link cannot be unpacked: decoding it then says why.
 */
export async function linkDatasetVersion(
  fragment: string,
): Promise<{ readonly ok: true; readonly version: string | null } | { readonly ok: false }> {
  const hash = fragment.startsWith('#') ? fragment : `#${fragment}`;
  const compare = hash.startsWith(COMPARE_LINK_PREFIX);
  const unpacked = compare
    ? await unpackLink(hash, COMPARE_LINK_PREFIX, COMPARE_LINK_VERSION)
    : await unpackLink(hash, SHARE_LINK_PREFIX, SHARE_LINK_VERSION);
  if (!unpacked.ok) return { ok: false };
  const value = unpacked.value as Record<string, unknown> | null;
  const scenario = compare
    ? (Array.isArray(value?.e) ? (value.e as unknown[]) : [])
        .map((entry) => (entry as Record<string, unknown> | null)?.s)
        .find((s) => typeof s === 'object' && s !== null)
    : value?.s;
  const version = (scenario as Record<string, unknown> | null | undefined)?.datasetVersion;
  return { ok: true, version: typeof version === 'string' ? version : null };
}

/** Why a link built on a period this browser does not hold is not opened. */
export function unknownPeriodIssue(version: string): Issue {
  return makeIssue('unknownPeriod', 'scenario.datasetVersion', { version });
}
