import { describe, expect, test } from 'vitest';
import { checkFields, parseTags } from '../../../src/ui/library/scenario-fields';

describe('checkFields(): the save dialog asks what the record schema asks', () => {
  test.each([
    ['an empty name', '', 'nameRequired'],
    ['only spaces', '   ', 'nameRequired'],
    ['only zero-width spaces', '\u200B\u200B', 'nameRequired'],
    ['zero-width joiners and a word joiner', '\u200C\u200D\u2060', 'nameRequired'],
    ['a byte-order mark and an ideographic space', '\uFEFF\u3000', 'nameRequired'],
    ['a Hangul filler', '\u3164', 'nameRequired'],
  ])('refuses %s as a blank name', (_what, name, kind) => {
    expect(checkFields(name, [])).toEqual({ kind });
  });

  test('accepts a name with a visible character among invisible ones, and a normal name', () => {
    expect(checkFields('\u200B方案甲\u200B', [])).toBeNull();
    expect(checkFields('Plan A', ['2019'])).toBeNull();
  });

  test('refuses a name over 200 characters, saying how long it is', () => {
    expect(checkFields('名'.repeat(201), [])).toEqual({ kind: 'nameTooLong', length: 201 });
  });

  test('refuses tags the record would refuse: too many, too long, or invisible', () => {
    expect(
      checkFields(
        'A',
        Array.from({ length: 31 }, (_, i) => `t${i}`),
      ),
    ).toEqual({ kind: 'tagsInvalid' });
    expect(checkFields('A', ['x'.repeat(41)])).toEqual({ kind: 'tagsInvalid' });
    expect(checkFields('A', ['\u200B'])).toEqual({ kind: 'tagsInvalid' });
  });

  test('parseTags() splits on ASCII and full-width commas, trims, and drops empties and repeats', () => {
    expect(parseTags(' 基准，2019, 基准 ,, 、审阅')).toEqual(['基准', '2019', '审阅']);
  });
});
