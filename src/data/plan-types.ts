import type { Figure, LocalizedText } from './provenance';
import type { IndicatorDefaults } from './indicator-defaults';
import type { KeyProjectData } from './key-projects';

/** The "4+1" clusters: four industrial clusters and modern services. */
export const CLUSTER_IDS = [
  'newMaterials',
  'medicineHealth',
  'smartManufacturing',
  'agriProcessing',
  'modernServices',
] as const;
export type ClusterId = (typeof CLUSTER_IDS)[number];

/** The five parks (一区五园). */
export const PARK_IDS = ['qinggang', 'fengjia', 'zhengyang', 'qianzhou', 'qidi'] as const;
export type ParkId = (typeof PARK_IDS)[number];

/** What a cluster's figure measures: industrial output (工业总产值) or service revenue (营业收入). */
export type ClusterMeasure = 'industrialOutput' | 'serviceRevenue';

/** The planning horizon: base year and the year the targets are set for. */
export interface Horizon {
  /** Year of the baseline figures, e.g. 2017. */
  readonly baseYear: number;
  /** Year of the plan's targets, e.g. 2020; projections run baseYear+1 … targetYear. */
  readonly targetYear: number;
}

/** A park of the zone. */
export interface ParkData {
  readonly id: ParkId;
  readonly name: LocalizedText;
  /** Planned area, km². */
  readonly areaKm2: Figure;
  /** What the plan lays out in it. */
  readonly focus: LocalizedText;
}

/** Plan defaults of one cluster's levers, each with provenance. */
export interface ClusterLeverDefaults {
  /** Annual organic growth of existing output, fraction per year. */
  readonly growthRate: Figure;
  /** New fixed investment per projected year, 亿元. */
  readonly investmentPerYear: Figure;
  /** Annual output per 亿元 invested at full production, 亿元 per 亿元. */
  readonly outputPerInvestment: Figure;
  /** Years from investment to first production, 0–2. */
  readonly lagYears: Figure;
  /** Share of full output reached in the first producing year, 0–1. */
  readonly rampUpShare: Figure;
  /** Producing land brought into production per year, km². */
  readonly landPace: Figure;
  /** Output per km² of producing land in the base year, 亿元/km². */
  readonly landIntensity: Figure;
  /** Annual growth of land intensity, fraction per year. */
  readonly intensityGrowth: Figure;
}

/** One "4+1" cluster with its baseline, target, parks and lever defaults. */
export interface ClusterData {
  readonly id: ClusterId;
  readonly name: LocalizedText;
  readonly measure: ClusterMeasure;
  /** The parks whose land the cluster draws on (its land pool). */
  readonly parkIds: readonly ParkId[];
  /** Output (or revenue) in the base year, 亿元. */
  readonly base: Figure;
  /** Plan target for the target year, 亿元. */
  readonly target: Figure;
  /** Producing land in the base year, km². */
  readonly producingLandBase: Figure;
  readonly defaults: ClusterLeverDefaults;
}

/** Units of zone indicators. */
export type IndicatorUnit =
  | 'yi'
  | 'percent'
  | 'yiPerKm2'
  | 'tcePer10kYuan'
  | 'firms'
  | 'institutions'
  | 'people'
  | 'patentsPer10k'
  | 'tenThousandM2'
  | 'tenThousandUsd'
  | 'km2';

/** Whether a target is reached by being at least or at most the target value. */
export type TargetDirection = 'atLeast' | 'atMost';

/** One indicator of 专栏1 (or the 2020 goals of 第三章 第四节). */
export interface ZoneIndicator {
  readonly id: string;
  readonly name: LocalizedText;
  readonly unit: IndicatorUnit;
  readonly group: 'economy' | 'innovation' | 'opening' | 'sustainability';
  /** Value in the base year; null where the plan gives none. */
  readonly base: Figure | null;
  readonly target: Figure;
  readonly direction: TargetDirection;
  /** Whether the engine projects it (otherwise it is shown as plan data). */
  readonly projected: boolean;
}

/** The whole plan dataset. */
export interface PlanDataset {
  /** Changes whenever any figure changes; scenarios record it. */
  readonly version: string;
  readonly title: LocalizedText;
  readonly horizon: Horizon;
  readonly parks: readonly ParkData[];
  readonly clusters: readonly ClusterData[];
  readonly zone: {
    /** Industrial output in the base year (工业总产值), 亿元. */
    readonly industrialOutputBase: Figure;
    /** The part of base-year industrial output in no industrial cluster ("other industry"), 亿元. */
    readonly otherIndustryBase: Figure;
    /** Annual growth of other industry, fraction per year. */
    readonly otherIndustryGrowth: Figure;
    /** Producing land of other industry, km² (held constant). */
    readonly otherIndustryLand: Figure;
    /** Zone-wide output intensity of producing land in the base year, 亿元/km². */
    readonly intensityBase: Figure;
    /** Target for industrial output, 亿元. */
    readonly industrialOutputTarget: Figure;
    /** Target for the average output intensity of producing land, 亿元/km². */
    readonly intensityTarget: Figure;
    /** Base-year sector figures of the plan and the estimates that allocate the rest. */
    readonly baseSplit: readonly {
      readonly id: string;
      readonly name: LocalizedText;
      readonly figure: Figure;
    }[];
  };
  readonly indicators: readonly ZoneIndicator[];
  /** The named key projects of 专栏2–专栏6; absent or empty: the dataset has none. */
  readonly keyProjects?: readonly KeyProjectData[];
  /** Defaults of the assumptions the derived indicators need; absent: those indicators are not derived. */
  readonly indicatorDefaults?: IndicatorDefaults;
}
