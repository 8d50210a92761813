import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../src/scenario-format/base64url';
import { crc32 } from '../../src/scenario-format/crc32';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('base64url', () => {
  test.each([
    { text: '', encoded: '' },
    { text: 'f', encoded: 'Zg' },
    { text: 'fo', encoded: 'Zm8' },
    { text: 'foo', encoded: 'Zm9v' },
    { text: 'foob', encoded: 'Zm9vYg' },
    { text: 'fooba', encoded: 'Zm9vYmE' },
    { text: 'foobar', encoded: 'Zm9vYmFy' },
  ])('encodes "$text" as "$encoded" (RFC 4648 vectors, unpadded)', ({ text, encoded }) => {
    expect(encodeBase64Url(bytes(text))).toBe(encoded);
    expect(decodeBase64Url(encoded)).toEqual(bytes(text));
  });

  test('uses "-" and "_" instead of "+" and "/"', () => {
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(decodeBase64Url('-_-_')).toEqual(new Uint8Array([0xfb, 0xff, 0xbf]));
  });

  test.each(['Zg==', 'Zm9v+', 'Zm/v', 'Zm 9v', 'Z', 'Zh', 'Zm9', 'Zm8x\n', 'Zé'])(
    'refuses "%s": padding, other alphabets, white space, impossible lengths, non-zero spare bits',
    (text) => {
      expect(decodeBase64Url(text)).toBeNull();
    },
  );

  test('property: decode(encode(bytes)) = bytes, and each accepted text is the one encoding of its bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        expect(decodeBase64Url(encodeBase64Url(data))).toEqual(data);
      }),
      { seed: 5, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AZaz09-_Q+/= '), maxLength: 40 }), (text) => {
        const decoded = decodeBase64Url(text);
        if (decoded !== null) expect(encodeBase64Url(decoded)).toBe(text);
        else expect(decoded).toBeNull();
      }),
      { seed: 6, numRuns: 500 },
    );
  });
});

describe('crc32', () => {
  test.each([
    { text: '', crc: 0 },
    { text: '123456789', crc: 0xcbf43926 },
    { text: 'The quick brown fox jumps over the lazy dog', crc: 0x414fa339 },
  ])('crc32("$text") is the standard IEEE value', ({ text, crc }) => {
    expect(crc32(bytes(text))).toBe(crc);
  });

  test('any single-bit change changes the CRC', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.nat({ max: 7 }),
        (data, at, bit) => {
          const changed = data.slice();
          changed[at % data.length]! ^= 1 << bit;
          expect(crc32(changed)).not.toBe(crc32(data));
        },
      ),
      { seed: 9, numRuns: 300 },
    );
  });
});
