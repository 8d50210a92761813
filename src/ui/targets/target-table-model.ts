import type { Figure } from '../../data/provenance';
import type { I18n } from '../../i18n/i18n.svelte';
import type { DataColumn, DataTableModel, RowHeading } from '../tables/data-table-model';
import { cagrText, gapText, type TargetRow } from './target-rows';

/** How a target table marks the plan figures behind its base-year values and targets. */
export interface TargetTableMarks {
  /** Provenance marks (screen), with the scenario's chosen readings of conflicting figures. */
  readonly provenance?: Readonly<Record<string, number>>;
  /** Footnote numbers (printed report), keyed `<target id>:base` or `<target id>:target`. */
  readonly footnotes?: ReadonlyMap<string, number>;
}

/** A column with its header in files: the header plus its unit in brackets of the locale's kind. */
export function dataColumn(
  i18n: I18n,
  id: string,
  header: string,
  options: { unit?: string; decimals?: number; only?: 'screen' | 'file' } = {},
): DataColumn {
  const fileHeader =
    options.unit === undefined ? header : i18n.t('export.bracketed', { text: header, inner: options.unit });
  return {
    id,
    // "2017 年" never breaks between the year and 年 (a no-break space holds them together).
    header: header.replace(/(\d)\s+(?=\p{Script=Han})/gu, '$1\u00a0'),
    fileHeader,
    numeric: options.decimals !== undefined,
    ...(options.decimals === undefined ? {} : { decimals: options.decimals }),
    ...(options.only === undefined ? {} : { only: options.only }),
  };
}

/** The heading of a target's row: its name, its unit in brackets, its remarks. */
export function targetHeading(
  i18n: I18n,
  name: string,
  unit: string,
  notes: RowHeading['notes'] = [],
  fileNote: string | null = null,
): RowHeading {
  return {
    name,
    unit,
    unitText: i18n.t('targets.unitText', { unit }),
    notes,
    fileName: fileNote === null ? name : i18n.t('export.bracketed', { text: name, inner: fileNote }),
  };
}

/**
 * The target table of a projection, as the workbench, the slides and the report show it and as its
 * files hold it: base year, projection, target and gap in the row's unit (one decimal), attainment
 * and growth rates in % (one decimal), status in words; files add the unit column and the year from
 * which land binds.
 */
export function targetTableModel(
  rows: readonly TargetRow[],
  i18n: I18n,
  marks: TargetTableMarks = {},
): DataTableModel {
  const percent = i18n.t('unit.percent');
  const mark = (id: string, which: 'base' | 'target', figure: Figure<number>, subject: string) => {
    const footnote = marks.footnotes?.get(`${id}:${which}`);
    const choices = marks.provenance;
    return {
      ...(footnote === undefined ? {} : { footnote }),
      ...(choices === undefined
        ? {}
        : {
            figure: {
              figure,
              subject,
              ...(figure.kind === 'conflict' && choices[figure.conflictId] !== undefined
                ? { chosen: choices[figure.conflictId]! }
                : {}),
            },
          }),
    };
  };
  return {
    title: i18n.t('targets.heading'),
    caption: i18n.t('targets.caption'),
    notes: [i18n.t('targets.growthNote')],
    rowHeader: i18n.t('targets.indicator'),
    unitHeader: i18n.t('export.unitColumn'),
    columns: [
      dataColumn(i18n, 'base', i18n.t('targets.base'), { decimals: 1 }),
      dataColumn(i18n, 'projected', i18n.t('targets.projected'), { decimals: 1 }),
      dataColumn(i18n, 'target', i18n.t('targets.target'), { decimals: 1 }),
      {
        ...dataColumn(i18n, 'gap', i18n.t('targets.gap'), { decimals: 1 }),
        fileHeader: i18n.t('export.gapColumn'),
      },
      dataColumn(i18n, 'attainment', i18n.t('targets.attainment'), { unit: percent, decimals: 1 }),
      dataColumn(i18n, 'requiredCagr', i18n.t('targets.requiredCagr'), { unit: percent, decimals: 1 }),
      dataColumn(i18n, 'scenarioCagr', i18n.t('targets.scenarioCagr'), { unit: percent, decimals: 1 }),
      { ...dataColumn(i18n, 'status', i18n.t('targets.status')), fileHeader: i18n.t('export.statusColumn') },
      dataColumn(i18n, 'landBindsFrom', i18n.t('export.landColumn'), { decimals: 0, only: 'file' }),
    ],
    rows: rows.map((row) => {
      const t = row.target;
      const unit = i18n.t(row.unitKey);
      const notes: { text: string; tone?: 'warn' }[] = [];
      if (row.note !== null) notes.push({ text: row.note });
      if (row.landBindsFrom !== null) {
        notes.push({ text: i18n.t('targets.landBindsFrom', { year: row.landBindsFrom }), tone: 'warn' });
      }
      const pct = (value: number | null) => (value === null ? null : value * 100);
      // Without producing land there is no intensity: "—" (and nothing in files), never 0.
      const none = { text: i18n.t('targets.none'), value: null };
      if (row.noValue) notes.push({ text: i18n.t('targets.noLand'), tone: 'warn' });
      return {
        id: t.id,
        attrs: { 'data-target-id': t.id },
        heading: targetHeading(i18n, row.name, unit, notes, row.note),
        cells: {
          base: {
            text: i18n.num(t.base),
            value: t.base,
            ...mark(t.id, 'base', row.baseFigure, `${row.name} ${i18n.t('targets.base')}`),
          },
          projected: row.noValue
            ? { ...none, strong: true }
            : { text: i18n.num(t.projected), value: t.projected, strong: true },
          target: {
            text: i18n.num(t.target),
            value: t.target,
            ...mark(t.id, 'target', row.targetFigure, `${row.name} ${i18n.t('targets.target')}`),
          },
          gap: row.noValue ? none : { text: gapText(i18n, t.gap), value: t.gap },
          attainment: row.noValue
            ? none
            : {
                text: i18n.pct(t.attainment, 1),
                value: pct(t.attainment),
                bar: { fraction: Math.min(1, Math.max(0, t.attainment)), tone: t.status },
              },
          requiredCagr: { text: cagrText(i18n, t.requiredCagr), value: pct(t.requiredCagr) },
          scenarioCagr: row.noValue
            ? none
            : { text: cagrText(i18n, t.scenarioCagr), value: pct(t.scenarioCagr) },
          status: row.noValue
            ? { text: i18n.t('targets.none'), value: null, attrs: { 'data-status': 'none' } }
            : {
                text: i18n.t(`status.${t.status}`),
                status: t.status,
                attrs: { 'data-status': t.status },
              },
          landBindsFrom: { text: '', value: row.landBindsFrom },
        },
      };
    }),
  };
}
