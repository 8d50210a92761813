import type { Figure, LocalizedText } from './provenance';
import type { ClusterId, ProjectCapacity } from './plan-types';

/**
 * Types of "the rest of the plan": figures the plan states that the projection does not use — the
 * 2017 baseline panel, sub-targets per cluster, the targets of 第五章, projects the text names outside
 * the boxes. Each figure carries its provenance like every figure of the dataset.
 */

/** Units of the plan's other figures. */
export type DetailUnit =
  | 'yi'
  | 'tenThousandYuan'
  | 'percent'
  | 'yiPerKm2'
  | 'tcePer10kYuan'
  | 'firms'
  | 'institutions'
  | 'schools'
  | 'people'
  | 'patents'
  | 'patentsPer10k'
  | 'm2'
  | 'tenThousandM2'
  | 'projects'
  | 'times'
  | 'km2';

/**
 * How the plan qualifies a figure: "以上"/"不低于" (at least), "超过"/"突破"/"多" (more than),
 * "约"/"左右" (about); absent: as stated.
 */
export type DetailQualifier = 'atLeast' | 'over' | 'about';

/** One figure the plan states (or one derived from them), with what it is and how it relates. */
export interface PlanDetailFigure {
  /** Stable identifier within its list. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly unit: DetailUnit;
  readonly figure: Figure;
  readonly qualifier?: DetailQualifier;
  /** The upper end where the plan gives a range ("4－6家"); `figure` is the lower end. */
  readonly upper?: Figure;
  /** The indicator of 专栏1 (dataset indicator id) the figure restates or bears on. */
  readonly indicatorId?: string;
  /** The conflict (dataset conflict id) whose readings the figure is one of or bears on. */
  readonly conflictId?: string;
  /** What a reader should know beside the figure: a check against other figures, a caveat. */
  readonly note?: LocalizedText;
}

/** A group of figures of one part of the plan, e.g. "工业经济" of 第二章 第一节 一(一). */
export interface PlanDetailGroup {
  readonly id: string;
  readonly title: LocalizedText;
  /** The plan's heading the group's figures stand in. */
  readonly section: string;
  readonly items: readonly PlanDetailFigure[];
}

/** One part of the 2017 new-materials output (第四章 第一节 一(三)): its firms and output. */
export interface OutputPart {
  readonly id: string;
  readonly name: LocalizedText;
  /** Firms, 家. */
  readonly firms: Figure;
  /** Output, 亿元. */
  readonly output: Figure;
  readonly note?: LocalizedText;
}

/** A target the plan sets for a cluster (第四章) or for the innovation ecosystem (第五章). */
export interface PlanSubTarget extends PlanDetailFigure {
  /** The year the target is set for (2020; 启迪科技城: 2022). */
  readonly year: number;
  /** The value in 2017, where the plan gives one. */
  readonly base?: Figure;
}

/** The sub-targets of one cluster. */
export interface ClusterSubTargets {
  readonly clusterId: ClusterId;
  readonly section: string;
  readonly targets: readonly PlanSubTarget[];
}

/** Targets of one section of the plan, e.g. 第五章 第二节. */
export interface PlanTargetGroup {
  readonly section: string;
  readonly title: LocalizedText;
  readonly targets: readonly PlanSubTarget[];
}

/** How far a project named in the text has come, in the plan's words. */
export type TextProjectStage =
  /** "大力推进…项目", "加快建设": to be carried out. */
  | 'planned'
  /** "扩能增效": an existing line to be enlarged. */
  | 'expansion'
  /** "开工建设", "正在建设", "还将新建": under way or to be built. */
  | 'underway'
  /** "即将投用": about to open. */
  | 'opening'
  /** "入驻": settled in the zone. */
  | 'settled';

/**
 * A project the plan's text names outside the key-project boxes (专栏2–专栏6). Plan data only: it is
 * not a switchable project of the model.
 */
export interface TextProject {
  readonly id: string;
  /** The cluster it belongs to; null for the zone's infrastructure. */
  readonly clusterId: ClusterId | null;
  /** The project's name; the Chinese is the plan's. */
  readonly name: LocalizedText;
  /** The firm the plan names for it, or null. */
  readonly sponsor: LocalizedText | null;
  /** What the plan says it builds, with its section and the plan's own words. */
  readonly capacity: ProjectCapacity;
  readonly stage: TextProjectStage;
  /** How it relates to the key projects of the boxes, where it does. */
  readonly note?: LocalizedText;
}
