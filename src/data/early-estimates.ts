import type { ClusterId } from './plan-types';

/**
 * The default scenario of releases 0.1–0.2 ("规划默认情景", datasets 2018-2020.1 and .2), as it was, in
 * today's shape: the reference `earlyEstimates`, which every scenario saved by those releases was
 * built from. Its land intensities are the 2020 intensities it implied (45 亿元/km² growing
 * (60 ÷ 45)^(1/3) − 1 a year reaches 60; services 100 growing 5 % reaches 115.7625) — exactly what
 * the migration to shape 3 makes of its values — and its links are off (it was made without them).
 * Base-year investment is 2017's 193.2 split 90 : 35 : 30 : 25, unrounded, as release 0.2 wrote it.
 * Kept as data so that the reference never changes when the dataset's estimates do.
 */
export const EARLY_ESTIMATES: {
  readonly clusters: Readonly<
    Record<
      ClusterId,
      {
        readonly growthRate: number;
        readonly investmentPerYear: number;
        readonly baseYearInvestment: number;
        readonly outputPerInvestment: number;
        readonly lagYears: number;
        readonly rampUpShare: number;
        readonly landPace: number;
        readonly landIntensity: number;
      }
    >
  >;
  readonly otherIndustryGrowth: number;
} = {
  clusters: {
    newMaterials: early(90, (193.2 * 90) / 180, 1.01, 60),
    medicineHealth: early(35, (193.2 * 35) / 180, 0.81, 60),
    smartManufacturing: early(30, (193.2 * 30) / 180, 0.47, 60),
    agriProcessing: early(25, (193.2 * 25) / 180, 0.36, 60),
    modernServices: early(15, 15, 0.2, 115.7625),
  },
  otherIndustryGrowth: 0.05,
};

function early(
  investmentPerYear: number,
  baseYearInvestment: number,
  landPace: number,
  landIntensity: number,
) {
  return {
    growthRate: 0.09,
    investmentPerYear,
    baseYearInvestment,
    outputPerInvestment: 1,
    lagYears: 1,
    rampUpShare: 0.5,
    landPace,
    landIntensity,
  };
}
