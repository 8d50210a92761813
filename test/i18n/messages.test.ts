import { describe, expect, test } from 'vitest';
import { ALL_MESSAGES as MESSAGES } from '../../src/i18n/all-messages';
import { interpolate } from '../../src/i18n/i18n.svelte';
import { formatNumber, parseUserNumber } from '../../src/i18n/number-format';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /\p{Script=Han}/u;

describe('messages', () => {
  const zh = MESSAGES['zh-CN'];
  const keys = Object.keys(zh).sort();

  test.each(Object.entries(MESSAGES))(
    'locale %s has every message key, each non-empty',
    (_locale, messages) => {
      expect(Object.keys(messages).sort()).toEqual(keys);
      for (const key of keys) expect(messages[key as keyof typeof zh].trim(), key).not.toBe('');
    },
  );

  test.each(keys)('message %s has the same placeholders in every locale', (key) => {
    const expected = placeholders(MESSAGES['zh-CN'][key as keyof typeof zh]);
    for (const messages of Object.values(MESSAGES)) {
      expect(placeholders(messages[key as keyof typeof zh])).toEqual(expected);
    }
  });

  test('English messages contain no Chinese characters except the plan’s own terms and section names', () => {
    const allowed = ['亿元', '中文'];
    // The plan's boxes and sections are cited by their own names, as the dataset's sources are.
    const sections = /专栏\d(–\d)?|第[一二三四五六七八九十]+章( 第[一二三四五六七八九十]+节)?/g;
    const offenders = Object.entries(MESSAGES.en).filter(([, text]) => {
      let rest = text.replace(sections, '');
      for (const word of allowed) rest = rest.replaceAll(word, '');
      return HAN.test(rest);
    });
    expect(offenders).toEqual([]);
  });

  test('English messages use English punctuation, not the full-width marks of Chinese', () => {
    const offenders = Object.entries(MESSAGES.en).filter(([, text]) => /[（），。：；？！、]/.test(text));
    expect(offenders).toEqual([]);
  });

  test('Chinese messages put units in full-width brackets', () => {
    const offenders = Object.entries(MESSAGES['zh-CN']).filter(([, text]) =>
      /[\p{Script=Han}]\s?\([^)]*\)/u.test(text),
    );
    expect(offenders).toEqual([]);
  });

  test('Chinese messages contain no untranslated English words', () => {
    const allowed = new Set([
      'English',
      'km',
      'R',
      'D',
      'JSON',
      'P',
      'Monte',
      'Carlo',
      'PNG',
      'CSV',
      'XLSX',
      'PDF',
      'Excel',
      'WPS',
      'Word',
      // The paper size, as Chinese writes it too.
      'A',
    ]);
    const offenders = Object.entries(MESSAGES['zh-CN']).filter(([, text]) =>
      [...text.replace(/\{\w+\}/g, '').matchAll(/[A-Za-z]+/g)].some((m) => !allowed.has(m[0])),
    );
    expect(offenders).toEqual([]);
  });
});

describe('interpolate()', () => {
  test.each([
    ['差 {value}', { value: '44.3' }, '差 44.3'],
    ['{a} and {b}', { a: 1, b: 2 }, '1 and 2'],
    ['{missing} stays', {}, '{missing} stays'],
  ])('fills %s', (template, params, expected) => {
    expect(interpolate(template, params)).toBe(expected);
  });
});

describe('number formatting', () => {
  test.each([
    ['zh-CN', 1234.56, 1, '1,234.6'],
    ['en', 1234.56, 1, '1,234.6'],
    ['en', -0.00001, 1, '0.0'],
    ['zh-CN', Number.NaN, 1, '—'],
  ] as const)('formatNumber(%s, %d, %d) → %s', (locale, value, decimals, expected) => {
    expect(formatNumber(locale, value, decimals)).toBe(expected);
  });

  test.each([
    ['9', 9],
    [' 9.5 ', 9.5],
    ['９．５', 9.5],
    ['−12', -12],
    ['1,234', 1234],
    ['1,234,567.5', 1234567.5],
    ['１，２３４', 1234],
    ['0,5', 0.5],
    ['2,75', 2.75],
    ['-0,25', -0.25],
    ['12,5%', 12.5],
    ['1,2,3', null],
    ['1,23.4', null],
    ['1 000', 1000],
    ['25%', 25],
    ['.5', 0.5],
    ['abc', null],
    ['', null],
    ['1e400', null],
    ['NaN', null],
    ['Infinity', null],
    ['1.2.3', null],
  ])('parseUserNumber(%j) → %j', (text, expected) => {
    expect(parseUserNumber(text)).toBe(expected);
  });
});
