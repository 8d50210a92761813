import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { decodeBase64Url, encodeBase64Url } from '../../src/scenario-format/base64url';
import { crc32 } from '../../src/scenario-format/crc32';
import type { IssueCode } from '../../src/scenario/issues';
import type { SavedScenario, SharedScenario } from '../../src/scenario-format/saved-scenario';
import {
  SHARE_LINK_MAX_DECODABLE_LENGTH,
  SHARE_LINK_MAX_FRAGMENT_LENGTH,
  SHARE_LINK_MAX_JSON_BYTES,
  SHARE_LINK_PREFIX,
  SHARE_LINK_VERSION,
  decodeShareLink,
  encodeShareLink,
  type ShareLinkDecodeResult,
} from '../../src/scenario-format/share-link';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import { expectMigratedScenario } from '../fixtures/release-0.1.0';
import { validRecord } from './arbitraries';
import { baseRecord, fixtureText } from './fixture-files';

/** What a link must give back for a record. */
function sharedPart(record: Pick<SavedScenario, 'name' | 'notes' | 'tags' | 'scenario'>): SharedScenario {
  return {
    name: record.name,
    notes: record.notes,
    tags: record.tags,
    datasetVersion: record.scenario.datasetVersion,
    scenario: record.scenario,
  };
}

async function linkOf(record: SavedScenario): Promise<string> {
  const result = await encodeShareLink(record);
  if (!result.ok) throw new Error(`encodeShareLink() refused: ${result.length} characters`);
  return result.fragment;
}

function refusal(result: ShareLinkDecodeResult): { code: IssueCode; path: string; message: string } {
  if (result.ok) throw new Error('decodeShareLink() accepted a link it should refuse');
  return result;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Build a link by hand, with a correct checksum: to test what lies behind the checksum. */
async function craftLink(content: string | Uint8Array<ArrayBuffer>, version = 1): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const body = await deflate(bytes);
  const payload = new Uint8Array(5 + body.length);
  payload[0] = version;
  new DataView(payload.buffer).setUint32(1, crc32(body));
  payload.set(body, 5);
  return SHARE_LINK_PREFIX + encodeBase64Url(payload);
}

