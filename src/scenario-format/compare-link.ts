/**
 * A comparison in a URL fragment, `#c=<payload>`: which scenarios are compared, which is the
 * reference, and the scenarios themselves, so the link opens the same comparison on any machine.
 *
 * The payload is framed exactly like a share link (share-link.ts): base64url (no padding) of one
 * version byte, the CRC-32 (big-endian) of the body, and the body — a zlib stream of the UTF-8 JSON
 * `{"v": shape version, "r": reference index, "e": [entry, …]}` (version byte 1, release 0.1.0, has
 * no `v`: its scenarios are of shape 1; older shapes are migrated as the link opens) where an entry is `{"k":"p"}` (the plan's targets),
 * `{"k":"d","n":name,"s":scenario}` (a working draft) or `{"k":"s","i":id,"n":name,"s":scenario}`
 * (a saved scenario: its id lets the app that saved it recognise it). Decoding is as strict as for
 * share links: checksums, size cap, forbidden keys, schema and the plan's ranges. See
 * docs/scenario-format.md, "Compare links".
 */
import * as v from 'valibot';
import { PLAN_DATASET } from '../data/plan-dataset';
import type { PlanDataset } from '../data/plan-types';
import type { Scenario } from '../scenario/scenario';
import { encodeBase64Url } from './base64url';
import { crc32 } from './crc32';
import { makeIssue, issueUnder, type Issue } from '../scenario/issues';
import { SCENARIO_SCHEMA_VERSION, migrateScenario } from '../scenario/migrations';
import { NameSchema, SAVED_SCENARIO_LIMITS } from './saved-scenario';
import {
  PARSE_CONFIG,
  issuesFromValibot,
  numberIn,
  objectWith,
  oneOf,
  textOf,
} from '../scenario/schema-rules';
import { SHARE_LINK_MAX_FRAGMENT_LENGTH, SHARE_LINK_MAX_JSON_BYTES, deflate, unpackLink } from './share-link';

/** What a compare link's fragment starts with. */
export const COMPARE_LINK_PREFIX = '#c=';

/**
 * Version byte of the compare links this app writes; higher ones are refused ("update the app").
 * 1: release 0.1.0 (scenarios of shape 1, no `v`); 2: the JSON carries the scenarios' shape version `v`.
 */
export const COMPARE_LINK_VERSION = 2;

/** Most scenarios (drafts and saved ones) a compare link holds, besides the plan. */
export const COMPARE_LINK_MAX_SCENARIOS = 4;

/** Longest fragment {@link encodeCompareLink} writes, `#c=` included: the share links' 8,000. */
export const COMPARE_LINK_MAX_FRAGMENT_LENGTH = SHARE_LINK_MAX_FRAGMENT_LENGTH;

const HEADER_BYTES = 5;

/** One column of a shared comparison. */
export type CompareLinkEntry =
  | { readonly kind: 'plan' }
  | { readonly kind: 'draft'; readonly name: string; readonly scenario: Scenario }
  | { readonly kind: 'saved'; readonly id: string; readonly name: string; readonly scenario: Scenario };

/** A shared comparison: its columns in order and the reference column. */
export interface CompareLinkContent {
  readonly entries: readonly CompareLinkEntry[];
  /** Index into `entries` of the reference column. */
  readonly reference: number;
}

/** The result of {@link encodeCompareLink}. */
export type CompareLinkEncodeResult =
  | { readonly ok: true; readonly fragment: string; readonly length: number }
  | { readonly ok: false; readonly reason: 'tooLong'; readonly length: number };

/** The result of {@link decodeCompareLink}. */
export type CompareLinkDecodeResult =
  | {
      readonly ok: true;
      readonly content: CompareLinkContent;
      /** Versions of the plan dataset, other than the current one, that linked scenarios were made with. */
      readonly otherDatasets: readonly string[];
    }
  | ({ readonly ok: false } & Issue);

/** The compact JSON form of an entry. */
type EntryForm =
  { k: 'p' } | { k: 'd'; n: string; s: Scenario } | { k: 's'; i: string; n: string; s: Scenario };

