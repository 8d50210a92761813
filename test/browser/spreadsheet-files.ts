/**
 * Reading back what the app hands over, with parsers other than the ones that wrote it: CSV and
 * clipboard text with csv-parse, XLSX cells with read-excel-file, and the XLSX's own parts (frozen
 * panes, column widths, fonts, print set-up) from its XML after unzipping it with fflate.
 */
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import readExcelFile from 'read-excel-file/node';
import { expect } from 'vitest';
import { clickForDownload, downloadBytes } from './present-page';

/** A CSV file's rows, as a spreadsheet reads them: BOM stripped, quotes undone, ragged rows allowed. */
export function readCsv(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  if (!text.startsWith('\uFEFF'))
    throw new Error('the CSV has no byte-order mark (Excel would garble Chinese)');
  return parse(text, { bom: true, relax_column_count: true }) as string[][];
}

/** Tab-separated clipboard text as a spreadsheet reads a paste. */
export function readTsv(text: string): string[][] {
  return parse(text, { delimiter: '\t', relax_column_count: true, relax_quotes: true }) as string[][];
}

/** An XLSX file: its cells (read-excel-file) and the XML of its sheet, workbook and styles. */
export interface XlsxFile {
  readonly rows: unknown[][];
  readonly sheetXml: string;
  readonly workbookXml: string;
  readonly stylesXml: string;
}

/** Read an XLSX file back. */
export async function readXlsx(bytes: Buffer): Promise<XlsxFile> {
  const sheet = (await readExcelFile(bytes)) as unknown;
  const list = sheet as unknown[];
  const rows = Array.isArray(list[0]) ? (list as unknown[][]) : (list as { data: unknown[][] }[])[0]!.data;
  const files = unzipSync(new Uint8Array(bytes));
  const xml = (name: string) => {
    const file = files[name];
    if (file === undefined) throw new Error(`the XLSX has no ${name}`);
    return strFromU8(file);
  };
  return {
    rows,
    sheetXml: xml('xl/worksheets/sheet1.xml'),
    workbookXml: xml('xl/workbook.xml'),
    stylesXml: xml('xl/styles.xml'),
  };
}

/** What a sheet's XML says of its layout: frozen rows, column widths, fonts, print set-up. */
export function sheetLayout(file: XlsxFile) {
  return {
    frozenRows: Number(/<pane [^>]*ySplit="(\d+)"[^>]*state="frozen"/.exec(file.sheetXml)?.[1] ?? 0),
    widths: [...file.sheetXml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1])),
    fonts: [...file.stylesXml.matchAll(/<font>.*?<\/font>/g)].map(
      (m) => /<name val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    ),
    orientation: /<pageSetup [^>]*orientation="(\w+)"/.exec(file.sheetXml)?.[1] ?? '',
    paperSize: /<pageSetup [^>]*paperSize="(\d+)"/.exec(file.sheetXml)?.[1] ?? '',
    printTitles: /<definedName name="_xlnm.Print_Titles"[^>]*>([^<]+)</.exec(file.workbookXml)?.[1] ?? '',
  };
}

/** Download a file by its button and return its bytes and suggested name. */
export async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const file = await clickForDownload(page, testId);
  return { name: file.suggestedFilename(), bytes: await downloadBytes(file) };
}

/**
 * Press a "copy" button and read the clipboard back (the page's context must grant clipboard-read
 * and clipboard-write), parsed as a spreadsheet parses a paste.
 */
export async function copiedTable(page: Page, testId: string): Promise<string[][]> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByTestId(testId).click();
  const read = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(read, { timeout: 10_000 }).not.toBe('');
  return readTsv(await read());
}

/** A number as the screen shows it ("1,234.5", "82.3%", "差 44.3", "−4.0") parsed; NaN when none. */
export function shownNumber(text: string): number {
  const match = /[-−]?[\d,]+(?:\.\d+)?/.exec(text);
  return match === null ? Number.NaN : Number(match[0].replace(/,/g, '').replace('−', '-'));
}

/** Today's date in Beijing, YYYY-MM-DD (the tests' browser time zone). */
export function beijingToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
