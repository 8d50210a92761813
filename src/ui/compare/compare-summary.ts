import type { I18n } from '../../i18n/i18n.svelte';
import type { DataTableModel } from '../tables/data-table-model';
import type { ComparedColumns } from './compare-charts';
import { compareTableSections } from './compare-table-vm';

/**
 * Say in plain language how each compared scenario fares: targets met, and the zone's industrial
 * output with its attainment and status. One sentence per scenario column (the plan's targets and
 * columns that cannot be computed say so).
 */
export function compareSummary(compared: ComparedColumns, i18n: I18n): string[] {
  const { comparison, names } = compared;
  const zone = comparison.outcomes.find((row) => row.id === 'attainment.industrialOutput');
  const output = comparison.outcomes.find((row) => row.id === 'output.industrialOutput');
  return comparison.columns.flatMap((column, index): string[] => {
    const name = names[index] ?? '';
    if (column.kind === 'plan') return [];
    if (column.kind === 'invalid') return [i18n.t('compare.summary.invalid', { name })];
    const attainment = zone?.cells[index];
    const value = output?.cells[index]?.value;
    return [
      i18n.t('compare.summary.line', {
        name,
        onTrack: column.targetsOnTrack,
        total: column.targetsTotal,
        year: comparison.targetYear,
        output: value == null ? i18n.t('compare.cell.missing') : i18n.yi(value),
        attainment: attainment?.value == null ? i18n.t('compare.cell.missing') : i18n.pct(attainment.value),
        status: attainment?.status == null ? '' : i18n.t(`status.${attainment.status}`),
      }),
    ];
  });
}

/** The names of the compared scenarios (not the plan's targets), joined for a title. */
export function comparedNames(compared: ComparedColumns, separator: string): string {
  return compared.names.filter((_, i) => compared.columns[i]?.scenario !== null).join(separator);
}

/**
 * The compare table as a data table for slides and print: one column per compared column, rows of
 * results, attainment (with status words) and the assumptions that differ.
 * @param sections which parts of the compare table to include
 */
export function compareDataTable(
  compared: ComparedColumns,
  i18n: I18n,
  sections: readonly ('outcomes' | 'targets' | 'assumptions')[],
  title: string,
): DataTableModel {
  const all = compareTableSections(
    { comparison: compared.comparison, dataset: compared.dataset, names: compared.names, i18n },
    false,
  );
  const chosen = all.filter((section) => sections.includes(section.id));
  const numeric = sections.every((id) => id !== 'assumptions');
  return {
    title,
    caption: null,
    rowHeader: numeric ? i18n.t('compare.table.indicator') : i18n.t('assumptions.assumption'),
    unitHeader: null,
    columns: compared.names.map((name, index) => ({
      id: String(index),
      header: name,
      fileHeader: name,
      numeric,
    })),
    rows: chosen.flatMap((section) =>
      section.rows.map((row) => ({
        id: `${section.id}:${row.id}`,
        heading: { name: row.label, unitText: null, unit: null, notes: [], fileName: row.label },
        cells: Object.fromEntries(
          row.cells.map((cell, index) => [
            String(index),
            {
              text: [cell.main, cell.status === null ? '' : i18n.t(`status.${cell.status}`), cell.delta ?? '']
                .filter((part) => part !== '')
                .join(' · '),
              ...(cell.differsFromReference ? { strong: true } : {}),
            },
          ]),
        ),
      })),
    ),
  };
}
