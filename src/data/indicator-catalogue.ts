import type { IndicatorUnit, PlanDataset } from './plan-types';

/**
 * Which 专栏1 indicators the model projects, which it derives, and the ranges of what a scenario may
 * set for them. Kept apart from indicators.ts so that validation can use it without the projection.
 */

/** How an indicator's projection is made. */
export type IndicatorMethod = 'projected' | 'derived' | 'trajectory';

/** The indicators the projection gives directly. */
export const PROJECTED_INDICATOR_IDS = ['industrialOutput', 'outputIntensity'] as const;
/** The indicators derived from the projection through the indicator assumptions. */
export const DERIVED_INDICATOR_IDS = [
  'highTechOutput',
  'highTechRevenueShare',
  'valueAddedRate',
  'netProfit',
  'energyPerValueAdded',
] as const;

/** Allowed range of the indicator assumptions (model units). */
export const INDICATOR_ASSUMPTION_LIMITS = {
  /** Fraction of added output that is high-tech. */
  highTechShareOfNew: { min: 0, max: 1 },
  /** Fraction of added output that is value added. */
  valueAddedRateOfNew: { min: 0, max: 1 },
  /** Tonnes of standard coal per 10,000 yuan of value added by new output. */
  energyOfNew: { min: 0, max: 5 },
  /** Fraction per year by which base output's energy per value added falls. */
  energyImprovement: { min: -0.2, max: 0.5 },
  /** Fraction of added output that is net profit. */
  profitMarginOfNew: { min: -0.5, max: 1 },
} as const;

const VALUE_RANGES: Record<IndicatorUnit, { readonly min: number; readonly max: number }> = {
  yi: { min: 0, max: 100_000 },
  percent: { min: 0, max: 100 },
  yiPerKm2: { min: 0, max: 10_000 },
  tcePer10kYuan: { min: 0, max: 10 },
  firms: { min: 0, max: 1_000_000 },
  institutions: { min: 0, max: 100_000 },
  people: { min: 0, max: 10_000_000 },
  patentsPer10k: { min: 0, max: 10_000 },
  tenThousandM2: { min: 0, max: 10_000 },
  tenThousandUsd: { min: 0, max: 10_000_000 },
  km2: { min: 0, max: 10_000 },
};

/** The values a trajectory of an indicator in this unit may take. */
export function indicatorValueRange(unit: IndicatorUnit): { readonly min: number; readonly max: number } {
  return VALUE_RANGES[unit];
}

/** How the dataset's indicator of this id is projected. */
export function indicatorMethod(dataset: PlanDataset, id: string): IndicatorMethod {
  if ((PROJECTED_INDICATOR_IDS as readonly string[]).includes(id)) return 'projected';
  if (dataset.indicatorDefaults !== undefined && (DERIVED_INDICATOR_IDS as readonly string[]).includes(id)) {
    return 'derived';
  }
  return 'trajectory';
}

/** The ids of the dataset's indicators that take a trajectory (the model neither projects nor derives them). */
export function trajectoryIndicatorIds(dataset: PlanDataset): string[] {
  return dataset.indicators.filter((i) => indicatorMethod(dataset, i.id) === 'trajectory').map((i) => i.id);
}
