import type { LeverSpec } from '../../data/levers';
import { parseUserNumber } from '../../i18n/number-format';

/** Why a typed lever value was refused. */
export type LeverInputError = 'notANumber' | 'outOfRange' | 'notInteger';

/** The outcome of reading a typed lever value. */
export type LeverInputResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: LeverInputError };

/** Show a model value in the lever's displayed unit for an input field (e.g. 0.09 → "9"). */
export function toDisplayText(spec: Omit<LeverSpec, 'id'>, value: number): string {
  const shown = value * spec.displayScale;
  return String(Number(shown.toFixed(spec.decimals + 1)));
}

/**
 * Read what a user typed into a lever's number field (in displayed units) as a model value.
 * Refuses text that is not a number, values outside the lever's range, and fractions for whole-number levers.
 * The value is kept to the field's precision (one decimal finer than the slider shows, as
 * {@link toDisplayText} writes it back): what is stored is what the field shows, so 1e-320 is 0.
 */
export function parseLeverInput(spec: Omit<LeverSpec, 'id'>, text: string): LeverInputResult {
  const typed = parseUserNumber(text);
  if (typed === null) return { ok: false, error: 'notANumber' };
  // + 0 turns a rounded -0 into 0.
  const shown = Number(typed.toFixed(spec.decimals + 1)) + 0;
  const value = shown / spec.displayScale;
  // Compare in displayed units so that 200 % is accepted for a 2.0 maximum despite rounding.
  const tolerance = 1e-9;
  if (shown < spec.min * spec.displayScale - tolerance || shown > spec.max * spec.displayScale + tolerance) {
    return { ok: false, error: 'outOfRange' };
  }
  if (spec.integer && !Number.isInteger(shown)) return { ok: false, error: 'notInteger' };
  return { ok: true, value: Math.min(spec.max, Math.max(spec.min, value)) };
}
