/**
 * A scenario in a URL fragment, `#s=<payload>`, so it can be sent as a link and opened without a server.
 *
 * payload = base64url (no padding) of: 1 version byte, the CRC-32 (big-endian) of the body, the body.
 * body = zlib stream (`CompressionStream('deflate')`, which ends with an Adler-32 of the text) of the
 * UTF-8 JSON `{"v": shape version, "n": name, "o": notes, "t": tags, "s": scenario}` (`o` and `t`
 * omitted when empty). Version byte 1 (release 0.1.0) has no `v`: its scenario is of shape 1.
 * A scenario of an older shape is migrated as it is opened (src/scenario/migrations.ts).
 *
 * Decoding refuses anything not exactly as written: strict base64url, the CRC-32 over the body, the
 * zlib checks, strict UTF-8, JSON, forbidden keys, the schema and the plan's ranges; it stops inflating
 * past {@link SHARE_LINK_MAX_JSON_BYTES}. Uses the web APIs CompressionStream, DecompressionStream,
 * ReadableStream, TextEncoder and TextDecoder (in every current browser and in Node ≥ 18).
 */
import * as v from 'valibot';
import { PLAN_DATASET } from '../data/plan-dataset';
import type { PlanDataset } from '../data/plan-types';
import type { Scenario } from '../scenario/scenario';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { crc32 } from './crc32';
import {
  makeIssue,
  makeWarning,
  issueUnder,
  type Issue,
  type ImportWarning,
  type LinkDamage,
} from '../scenario/issues';
import { parseUntrustedJson } from './safe-json';
import { SCENARIO_SCHEMA_VERSION, migrateScenario } from '../scenario/migrations';
import {
  NameSchema,
  NotesSchema,
  TagsSchema,
  type SavedScenario,
  type SharedScenario,
} from './saved-scenario';
import { PARSE_CONFIG, issuesFromValibot, objectWith } from '../scenario/schema-rules';

/** What a share link's fragment starts with. */
export const SHARE_LINK_PREFIX = '#s=';

/**
 * Version byte of the links this app writes; links with a higher one are refused ("update the app").
 * 1: release 0.1.0 (scenario of shape 1, no `v`); 2: the JSON carries the scenario's shape version `v`.
 */
export const SHARE_LINK_VERSION = 2;

/** Longest fragment {@link encodeShareLink} writes, `#s=` included, in characters: 8,000. */
export const SHARE_LINK_MAX_FRAGMENT_LENGTH = 8000;

/** Longest fragment {@link decodeShareLink} reads, in characters; longer ones are refused unread. */
export const SHARE_LINK_MAX_DECODABLE_LENGTH = 64 * 1024;

/** Most bytes of JSON a link may unpack to (256 KiB); inflating stops there. */
export const SHARE_LINK_MAX_JSON_BYTES = 256 * 1024;

/** Bytes before the zlib stream: the version byte and the CRC-32. */
const HEADER_BYTES = 5;
/** Smallest zlib stream: 2 header bytes, an empty final block, 4 bytes of Adler-32. */
const MIN_BODY_BYTES = 8;

/** The result of {@link encodeShareLink}. */
export type ShareLinkEncodeResult =
  | {
      ok: true;
      /** The fragment to put after the page's address, `#s=` included. */
      fragment: string;
      /** `fragment.length`. */
      length: number;
    }
  | {
      ok: false;
      /** The scenario does not fit in {@link SHARE_LINK_MAX_FRAGMENT_LENGTH}: offer a file instead. */
      reason: 'tooLong';
      /** Length the fragment would have had (at least the budget + 1). */
      length: number;
    };

/** The result of {@link decodeShareLink}. */
export type ShareLinkDecodeResult =
  | {
      ok: true;
      scenario: SharedScenario;
      warnings: ImportWarning[];
      /** The shape version the scenario was migrated from; null when it was current. */
      migratedFrom: number | null;
    }
  | ({ ok: false } & Issue);

/**
 * Read a byte stream to its end, stopping (and cancelling it) once more than `maxBytes` arrive.
 * Shared with the compare link (compare-link.ts), which uses the same framing.
 */
export async function readAll(
  stream: ReadableStream<Uint8Array<ArrayBuffer>>,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; tooLarge: boolean }> {
  const reader = stream.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Stop inflating here: a small link can unpack to gigabytes.
        await reader.cancel().catch(() => undefined);
        return { ok: false, tooLarge: true };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, tooLarge: false };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** A byte array as a one-chunk stream. */
