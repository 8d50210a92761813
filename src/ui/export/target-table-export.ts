import type { PlanDataset } from '../../data/plan-types';
import type { I18n } from '../../i18n/i18n.svelte';
import type { TargetRow } from '../targets/target-rows';
import { sourceLine, type ScenarioMeta } from './scenario-meta';
import type { ExportTable } from './table-model';

/**
 * The target table as an exported table: one row per target, numbers unrounded (亿元, 亿元/km²;
 * attainment and growth rates as fractions with a percent format), headers in the current language.
 */
export function targetTableExport(
  rows: readonly TargetRow[],
  i18n: I18n,
  dataset: PlanDataset,
  meta: ScenarioMeta,
): ExportTable {
  const value = '0.0';
  const percent = '0.0%';
  return {
    title: i18n.t('targets.heading'),
    columns: [
      { header: i18n.t('targets.indicator') },
      { header: i18n.t('export.unitColumn') },
      { header: i18n.t('targets.base'), numberFormat: value },
      { header: i18n.t('targets.projected'), numberFormat: value },
      { header: i18n.t('targets.target'), numberFormat: value },
      { header: i18n.t('export.gapColumn'), numberFormat: value },
      { header: i18n.t('targets.attainment'), numberFormat: percent },
      { header: i18n.t('targets.requiredCagr'), numberFormat: percent },
      { header: i18n.t('targets.scenarioCagr'), numberFormat: percent },
      { header: i18n.t('export.statusColumn') },
      { header: i18n.t('export.landColumn'), numberFormat: '0' },
    ],
    rows: rows.map((row) => {
      const t = row.target;
      return [
        withNote(i18n, row.name, row.note),
        i18n.t(row.unitKey),
        t.base,
        t.projected,
        t.target,
        t.gap,
        t.attainment,
        t.requiredCagr,
        t.scenarioCagr,
        i18n.t(`status.${t.status}`),
        row.landBindsFrom,
      ];
    }),
    notes: [sourceLine(i18n, dataset, meta)],
  };
}

/** A name with its remark in brackets of the locale's kind. */
function withNote(i18n: I18n, name: string, note: string | null): string {
  if (note === null) return name;
  return i18n.locale === 'zh-CN' ? `${name}（${note}）` : `${name} (${note})`;
}