function formOf(entry: CompareLinkEntry): EntryForm {
  switch (entry.kind) {
    case 'plan':
      return { k: 'p' };
    case 'draft':
      return { k: 'd', n: entry.name, s: entry.scenario };
    case 'saved':
      return { k: 's', i: entry.id, n: entry.name, s: entry.scenario };
  }
}

/**
 * Pack a comparison into a URL fragment (`#c=…`). Refuses with `tooLong` when the fragment would
 * exceed {@link COMPARE_LINK_MAX_FRAGMENT_LENGTH} (four scenarios take about 1,500 characters, so
 * only extreme names or ranges get there): offer the scenarios as a file instead. Names and
 * scenarios are written as given (notes and tags are not carried).
 * @throws RangeError when the reference is not an entry's index, or the entries are not 1 plan at
 *   most and 1…4 scenarios
 */
export async function encodeCompareLink(content: CompareLinkContent): Promise<CompareLinkEncodeResult> {
  checkEntries(
    content.entries.map((entry) => entry.kind),
    content.reference,
  );
  const json = new TextEncoder().encode(
    JSON.stringify({ v: SCENARIO_SCHEMA_VERSION, r: content.reference, e: content.entries.map(formOf) }),
  );
  const body = await deflate(json);
  const payload = new Uint8Array(HEADER_BYTES + body.length);
  payload[0] = COMPARE_LINK_VERSION;
  new DataView(payload.buffer).setUint32(1, crc32(body), false);
  payload.set(body, HEADER_BYTES);
  const fragment = COMPARE_LINK_PREFIX + encodeBase64Url(payload);
  if (json.length > SHARE_LINK_MAX_JSON_BYTES || fragment.length > COMPARE_LINK_MAX_FRAGMENT_LENGTH) {
    return {
      ok: false,
      reason: 'tooLong',
      length: Math.max(fragment.length, COMPARE_LINK_MAX_FRAGMENT_LENGTH + 1),
    };
  }
  return { ok: true, fragment, length: fragment.length };
}

/** The rule on a comparison's columns; returns the problem, or null. */
function entriesProblem(kinds: readonly string[], reference: number): string | null {
  const plans = kinds.filter((kind) => kind === 'plan' || kind === 'p').length;
  const scenarios = kinds.length - plans;
  if (plans > 1) return 'a comparison holds the plan at most once';
  if (scenarios < 1 || scenarios > COMPARE_LINK_MAX_SCENARIOS) {
    return `a comparison holds 1…${COMPARE_LINK_MAX_SCENARIOS} scenarios besides the plan, not ${scenarios}`;
  }
  if (!Number.isInteger(reference) || reference < 0 || reference >= kinds.length) {
    return `the reference must be a column index 0…${kinds.length - 1}, not ${reference}`;
  }
  return null;
}

function checkEntries(kinds: readonly string[], reference: number): void {
  const problem = entriesProblem(kinds, reference);
  if (problem !== null) throw new RangeError(problem);
}

const entrySchema = objectWith({
  k: oneOf(['p', 'd', 's']),
  i: v.optional(textOf(SAVED_SCENARIO_LIMITS.idMaxLength, true)),
  n: v.optional(NameSchema),
  s: v.optional(v.unknown()),
});

const linkSchema = objectWith({
  v: v.optional(v.unknown()),
  r: numberIn(0, COMPARE_LINK_MAX_SCENARIOS, true),
  e: v.pipe(v.array(entrySchema), v.maxLength(COMPARE_LINK_MAX_SCENARIOS + 1)),
});

const FIELD_OF_KEY: Record<string, string> = {
  v: 'shapeVersion',
  r: 'reference',
  e: 'entries',
  k: 'kind',
  i: 'id',
  n: 'name',
  s: 'scenario',
};