describe('share links', () => {
  test('CompressionStream and DecompressionStream ("deflate") exist here, as in Chromium', () => {
    expect(typeof CompressionStream).toBe('function');
    expect(typeof DecompressionStream).toBe('function');
    expect(() => new CompressionStream('deflate')).not.toThrow();
  });

  test('the budget is 8,000 characters for the whole fragment', () => {
    expect(SHARE_LINK_MAX_FRAGMENT_LENGTH).toBe(8000);
  });

  test('the golden version-1 link opens to its scenario', async () => {
    const fragment = fixtureText('links/link-v1.txt').trim();
    const result = await decodeShareLink(fragment);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Made by release 0.1.0: the scenario comes through migrated, and says so.
    expect(result.migratedFrom).toBe(1);
    expect(result.warnings).toMatchObject([
      { code: 'migrated', params: { fromVersion: 1, toVersion: SCENARIO_SCHEMA_VERSION, count: 1 } },
      { code: 'otherDatasetVersion', params: { datasetVersion: '2018-2020.1', count: 1 } },
    ]);
    expect(result.scenario).toMatchObject({
      name: 'Fast growth, with ranges',
      notes: '',
      tags: [],
      datasetVersion: '2018-2020.1',
      scenario: { uncertainty: { trials: 10000, seed: 42 }, conflictChoices: { newMaterialsTarget: 1 } },
    });
    expect(result.scenario.scenario.clusters.newMaterials.growthRate).toBe(0.2);
    // The same scenario as the second one of release 0.1.0's golden file, every value as mapped.
    const file = JSON.parse(fixtureText('files/export-v1.json')) as {
      scenarios: { name: string; scenario: Record<string, unknown> }[];
    };
    const old = file.scenarios.find((record) => record.name === 'Fast growth, with ranges')!;
    expectMigratedScenario(old.scenario, result.scenario.scenario, 1, PLAN_DATASET);
  });

  test('a link encodes to "#s=" and base64url characters only, and opens with or without "#"', async () => {
    const fragment = await linkOf(baseRecord());
    expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(fragment)).toEqual({
      ok: true,
      scenario: sharedPart(baseRecord()),
      warnings: [],
      migratedFrom: null,
    });
    expect(await decodeShareLink(fragment.slice(1))).toMatchObject({ ok: true });
  });

  test('a scenario made with another dataset opens with a warning', async () => {
    const record = baseRecord();
    record.scenario.datasetVersion = 'old-1';
    const result = await decodeShareLink(await linkOf(record));
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ code: 'otherDatasetVersion', params: { datasetVersion: 'old-1', count: 1 } }],
    });
  });

  test('a scenario too long for a link is refused with its length, so the UI can offer a file', async () => {
    // Incompressible notes: 20,000 seeded random CJK characters.
    const [codes] = fc.sample(
      fc.array(fc.integer({ min: 0x4e00, max: 0x9fff }), { minLength: 20_000, maxLength: 20_000 }),
      { seed: 3, numRuns: 1 },
    );
    const notes = String.fromCharCode(...codes!);
    const result = await encodeShareLink({ ...baseRecord(), notes });
    expect(result).toMatchObject({ ok: false, reason: 'tooLong' });
    expect(result.length).toBeGreaterThan(SHARE_LINK_MAX_FRAGMENT_LENGTH);
  });

  test(
    'link → open gives back exactly the scenario, for ≥ 1,000 generated scenarios',
    { timeout: 60_000 },
    async () => {
      let opened = 0;
      await fc.assert(
        fc.asyncProperty(validRecord, async (record) => {
          const encoded = await encodeShareLink(record);
          if (!encoded.ok) {
            expect(encoded.length).toBeGreaterThan(SHARE_LINK_MAX_FRAGMENT_LENGTH);
            return;
          }
          expect(encoded.fragment.length).toBe(encoded.length);
          expect(encoded.length).toBeLessThanOrEqual(SHARE_LINK_MAX_FRAGMENT_LENGTH);
          const decoded = await decodeShareLink(encoded.fragment);
          if (!decoded.ok) throw new Error(decoded.message);
          expect(decoded.scenario).toEqual(sharedPart(record));
          opened++;
        }),
        { seed: 20261127, numRuns: 1100 },
      );
      expect(opened).toBeGreaterThanOrEqual(1000);
    },
  );
});

