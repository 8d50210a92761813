import { isBlankText } from '../../src/scenario/schema-rules';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { type Scenario } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { decodeBase64Url, encodeBase64Url } from '../../src/scenario-format/base64url';
import {
  COMPARE_LINK_MAX_FRAGMENT_LENGTH,
  COMPARE_LINK_PREFIX,
  COMPARE_LINK_VERSION,
  decodeCompareLink,
  encodeCompareLink,
  type CompareLinkContent,
  type CompareLinkDecodeResult,
  type CompareLinkEntry,
} from '../../src/scenario-format/compare-link';
import { crc32 } from '../../src/scenario-format/crc32';
import { SHARE_LINK_MAX_JSON_BYTES } from '../../src/scenario-format/share-link';
import { validScenario } from './arbitraries';

const base = defaultScenario(PLAN_DATASET);
const faster: Scenario = {
  ...base,
  clusters: { ...base.clusters, newMaterials: { ...base.clusters.newMaterials, growthRate: 0.25 } },
};

const THREE: CompareLinkContent = {
  entries: [
    { kind: 'plan' },
    { kind: 'saved', id: '3f0c9a52-0000-4000-8000-000000000001', name: '方案甲', scenario: base },
    { kind: 'saved', id: '3f0c9a52-0000-4000-8000-000000000002', name: '方案乙', scenario: faster },
    { kind: 'draft', name: '工作草稿', scenario: faster },
  ],
  reference: 1,
};

async function linkOf(content: CompareLinkContent): Promise<string> {
  const result = await encodeCompareLink(content);
  if (!result.ok) throw new Error(`encodeCompareLink() refused: ${result.length} characters`);
  return result.fragment;
}

