import type { PlanDataset } from '../../data/plan-types';
import type { Figure } from '../../data/provenance';
import type { ProjectionResult, TargetResult, ZoneYear } from '../../engine/projection-types';
import type { I18n } from '../../i18n/i18n.svelte';

/** One row of a target table as every view shows it: the target with its name, unit and sources. */
export interface TargetRow {
  readonly target: TargetResult;
  /** The cluster or indicator, in the current language. */
  readonly name: string;
  /** A remark under the name (e.g. "revenue, not part of industrial output"); null for none. */
  readonly note: string | null;
  readonly unitKey: 'unit.yi' | 'unit.yiPerKm2';
  /** The plan figures behind the base-year value and the target, with their provenance. */
  readonly baseFigure: Figure<number>;
  readonly targetFigure: Figure<number>;
  /** First projected year in which land caps the cluster; null if never (or not a cluster). */
  readonly landBindsFrom: number | null;
  /**
   * Whether the projection has no value for the target year: the zone's output intensity without
   * producing land (`ZoneYear.outputIntensity` null). The row then shows "—", never 0.
   */
  readonly noValue: boolean;
}

/** Build the rows of the target table from a projection: clusters first, then the zone indicators. */
export function targetRows(result: ProjectionResult, dataset: PlanDataset, i18n: I18n): TargetRow[] {
  return result.targets.map((target): TargetRow => {
    if (target.subject.kind === 'cluster') {
      const clusterId = target.subject.clusterId;
      const cluster = dataset.clusters.find((c) => c.id === clusterId);
      if (cluster === undefined) throw new Error(`the dataset has no cluster "${clusterId}"`);
      const projection = result.clusters.find((c) => c.id === clusterId);
      return {
        target,
        name: i18n.text(cluster.name),
        note: cluster.measure === 'serviceRevenue' ? i18n.t('targets.serviceRevenueNote') : null,
        unitKey: 'unit.yi',
        baseFigure: cluster.base,
        targetFigure: cluster.target,
        landBindsFrom: projection?.landBindsFrom ?? null,
        noValue: false,
      };
    }
    const intensity = target.subject.indicatorId === 'outputIntensity';
    const last = result.zone[result.zone.length - 1];
    return {
      target,
      name: i18n.t(intensity ? 'targets.outputIntensity' : 'targets.industrialOutput'),
      note:
        last === undefined
          ? null
          : zoneCountsNote(i18n, last, intensity ? 'outputIntensity' : 'industrialOutput'),
      unitKey: intensity ? 'unit.yiPerKm2' : 'unit.yi',
      baseFigure: intensity ? dataset.zone.intensityBase : dataset.zone.industrialOutputBase,
      targetFigure: intensity ? dataset.zone.intensityTarget : dataset.zone.industrialOutputTarget,
      landBindsFrom: null,
      noValue: intensity && last?.outputIntensity === null,
    };
  });
}

/**
 * Say what a zone figure compared with its target counts, under the reading of `otherIndustryIn600`:
 * industrial output is the four industrial clusters with other industry beside it ("四大工业集群之和；
 * 其他工业 2020 年另计 48.9 亿元"), or all industry; the intensity is measured on the same land.
 */
export function zoneCountsNote(
  i18n: I18n,
  zone: ZoneYear,
  indicator: 'industrialOutput' | 'outputIntensity',
): string {
  const inside = zone.otherIndustryInTarget;
  if (indicator === 'outputIntensity') {
    return i18n.t(inside ? 'targets.outputIntensityAll' : 'targets.outputIntensityClusters');
  }
  return i18n.t(inside ? 'targets.industrialOutputAll' : 'targets.industrialOutputClusters', {
    other: i18n.yi(zone.otherIndustry),
    year: zone.year,
  });
}

/** Write a target's gap as the table shows it: "差 44.3" for a shortfall, "超出 2.1" for a surplus. */
export function gapText(i18n: I18n, gap: number): string {
  return gap > 0
    ? i18n.t('targets.shortfall', { value: i18n.num(gap) })
    : i18n.t('targets.surplus', { value: i18n.num(-gap) });
}

/** Write a growth rate (fraction per year) as a percentage, or "—" when there is none. */
export function cagrText(i18n: I18n, value: number | null): string {
  return value === null ? i18n.t('targets.none') : i18n.pct(value, 1);
}
