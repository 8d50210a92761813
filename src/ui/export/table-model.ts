/** A table as it leaves the app (CSV, XLSX, the clipboard): what the screen shows, numbers as numbers. */
export interface ExportTable {
  /** Sheet title and part of the file name, e.g. "2020 年目标对照". */
  readonly title: string;
  /** Whose table it is, for the file name: the scenario's name, or the compared scenarios' names. */
  readonly scenario: string;
  readonly columns: readonly ExportColumn[];
  /**
   * One array per row, one cell per column: text, a number in the column's display units (a
   * percentage as 85.1, not 0.851), a number with decimals of its own, or null for an empty cell.
   */
  readonly rows: readonly (readonly ExportCell[])[];
  /** Lines written under the table in files: source, dataset and app versions, date. */
  readonly notes: readonly string[];
}

/** A cell of an exported table. */
export type ExportCell = string | number | ShownNumber | null;

/** A number whose row shows its own decimals (e.g. assumptions of several units in one column). */
export interface ShownNumber {
  readonly value: number;
  /** Decimals as the screen shows this value, 0–6. */
  readonly decimals: number;
}

/** A cell's number and its decimals (the cell's own, else the column's); null for text and empty cells. */
export function cellNumber(
  cell: ExportCell,
  column: ExportColumn | undefined,
): { value: number; decimals: number | undefined } | null {
  if (cell === null || typeof cell === 'string') return null;
  if (typeof cell === 'number') return { value: cell, decimals: column?.decimals };
  return { value: cell.value, decimals: cell.decimals };
}

/** One column of an exported table. */
export interface ExportColumn {
  /** Header in the current language with its unit, e.g. "2020 年预测（亿元）" or "完成率（%）". */
  readonly header: string;
  /**
   * Decimals of a number column, as the screen shows them (0–6): every writer rounds to them, so a
   * file holds what the table shows. Absent for a text column.
   */
  readonly decimals?: number;
}

/** Round a number to `decimals` decimals as the screen does; −0 becomes 0; non-finite numbers give null. */
export function roundShown(value: number, decimals: number): number | null {
  if (!Number.isFinite(value)) return null;
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

/** A cell as plain text for CSV and TSV: numbers rounded, with a dot and no thousands separator. */
function plainCell(value: ExportCell, column: ExportColumn | undefined): string {
  if (value === null) return '';
  const number = cellNumber(value, column);
  if (number !== null) {
    const rounded = roundShown(number.value, number.decimals ?? 6);
    if (rounded === null) return '';
    return number.decimals === undefined ? String(rounded) : rounded.toFixed(number.decimals);
  }
  if (typeof value !== 'string') return '';
  // A cell starting with = + - @ would run as a formula in Excel/WPS: prefix it so it stays text.
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quote a CSV field when it needs it (RFC 4180). */
function csvQuote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Write a table as CSV for Excel and WPS: UTF-8 with a byte-order mark (so Chinese opens correctly),
 * CRLF line ends, numbers rounded as shown with a dot as decimal separator, notes after a blank line.
 */
export function tableToCsv(table: ExportTable): string {
  const lines = [
    table.columns.map((column) => csvQuote(plainCell(column.header, undefined))).join(','),
    ...table.rows.map((row) => row.map((cell, i) => csvQuote(plainCell(cell, table.columns[i]))).join(',')),
  ];
  if (table.notes.length > 0)
    lines.push('', ...table.notes.map((note) => csvQuote(plainCell(note, undefined))));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Write a table as tab-separated text for pasting into Excel, WPS or LibreOffice: the header row and
 * the rows (no notes), numbers rounded as shown and unformatted, so a spreadsheet reads them as numbers.
 */
export function tableToTsv(table: ExportTable): string {
  const field = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  const lines = [
    table.columns.map((column) => field(plainCell(column.header, undefined))).join('\t'),
    ...table.rows.map((row) => row.map((cell, i) => field(plainCell(cell, table.columns[i]))).join('\t')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * Write a table as a plain HTML table for pasting into Word (which keeps it a table) and spreadsheets:
 * a header row of <th>, numbers rounded as shown without thousands separators.
 */
export function tableToHtml(table: ExportTable): string {
  const header = table.columns.map((column) => `<th>${escapeHtml(column.header)}</th>`).join('');
  const rows = table.rows.map(
    (row) =>
      `<tr>${row
        .map((cell, i) => {
          const text = escapeHtml(plainCell(cell, table.columns[i]));
          return cellNumber(cell, table.columns[i]) !== null
            ? `<td style="text-align:right">${text}</td>`
            : `<td>${text}</td>`;
        })
        .join('')}</tr>`,
  );
  return `<table><thead><tr>${header}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
