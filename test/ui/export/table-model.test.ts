import { describe, expect, test } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { tableToCsv, tableToSheetData, type ExportTable } from '../../../src/ui/export/table-model';

const TABLE: ExportTable = {
  title: '2020 年目标对照',
  columns: [
    { header: '指标' },
    { header: '2020 年预测（亿元）', numberFormat: '0.0' },
    { header: '完成率', numberFormat: '0.0%' },
  ],
  rows: [
    ['新材料', 205.7434, 0.8229],
    ['医药, "健康"', 59.13, null],
    ['=HYPERLINK("x")', Number.NaN, 0.5],
  ],
  notes: ['来源：规划 第三章 第四节'],
};

describe('tableToCsv()', () => {
  test('writes a BOM, CRLF rows, numbers as plain numbers, quotes where needed and defuses formulas', () => {
    expect(tableToCsv(TABLE)).toBe(
      '\uFEFF指标,2020 年预测（亿元）,完成率\r\n' +
        '新材料,205.7434,0.8229\r\n' +
        '"医药, ""健康""",59.13,\r\n' +
        `"'=HYPERLINK(""x"")",,0.5\r\n` +
        '\r\n' +
        '来源：规划 第三章 第四节\r\n',
    );
  });
});

describe('tableToSheetData()', () => {
  test('the XLSX parses back to the same numbers and texts', async () => {
    const buffer = await writeExcelFile(tableToSheetData(TABLE) as never).toBuffer();
    const sheet = await readExcelFile(buffer);
    const rows = Array.isArray(sheet[0]) ? sheet : (sheet as unknown as { data: unknown[][] }[])[0]!.data;
    expect(rows[0]).toEqual(['指标', '2020 年预测（亿元）', '完成率']);
    expect(rows[1]).toEqual(['新材料', 205.7434, 0.8229]);
    expect(rows[2]).toEqual(['医药, "健康"', 59.13, null]);
    expect(rows[3]).toEqual(['=HYPERLINK("x")', null, 0.5]);
    expect(rows.at(-1)).toEqual(['来源：规划 第三章 第四节', null, null]);
  });
});