function refusal(result: CompareLinkDecodeResult) {
  if (result.ok) throw new Error('decodeCompareLink() accepted a link it should refuse');
  return result;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A link built by hand with a correct checksum, to test what lies behind it. */
async function craftLink(json: string, version = 1): Promise<string> {
  const body = await deflate(new TextEncoder().encode(json));
  const payload = new Uint8Array(5 + body.length);
  payload[0] = version;
  new DataView(payload.buffer).setUint32(1, crc32(body));
  payload.set(body, 5);
  return COMPARE_LINK_PREFIX + encodeBase64Url(payload);
}

describe('compare links', () => {
  test('a comparison opens to exactly what was encoded, with or without "#"', async () => {
    const fragment = await linkOf(THREE);
    expect(fragment).toMatch(/^#c=[A-Za-z0-9_-]+$/);
    for (const text of [fragment, fragment.slice(1)]) {
      const result = await decodeCompareLink(text);
      expect(result).toEqual({ ok: true, content: THREE, otherDatasets: [] });
    }
  });

  test('four scenarios and the plan fit comfortably within the budget', async () => {
    const fragment = await linkOf(THREE);
    expect(fragment.length).toBeLessThan(COMPARE_LINK_MAX_FRAGMENT_LENGTH / 3);
  });

  test(
    'link → open gives back exactly the comparison, for generated scenarios',
    { timeout: 60_000 },
    async () => {
      const content = fc
        .tuple(
          fc.array(validScenario, { minLength: 1, maxLength: 4 }),
          fc.boolean(),
          fc.nat(),
          fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !isBlankText(s)),
        )
        .map(([scenarios, withPlan, ref, name]): CompareLinkContent => {
          const entries: CompareLinkEntry[] = scenarios.map((scenario, i) =>
            i === 0
              ? { kind: 'draft', name, scenario }
              : { kind: 'saved', id: `id-${i}`, name: `${name} ${i}`, scenario },
          );
          if (withPlan) entries.unshift({ kind: 'plan' });
          return { entries, reference: ref % entries.length };
        });
      await fc.assert(
        fc.asyncProperty(content, async (c) => {
          // Four scenarios of random 17-digit numbers can exceed a link's budget; that refusal is tested apart.
          const encoded = await encodeCompareLink(c);
          fc.pre(encoded.ok);
          const result = await decodeCompareLink(encoded.ok ? encoded.fragment : '');
          expect(result.ok && result.content).toEqual(c);
        }),
        { seed: 5, numRuns: 150 },
      );
    },
  );

  test('reports scenarios made with another dataset version', async () => {
    const older = { ...base, datasetVersion: '2018-2020.0' };
    const result = await decodeCompareLink(
      await linkOf({ entries: [{ kind: 'draft', name: 'x', scenario: older }], reference: 0 }),
    );
    expect(result.ok && result.otherDatasets).toEqual(['2018-2020.0']);
  });

  test('a comparison too long for a link is refused with its length, so the UI can offer a file', async () => {
    const noise = Array.from({ length: 9000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join('');
    const bulky = { ...base, note: noise } as Scenario;
    const result = await encodeCompareLink({
      entries: [{ kind: 'draft', name: 'x', scenario: bulky }],
      reference: 0,
    });
    expect(result).toMatchObject({ ok: false, reason: 'tooLong' });
    expect(result.length).toBeGreaterThan(COMPARE_LINK_MAX_FRAGMENT_LENGTH);
  });

  test.each([
    ['no scenario', [{ kind: 'plan' }], 0],
    ['two plans', [{ kind: 'plan' }, { kind: 'plan' }, { kind: 'draft', name: 'x', scenario: base }], 0],
    ['five scenarios', Array.from({ length: 5 }, () => ({ kind: 'draft', name: 'x', scenario: base })), 0],
    ['a reference outside the columns', [{ kind: 'draft', name: 'x', scenario: base }], 1],
  ] as const)('encoding refuses %s', async (_name, entries, reference) => {
    await expect(
      encodeCompareLink({ entries: entries as unknown as CompareLinkEntry[], reference }),
    ).rejects.toThrow(RangeError);
  });
});

describe('damaged, tampered and hostile compare links are refused', () => {
  test.each([
    ['', 'linkMissing'],
    ['#s=AAAA', 'linkMissing'],
    ['#c=', 'linkDamaged'],
    ['#c=AA+/', 'linkDamaged'],
    ['#c=AQAAAAA', 'linkDamaged'],
  ])('%j: %s', async (fragment, code) => {
    expect(refusal(await decodeCompareLink(fragment)).code).toBe(code);
  });

  test('one changed character, a cut, or appended bytes are refused by the checksums', async () => {
    const fragment = await linkOf(THREE);
    const i = 30;
    const changed = fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
    expect(refusal(await decodeCompareLink(changed))).toMatchObject({
      code: 'linkDamaged',
      params: { damage: 'checksum' },
    });
    expect(refusal(await decodeCompareLink(fragment.slice(0, -5))).code).toBe('linkDamaged');
    expect(refusal(await decodeCompareLink(`${fragment}AA`)).code).toBe('linkDamaged');
  });

  test('a link from a newer app says so', async () => {
    expect(refusal(await decodeCompareLink(await craftLink('{}', COMPARE_LINK_VERSION + 1)))).toMatchObject({
      code: 'newerLink',
      params: { linkVersion: COMPARE_LINK_VERSION + 1, supportedVersion: COMPARE_LINK_VERSION },
    });
  });

  test('a zip bomb stops unpacking at the cap', async () => {
    const error = refusal(await decodeCompareLink(await craftLink(`{"e":"${'a'.repeat(4 * 1024 * 1024)}"}`)));
    expect(error).toMatchObject({ code: 'linkTooLarge', params: { maxBytes: SHARE_LINK_MAX_JSON_BYTES } });
  });

  const entry = (extra: Record<string, unknown> = {}) => ({ k: 'd', n: 'x', s: base, ...extra });
  test.each([
    [
      'a __proto__ key',
      () => JSON.stringify({ r: 0, e: [entry()] }).replace('"k":', '"__proto__":{},"k":'),
      'forbiddenKey',
      'entries[0].__proto__',
    ],
    [
      'an unknown kind',
      () => JSON.stringify({ r: 0, e: [entry({ k: 'x' })] }),
      'invalidOption',
      'entries[0].kind',
    ],
    [
      'a draft without a name',
      () => JSON.stringify({ r: 0, e: [{ k: 'd', s: base }] }),
      'missingField',
      'entries[0].name',
    ],
    [
      'a saved scenario without an id',
      () => JSON.stringify({ r: 0, e: [entry({ k: 's' })] }),
      'missingField',
      'entries[0].id',
    ],
    [
      'a lever outside its range',
      () =>
        JSON.stringify({
          r: 0,
          e: [
            { k: 'p' },
            entry({
              s: {
                ...base,
                clusters: {
                  ...base.clusters,
                  newMaterials: { ...base.clusters.newMaterials, growthRate: 7 },
                },
              },
            }),
          ],
        }),
      'outOfRange',
      'entries[1].scenario.clusters.newMaterials.growthRate',
    ],
    ['no scenario', () => JSON.stringify({ r: 0, e: [{ k: 'p' }] }), 'noScenarios', 'entries'],
    [
      'two plans',
      () => JSON.stringify({ r: 0, e: [{ k: 'p' }, { k: 'p' }, entry()] }),
      'tooManyItems',
      'entries',
    ],
    [
      'six columns',
      () => JSON.stringify({ r: 0, e: Array.from({ length: 6 }, () => entry()) }),
      'tooManyItems',
      'entries',
    ],
    ['a reference past the columns', () => JSON.stringify({ r: 2, e: [entry()] }), 'outOfRange', 'reference'],
    ['a fractional reference', () => JSON.stringify({ r: 0.5, e: [entry()] }), 'outOfRange', 'reference'],
  ])('%s: %s at %s', async (_name, json, code, path) => {
    expect(refusal(await decodeCompareLink(await craftLink(json())))).toMatchObject({ code, path });
  });
});

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('fuzzing compare links: a link opens to exactly the original, or is refused', () => {
  test('2,000 links with characters flipped, cut, inserted or deleted', async () => {
    const fragment = await linkOf(THREE);
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('flip', 'cut', 'insert', 'delete'),
      char: fc.constantFrom(...ALPHABET),
    });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const mutated = edits.reduce((text, e) => {
          const i =
            COMPARE_LINK_PREFIX.length + (e.at % Math.max(1, text.length - COMPARE_LINK_PREFIX.length));
          if (e.kind === 'cut') return text.slice(0, i);
          if (e.kind === 'insert') return text.slice(0, i) + e.char + text.slice(i);
          if (e.kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
          return text.slice(0, i) + e.char + text.slice(i + 1);
        }, fragment);
        const result = await decodeCompareLink(mutated);
        if (result.ok) expect(result.content).toEqual(THREE);
        else refused++;
      }),
      { seed: 31337, numRuns: 2000 },
    );
    expect(refused).toBeGreaterThan(1800);
  });

  test('a damaged body with a recomputed CRC-32 is refused by zlib', async () => {
    const fragment = await linkOf(THREE);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const payload = decodeBase64Url(fragment.slice(COMPARE_LINK_PREFIX.length))!;
        const body = payload.subarray(5);
        body[at % body.length]! ^= xor;
        new DataView(payload.buffer).setUint32(1, crc32(body));
        const result = await decodeCompareLink(COMPARE_LINK_PREFIX + encodeBase64Url(payload));
        if (result.ok) expect(result.content).toEqual(THREE);
        else refused++;
      }),
      { seed: 4244, numRuns: 300 },
    );
    expect(refused).toBeGreaterThan(295);
  });
});
