import { describe, expect, test } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/scenario/issues';
import { findForbiddenKey } from '../../src/scenario/forbidden-keys';
import { parseUntrustedJson, utf8ByteLength } from '../../src/scenario-format/safe-json';

describe('parseUntrustedJson()', () => {
  test('parses JSON and keeps a __proto__ key an own property, refusing it before anyone copies it', () => {
    const result = parseUntrustedJson('{"a": {"__proto__": {"polluted": true}}}');
    expect(result).toMatchObject({ ok: false, issue: { code: 'forbiddenKey', path: 'a.__proto__' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test.each([
    {
      name: 'nesting at the cap',
      text: `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`,
      ok: true,
    },
    {
      name: 'nesting one over the cap',
      text: `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`,
      ok: false,
    },
    { name: 'brackets inside strings', text: `{"a": "${'['.repeat(100)}"}`, ok: true },
    { name: 'escaped quotes inside strings', text: '{"a": "\\"[[[[\\"", "b": [1]}', ok: true },
  ])('measures nesting outside strings: $name', ({ text, ok }) => {
    expect(parseUntrustedJson(text).ok).toBe(ok);
  });

  test.each([
    { text: '{"a": 1', code: 'fileTruncated' },
    { text: '{"a": "xx', code: 'fileTruncated' },
    { text: '{"a": tru', code: 'fileTruncated' },
    { text: '[1, 2', code: 'fileTruncated' },
    { text: '{"a": 1 x', code: 'notJson' },
    { text: '{"a": 1}}', code: 'notJson' },
    { text: 'undefined', code: 'notJson' },
    { text: '\uFEFF', code: 'fileEmpty' },
  ])('tells a cut-off file ($code) from other syntax errors: $text', ({ text, code }) => {
    expect(parseUntrustedJson(text)).toMatchObject({ ok: false, issue: { code } });
  });

  test('findForbiddenKey() walks lists and objects and reports the first bad key with its path', () => {
    expect(findForbiddenKey({ a: [{ b: 1 }, { prototype: 2 }] })).toMatchObject({
      code: 'forbiddenKey',
      path: 'a[1].prototype',
      params: { key: 'prototype' },
    });
    expect(findForbiddenKey({ a: [1, 'constructor', { ok: null }] })).toBeNull();
  });

  test('findForbiddenKey() reports an object whose getter throws instead of throwing', () => {
    const hostile = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(findForbiddenKey({ hostile })).toMatchObject({ code: 'wrongType', path: 'hostile.x' });
  });
});

describe('utf8ByteLength()', () => {
  test.each(['', 'abc', '规划', '😀', 'a\u0080\u07ff\u0800\uffff', '\ud800 lone', 'end \udc00'])(
    'counts "%s" as TextEncoder does',
    (text) => {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    },
  );
});
