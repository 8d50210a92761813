import { describe, expect, test } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { localIsoDate } from '../../../src/i18n/dates';
import { safeFileName } from '../../../src/ui/library/download';
import { tableToCsv, tableToHtml, tableToTsv, type ExportTable } from '../../../src/ui/export/table-model';
import { columnWidths, printsLandscape, tableToSheet, textWidth } from '../../../src/ui/export/xlsx-sheet';

const TABLE: ExportTable = {
  title: '2020 年目标对照',
  scenario: '方案A',
  columns: [
    { header: '指标' },
    { header: '2020 年预测（亿元）', decimals: 1 },
    { header: '完成率（%）', decimals: 1 },
    { header: '假设值' },
  ],
  rows: [
    ['新材料', 205.74399350000002, 82.297, { value: 1.2345, decimals: 2 }],
    ['医药, "健康"', 59.13, null, { value: 9, decimals: 0 }],
    ['=HYPERLINK("x")', Number.NaN, -0.04, null],
  ],
  notes: ['来源：规划 第三章 第四节'],
};

/** Read the XLSX of a table back (read-excel-file), and its raw parts (sheet, workbook, styles XML). */
async function writeAndRead(table: ExportTable) {
  const spec = tableToSheet<import('node:stream').Stream | Buffer | import('node:buffer').Blob>(table);
  const buffer = await writeExcelFile(spec.data, spec.sheet, spec.options).toBuffer();
  const sheet = await readExcelFile(buffer);
  const rows = (
    Array.isArray(sheet[0]) ? sheet : (sheet as unknown as { data: unknown[][] }[])[0]!.data
  ) as unknown[][];
  const files = unzipSync(new Uint8Array(buffer));
  const xml = (name: string) => strFromU8(files[name]!);
  return {
    rows,
    sheetXml: xml('xl/worksheets/sheet1.xml'),
    workbookXml: xml('xl/workbook.xml'),
    stylesXml: xml('xl/styles.xml'),
  };
}

describe('tableToCsv()', () => {
  test('writes a BOM, CRLF rows, numbers rounded as shown, quotes where needed and defuses formulas', () => {
    expect(tableToCsv(TABLE)).toBe(
      '\uFEFF指标,2020 年预测（亿元）,完成率（%）,假设值\r\n' +
        '新材料,205.7,82.3,1.23\r\n' +
        '"医药, ""健康""",59.1,,9\r\n' +
        `"'=HYPERLINK(""x"")",,0.0,\r\n` +
        '\r\n' +
        '来源：规划 第三章 第四节\r\n',
    );
  });

  test('a CSV parser reads it back to the headers and the numbers the table shows', () => {
    const records = parse(tableToCsv(TABLE), { bom: true, relax_column_count: true }) as string[][];
    expect(records[0]).toEqual(['指标', '2020 年预测（亿元）', '完成率（%）', '假设值']);
    expect(records[1]!.slice(1).map(Number)).toEqual([205.7, 82.3, 1.23]);
    expect(records[2]![0]).toBe('医药, "健康"');
  });
});

describe('tableToTsv() and tableToHtml()', () => {
  test('the clipboard text is tab-separated, numbers unformatted, no notes', () => {
    const tsv = tableToTsv(TABLE);
    expect(tsv.split('\r\n')[1]).toBe('新材料\t205.7\t82.3\t1.23');
    expect(tsv).not.toContain('来源');
    const records = parse(tsv, { delimiter: '\t', relax_quotes: true }) as string[][];
    expect(records).toHaveLength(4);
    expect(Number(records[1]![1])).toBe(205.7);
  });

  test('the HTML is a table with a header row, escaped text and rounded numbers', () => {
    const html = tableToHtml(TABLE);
    expect(html).toMatch(/^<table><thead><tr><th>指标<\/th>/);
    expect(html).toContain('<td style="text-align:right">205.7</td>');
    expect(html).toContain('医药, &quot;健康&quot;');
  });
});

describe('tableToSheet()', () => {
  test('the XLSX parses back to the rounded numbers and texts', async () => {
    const { rows } = await writeAndRead(TABLE);
    expect(rows[0]).toEqual(['指标', '2020 年预测（亿元）', '完成率（%）', '假设值']);
    expect(rows[1]).toEqual(['新材料', 205.7, 82.3, 1.23]);
    expect(rows[2]).toEqual(['医药, "健康"', 59.1, null, 9]);
    expect(rows[3]).toEqual(['=HYPERLINK("x")', null, 0, null]);
    expect(rows.at(-1)).toEqual(['来源：规划 第三章 第四节', null, null, null]);
  });

  test('freezes the header row, sets widths from content, a CJK font, A4 print set-up with print titles', async () => {
    const { sheetXml, workbookXml, stylesXml } = await writeAndRead(TABLE);
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheetXml).toMatch(
      /^<\?xml[^>]*\?><worksheet[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/,
    );
    const widths = [...sheetXml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual(columnWidths(TABLE));
    expect(sheetXml).toMatch(
      /<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"\/>/,
    );
    expect(sheetXml).toContain('<oddFooter>&amp;C&amp;P / &amp;N</oddFooter>');
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'2020 年目标对照'!$1:$1</definedName>`,
    );
    // Every font of the workbook (the bold header's too) is the CJK-capable one.
    const fonts = [...stylesXml.matchAll(/<font>.*?<\/font>|<font\/>/g)].map((m) => m[0]);
    expect(fonts.length).toBeGreaterThan(1);
    for (const font of fonts) expect(font).toContain('<name val="Microsoft YaHei"/>');
  });

  test('a wide table prints in landscape', async () => {
    const wide: ExportTable = {
      ...TABLE,
      columns: Array.from({ length: 12 }, (_, i) => ({ header: `第 ${i + 1} 列的很长的标题`, decimals: 1 })),
      rows: [Array.from({ length: 12 }, () => 1234.5)],
    };
    expect(printsLandscape(columnWidths(wide))).toBe(true);
    const { sheetXml } = await writeAndRead(wide);
    expect(sheetXml).toContain('orientation="landscape"');
  });

  test.each([
    ['新材料', 6],
    ['2020', 4.4],
    ['完成率（%）', 11.1],
  ])('textWidth(%j) counts Han and full-width characters twice', (text, width) => {
    expect(textWidth(text)).toBeCloseTo(width, 5);
  });
});

describe('file names', () => {
  test('carry the scenario, what the file holds and the local date (not UTC)', () => {
    // 07:30 in Beijing is 23:30 UTC of the day before.
    const morning = new Date('2026-11-25T23:30:00Z');
    expect(localIsoDate(morning)).toBe('2026-11-26');
    expect(safeFileName(['方案 A/B', '2020 年目标对照'], morning, 'csv')).toBe(
      '方案 A_B-2020 年目标对照-2026-11-26.csv',
    );
    expect(safeFileName(['', '情景对比'], morning, 'xlsx')).toBe('情景对比-2026-11-26.xlsx');
  });
});
