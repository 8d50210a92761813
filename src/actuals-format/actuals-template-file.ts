import type { SheetData } from 'write-excel-file/browser';
import type { ActualValue } from '../data/actuals-types';
import type { PlanDataset } from '../data/plan-types';
import { actualsTemplate, templateYears } from './actuals-table';

/**
 * The actuals template as files a statistician fills in Excel or WPS (docs/scenario-format.md,
 * "Actuals files"): an XLSX workbook of one sheet, or a CSV (UTF-8 with a byte-order mark). The
 * header row is frozen; codes, figures and units are text; years and values numbers. `dataset` is the
 * zone's first plan (its figures); `plan`, the period evaluated, adds its years.
 */

/** The template's rows as CSV text: RFC 4180 quoting, CRLF, a byte-order mark for Excel and WPS. */
export function actualsTemplateCsv(
  dataset: PlanDataset,
  known: readonly ActualValue[],
  locale: 'zh' | 'en',
  plan: PlanDataset = dataset,
): string {
  const { header, rows } = actualsTemplate(dataset, templateYears(dataset, known, plan), known, locale);
  const field = (cell: string | number | null) => {
    if (cell === null) return '';
    const text = String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Column widths of the template, in Excel's units. */
const WIDTHS = [28, 30, 12, 8, 12, 40, 12, 24];

/** The template as an XLSX workbook (the writer loads on first use). */
export async function actualsTemplateXlsx(
  dataset: PlanDataset,
  known: readonly ActualValue[],
  locale: 'zh' | 'en',
  plan: PlanDataset = dataset,
): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  const { header, rows } = actualsTemplate(dataset, templateYears(dataset, known, plan), known, locale);
  const data = [
    header.map((value) => ({ value, type: String, fontWeight: 'bold' as const, backgroundColor: '#EEF1F5' })),
    ...rows.map((row) =>
      row.map((cell) =>
        cell === null
          ? null
          : typeof cell === 'number'
            ? { value: cell, type: Number }
            : { value: cell, type: String },
      ),
    ),
  ];
  return writeExcelFile(
    data as SheetData,
    {
      sheet: locale === 'zh' ? '实际值' : 'Actuals',
      columns: WIDTHS.map((width) => ({ width })),
      stickyRowsCount: 1,
    },
    { fontFamily: 'Microsoft YaHei', fontSize: 10 },
  ).toBlob();
}
