import { describe, expect, test } from 'vitest';
import { chineseNumeral, sectionsInEnglish } from '../../src/i18n/plan-sections';

describe('chineseNumeral()', () => {
  test.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十五', 35],
  ])('%s → %d', (text, value) => {
    expect(chineseNumeral(text)).toBe(value);
  });
});

describe('sectionsInEnglish()', () => {
  test.each([
    ['第二章 第一节 一(二)', 'Ch. 2 §1 1(2)'],
    ['第三章 第四节 专栏1', 'Ch. 3 §4 Box 1'],
    ['第四章 第一节', 'Ch. 4 §1'],
    ['附件1', 'Annex 1'],
    ['第二章 第一节 (二)', 'Ch. 2 §1 (2)'],
    [
      'about 90 a year (第二章 第一节 一(一)), weighted by 专栏2',
      'about 90 a year (Ch. 2 §1 1(1)), weighted by Box 2',
    ],
    ['no section here', 'no section here'],
  ])('%s → %s', (text, expected) => {
    expect(sectionsInEnglish(text)).toBe(expected);
  });
});
