import type { IndicatorUnit } from '../../data/plan-types';
import type { IndicatorRow } from '../../engine/indicators';
import type { I18n } from '../../i18n/i18n.svelte';

/** Decimals an indicator's values are shown with, by unit. */
export const UNIT_DECIMALS: Record<IndicatorUnit, number> = {
  yi: 1,
  percent: 1,
  yiPerKm2: 1,
  tcePer10kYuan: 2,
  firms: 0,
  institutions: 0,
  people: 0,
  patentsPer10k: 0,
  tenThousandM2: 2,
  tenThousandUsd: 0,
  km2: 1,
};

/** The unit of an indicator in the current language. */
export function unitText(i18n: I18n, unit: IndicatorUnit): string {
  return i18n.t(`plan.unit.${unit}`);
}

/** An indicator value with its unit ("—" for none); percentages without a space. */
export function formatIndicator(i18n: I18n, unit: IndicatorUnit, value: number | null): string {
  if (value === null) return i18n.t('targets.none');
  const number = i18n.num(value, UNIT_DECIMALS[unit]);
  return unit === 'percent' ? `${number}%` : `${number} ${unitText(i18n, unit)}`;
}

/** Decimals of a figure as the plan writes it (0.31 → 2, 1.57 → 2, 125 → 0), at most 2. */
function decimalsOf(value: number): number {
  for (let d = 0; d < 2; d++) if (Math.abs(value * 10 ** d - Math.round(value * 10 ** d)) < 1e-9) return d;
  return 2;
}

/**
 * Decimals to show a row's values with: its unit's, or more where the plan's own base or target
 * figure has more (R&D intensity 1.57 %, new-product share 1.73 %), at most 2.
 */
export function rowDecimals(row: Pick<IndicatorRow, 'unit' | 'base' | 'target'>): number {
  const plan = Math.max(row.base === null ? 0 : decimalsOf(row.base), decimalsOf(row.target));
  return Math.max(UNIT_DECIMALS[row.unit], row.unit === 'percent' ? plan : 0);
}

/** An indicator value without its unit, as a table with the unit in its header shows it ("—" for none). */
export function indicatorNumber(
  i18n: I18n,
  unit: IndicatorUnit,
  value: number | null,
  decimals: number = UNIT_DECIMALS[unit],
): string {
  return value === null ? i18n.t('targets.none') : i18n.num(value, decimals);
}

/** A signed step, e.g. "+17.7". */
function signed(i18n: I18n, value: number, decimals: number): string {
  const text = i18n.num(value, decimals);
  return value > 0 && !text.startsWith('+') ? `+${text}` : text;
}

/**
 * Word a yearly pace: a growth rate for money and intensity, percentage points for shares, a step in
 * the unit otherwise. Null when there is no pace (no first value).
 */
export function formatPace(
  i18n: I18n,
  unit: IndicatorUnit,
  step: number | null,
  rate: number | null,
  valueDecimals: number = UNIT_DECIMALS[unit],
): string | null {
  if (step === null) return null;
  if ((unit === 'yi' || unit === 'yiPerKm2') && rate !== null) {
    return i18n.t('plan.pace.cagr', { rate: `${signed(i18n, rate * 100, 1)}%` });
  }
  const decimals = Math.max(1, valueDecimals);
  if (unit === 'percent') return i18n.t('plan.pace.points', { step: signed(i18n, step, decimals) });
  return i18n.t('plan.pace.step', { step: signed(i18n, step, decimals), unit: unitText(i18n, unit) });
}

/** The pace a row's target needs and the pace its projection takes, worded. */
export function paceOf(i18n: I18n, row: IndicatorRow): { required: string | null; scenario: string | null } {
  return {
    required: formatPace(i18n, row.unit, row.requiredStep, row.requiredCagr, rowDecimals(row)),
    scenario: formatPace(i18n, row.unit, row.scenarioStep, row.scenarioCagr, rowDecimals(row)),
  };
}
