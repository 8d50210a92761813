import { downloadBlob, safeFileName } from '../library/download';
import { tableToCsv, tableToHtml, tableToTsv, type ExportTable } from './table-model';

/** Name a table's file: the scenario's name, the table's title and the local date. */
export function tableFileName(table: ExportTable, date: Date, extension: 'csv' | 'xlsx'): string {
  return safeFileName([table.scenario, table.title], date, extension);
}

/** Download a table as a CSV file (UTF-8 with BOM, for Excel and WPS). */
export function downloadTableCsv(table: ExportTable, date = new Date()): void {
  downloadBlob(
    tableFileName(table, date, 'csv'),
    new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }),
  );
}

/**
 * Download a table as an XLSX workbook: numbers as numbers with their display format, widths from
 * content, the header row frozen and printed on every page. The spreadsheet writer loads on first use.
 */
export async function downloadTableXlsx(table: ExportTable, date = new Date()): Promise<void> {
  const [{ default: writeExcelFile }, { tableToSheet }] = await Promise.all([
    import('write-excel-file/browser'),
    import('./xlsx-sheet'),
  ]);
  const spec = tableToSheet<File | Blob | ArrayBuffer>(table);
  const blob = await writeExcelFile(spec.data, spec.sheet, spec.options).toBlob();
  downloadBlob(tableFileName(table, date, 'xlsx'), blob);
}

/**
 * Put a table on the clipboard for Excel, WPS and Word: tab-separated text (numbers unformatted, so a
 * spreadsheet reads them as numbers) and an HTML table (which Word pastes as a table).
 * Rejects when the browser refuses the clipboard.
 */
export async function copyTable(table: ExportTable): Promise<void> {
  const tsv = tableToTsv(table);
  if (typeof ClipboardItem === 'function' && typeof navigator.clipboard.write === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([tsv], { type: 'text/plain' }),
          'text/html': new Blob([tableToHtml(table)], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers take only text: fall through to it.
    }
  }
  await navigator.clipboard.writeText(tsv);
}

/** Export a table as CSV, XLSX, or to the clipboard. */
export async function exportTable(format: 'csv' | 'xlsx' | 'copy', table: ExportTable): Promise<void> {
  if (format === 'copy') await copyTable(table);
  else if (format === 'csv') downloadTableCsv(table);
  else await downloadTableXlsx(table);
}
