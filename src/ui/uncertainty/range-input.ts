import type { LeverSpec } from '../../data/levers';
import { parseUserNumber } from '../../i18n/number-format';
import type { AssumptionRange, RangeDistribution } from '../../scenario/scenario';

/** Why a typed range end was refused. */
export type RangeInputError = 'notANumber' | 'low' | 'high' | 'notInteger';

/** The outcome of reading a range's two fields. */
export type RangeInputResult =
  | { readonly ok: true; readonly range: AssumptionRange | null }
  | { readonly ok: false; readonly field: 'low' | 'high'; readonly error: RangeInputError };

type Spec = Pick<LeverSpec, 'min' | 'max' | 'displayScale' | 'decimals' | 'integer'>;

/**
 * Read one end of a range typed in displayed units (e.g. "7.2" for 7.2 %): a model value within
 * [lower, upper], or an error. A value within display rounding of the most likely value counts as it,
 * so that typing the value the field shows is never refused.
 */
function readEnd(
  spec: Spec,
  text: string,
  lower: number,
  upper: number,
  mostLikely: number,
): { ok: true; value: number } | { ok: false; error: 'notANumber' | 'outOfRange' | 'notInteger' } {
  const typed = parseUserNumber(text);
  if (typed === null) return { ok: false, error: 'notANumber' };
  // Kept to the field's precision, so what is stored is what it shows; + 0 turns -0 into 0.
  const shown = Number(typed.toFixed(spec.decimals + 1)) + 0;
  if (spec.integer && !Number.isInteger(shown)) return { ok: false, error: 'notInteger' };
  const halfStep = 0.5 * 10 ** -(spec.decimals + 1);
  if (Math.abs(shown - mostLikely * spec.displayScale) <= halfStep) return { ok: true, value: mostLikely };
  const tolerance = 1e-9;
  if (shown < lower * spec.displayScale - tolerance || shown > upper * spec.displayScale + tolerance) {
    return { ok: false, error: 'outOfRange' };
  }
  return { ok: true, value: Math.min(upper, Math.max(lower, shown / spec.displayScale)) };
}

/**
 * Read a range from its two fields: low from the lever's minimum to the most likely value, high from
 * the most likely value to the lever's maximum. An empty side is the most likely value; both empty
 * means no range (null).
 */
export function parseRangeInput(
  spec: Spec,
  mostLikely: number,
  lowText: string,
  highText: string,
  distribution: RangeDistribution,
): RangeInputResult {
  const lowEmpty = lowText.trim() === '';
  const highEmpty = highText.trim() === '';
  if (lowEmpty && highEmpty) return { ok: true, range: null };
  let low = mostLikely;
  let high = mostLikely;
  if (!lowEmpty) {
    const read = readEnd(spec, lowText, spec.min, mostLikely, mostLikely);
    if (!read.ok) return { ok: false, field: 'low', error: read.error === 'outOfRange' ? 'low' : read.error };
    low = read.value;
  }
  if (!highEmpty) {
    const read = readEnd(spec, highText, mostLikely, spec.max, mostLikely);
    if (!read.ok)
      return { ok: false, field: 'high', error: read.error === 'outOfRange' ? 'high' : read.error };
    high = read.value;
  }
  return { ok: true, range: { low, high, distribution } };
}

/** Parse a whole number typed in a field within [min, max]; null when it is not one. */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const value = parseUserNumber(text);
  if (value === null || !Number.isInteger(value) || value < min || value > max) return null;
  return value;
}