/** Name the link's one-letter fields in a path as a reader knows them (`e[1].s.…` → `entries[1].scenario.…`). */
function readablePath(path: string): string {
  return path
    .replace(/^([a-z])(?=$|[.[])/, (key) => FIELD_OF_KEY[key] ?? key)
    .replace(
      /^(entries\[\d+\]\.)([a-z])(?=$|[.[])/,
      (_, lead: string, key: string) => lead + (FIELD_OF_KEY[key] ?? key),
    );
}

function refuse(issue: Issue): CompareLinkDecodeResult {
  return { ok: false, ...makeIssue(issue.code, readablePath(issue.path), issue.params as never) };
}

/**
 * Unpack a URL fragment written by {@link encodeCompareLink} (pass `location.hash`; the leading `#`
 * is optional): the comparison exactly as encoded, or a refusal with the same codes as share links
 * (`linkMissing`, `linkTooLong`, `linkDamaged`, `newerLink`, `linkTooLarge`, `tooDeep`,
 * `forbiddenKey`, a field of the wrong shape, a value outside the plan's ranges). Never throws.
 * Opening a link only reads it: nothing stored is changed.
 */
export async function decodeCompareLink(
  fragment: string,
  dataset: PlanDataset = PLAN_DATASET,
): Promise<CompareLinkDecodeResult> {
  const unpacked = await unpackLink(fragment, COMPARE_LINK_PREFIX, COMPARE_LINK_VERSION);
  if (!unpacked.ok) return refuse(unpacked.issue);
  const form = v.safeParse(linkSchema, unpacked.value, PARSE_CONFIG);
  if (!form.success) return refuse(issuesFromValibot(form.issues)[0]!);

  // Links of version 1 (release 0.1.0) carry no shape version: their scenarios are of shape 1.
  const shapeVersion = unpacked.version === 1 ? 1 : form.output.v;
  const entries: CompareLinkEntry[] = [];
  const otherDatasets = new Set<string>();
  for (const [index, raw] of form.output.e.entries()) {
    const at = `e[${index}]`;
    if (raw.k === 'p') {
      entries.push({ kind: 'plan' });
      continue;
    }
    if (raw.n === undefined) return refuse(makeIssue('missingField', `${at}.n`, {}));
    if (raw.s === undefined) return refuse(makeIssue('missingField', `${at}.s`, {}));
    if (raw.k === 's' && raw.i === undefined) return refuse(makeIssue('missingField', `${at}.i`, {}));
    const migrated = migrateScenario(raw.s, shapeVersion, dataset);
    if (!migrated.ok) {
      const first = migrated.issues[0]!;
      if (first.code === 'newerSchema') {
        return refuse(
          makeIssue('newerLink', '', {
            linkVersion: first.params.schemaVersion,
            supportedVersion: first.params.supportedVersion,
          }),
        );
      }
      return refuse(
        first.path === 'schemaVersion'
          ? makeIssue(first.code, 'v', first.params as never)
          : issueUnder(`${at}.s`, first),
      );
    }
    const scenario = migrated.scenario;
    if (scenario.datasetVersion !== dataset.version) otherDatasets.add(scenario.datasetVersion);
    entries.push(
      raw.k === 'd'
        ? { kind: 'draft', name: raw.n, scenario }
        : { kind: 'saved', id: raw.i!, name: raw.n, scenario },
    );
  }
  // Only a link written on purpose gets here (the checksums stop damage): name what is wrong.
  const plans = entries.filter((entry) => entry.kind === 'plan').length;
  const scenarios = entries.length - plans;
  if (scenarios === 0) return refuse(makeIssue('noScenarios', 'e', {}));
  if (plans > 1 || scenarios > COMPARE_LINK_MAX_SCENARIOS) {
    return refuse(
      makeIssue('tooManyItems', 'e', { count: entries.length, maxItems: COMPARE_LINK_MAX_SCENARIOS + 1 }),
    );
  }
  if (form.output.r >= entries.length) {
    return refuse(
      makeIssue('outOfRange', 'r', {
        value: form.output.r,
        min: 0,
        max: entries.length - 1,
        integer: true,
      }),
    );
  }
  return { ok: true, content: { entries, reference: form.output.r }, otherDatasets: [...otherDatasets] };
}
