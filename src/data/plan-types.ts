import type { Figure, LocalizedText, PlanSource } from './provenance';
import type { IndicatorDefaults } from './indicator-defaults';

/** The "4+1" clusters: four industrial clusters and modern services. */
export const CLUSTER_IDS = [
  'newMaterials',
  'medicineHealth',
  'smartManufacturing',
  'agriProcessing',
  'modernServices',
] as const;
export type ClusterId = (typeof CLUSTER_IDS)[number];

/** The five parks of the 2018–2020 plan (一区五园). */
export const PARK_IDS = ['qinggang', 'fengjia', 'zhengyang', 'qianzhou', 'qidi'] as const;
/** A park's id: the plan's five, or a park a later period adds (its own id, e.g. "p-xincheng"). */
export type ParkId = string;

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

/** Plan defaults of one cluster's levers, each with provenance (docs/model.md, "Defaults"). */
export interface ClusterLeverDefaults {
  /**
   * Organic growth, fraction per year: the growth of output already producing that new investment does
   * not explain (utilisation of idle capacity, productivity, prices). Output of new investment and of
   * key projects grows at it too once it is at full production.
   */
  readonly growthRate: Figure;
  /** New fixed investment per projected year, 亿元: all of the cluster's investment, named projects included. */
  readonly investmentPerYear: Figure;
  /** Fixed investment made in the base year, 亿元: it produces from the base year + lag on, like later years'. */
  readonly baseYearInvestment: Figure;
  /** Annual output per 亿元 invested at full production, 亿元 per 亿元. */
  readonly outputPerInvestment: Figure;
  /** Years from investment to first production, 0–2. */
  readonly lagYears: Figure;
  /** Share of full output reached in the first producing year, 0–1. */
  readonly rampUpShare: Figure;
  /** Land the parks ready for the cluster per year, km²: producing land can grow at most this fast. */
  readonly landPace: Figure;
  /**
   * Output per km² of the cluster's producing land in the target year, 亿元/km². The base year's
   * intensity is data (base output ÷ base land); the years between follow at a steady yearly rate.
   */
  readonly landIntensity: Figure;
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
    /**
     * Whether the zone's output targets count other industry (conflict `otherIndustryIn600`): 0 — the
     * 600 is the four industrial clusters (their targets add up to it), other industry is reported
     * beside it; 1 — the 600 is all industry, other industry inside it.
     */
    readonly otherIndustryInTarget: Figure;
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
  /** The links between clusters the plan describes (docs/model.md, "Links"); absent: no links. */
  readonly links?: LinkDefaults;
  /** For a dataset a planner made for a later period: what it was built from; absent for the embedded plan. */
  readonly origin?: DatasetOrigin;
}

/** Where a later period's dataset comes from (src/engine/next-period/next-period-dataset.ts). */
export interface DatasetOrigin {
  /** The version of the dataset whose actuals it starts from, e.g. "2018-2020.3". */
  readonly builtFrom: string;
  /** The year whose actuals are its base figures (its base year). */
  readonly actualsOf: number;
  /** The day its first version was made, "YYYY-MM-DD". */
  readonly createdOn: string;
  /** What the planner wrote about this version's changes ('' or absent for none). */
  readonly note?: string;
}

/** Defaults of the links between clusters, each with provenance. */
export interface LinkDefaults {
  /** Whether producer services follow industrial output in a new scenario (1 on, 0 off). */
  readonly producerServicesEnabled: Figure;
  /** Producer-services revenue per 亿元 of industrial output added since the base year, 亿元 per 亿元. */
  readonly producerServicesShare: Figure;
  /** Whether the agricultural bases feed processing in a new scenario (1 on, 0 off). */
  readonly agriSupplyEnabled: Figure;
}

/** What the plan says a project builds, in both languages, with the box it stands in. */
export interface ProjectCapacity {
  /** The capacity in the app's words. */
  readonly text: LocalizedText;
  /** The box and the plan's own words. */
  readonly source: PlanSource;
}

/** Plan defaults of a key project's settings, each with provenance. */
export interface KeyProjectDefaults {
  /** Annual output (services: revenue) at full production, 亿元 per year. */
  readonly annualOutput: Figure;
  /** First year the project produces (a calendar year). */
  readonly startYear: Figure;
  /** Share of the annual output reached in the first producing year, 0–1. */
  readonly rampUpShare: Figure;
  /**
   * The project's own site in its cluster's parks from its start year, km²; 0: it needs land at its
   * cluster's intensity like any new output.
   */
  readonly landKm2: Figure;
}

/** One named project of 专栏2–专栏6. */
export interface KeyProjectData {
  /** Stable identifier a scenario uses to switch the project on or set it. */
  readonly id: string;
  /** The cluster whose output the project adds to. */
  readonly clusterId: ClusterId;
  /** The box that lists it ("专栏2" … "专栏6") and its number there ("1", "2", …). */
  readonly box: string;
  readonly item: string;
  /** The project's name; the Chinese is the plan's. */
  readonly name: LocalizedText;
  /** The firm the plan says carries it out (依托…), or null where the plan names none. */
  readonly sponsor: LocalizedText | null;
  readonly capacity: ProjectCapacity;
  /** Investment stated by the plan, 亿元; null where the plan gives none. */
  readonly investment: Figure | null;
  /** Site area stated by the plan, km² (1 亩 = 1/1500 km²); null where the plan gives none. */
  readonly siteArea: Figure | null;
  /** The park the plan places it in, where that is not one of its cluster's parks; null otherwise. */
  readonly outsidePark: ParkId | null;
  readonly defaults: KeyProjectDefaults;
  /**
   * For an agricultural base (专栏3, 专栏5): the processing output its raw materials support in its own
   * cluster at full production, 亿元 per year, counted only while the supply link is on; absent otherwise.
   */
  readonly supplyOutput?: Figure;
}
