import type { ClusterLeverDefaults } from './plan-types';
import { PRODUCER_SERVICES_SHARE } from './scenario-limits';

/** A cluster lever's identifier: one field of a cluster's assumptions. */
export type LeverId = keyof ClusterLeverDefaults;

/** The unit a lever is shown in. */
export type LeverUnit =
  'percentPerYear' | 'yi' | 'yiPerYear' | 'yiPerYi' | 'years' | 'percent' | 'km2PerYear' | 'yiPerKm2';

/** Range, step and display of one lever; values are stored in model units (fractions, 亿元, km²). */
export interface LeverSpec {
  readonly id: LeverId;
  /** Smallest allowed value, in model units. */
  readonly min: number;
  /** Largest allowed value, in model units. */
  readonly max: number;
  /** Slider step, in model units. */
  readonly step: number;
  readonly unit: LeverUnit;
  /** Factor from model units to displayed units (100 for fractions shown as %). */
  readonly displayScale: number;
  /** Decimals shown in the displayed unit. */
  readonly decimals: number;
  /** Whether only whole numbers are allowed. */
  readonly integer: boolean;
}

/** The levers of a cluster, in the order the workbench shows them. */
export const LEVERS: readonly LeverSpec[] = [
  {
    id: 'growthRate',
    min: -0.5,
    max: 3,
    step: 0.005,
    unit: 'percentPerYear',
    displayScale: 100,
    decimals: 1,
    integer: false,
  },
  {
    id: 'investmentPerYear',
    min: 0,
    max: 300,
    step: 1,
    unit: 'yiPerYear',
    displayScale: 1,
    decimals: 1,
    integer: false,
  },
  {
    id: 'baseYearInvestment',
    min: 0,
    max: 300,
    step: 1,
    unit: 'yi',
    displayScale: 1,
    decimals: 1,
    integer: false,
  },
  {
    id: 'outputPerInvestment',
    min: 0,
    max: 5,
    step: 0.05,
    unit: 'yiPerYi',
    displayScale: 1,
    decimals: 2,
    integer: false,
  },
  { id: 'lagYears', min: 0, max: 2, step: 1, unit: 'years', displayScale: 1, decimals: 0, integer: true },
  {
    id: 'rampUpShare',
    min: 0,
    max: 1,
    step: 0.05,
    unit: 'percent',
    displayScale: 100,
    decimals: 0,
    integer: false,
  },
  {
    id: 'landPace',
    min: 0,
    max: 3,
    step: 0.01,
    unit: 'km2PerYear',
    displayScale: 1,
    decimals: 2,
    integer: false,
  },
  {
    id: 'landIntensity',
    min: 1,
    max: 500,
    step: 1,
    unit: 'yiPerKm2',
    displayScale: 1,
    decimals: 1,
    integer: false,
  },
];

/**
 * Range of the zone's "other industry" growth rate, fraction per year. The growth lever reaches 300 %/yr
 * so that organic growth alone can carry any cluster to its target (医药健康 needs 237.6 %/yr from 3.9
 * to 150); goal seek flags values beyond what is plausible (src/data/plausibility.ts).
 */
export const OTHER_INDUSTRY_GROWTH: Omit<LeverSpec, 'id'> = {
  min: -0.5,
  max: 2,
  step: 0.005,
  unit: 'percentPerYear',
  displayScale: 100,
  decimals: 1,
  integer: false,
};

/**
 * The producer-services share as a lever (the link between industry and modern services, docs/model.md
 * "Links"): 亿元 of services revenue per 亿元 of industrial output added since the base year, 0–0.5.
 */
export const PRODUCER_SERVICES_SHARE_LEVER: Omit<LeverSpec, 'id'> = {
  min: PRODUCER_SERVICES_SHARE.min,
  max: PRODUCER_SERVICES_SHARE.max,
  step: 0.01,
  unit: 'yiPerYi',
  displayScale: 1,
  decimals: 2,
  integer: false,
};

/** Allowed range of the status thresholds, as attainment fractions. */
export const THRESHOLD_RANGE = { min: 0.5, max: 1.5 } as const;

/** Default status thresholds: on track at ≥ 100 % attainment, at risk at ≥ 90 % (product.md). */
export const DEFAULT_THRESHOLDS = { onTrack: 1, atRisk: 0.9 } as const;

/** Look up a lever's spec. */
export function leverSpec(id: LeverId): LeverSpec {
  const spec = LEVERS.find((lever) => lever.id === id);
  if (spec === undefined) throw new RangeError(`unknown lever ${id}`);
  return spec;
}
