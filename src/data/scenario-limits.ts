import type { PlanDataset } from './plan-types';

/**
 * The allowed values of what a scenario sets besides its levers (those are in levers.ts): key-project
 * settings and the Monte Carlo settings. Data, so that the one scenario schema
 * (src/scenario/schema.ts), the engine and the UI read the same limits.
 */

/** Limits on the texts a scenario holds (lengths in UTF-16 code units, as `String.length`). */
export const SCENARIO_TEXT_LIMITS = {
  /** Length of a dataset or app version string. */
  versionMaxLength: 100,
} as const;

/** Allowed values of a project's settings (model units). */
export const PROJECT_LIMITS = {
  /** Annual output at full production, 亿元 per year. */
  annualOutput: { min: 0, max: 500 },
  /** Share of the annual output reached in the first producing year, fraction. */
  rampUpShare: { min: 0, max: 1 },
  /** Land brought into production, km². */
  landKm2: { min: 0, max: 5 },
  /** How many years after the target year a start year may be set (a project that slips out of the plan period). */
  startYearsBeyondTarget: 3,
  /** Length of a project id, characters. */
  idMaxLength: 64,
  /** Length of a user project's name, characters. */
  nameMaxLength: 100,
  /** Project settings a scenario may hold. */
  maxProjects: 200,
} as const;

/** Default settings of a user's own project: on, starting in the second projected year, half output the first year. */
export const CUSTOM_PROJECT_DEFAULTS = {
  enabled: true,
  rampUpShare: 0.5,
  annualOutput: 0,
  landKm2: 0,
} as const;

/**
 * The allowed start years (calendar years): the first projected year up to
 * {@link PROJECT_LIMITS}.startYearsBeyondTarget years after the target year.
 */
export function startYearRange(dataset: PlanDataset): { readonly min: number; readonly max: number } {
  return {
    min: dataset.horizon.baseYear + 1,
    max: dataset.horizon.targetYear + PROJECT_LIMITS.startYearsBeyondTarget,
  };
}

/** Number of Monte Carlo trials a new scenario uncertainty starts with. */
export const DEFAULT_TRIALS = 10_000;
/** Fewest Monte Carlo trials a scenario may ask for. */
export const MIN_TRIALS = 1;
/** Most Monte Carlo trials a scenario may ask for. */
export const MAX_TRIALS = 1_000_000;
/** Seed a new scenario uncertainty starts with, so that a first run is reproducible as it is. */
export const DEFAULT_SEED = 2020;
/** Largest seed: seeds are unsigned 32-bit integers, 0 … 2³²−1. */
export const MAX_SEED = 0xffff_ffff;
/** The distributions a range can have; triangular is the default. */
export const RANGE_DISTRIBUTIONS = ['triangular', 'normal', 'uniform'] as const;

/** How an uncertain assumption is distributed between its low and high values. */
export type RangeDistribution = (typeof RANGE_DISTRIBUTIONS)[number];

/** Allowed range of the producer-services share, 亿元 of revenue per 亿元 of added industrial output. */
export const PRODUCER_SERVICES_SHARE = { min: 0, max: 0.5 } as const;
