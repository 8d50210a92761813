import type { ClusterId } from '../data/plan-types';
import type { IndicatorSectorId } from '../data/indicator-defaults';
import type { LeverId } from '../data/levers';
import type { RangeDistribution } from '../data/scenario-limits';
import type { ReferenceId } from '../data/references';

export type { RangeDistribution, ReferenceId };

/** One cluster's assumptions, in model units. */
export type ClusterAssumptions = Record<LeverId, number>;

/** Attainment thresholds of the status, as fractions (1 = 100 %). */
export interface StatusThresholds {
  /** Attainment at or above which a target is on track (default 1). */
  readonly onTrack: number;
  /** Attainment at or above which a target is at risk rather than off track (default 0.9). */
  readonly atRisk: number;
}

/** A scenario: every assumption the engine needs besides the plan dataset. Plain, cloneable data. */
export interface Scenario {
  /** Version of the plan dataset the scenario was made with. */
  datasetVersion: string;
  /** The reference scenario it was built from (src/data/references.ts): what "reset" returns to. */
  reference: ReferenceId;
  clusters: Record<ClusterId, ClusterAssumptions>;
  /** Annual growth of industry outside the four industrial clusters, fraction per year. */
  otherIndustryGrowth: number;
  /** The links between clusters the model may follow (docs/model.md, "Links"). */
  links: LinkSettings;
  /** conflictId → index of the chosen reading; absent means the dataset's default reading. */
  conflictChoices: Record<string, number>;
  thresholds: StatusThresholds;
  /** Ranges and Monte Carlo settings; absent when the scenario has no uncertainty attached. */
  uncertainty?: ScenarioUncertainty;
  /**
   * Settings of the plan's key projects (by id) and the user's own projects (with `custom`); a plan
   * project not listed keeps its dataset defaults (switched off). Absent: every project at its defaults.
   */
  projects?: ProjectSetting[];
  /** Assumptions and trajectories of the 专栏1 indicators; absent: the dataset's defaults. */
  indicators?: IndicatorSettings;
}

/** Which links between clusters are on, and their parameter. */
export interface LinkSettings {
  /** Producer services follow industrial output: `share` 亿元 of revenue per 亿元 of industrial output added since the base year. */
  producerServices: { enabled: boolean; share: number };
  /** The agricultural bases feed processing: a base switched on counts the processing output its raw materials support. */
  agriSupply: { enabled: boolean };
}

/**
 * A key project as the scenario sets it. For a plan project every field but `id` is optional and a
 * missing one takes the dataset's default; a user's own project has `custom`.
 */
export interface ProjectSetting {
  /** The plan project's id, or the user project's own id (1–64 characters, unique in the scenario). */
  id: string;
  /** Whether its output counts; plan projects are off unless switched on, user projects on. */
  enabled?: boolean;
  /** First producing year (calendar year), from the first projected year to 3 years after the target year. */
  startYear?: number;
  /** Share of the annual output reached in the first producing year, 0–1. */
  rampUpShare?: number;
  /** Annual output (services: revenue) at full production, 亿元 per year, 0–500. */
  annualOutput?: number;
  /** Land the project brings into production in its cluster's parks from its start year, km², 0–5. */
  landKm2?: number;
  /** Present only for a user's own project: its name and cluster. */
  custom?: { name: string; clusterId: ClusterId };
}

/** The indicator assumptions and trajectories a scenario sets; every field optional. */
export interface IndicatorSettings {
  /**
   * Values entered for indicators the model does not derive: indicator id → calendar year (as text,
   * e.g. "2019", a projected year) → value in the indicator's unit. Years not entered follow the
   * default path (docs/model.md, "Indicators").
   */
  trajectories?: Record<string, Record<string, number>>;
  /** Share of output added since the base year that is high-tech, per sector, fraction 0–1. */
  highTechShareOfNew?: Partial<Record<IndicatorSectorId, number>>;
  /** Value added per yuan of output added since the base year, fraction 0–1. */
  valueAddedRateOfNew?: number;
  /** Energy per value added of new output, tonnes of standard coal per 10,000 yuan, 0–5. */
  energyOfNew?: number;
  /** Yearly fall of base-year output's energy per value added, fraction per year, −0.2–0.5. */
  energyImprovement?: number;
  /** Net profit per yuan of output added since the base year, fraction 0–1. */
  profitMarginOfNew?: number;
}

/**
 * A range on one assumption, in model units. The most likely value is the scenario's own value of
 * the assumption; low ≤ most likely ≤ high.
 */
export interface AssumptionRange {
  low: number;
  high: number;
  distribution: RangeDistribution;
}

/** The uncertainty attached to a scenario: ranges on assumptions and the Monte Carlo settings. */
export interface ScenarioUncertainty {
  /** clusterId → leverId → range; a lever without a range is fixed at its value. */
  clusters: Partial<Record<ClusterId, Partial<Record<LeverId, AssumptionRange>>>>;
  /** Range of the other-industry growth rate, if any. */
  otherIndustryGrowth?: AssumptionRange;
  /** Number of Monte Carlo trials, 1 … 1,000,000 (default 10,000). */
  trials: number;
  /** Seed of the pseudo-random generator, an integer 0 … 2³²−1; the same seed gives the same result. */
  seed: number;
}