export function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Compress bytes as a zlib stream (RFC 1950) with CompressionStream('deflate'). */
export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const result = await readAll(
    streamOf(bytes).pipeThrough(new CompressionStream('deflate')),
    Number.POSITIVE_INFINITY,
  );
  if (!result.ok) throw new Error('CompressionStream failed');
  return result.bytes;
}

/** The compact JSON form a link carries. */
interface LinkForm {
  v: number;
  n: string;
  o?: string;
  t?: string[];
  s: Scenario;
}

/**
 * Pack a scenario's name, notes, tags and assumptions into a URL fragment (`#s=…`). Refuses with
 * `tooLong` when the fragment would exceed {@link SHARE_LINK_MAX_FRAGMENT_LENGTH} (long notes are the
 * usual cause): offer a file export instead. Writes the values as given: pass a record that passed
 * validation (every stored record has).
 */
export async function encodeShareLink(
  record: Pick<SavedScenario, 'name' | 'notes' | 'tags' | 'scenario'>,
): Promise<ShareLinkEncodeResult> {
  const form: LinkForm = {
    v: SCENARIO_SCHEMA_VERSION,
    n: record.name,
    ...(record.notes === '' ? {} : { o: record.notes }),
    ...(record.tags.length === 0 ? {} : { t: record.tags }),
    s: record.scenario,
  };
  const json = new TextEncoder().encode(JSON.stringify(form));
  const body = await deflate(json);
  const payload = new Uint8Array(HEADER_BYTES + body.length);
  payload[0] = SHARE_LINK_VERSION;
  new DataView(payload.buffer).setUint32(1, crc32(body), false);
  payload.set(body, HEADER_BYTES);
  const fragment = SHARE_LINK_PREFIX + encodeBase64Url(payload);
  if (json.length > SHARE_LINK_MAX_JSON_BYTES || fragment.length > SHARE_LINK_MAX_FRAGMENT_LENGTH) {
    return {
      ok: false,
      reason: 'tooLong',
      length: Math.max(fragment.length, SHARE_LINK_MAX_FRAGMENT_LENGTH + 1),
    };
  }
  return { ok: true, fragment, length: fragment.length };
}

const linkSchema = objectWith({
  v: v.optional(v.unknown()),
  n: NameSchema,
  o: v.optional(NotesSchema),
  t: v.optional(TagsSchema),
  s: v.unknown(),
});

const FIELD_OF_KEY: Record<string, string> = {
  v: 'shapeVersion',
  n: 'name',
  o: 'notes',
  t: 'tags',
  s: 'scenario',
};

/** Rename a path's leading one-letter key of the link form (`s.clusters…` → `scenario.clusters…`). */
function renameLead(path: string): string {
  const match = /^([a-z])(?=$|[.[])/.exec(path);
  const field = match === null ? undefined : FIELD_OF_KEY[match[1]!];
  return field === undefined ? path : field + path.slice(1);
}

/** Name the link's fields in a problem's path and parameters as the record names them. */
function withFieldNames(issue: Issue): Issue {
  const params: Record<string, unknown> = { ...issue.params };
  if (typeof params['firstPath'] === 'string') params['firstPath'] = renameLead(params['firstPath']);
  return makeIssue(issue.code, renameLead(issue.path), params as never);
}

function refuse(issue: Issue): ShareLinkDecodeResult {
  return { ok: false, ...issue };
}

function damaged(damage: LinkDamage): ShareLinkDecodeResult {
  return refuse(makeIssue('linkDamaged', '', { damage }));
}

/** The outcome of {@link unpackLink}: the link's JSON value, or why it was refused. */
export type UnpackedLink =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** The link's version byte, 1 … the supported version. */
      readonly version: number;
    }
  /** `fromJson`: the problem was found in the unpacked JSON (too deep, a forbidden key). */
  | { readonly ok: false; readonly issue: Issue; readonly fromJson: boolean };

function linkDamage(damage: LinkDamage): UnpackedLink {
  return { ok: false, issue: makeIssue('linkDamaged', '', { damage }), fromJson: false };
}

/**
 * Unpack the framing shared by every link this app writes — `prefix` + base64url of (version byte,
 * CRC-32 of the body, zlib body) — into its JSON value: checks the length, characters, CRC-32 (before
 * anything is inflated, so a damaged version byte reads as damage, not as "made by a newer version"),
 * version, zlib stream and size cap, UTF-8 and JSON (depth, forbidden keys). Never throws.
 */