describe('damaged, tampered and hostile links are refused', () => {
  test.each([
    { name: 'an empty fragment', fragment: '', code: 'linkMissing' },
    { name: 'another fragment', fragment: '#section-2', code: 'linkMissing' },
    { name: 'a full address', fragment: 'https://example.org/#s=AAAA', code: 'linkMissing' },
    { name: 'an empty payload', fragment: '#s=', code: 'linkDamaged' },
    { name: 'padding', fragment: '#s=AAAA==', code: 'linkDamaged' },
    { name: 'standard base64 characters', fragment: '#s=ab+/cd', code: 'linkDamaged' },
    { name: 'white space', fragment: '#s=AAAA AAAA', code: 'linkDamaged' },
    { name: 'a percent-encoded character', fragment: '#s=AA%41', code: 'linkDamaged' },
    { name: 'an impossible length', fragment: '#s=AAAAA', code: 'linkDamaged' },
    { name: 'too few bytes', fragment: '#s=AQAAAAA', code: 'linkDamaged' },
    { name: 'non-ASCII', fragment: '#s=规划', code: 'linkDamaged' },
  ])('$name: $code', async ({ fragment, code }) => {
    expect(refusal(await decodeShareLink(fragment)).code).toBe(code);
  });

  test('a fragment longer than any link is refused unread', async () => {
    const error = refusal(await decodeShareLink(`#s=${'A'.repeat(SHARE_LINK_MAX_DECODABLE_LENGTH)}`));
    expect(error).toMatchObject({
      code: 'linkTooLong',
      params: { maxLength: SHARE_LINK_MAX_DECODABLE_LENGTH },
    });
  });

  test('one changed character is refused by the checksum, with a message saying how to fix it', async () => {
    const fragment = await linkOf(baseRecord());
    const i = 20;
    const changed = fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
    const error = refusal(await decodeShareLink(changed));
    expect(error).toMatchObject({ code: 'linkDamaged', path: '', params: { damage: 'checksum' } });
    expect(error.message).toMatch(/damaged.*Copy the whole link again/);
  });

  test('a cut link is refused', async () => {
    const fragment = await linkOf(baseRecord());
    for (const end of [fragment.length - 1, fragment.length - 4, 10]) {
      expect(refusal(await decodeShareLink(fragment.slice(0, end))).code).toBe('linkDamaged');
    }
  });

  test('bytes appended after the zlib stream are refused (the checksum covers the whole body)', async () => {
    const fragment = await linkOf(baseRecord());
    expect(refusal(await decodeShareLink(`${fragment}AA`)).code).toBe('linkDamaged');
  });

  test('a link from a newer app says so; a damaged version byte is damage', async () => {
    const newer = refusal(await decodeShareLink(await craftLink('{}', SHARE_LINK_VERSION + 1)));
    expect(newer).toMatchObject({
      code: 'newerLink',
      params: { linkVersion: SHARE_LINK_VERSION + 1, supportedVersion: SHARE_LINK_VERSION },
    });
    expect(newer.message).toMatch(/newer version of the app.*Update the app/);
    expect(refusal(await decodeShareLink(await craftLink('{}', 0))).code).toBe('linkDamaged');
  });

  test('a zip bomb stops unpacking at the cap and is refused', async () => {
    const json = `{"n":"${'a'.repeat(20 * 1024 * 1024)}"}`;
    const fragment = await craftLink(json);
    expect(fragment.length).toBeLessThan(SHARE_LINK_MAX_DECODABLE_LENGTH);
    const error = refusal(await decodeShareLink(fragment));
    expect(error).toMatchObject({ code: 'linkTooLarge', params: { maxBytes: SHARE_LINK_MAX_JSON_BYTES } });
  });

  test('content that is not UTF-8 or not JSON is damage', async () => {
    const notUtf8 = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    expect(refusal(await decodeShareLink(await craftLink(notUtf8)))).toMatchObject({
      code: 'linkDamaged',
      params: { damage: 'encoding' },
    });
    expect(refusal(await decodeShareLink(await craftLink('{"n": "x",')))).toMatchObject({
      code: 'linkDamaged',
      params: { damage: 'json' },
    });
  });

  /** The JSON of a link as this release writes it (`v`: the scenario's shape, so no migration runs). */
  const valid = (): Record<string, unknown> => ({
    v: SCENARIO_SCHEMA_VERSION,
    n: 'Plan',
    s: baseRecord().scenario,
  });

  test.each([
    {
      name: 'a __proto__ key',
      json: () => JSON.stringify(valid()).replace('"s":', '"__proto__":{"polluted":1},"s":'),
      code: 'forbiddenKey',
      path: '__proto__',
    },
    {
      name: 'a constructor key in the scenario',
      json: () => JSON.stringify(valid()).replace('"thresholds":', '"constructor":{},"thresholds":'),
      code: 'forbiddenKey',
      path: 'scenario.constructor',
    },
    {
      name: 'deep nesting',
      json: () => `{"n":"x","s":${'['.repeat(40)}${']'.repeat(40)}}`,
      code: 'tooDeep',
      path: '',
    },
    { name: 'a list', json: () => '[1,2]', code: 'wrongType', path: '' },
    {
      name: 'no name',
      json: () => JSON.stringify({ v: SCENARIO_SCHEMA_VERSION, s: baseRecord().scenario }),
      code: 'missingField',
      path: 'name',
    },
    {
      name: 'a blank name',
      json: () => JSON.stringify({ ...valid(), n: ' ' }),
      code: 'textBlank',
      path: 'name',
    },
    {
      name: 'notes of the wrong type',
      json: () => JSON.stringify({ ...valid(), o: 5 }),
      code: 'wrongType',
      path: 'notes',
    },
    {
      name: 'a repeated tag',
      json: () => JSON.stringify({ ...valid(), t: ['a', 'a'] }),
      code: 'duplicateTag',
      path: 'tags[1]',
    },
    {
      name: 'no scenario',
      json: () => JSON.stringify({ v: SCENARIO_SCHEMA_VERSION, n: 'x' }),
      code: 'missingField',
      path: 'scenario',
    },
    {
      name: 'a lever of 1e400',
      json: () => JSON.stringify(valid()).replace(/"growthRate":[^,}]+/, '"growthRate":1e400'),
      code: 'notFinite',
      path: 'scenario.clusters.newMaterials.growthRate',
    },
    {
      name: 'a lever out of range',
      json: () => JSON.stringify(valid()).replace(/"landIntensity":[^,}]+/, '"landIntensity":1e308'),
      code: 'outOfRange',
      path: 'scenario.clusters.newMaterials.landIntensity',
    },
  ])('an intact link with $name: $code at "$path"', async ({ json, code, path }) => {
    const error = refusal(await decodeShareLink(await craftLink(json(), SHARE_LINK_VERSION)));
    expect({ code: error.code, path: error.path }).toEqual({ code, path });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'swap'; at: number; char: string };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), char: fc.constantFrom(...ALPHABET) }),
);

