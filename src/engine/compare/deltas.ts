/** A value's difference from the reference column's value. */
export interface Delta {
  /** value − reference, in the row's unit (a fraction for attainment: 0.05 = 5 percentage points). */
  readonly absolute: number;
  /** (value − reference) ÷ |reference|, a fraction; null where a relative change means nothing or the reference is 0. */
  readonly relative: number | null;
}

/** Values closer than this (relative to their size) count as equal. */
export const EQUAL_TOLERANCE = 1e-12;

/** Whether two numbers are equal up to {@link EQUAL_TOLERANCE} relative to their size. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= EQUAL_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The delta of a value against the reference value: null when either is missing.
 * @param withRelative whether a relative change is meaningful for the row (outputs: yes; gaps and
 *   attainment, already relative or signed: no)
 */
export function deltaOf(value: number | null, reference: number | null, withRelative: boolean): Delta | null {
  if (value === null || reference === null) return null;
  const absolute = value - reference;
  const relative = withRelative && reference !== 0 ? absolute / Math.abs(reference) : null;
  return { absolute, relative };
}
