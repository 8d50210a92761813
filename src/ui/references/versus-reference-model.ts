import type { TargetResult } from '../../engine/projection-types';
import type { I18n } from '../../i18n/i18n.svelte';
import type { DataRow, DataTableModel } from '../tables/data-table-model';
import { dataColumn, targetHeading } from '../targets/target-table-model';
import type { TargetRow } from '../targets/target-rows';

/** Write a signed difference, e.g. "+12.3" or "−4.0" (a true minus sign), "0.0" for none. */
export function signedText(i18n: I18n, value: number, decimals = 1): string {
  const text = i18n.num(Math.abs(value), decimals);
  if (Number(text.replace(/,/g, '')) === 0) return i18n.num(0, decimals);
  return `${value > 0 ? '+' : '−'}${text}`;
}

/**
 * The scenario against its reference for every target, as the report and the slides show it and its
 * files hold it: the reference's projection and attainment, the scenario's, the difference (scenario
 * − reference, in the row's unit) and the scenario's status; numbers to one decimal, attainment in %.
 * @param rows the scenario's target rows (its projection)
 * @param reference the reference's targets, matched by id; a target it lacks gets empty cells
 * @param referenceName the reference's name in the current language
 */
export function versusReferenceTableModel(
  rows: readonly TargetRow[],
  reference: readonly TargetResult[],
  referenceName: string,
  year: number,
  i18n: I18n,
): DataTableModel {
  const percent = i18n.t('unit.percent');
  return {
    title: i18n.t('reference.versus.title', { name: referenceName, year }),
    caption: null,
    rowHeader: i18n.t('targets.indicator'),
    unitHeader: i18n.t('export.unitColumn'),
    columns: [
      dataColumn(i18n, 'reference', i18n.t('reference.versus.reference'), { decimals: 1 }),
      dataColumn(i18n, 'referenceAttainment', i18n.t('reference.versus.referenceAttainment'), {
        unit: percent,
        decimals: 1,
      }),
      dataColumn(i18n, 'scenario', i18n.t('reference.versus.scenario'), { decimals: 1 }),
      dataColumn(i18n, 'scenarioAttainment', i18n.t('reference.versus.scenarioAttainment'), {
        unit: percent,
        decimals: 1,
      }),
      {
        ...dataColumn(i18n, 'delta', i18n.t('reference.versus.delta'), { decimals: 1 }),
        fileHeader: i18n.t('reference.versus.deltaFile'),
      },
      { ...dataColumn(i18n, 'status', i18n.t('reference.versus.status')) },
    ],
    rows: rows.map((row): DataRow => {
      const t = row.target;
      const r = reference.find((candidate) => candidate.id === t.id);
      const heading = targetHeading(i18n, row.name, i18n.t(row.unitKey));
      const scenarioCells = {
        scenario: { text: i18n.num(t.projected), value: t.projected, strong: true },
        scenarioAttainment: {
          text: i18n.pct(t.attainment, 1),
          value: t.attainment * 100,
          bar: { fraction: Math.min(1, Math.max(0, t.attainment)), tone: t.status },
        },
        status: { text: i18n.t(`status.${t.status}`), status: t.status, attrs: { 'data-status': t.status } },
      };
      if (r === undefined)
        return { id: t.id, attrs: { 'data-target-id': t.id }, heading, cells: scenarioCells };
      const delta = t.projected - r.projected;
      return {
        id: t.id,
        attrs: { 'data-target-id': t.id },
        heading,
        cells: {
          reference: { text: i18n.num(r.projected), value: r.projected },
          referenceAttainment: {
            text: i18n.pct(r.attainment, 1),
            value: r.attainment * 100,
            bar: { fraction: Math.min(1, Math.max(0, r.attainment)), tone: r.status },
          },
          ...scenarioCells,
          delta: { text: signedText(i18n, delta), value: delta, attrs: { 'data-delta': String(delta) } },
        },
      };
    }),
  };
}
