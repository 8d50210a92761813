import { LEVERS, leverSpec, type LeverId, type LeverUnit } from '../../data/levers';
import type { PlanDataset } from '../../data/plan-types';
import type { Figure } from '../../data/provenance';
import type { I18n } from '../../i18n/i18n.svelte';

/** Where a plan figure enters the app. */
export type FigureRole =
  /** The base-year value or the target of a row of the target table. */
  | 'target'
  /** A default assumption of the projection (lever defaults, other industry, base-year land). */
  | 'assumption'
  /** Anything else the dataset records (base split, 专栏1 indicators). */
  | 'other';

/** A figure of the plan dataset with what it is, in the current language. */
export interface CataloguedFigure {
  readonly figure: Figure<number>;
  /** What the figure is, e.g. "新材料 2020 年目标". */
  readonly subject: string;
  readonly role: FigureRole;
  /** The lever the figure is the default of, when it is one. */
  readonly leverId?: LeverId;
  /** The cluster the figure belongs to, when it does. */
  readonly clusterId?: string;
  /** Format a value of this figure with its unit. */
  readonly format: (value: number) => string;
}

/**
 * Name a figure of a cluster or indicator: "新材料年增速", "新材料 2017 年" in Chinese; "New materials:
 * growth rate" style in English.
 */
export function figureSubject(i18n: I18n, owner: string, what: string): string {
  if (i18n.locale !== 'zh-CN') return `${owner}: ${what}`;
  return /^[0-9A-Za-z]/.test(what) ? `${owner} ${what}` : `${owner}${what}`;
}

/** Write a value with a unit message: percentages without a space, other units after one. */
export function withUnit(i18n: I18n, value: string, unit: LeverUnit | 'yi' | 'km2'): string {
  const text = i18n.t(`unit.${unit}`);
  return text.startsWith('%') ? `${value}${text}` : `${value} ${text}`;
}

/** Format a lever's value (model units) as the levers show it, with its unit. */
export function formatLever(i18n: I18n, leverId: LeverId, value: number): string {
  const spec = leverSpec(leverId);
  return withUnit(i18n, i18n.num(value * spec.displayScale, spec.decimals), spec.unit);
}

/**
 * List the figures of a plan dataset with their subjects and formats: every cluster's base, target,
 * base-year land and lever defaults, the zone's figures, the base split and the 专栏1 indicators.
 */
export function figureCatalogue(dataset: PlanDataset, i18n: I18n): CataloguedFigure[] {
  const yi = (value: number) => withUnit(i18n, i18n.num(value), 'yi');
  const km2 = (value: number) => withUnit(i18n, i18n.num(value, 2), 'km2');
  const plain = (value: number) => i18n.num(value, Number.isInteger(value) ? 0 : 2);
  const base = i18n.t('targets.base');
  const target = i18n.t('targets.target');
  const out: CataloguedFigure[] = [];
  for (const cluster of dataset.clusters) {
    const name = i18n.text(cluster.name);
    const clusterId = cluster.id;
    out.push(
      {
        figure: cluster.base,
        subject: figureSubject(i18n, name, base),
        role: 'target',
        clusterId,
        format: yi,
      },
      {
        figure: cluster.target,
        subject: figureSubject(i18n, name, target),
        role: 'target',
        clusterId,
        format: yi,
      },
      {
        figure: cluster.producingLandBase,
        subject: i18n.t('figure.producingLand', { cluster: name }),
        role: 'assumption',
        clusterId,
        format: km2,
      },
    );
    for (const lever of LEVERS) {
      out.push({
        figure: cluster.defaults[lever.id],
        subject: figureSubject(i18n, name, i18n.t(`lever.${lever.id}`)),
        role: 'assumption',
        leverId: lever.id,
        clusterId,
        format: (value) => formatLever(i18n, lever.id, value),
      });
    }
  }
  const zone = dataset.zone;
  const output = i18n.t('targets.industrialOutput');
  const intensity = i18n.t('targets.outputIntensity');
  const perKm2 = (value: number) => withUnit(i18n, i18n.num(value), 'yiPerKm2');
  out.push(
    {
      figure: zone.industrialOutputBase,
      subject: figureSubject(i18n, output, base),
      role: 'target',
      format: yi,
    },
    {
      figure: zone.industrialOutputTarget,
      subject: figureSubject(i18n, output, target),
      role: 'target',
      format: yi,
    },
    {
      figure: zone.intensityBase,
      subject: figureSubject(i18n, intensity, base),
      role: 'target',
      format: perKm2,
    },
    {
      figure: zone.intensityTarget,
      subject: figureSubject(i18n, intensity, target),
      role: 'target',
      format: perKm2,
    },
    {
      figure: zone.otherIndustryBase,
      subject: i18n.t('figure.otherIndustryBase'),
      role: 'assumption',
      format: yi,
    },
    {
      figure: zone.otherIndustryGrowth,
      subject: i18n.t('workbench.otherIndustryGrowth'),
      role: 'assumption',
      format: (value) => i18n.pct(value),
    },
    {
      figure: zone.otherIndustryLand,
      subject: i18n.t('figure.otherIndustryLand'),
      role: 'assumption',
      format: km2,
    },
  );
  for (const part of zone.baseSplit) {
    out.push({ figure: part.figure, subject: i18n.text(part.name), role: 'other', format: yi });
  }
  for (const indicator of dataset.indicators) {
    const name = i18n.text(indicator.name);
    if (indicator.base !== null) {
      out.push({
        figure: indicator.base,
        subject: figureSubject(i18n, name, base),
        role: 'other',
        format: plain,
      });
    }
    out.push({
      figure: indicator.target,
      subject: figureSubject(i18n, name, target),
      role: 'other',
      format: plain,
    });
  }
  return out;
}
