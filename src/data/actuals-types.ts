import { indicatorValueRange } from './indicator-catalogue';
import type { LocalizedText } from './provenance';
import type { ClusterId, IndicatorUnit, PlanDataset } from './plan-types';

/**
 * Actuals: what really happened in the zone after the plan's base year, each figure with its source
 * (docs/scenario-format.md, "Actuals"). Plain, cloneable data; the engine evaluates the plan against
 * it (src/engine/evaluation/), storage keeps it (src/storage/actuals-store.ts), and the template
 * files carry it in and out (src/actuals-format/).
 */

/** Where an actual figure comes from: a document and its date, as the statistician cites it. */
export interface ActualSource {
  /** The document, e.g. "黔江区2019年国民经济和社会发展统计公报"; 1–200 characters. */
  readonly document: string;
  /** Its date: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; '' when not known. */
  readonly date: string;
}

/** One actual figure of one year. */
export interface ActualValue {
  /** Which figure ({@link ActualFigure.key}), e.g. "output.newMaterials". */
  readonly key: string;
  /** The calendar year it is for, after the base year of the zone's first plan. */
  readonly year: number;
  /** The figure in its unit (亿元, km², the indicator's unit); finite, within the unit's range. */
  readonly value: number;
  readonly source: ActualSource;
  /** A remark of the statistician ('' for none), at most 500 characters. */
  readonly note: string;
}

/** Every actual the app holds for the zone, stored as one record (one write, one revision). */
export interface ActualsRecord {
  /** Key: one set of actuals per zone. */
  readonly id: 'zone';
  /** +1 on every write; a write that expects another revision is refused (a second tab). */
  readonly revision: number;
  /** When it was last written, ms since the epoch. */
  readonly updatedAt: number;
  /** Sorted by key order of the catalogue, then year. */
  readonly values: readonly ActualValue[];
}

/** What kind of figure an actual is. */
export type ActualFigureKind =
  'clusterOutput' | 'clusterInvestment' | 'clusterLand' | 'zoneInvestment' | 'zoneLand' | 'indicator';

/** Units an actual can be in: the indicators' units (亿元, km², %, …). */
export type ActualUnit = IndicatorUnit;

/** A figure actuals can be entered for. */
export interface ActualFigure {
  /** Stable key used in files and storage, e.g. "output.newMaterials", "indicator.rndIntensity". */
  readonly key: string;
  readonly kind: ActualFigureKind;
  readonly name: LocalizedText;
  readonly unit: ActualUnit;
  /** The cluster it belongs to, for cluster figures. */
  readonly clusterId?: ClusterId;
  /** The 专栏1 indicator, for indicator figures. */
  readonly indicatorId?: string;
  /** Allowed values, in the unit. */
  readonly min: number;
  readonly max: number;
}

/** Latest year an actual may be entered for, counted from the dataset's target year. */
export const ACTUAL_YEARS_AFTER_TARGET = 15;

/** The years actuals may be given for: the first projected year … 15 years after the target year. */
export function actualYearRange(dataset: PlanDataset): { readonly min: number; readonly max: number } {
  return { min: dataset.horizon.baseYear + 1, max: dataset.horizon.targetYear + ACTUAL_YEARS_AFTER_TARGET };
}

/** Limits of the texts of an actual. */
export const ACTUAL_TEXT_LIMITS = { documentMaxLength: 200, noteMaxLength: 500 } as const;

/** Most actual values one record holds (figures × years, with room to spare). */
export const MAX_ACTUAL_VALUES = 5000;

const MONEY = indicatorValueRange('yi');
const LAND = indicatorValueRange('km2');

/**
 * Every figure actuals can be entered for, in the order the template and tables show them: each
 * cluster's output (revenue for services), investment and producing land, the zone's investment and
 * producing land, then every 专栏1 indicator (zone industrial output is the indicator `industrialOutput`).
 */
export function actualFigures(dataset: PlanDataset): ActualFigure[] {
  const figures: ActualFigure[] = [];
  for (const cluster of dataset.clusters) {
    figures.push({
      key: `output.${cluster.id}`,
      kind: 'clusterOutput',
      name:
        cluster.measure === 'serviceRevenue'
          ? { zh: `${cluster.name.zh}营业收入`, en: `${cluster.name.en} revenue` }
          : { zh: `${cluster.name.zh}工业总产值`, en: `${cluster.name.en} output` },
      unit: 'yi',
      clusterId: cluster.id,
      ...MONEY,
    });
  }
  for (const cluster of dataset.clusters) {
    figures.push({
      key: `investment.${cluster.id}`,
      kind: 'clusterInvestment',
      name: { zh: `${cluster.name.zh}固定资产投资`, en: `${cluster.name.en} fixed investment` },
      unit: 'yi',
      clusterId: cluster.id,
      ...MONEY,
    });
  }
  for (const cluster of dataset.clusters) {
    figures.push({
      key: `land.${cluster.id}`,
      kind: 'clusterLand',
      name: { zh: `${cluster.name.zh}投产用地`, en: `${cluster.name.en} producing land` },
      unit: 'km2',
      clusterId: cluster.id,
      ...LAND,
    });
  }
  figures.push(
    {
      key: 'zone.investment',
      kind: 'zoneInvestment',
      name: { zh: '园区工业固定资产投资', en: 'Zone industrial fixed investment' },
      unit: 'yi',
      ...MONEY,
    },
    {
      key: 'zone.producingLand',
      kind: 'zoneLand',
      name: { zh: '园区工业投产用地', en: 'Zone industrial producing land' },
      unit: 'km2',
      ...LAND,
    },
  );
  for (const indicator of dataset.indicators) {
    figures.push({
      key: `indicator.${indicator.id}`,
      kind: 'indicator',
      name: indicator.name,
      unit: indicator.unit,
      indicatorId: indicator.id,
      ...indicatorValueRange(indicator.unit),
    });
  }
  return figures;
}

/** The actual of a figure in a year, or undefined. */
export function actualOf(values: readonly ActualValue[], key: string, year: number): ActualValue | undefined {
  return values.find((value) => value.key === key && value.year === year);
}
