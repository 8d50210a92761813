import { describe, expect, test } from 'vitest';
import { leverSpec } from '../../../src/data/levers';
import { parseLeverInput, toDisplayText } from '../../../src/ui/levers/lever-input';

describe('parseLeverInput()', () => {
  test.each([
    ['growthRate', '9', { ok: true, value: 0.09 }],
    // The growth lever's range is −50 … 300 %/yr.
    ['growthRate', '300', { ok: true, value: 3 }],
    ['growthRate', '-50', { ok: true, value: -0.5 }],
    ['growthRate', '-150', { ok: false, error: 'outOfRange' }],
    ['growthRate', '301', { ok: false, error: 'outOfRange' }],
    ['growthRate', 'abc', { ok: false, error: 'notANumber' }],
    ['lagYears', '1.5', { ok: false, error: 'notInteger' }],
    ['lagYears', '3', { ok: false, error: 'outOfRange' }],
    ['lagYears', '2', { ok: true, value: 2 }],
    ['landPace', '-0.1', { ok: false, error: 'outOfRange' }],
    ['investmentPerYear', '120', { ok: true, value: 120 }],
    // A decimal comma is a decimal point, never a dropped thousands separator (0,5 is not 5).
    ['landPace', '0,5', { ok: true, value: 0.5 }],
    ['growthRate', '9,5', { ok: true, value: 0.095 }],
    ['investmentPerYear', '1,250', { ok: false, error: 'outOfRange' }],
    ['investmentPerYear', '1,2,5', { ok: false, error: 'notANumber' }],
    // What is stored is what the field shows: values below its precision round to it.
    ['growthRate', '1e-320', { ok: true, value: 0 }],
    ['growthRate', '9.374', { ok: true, value: 0.0937 }],
    ['landPace', '0.0001', { ok: true, value: 0 }],
  ] as const)('%s: %j → %j', (id, text, expected) => {
    const result = parseLeverInput(leverSpec(id), text);
    if (expected.ok && result.ok) {
      expect(result.value).toBeCloseTo(expected.value, 12);
      expect(Object.is(result.value, -0)).toBe(false);
    } else expect(result).toEqual(expected);
  });
});

describe('toDisplayText()', () => {
  test.each([
    ['growthRate', 0.09, '9'],
    ['growthRate', 0.261041, '26.1'],
    ['rampUpShare', 0.5, '50'],
    ['outputPerInvestment', 1, '1'],
    ['landPace', 1.01, '1.01'],
  ] as const)('%s %d → %s', (id, value, expected) => {
    expect(toDisplayText(leverSpec(id), value)).toBe(expected);
  });

  test('a displayed value parses back to the same model value', () => {
    const spec = leverSpec('growthRate');
    const parsed = parseLeverInput(spec, toDisplayText(spec, 0.125));
    expect(parsed).toEqual({ ok: true, value: 0.125 });
  });
});
