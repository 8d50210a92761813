import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { actualFigures } from '../../src/data/actuals-types';
import {
  actualsTemplate,
  cellToNumber,
  normalizeDate,
  readActualsTable,
  templateYears,
  type ActualsCell,
} from '../../src/actuals-format/actuals-table';
import {
  checkActualsFileSize,
  formulaCells,
  readActualsFile,
} from '../../src/actuals-format/read-actuals-file';
import { writeFixtureXlsx, type FixtureCell } from './xlsx-fixture';

const HEADER = ['代码', '指标', '单位', '年份', '实际值', '来源文件', '来源日期', '备注'];
const row = (
  key: string,
  unit: string,
  year: ActualsCell,
  value: ActualsCell,
  doc = '黔江区统计公报 2019',
  date: ActualsCell = '2020-03-15',
) => [key, '', unit, year, value, doc, date, ''] as ActualsCell[];

describe('the actuals template', () => {
  test('has one row per figure and projected year, with the figure’s unit, filled where known', () => {
    const years = templateYears(PLAN_DATASET, []);
    expect(years).toEqual([2018, 2019, 2020]);
    const known = [
      {
        key: 'output.newMaterials',
        year: 2019,
        value: 88.5,
        source: { document: '公报', date: '2020' },
        note: '',
      },
    ];
    const { header, rows } = actualsTemplate(PLAN_DATASET, years, known, 'zh');
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(actualFigures(PLAN_DATASET).length * 3);
    expect(rows[0]).toEqual([
      'output.newMaterials',
      '新材料工业总产值',
      '亿元',
      2018,
      null,
      null,
      null,
      null,
    ]);
    expect(rows[1]).toEqual([
      'output.newMaterials',
      '新材料工业总产值',
      '亿元',
      2019,
      88.5,
      '公报',
      '2020',
      null,
    ]);
    expect(templateYears(PLAN_DATASET, [{ ...known[0]!, year: 2022 }])).toEqual([2018, 2019, 2020, 2022]);
  });

  test('reads back what it wrote (English header too), skipping rows without a value', () => {
    const result = readActualsTable(
      [
        ['Code', 'Figure', 'Unit', 'Year', 'Actual value', 'Source document', 'Source date', 'Note'],
        row('output.newMaterials', '100 million yuan', 2018, 70.2),
        row('output.newMaterials', '亿元', '2019', '1,080.5', '公报', '2020年3月1日'),
        row('output.medicineHealth', '亿元', 2019, null),
        row('land.newMaterials', 'km2', 2020, 2.5, '国土年报', 2021),
        row('indicator.rndIntensity', '%', 2020, 1.9, '科技局', new Date(Date.UTC(2021, 1, 3))),
      ],
      PLAN_DATASET,
    );
    expect(result).toEqual({
      ok: true,
      emptyRows: 1,
      values: [
        {
          key: 'output.newMaterials',
          year: 2018,
          value: 70.2,
          source: { document: '黔江区统计公报 2019', date: '2020-03-15' },
          note: '',
        },
        {
          key: 'output.newMaterials',
          year: 2019,
          value: 1080.5,
          source: { document: '公报', date: '2020-03-01' },
          note: '',
        },
        {
          key: 'land.newMaterials',
          year: 2020,
          value: 2.5,
          source: { document: '国土年报', date: '2021' },
          note: '',
        },
        {
          key: 'indicator.rndIntensity',
          year: 2020,
          value: 1.9,
          source: { document: '科技局', date: '2021-02-03' },
          note: '',
        },
      ],
    });
  });

  test.each([
    ['a word for a number', row('output.newMaterials', '亿元', 2019, 'about 80'), 'notNumber', 'E2'],
    ['a decimal comma', row('output.newMaterials', '亿元', 2019, '80,5'), 'notNumber', 'E2'],
    ['a negative output', row('output.newMaterials', '亿元', 2019, -3), 'valueOutOfRange', 'E2'],
    ['a share over 100 %', row('indicator.rndIntensity', '%', 2019, 130), 'valueOutOfRange', 'E2'],
    ['万元 for 亿元', row('output.newMaterials', '万元', 2019, 800000), 'wrongUnit', 'C2'],
    ['the base year', row('output.newMaterials', '亿元', 2017, 50), 'yearOutOfRange', 'D2'],
    ['a year far ahead', row('output.newMaterials', '亿元', 2036, 50), 'yearOutOfRange', 'D2'],
    ['a fractional year', row('output.newMaterials', '亿元', 2019.5, 50), 'yearOutOfRange', 'D2'],
    ['an unknown code', row('output.steel', '亿元', 2019, 50), 'unknownFigure', 'A2'],
    ['no source', row('output.newMaterials', '亿元', 2019, 50, ''), 'sourceMissing', 'F2'],
    ['a bad date', row('output.newMaterials', '亿元', 2019, 50, '公报', '2019-13-01'), 'badDate', 'G2'],
    ['a CSV formula', row('output.newMaterials', '亿元', 2019, '=1+1'), 'formula', 'E2'],
    ['an injected command', row('output.newMaterials', '亿元', 2019, 50, '@SUM(1)'), 'formula', 'F2'],
  ])('refuses %s, naming the cell', (_name, bad, code, cell) => {
    const result = readActualsTable(
      [HEADER, row('output.newMaterials', '亿元', 2018, 40), bad],
      PLAN_DATASET,
    );
    // The bad row is the third row of the sheet.
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code, cell: cell.replace('2', '3') });
    expect(result.issues[0]!.message).toContain(cell.replace('2', '3'));
  });

  test('refuses a file whose header is not the template’s, and an empty one', () => {
    const wrong = readActualsTable(
      [
        ['name', 'value'],
        ['a', 1],
      ],
      PLAN_DATASET,
    );
    expect(wrong).toMatchObject({ ok: false, issues: [{ code: 'notTemplate', cell: 'A1' }] });
    expect(readActualsTable([], PLAN_DATASET)).toMatchObject({ ok: false, issues: [{ code: 'fileEmpty' }] });
    expect(readActualsTable([[null, ''], []], PLAN_DATASET)).toMatchObject({
      ok: false,
      issues: [{ code: 'fileEmpty' }],
    });
  });

  test('refuses the same figure and year twice, naming both cells', () => {
    const result = readActualsTable(
      [HEADER, row('output.newMaterials', '亿元', 2019, 40), row('output.newMaterials', '亿元', 2019, 41)],
      PLAN_DATASET,
    );
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'duplicate', cell: 'A3', params: { firstCell: 'A2' } }],
    });
  });

  test('lists every problem of a file, not only the first', () => {
    const result = readActualsTable(
      [HEADER, row('output.newMaterials', '亿元', 2019, 'x'), row('output.steel', '亿元', 2019, 1)],
      PLAN_DATASET,
    );
    expect(result.ok ? [] : result.issues.map((i) => i.cell)).toEqual(['E2', 'A3']);
  });

  test('numbers and dates are read as a statistician writes them', () => {
    expect([
      cellToNumber('12'),
      cellToNumber(' 1,234.5 '),
      cellToNumber('1e3'),
      cellToNumber('12,34'),
      cellToNumber(Number.NaN),
    ]).toEqual([12, 1234.5, null, null, null]);
    expect([
      normalizeDate('2019/3/1'),
      normalizeDate('2019.03'),
      normalizeDate('2019年3月'),
      normalizeDate('2019-02-30'),
      normalizeDate(43831),
    ]).toEqual(['2019-03-01', '2019-03', '2019-03', null, null]);
  });
});

