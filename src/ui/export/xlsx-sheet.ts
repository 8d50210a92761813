import type { Feature, Options, SheetData, SheetOptions } from 'write-excel-file/browser';
import { cellNumber, roundShown, type ExportTable } from './table-model';

/**
 * Font of every cell: present on Windows and macOS with Office or WPS, Chinese and Latin glyphs in
 * one face; LibreOffice substitutes its CJK sans (e.g. Noto Sans CJK) rather than a serif.
 */
export const XLSX_FONT = 'Microsoft YaHei';
/** Font size of every cell, pt. */
export const XLSX_FONT_SIZE = 10;

/** Narrowest and widest column, in Excel's width units (about one Latin digit each). */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** A header wider than this wraps onto a second line instead of widening its column. */
const HEADER_WRAP = 16;
/** Sheets wider than this (sum of widths) print in landscape: A4 portrait holds about 90 units. */
const PORTRAIT_WIDTH = 90;

/** Width of a text in Excel's units: Han and full-width characters count two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1.1;
  return width;
}

/** Format a number as the cell's number format shows it, for measuring its width. */
function shownNumber(value: number, decimals: number): string {
  return new Intl.NumberFormat('en', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** Excel number format of a column with `decimals` decimals: thousands separators as on screen. */
export function numberFormat(decimals: number): string {
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

/**
 * Each column's width from its content: the widest cell, or the header (which wraps past
 * HEADER_WRAP units), plus padding, within MIN_WIDTH…MAX_WIDTH. Notes do not count (they overflow
 * into the empty cells beside them).
 */
export function columnWidths(table: ExportTable): number[] {
  return table.columns.map((column, index) => {
    let widest = 0;
    for (const row of table.rows) {
      const cell = row[index] ?? null;
      const number = cellNumber(cell, column);
      const text =
        number !== null
          ? shownNumber(number.value, number.decimals ?? 2)
          : typeof cell === 'string'
            ? cell
            : '';
      widest = Math.max(widest, textWidth(text));
    }
    const header = textWidth(column.header);
    const headerNeed = header <= HEADER_WRAP ? header : Math.max(HEADER_WRAP, Math.ceil(header / 2));
    return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest, headerNeed) + 2));
  });
}

/** Whether a sheet of these column widths prints in landscape (wider than A4 portrait holds). */
export function printsLandscape(widths: readonly number[]): boolean {
  return widths.reduce((sum, width) => sum + width, 0) > PORTRAIT_WIDTH;
}

/** A sheet name Excel accepts: no \ / ? * [ ] :, at most 31 characters, never empty. */
export function sheetName(title: string): string {
  return (
    title
      .replace(/[\\/?*[\]:]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet1'
  );
}

/** Height of one line of text at XLSX_FONT_SIZE, pt (with the font's leading). */
const LINE_HEIGHT = 14;

/**
 * The header row's height, pt: enough lines for the longest wrapped header in its column's width.
 * Set explicitly, because spreadsheets do not all grow a row to fit wrapped text when they open a file.
 */
export function headerHeight(table: ExportTable, widths: readonly number[]): number {
  const lines = table.columns.map((column, i) =>
    Math.ceil(textWidth(column.header) / Math.max(1, (widths[i] ?? MIN_WIDTH) - 1)),
  );
  return Math.max(1, ...lines) * LINE_HEIGHT + 4;
}

/** The cells of a table for write-excel-file: a bold wrapped header row, numbers rounded as shown. */
export function tableToSheetData(table: ExportTable, widths = columnWidths(table)): SheetData {
  const height = headerHeight(table, widths);
  const header = table.columns.map((column) => ({
    height,
    value: column.header,
    type: String,
    fontWeight: 'bold' as const,
    wrap: true,
    alignVertical: 'bottom' as const,
    align: column.decimals === undefined ? ('left' as const) : ('right' as const),
    backgroundColor: '#EEF1F5',
    bottomBorderStyle: 'thin' as const,
    bottomBorderColor: '#374151',
  }));
  const rows = table.rows.map((row) =>
    row.map((cell, index) => {
      if (cell === null) return null;
      const number = cellNumber(cell, table.columns[index]);
      if (number !== null) {
        const value = roundShown(number.value, number.decimals ?? 6);
        if (value === null) return null;
        return number.decimals === undefined
          ? { value, type: Number }
          : { value, type: Number, format: numberFormat(number.decimals) };
      }
      return typeof cell === 'string' ? { value: cell, type: String } : null;
    }),
  );
  const notes = table.notes.map((note) => [{ value: note, type: String, textColor: '#374151' }]);
  return [header, ...rows, ...(notes.length > 0 ? [[null], ...notes] : [])] as SheetData;
}

/** XML-escape a text for an attribute or element. */
function xmlText(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/**
 * A write-excel-file feature (its extension point for what the writer leaves out) that sets the first
 * sheet up for print: A4, portrait or landscape, scaled to one page wide, the header row repeated on
 * every page (print titles), page numbers in the footer.
 */
export function printSetupFeature<F>(options: {
  readonly sheet: string;
  readonly landscape: boolean;
}): Feature<F> {
  const pageXml =
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${options.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
    '<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>';
  const titles = `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${xmlText(options.sheet.replace(/'/g, "''"))}'!$1:$1</definedName>`;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml) =>
            xml
              .replace(/<pageMargins\b[^>]*\/>|<pageSetup\b[^>]*\/>/g, '')
              // sheetPr must be the worksheet's first child; fitToPage makes fitToWidth count.
              .replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
              .replace(/(<drawing\b|<\/worksheet>)/, `${pageXml}$1`),
        },
        'xl/workbook.xml': {
          transform: (xml) =>
            /<definedNames\s*\/>/.test(xml)
              ? xml.replace(/<definedNames\s*\/>/, `<definedNames>${titles}</definedNames>`)
              : /<definedNames>/.test(xml)
                ? xml.replace(/<definedNames>/, `<definedNames>${titles}`)
                : xml.replace(/(<calcPr\b|<\/workbook>)/, `<definedNames>${titles}</definedNames>$1`),
        },
      },
    },
  };
}

/** Everything write-excel-file needs for a table: its cells, the sheet's options and the workbook's. */
export interface SheetSpec<F> {
  readonly data: SheetData;
  readonly sheet: SheetOptions<F>;
  readonly options: Options<F>;
}

/**
 * Lay a table out as one sheet: widths from content, the header row frozen and repeated on every
 * printed page, a CJK-capable font, landscape where wide. `F` is the writer's file-content type
 * (browser or Node build of write-excel-file).
 */
export function tableToSheet<F>(table: ExportTable): SheetSpec<F> {
  const widths = columnWidths(table);
  const name = sheetName(table.title);
  return {
    data: tableToSheetData(table, widths),
    sheet: { sheet: name, columns: widths.map((width) => ({ width })), stickyRowsCount: 1 },
    options: {
      fontFamily: XLSX_FONT,
      fontSize: XLSX_FONT_SIZE,
      features: [printSetupFeature<F>({ sheet: name, landscape: printsLandscape(widths) })],
    },
  };
}
