/**
 * A minimal XLSX writer for tests, independent of the app's writer (write-excel-file): the parts a
 * spreadsheet needs, zipped with fflate; cells as inline strings, numbers or formulas with a cached
 * value. Also edits a downloaded workbook's first sheet in place, as a user filling the template in
 * Excel or WPS would.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** A cell to write: text, a number, a formula with its cached value, or empty. */
export type FixtureCell = string | number | { formula: string; cached: number } | null;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnName(index: number): string {
  let name = '';
  let n = index + 1;
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** The XML of one cell at an address. */
export function cellXml(address: string, cell: FixtureCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${address}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') return `<c r="${address}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`;
  return `<c r="${address}"><f>${escape(cell.formula)}</f><v>${cell.cached}</v></c>`;
}

function sheetXml(rows: readonly (readonly FixtureCell[])[]): string {
  const body = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((cell, c) => cellXml(`${columnName(c)}${r + 1}`, cell)).join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** Write rows of cells as an XLSX workbook of one sheet. */
export function writeFixtureXlsx(rows: readonly (readonly FixtureCell[])[]): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml(rows)),
  });
}

/**
 * Set cells of a workbook's first sheet (address → cell), replacing a cell that exists or adding it
 * to its row, as Excel would on save; every other part is kept byte for byte.
 */
export function fillXlsx(bytes: Uint8Array, cells: ReadonlyMap<string, FixtureCell>): Uint8Array {
  const files = unzipSync(bytes);
  let xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  for (const [address, cell] of cells) {
    const row = Number(/\d+$/.exec(address)![0]);
    const existing = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
    if (existing.test(xml)) {
      xml = xml.replace(existing, cellXml(address, cell));
      continue;
    }
    const rowOpen = new RegExp(`<row r="${row}"[^>]*>`);
    const open = rowOpen.exec(xml);
    if (open === null) throw new Error(`the sheet has no row ${row}`);
    // Cells of a row must stay in column order: insert before the first later column.
    const end = xml.indexOf('</row>', open.index);
    const rowXml = xml.slice(open.index + open[0].length, end);
    const column = /^[A-Z]+/.exec(address)![0];
    const later = [...rowXml.matchAll(/<c r="([A-Z]+)\d+"/g)].find(
      (m) => m[1]!.length > column.length || (m[1]!.length === column.length && m[1]! > column),
    );
    const at = later === undefined ? end : open.index + open[0].length + later.index!;
    xml = xml.slice(0, at) + cellXml(address, cell) + xml.slice(at);
  }
  files['xl/worksheets/sheet1.xml'] = strToU8(xml);
  return zipSync(files);
}
