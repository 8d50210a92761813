import { downloadBlob, safeFileName } from '../library/download';
import { tableToCsv, tableToSheetData, type ExportTable } from './table-model';

/** Download a table as a CSV file (UTF-8 with BOM, for Excel and WPS). */
export function downloadTableCsv(table: ExportTable, date = new Date()): void {
  downloadBlob(
    safeFileName(table.title, date, 'csv'),
    new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }),
  );
}

/**
 * Download a table as an XLSX workbook: numbers as numbers with their display format, headers in
 * the current language. The spreadsheet writer loads on first use.
 */
export async function downloadTableXlsx(table: ExportTable, date = new Date()): Promise<void> {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  const sheetName = table.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1';
  const blob = await writeExcelFile(tableToSheetData(table) as never, { sheet: sheetName }).toBlob();
  downloadBlob(safeFileName(table.title, date, 'xlsx'), blob);
}
