import * as v from 'valibot';
import {
  ACTUAL_TEXT_LIMITS,
  MAX_ACTUAL_VALUES,
  actualFigures,
  actualYearRange,
  type ActualValue,
  type ActualsRecord,
} from '../data/actuals-types';
import type { PlanDataset } from '../data/plan-types';

/**
 * The valibot schema of stored and exported actuals (docs/scenario-format.md, "Actuals"): each
 * value names a figure of the dataset, a year in range, a number within the figure's range, and its
 * source; no figure and year twice.
 */

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Schema of one actual value of the dataset. */
export function actualValueSchema(dataset: PlanDataset) {
  const figures = new Map(actualFigures(dataset).map((f) => [f.key, f]));
  const years = actualYearRange(dataset);
  return v.pipe(
    v.strictObject({
      key: v.pipe(
        v.string(),
        v.check((key) => figures.has(key), 'not a figure of the template'),
      ),
      year: v.pipe(v.number(), v.integer(), v.minValue(years.min), v.maxValue(years.max)),
      value: v.pipe(v.number(), v.finite()),
      source: v.strictObject({
        document: v.pipe(v.string(), v.minLength(1), v.maxLength(ACTUAL_TEXT_LIMITS.documentMaxLength)),
        date: v.union([v.literal(''), v.pipe(v.string(), v.regex(DATE))]),
      }),
      note: v.pipe(v.string(), v.maxLength(ACTUAL_TEXT_LIMITS.noteMaxLength)),
    }),
    v.check((actual) => {
      // An unknown key is reported by its own check.
      const figure = figures.get(actual.key);
      return figure === undefined || (actual.value >= figure.min && actual.value <= figure.max);
    }, 'outside the figure’s range'),
  );
}

/** Schema of a list of actual values: each valid, at most {@link MAX_ACTUAL_VALUES}, no figure and year twice. */
export function actualValuesSchema(dataset: PlanDataset) {
  return v.pipe(
    v.array(actualValueSchema(dataset)),
    v.maxLength(MAX_ACTUAL_VALUES),
    v.check(
      (values) => new Set(values.map((a) => `${a.key}|${a.year}`)).size === values.length,
      'a figure and year twice',
    ),
  );
}

/** Schema of the stored record. */
export function actualsRecordSchema(dataset: PlanDataset) {
  return v.strictObject({
    id: v.literal('zone'),
    revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
    updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
    values: actualValuesSchema(dataset),
  });
}

/** Check actual values; the first problem as "path: message", or null when valid. */
export function checkActualValues(dataset: PlanDataset, values: unknown): string | null {
  const result = v.safeParse(actualValuesSchema(dataset), values);
  if (result.success) return null;
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '';
  return `${path === '' ? 'actuals' : `actuals.${path}`}: ${issue.message}`;
}

/** Values in the catalogue's order of figures, then by year. */
export function sortActuals(dataset: PlanDataset, values: readonly ActualValue[]): ActualValue[] {
  const order = new Map(actualFigures(dataset).map((f, i) => [f.key, i]));
  return [...values].sort((a, b) => order.get(a.key)! - order.get(b.key)! || a.year - b.year);
}

export type { ActualsRecord };
