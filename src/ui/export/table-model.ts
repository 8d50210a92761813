/** A table as exported: headers in the current language, numbers kept as numbers. */
export interface ExportTable {
  /** Sheet and file title, e.g. "2020 年目标对照". */
  readonly title: string;
  readonly columns: readonly ExportColumn[];
  /** One array per row, one cell per column: text, a number, or null for an empty cell. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Lines written under the table: source, units, dataset and app versions, date. */
  readonly notes: readonly string[];
}

/** One column of an exported table. */
export interface ExportColumn {
  /** Header in the current language, with the unit, e.g. "2020 年预测（亿元）". */
  readonly header: string;
  /** Excel number format for number cells, e.g. "0.0" or "0.0%"; none for text. */
  readonly numberFormat?: string;
}

/** Quote a CSV field when it needs it (RFC 4180), and defuse spreadsheet formulas in text. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A cell starting with = + - @ would run as a formula in Excel/WPS: prefix it so it stays text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Write a table as CSV for Excel and WPS: UTF-8 with a byte-order mark (so Chinese opens correctly),
 * CRLF line ends, numbers unformatted with a dot as decimal separator, notes after a blank line.
 */
export function tableToCsv(table: ExportTable): string {
  const lines = [
    table.columns.map((column) => csvField(column.header)).join(','),
    ...table.rows.map((row) => row.map(csvField).join(',')),
  ];
  if (table.notes.length > 0) lines.push('', ...table.notes.map(csvField));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The sheet data of a table for write-excel-file: a bold header row, number cells with their format. */
export function tableToSheetData(table: ExportTable): unknown[][] {
  const header = table.columns.map((column) => ({ value: column.header, fontWeight: 'bold' }));
  const rows = table.rows.map((row) =>
    row.map((cell, index) => {
      if (cell === null) return null;
      if (typeof cell === 'number') {
        if (!Number.isFinite(cell)) return null;
        const format = table.columns[index]?.numberFormat;
        return format === undefined ? { value: cell, type: Number } : { value: cell, type: Number, format };
      }
      return { value: cell, type: String };
    }),
  );
  const notes = table.notes.map((note) => [{ value: note, type: String }]);
  return [header, ...rows, ...(notes.length > 0 ? [[null], ...notes] : [])];
}