/** Apply one mutation to the payload of a fragment (never to "#s="). */
function mutate(fragment: string, m: Mutation): string {
  const payloadLength = Math.max(fragment.length - SHARE_LINK_PREFIX.length, 1);
  const i = SHARE_LINK_PREFIX.length + (m.at % payloadLength);
  switch (m.kind) {
    case 'flip': {
      const value = ALPHABET.indexOf(fragment[i] ?? 'A');
      return fragment.slice(0, i) + ALPHABET[(value < 0 ? 0 : value) ^ (1 << m.bit)]! + fragment.slice(i + 1);
    }
    case 'cut':
      return fragment.slice(0, i);
    case 'insert':
      return fragment.slice(0, i) + m.text + fragment.slice(i);
    case 'delete':
      return fragment.slice(0, i) + fragment.slice(i + m.count);
    case 'swap':
      return fragment.slice(0, i) + m.char + fragment.slice(i + 1);
  }
}

describe('fuzzing links: a link opens to exactly the original, or is refused', () => {
  test('10,000 mutated links (bit flips, cuts, insertions, deletions, swapped characters) and random strings', async () => {
    const records = fc.sample(validRecord, { seed: 99, numRuns: 20 });
    const links = await Promise.all(
      records.map(async (record) => ({ record, fragment: await linkOf(record) })),
    );
    const input = fc.oneof(
      {
        weight: 9,
        arbitrary: fc.record({
          link: fc.nat({ max: links.length - 1 }),
          mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ random: fc.oneof(fc.string({ maxLength: 200 }), fc.base64String()) }),
      },
    );
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(input, async (pick) => {
        let fragment: string;
        let original: SharedScenario | null = null;
        if ('random' in pick) fragment = `${SHARE_LINK_PREFIX}${pick.random}`;
        else {
          const { record, fragment: link } = links[pick.link]!;
          original = sharedPart(record);
          fragment = pick.mutations.reduce(mutate, link);
        }
        const result = await decodeShareLink(fragment);
        if (result.ok) {
          accepted++;
          // Accepted only when it is exactly the original (a mutation that changed nothing).
          expect(result.scenario).toEqual(original);
        } else {
          refused++;
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
      { seed: 424242, numRuns: 10_000 },
    );
    expect(accepted + refused).toBe(10_000);
    expect(refused).toBeGreaterThan(9_000);
  });

  test('links whose compressed body is damaged but whose CRC-32 was recomputed are refused by zlib', async () => {
    const records = fc.sample(validRecord, { seed: 98, numRuns: 10 });
    const links = await Promise.all(
      records.map(async (record) => ({ record, fragment: await linkOf(record) })),
    );
    const bodyEdit = fc.record({
      link: fc.nat({ max: links.length - 1 }),
      at: fc.nat(),
      xor: fc.integer({ min: 1, max: 255 }),
    });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(bodyEdit, async ({ link, at, xor }) => {
        const { record, fragment } = links[link]!;
        const payload = decodeBase64Url(fragment.slice(SHARE_LINK_PREFIX.length))!;
        const body = payload.subarray(5);
        body[at % body.length]! ^= xor;
        new DataView(payload.buffer).setUint32(1, crc32(body));
        const result = await decodeShareLink(SHARE_LINK_PREFIX + encodeBase64Url(payload));
        if (result.ok) expect(result.scenario).toEqual(sharedPart(record));
        else refused++;
      }),
      { seed: 4243, numRuns: 1000 },
    );
    expect(refused).toBeGreaterThan(990);
  });
});