describe('actuals files', () => {
  const rows: FixtureCell[][] = [
    HEADER,
    ['output.newMaterials', '新材料工业总产值', '亿元', 2018, 70.2, '黔江区统计公报 2018', '2019-03-20', ''],
    ['output.newMaterials', '新材料工业总产值', '亿元', 2019, 80.4, '黔江区统计公报 2019', '2020-03-20', ''],
  ];

  test('reads an XLSX written by another writer', async () => {
    const result = await readActualsFile(writeFixtureXlsx(rows), PLAN_DATASET);
    expect(result).toMatchObject({
      ok: true,
      values: [
        { year: 2018, value: 70.2 },
        { year: 2019, value: 80.4 },
      ],
    });
  });

  test('refuses an XLSX cell that holds a formula, even with its computed value', async () => {
    const bad = rows.map((r) => [...r]);
    bad[2]![4] = { formula: 'E2*1.1', cached: 77.22 };
    const result = await readActualsFile(writeFixtureXlsx(bad), PLAN_DATASET);
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'formula', cell: 'E3', params: { formula: '=E2*1.1' } }],
    });
    expect(formulaCells('<c r="B2" t="str"><f>A1</f><v>1</v></c><c r="C2"><v>2</v></c>')).toEqual(
      new Map([['B2', '=A1']]),
    );
  });

  test('reads a CSV with a byte-order mark, and refuses one that is not UTF-8', async () => {
    const csv = `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
    const result = await readActualsFile(new TextEncoder().encode(csv), PLAN_DATASET);
    expect(result).toMatchObject({ ok: true, values: [{ value: 70.2 }, { value: 80.4 }] });
    const gbk = Uint8Array.from([0xb4, 0xfa, 0xc2, 0xeb, 0x2c, 0x31]);
    expect(await readActualsFile(gbk, PLAN_DATASET)).toMatchObject({
      ok: false,
      issues: [{ code: 'notSpreadsheet' }],
    });
  });

  test('refuses 0 bytes, 10 MB (over the 2 MiB cap), a damaged XLSX and a CSV cut inside a quote', async () => {
    expect(await readActualsFile(new Uint8Array(0), PLAN_DATASET)).toMatchObject({
      ok: false,
      issues: [{ code: 'fileEmpty' }],
    });
    // 2 MiB is read; a byte more is refused by its size, before the file is read.
    expect(checkActualsFileSize(2 * 1024 * 1024)).toBeNull();
    expect(checkActualsFileSize(2 * 1024 * 1024 + 1)).toMatchObject({
      ok: false,
      issues: [{ code: 'fileTooLarge', params: { bytes: 2 * 1024 * 1024 + 1, maxBytes: 2 * 1024 * 1024 } }],
    });
    const huge = new Uint8Array(10_000_000).fill(0x41);
    expect(await readActualsFile(huge, PLAN_DATASET)).toMatchObject({
      ok: false,
      issues: [{ code: 'fileTooLarge' }],
    });
    const xlsx = writeFixtureXlsx(rows);
    expect(await readActualsFile(xlsx.slice(0, 200), PLAN_DATASET)).toMatchObject({
      ok: false,
      issues: [{ code: 'notSpreadsheet' }],
    });
    const cut = new TextEncoder().encode(`${HEADER.join(',')}\r\noutput.newMaterials,"新材料`);
    expect(await readActualsFile(cut, PLAN_DATASET)).toMatchObject({
      ok: false,
      issues: [{ code: 'notSpreadsheet' }],
    });
  });
});