export async function unpackLink(
  fragment: string,
  prefix: string,
  supportedVersion: number,
): Promise<UnpackedLink> {
  const hash = fragment.startsWith('#') ? fragment : `#${fragment}`;
  const refused = (issue: Issue): UnpackedLink => ({ ok: false, issue, fromJson: false });
  if (!hash.startsWith(prefix)) return refused(makeIssue('linkMissing', '', {}));
  if (hash.length > SHARE_LINK_MAX_DECODABLE_LENGTH) {
    return refused(
      makeIssue('linkTooLong', '', { length: hash.length, maxLength: SHARE_LINK_MAX_DECODABLE_LENGTH }),
    );
  }
  const payload = decodeBase64Url(hash.slice(prefix.length));
  if (payload === null) return linkDamage('notBase64');
  if (payload.length < HEADER_BYTES + MIN_BODY_BYTES) return linkDamage('tooShort');
  const body = payload.subarray(HEADER_BYTES);
  const expected = new DataView(payload.buffer, payload.byteOffset).getUint32(1, false);
  if (crc32(body) !== expected) return linkDamage('checksum');
  const version = payload[0]!;
  if (version > supportedVersion) {
    return refused(makeIssue('newerLink', '', { linkVersion: version, supportedVersion }));
  }
  if (version < 1) return linkDamage('checksum');
  let inflated: Awaited<ReturnType<typeof readAll>>;
  try {
    inflated = await readAll(
      streamOf(body).pipeThrough(new DecompressionStream('deflate')),
      SHARE_LINK_MAX_JSON_BYTES,
    );
  } catch {
    return linkDamage('compression');
  }
  if (!inflated.ok) {
    return inflated.tooLarge
      ? refused(makeIssue('linkTooLarge', '', { maxBytes: SHARE_LINK_MAX_JSON_BYTES }))
      : linkDamage('compression');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.bytes);
  } catch {
    return linkDamage('encoding');
  }
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) {
    const { code } = parsed.issue;
    return code === 'tooDeep' || code === 'forbiddenKey'
      ? { ok: false, issue: parsed.issue, fromJson: true }
      : linkDamage('json');
  }
  return { ok: true, value: parsed.value, version };
}

/**
 * Unpack a URL fragment written by {@link encodeShareLink} (pass `location.hash`; the leading `#` is
 * optional). Returns the scenario exactly as it was encoded, or refuses: `linkMissing`, `linkTooLong`,
 * `linkDamaged` (bad characters, CRC-32, zlib stream or Adler-32, UTF-8, JSON), `newerLink`,
 * `linkTooLarge` (stops inflating at {@link SHARE_LINK_MAX_JSON_BYTES}), `tooDeep`, `forbiddenKey`,
 * a field of the wrong shape, or a value outside the plan's ranges. Never throws. Opening a link only
 * reads it: the caller saves the result as a new record, never over a stored one.
 */
export async function decodeShareLink(
  fragment: string,
  dataset: PlanDataset = PLAN_DATASET,
): Promise<ShareLinkDecodeResult> {
  const unpacked = await unpackLink(fragment, SHARE_LINK_PREFIX, SHARE_LINK_VERSION);
  if (!unpacked.ok) return refuse(unpacked.fromJson ? withFieldNames(unpacked.issue) : unpacked.issue);
  const form = v.safeParse(linkSchema, unpacked.value, PARSE_CONFIG);
  if (!form.success) return refuse(withFieldNames(issuesFromValibot(form.issues)[0]!));
  // Links of version 1 (release 0.1.0) carry no shape version: their scenario is of shape 1.
  const shapeVersion = unpacked.version === 1 ? 1 : form.output.v;
  const migrated = migrateScenario(form.output.s, shapeVersion, dataset);
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
        ? makeIssue(first.code, 'shapeVersion', first.params as never)
        : issueUnder('scenario', first),
    );
  }
  const scenario = migrated.scenario;
  const shared: SharedScenario = {
    name: form.output.n,
    notes: form.output.o ?? '',
    tags: form.output.t ?? [],
    datasetVersion: scenario.datasetVersion,
    scenario,
  };
  const warnings: ImportWarning[] = [];
  if (migrated.migratedFrom !== null) {
    warnings.push(
      makeWarning('migrated', 'scenario', {
        fromVersion: migrated.migratedFrom,
        toVersion: SCENARIO_SCHEMA_VERSION,
        count: 1,
      }),
    );
  }
  if (scenario.datasetVersion !== dataset.version) {
    warnings.push(
      makeWarning('otherDatasetVersion', 'scenario.datasetVersion', {
        datasetVersion: scenario.datasetVersion,
        currentVersion: dataset.version,
        count: 1,
      }),
    );
  }
  return { ok: true, scenario: shared, warnings, migratedFrom: migrated.migratedFrom };
}
