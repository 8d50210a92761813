import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { evaluatePlan } from '../../src/engine/evaluation/evaluate';
import { ActualsState } from '../../src/state/actuals.svelte';
import { ActualsStore } from '../../src/storage/actuals-store';
import { StorageConnection } from '../../src/storage/connection';
import { STORES } from '../../src/storage/database';
import { writeFixtureXlsx, type FixtureCell } from '../actuals-format/xlsx-fixture';
import { deleteDatabase } from '../storage/storage-fixtures';

const connections: StorageConnection[] = [];
afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.close()));
  await deleteDatabase();
});

const HEADER = ['代码', '指标', '单位', '年份', '实际值', '来源文件', '来源日期', '备注'];
const row = (year: number, value: FixtureCell): FixtureCell[] => [
  'output.medicineHealth',
  '医药健康工业总产值',
  '亿元',
  year,
  value,
  `黔江区${year}年统计公报`,
  `${year + 1}-03`,
  null,
];

function setUp() {
  const connection = new StorageConnection();
  connections.push(connection);
  const state = new ActualsState({
    dataset: PLAN_DATASET,
    store: new ActualsStore(connection, PLAN_DATASET),
    evaluate: async (values) => evaluatePlan(PLAN_DATASET, values),
  });
  return { connection, state };
}

const file = (bytes: Uint8Array, name: string) => new File([bytes.slice().buffer], name);

describe('importing actuals', () => {
  test('a good file replaces the stored actuals; hostile ones change nothing, naming the cell', async () => {
    const { connection, state } = setUp();
    await state.load();
    await state.importFile(file(writeFixtureXlsx([HEADER, row(2019, 9.8), row(2020, 14.2)]), 'good.xlsx'));
    expect(state.message).toEqual({ kind: 'imported', name: 'good.xlsx', count: 2 });
    const db = await connection.read();
    const stored = await db.get(STORES.actuals, 'zone');
    expect(stored?.values.map((v) => v.value)).toEqual([9.8, 14.2]);

    const hostile: [string, Uint8Array, string, string][] = [
      [
        'formula.xlsx',
        writeFixtureXlsx([HEADER, row(2019, { formula: 'E1*2', cached: 1 })]),
        'formula',
        'E2',
      ],
      ['text.xlsx', writeFixtureXlsx([HEADER, row(2019, '九点八')]), 'notNumber', 'E2'],
      ['year.xlsx', writeFixtureXlsx([HEADER, row(2040, 9.8)]), 'yearOutOfRange', 'D2'],
      [
        'unit.csv',
        new TextEncoder().encode(`${HEADER.join(',')}\r\noutput.medicineHealth,,万元,2019,98000,公报,,\r\n`),
        'wrongUnit',
        'C2',
      ],
      ['huge.csv', new Uint8Array(10_000_000).fill(0x41), 'fileTooLarge', ''],
    ];
    for (const [name, bytes, code, cell] of hostile) {
      await state.importFile(file(bytes, name));
      expect(state.message).toMatchObject({ kind: 'refused', name, issues: [{ code, cell }] });
      expect(await db.get(STORES.actuals, 'zone')).toEqual(stored);
      expect(state.values.map((v) => v.value)).toEqual([9.8, 14.2]);
    }
  });

  test('the evaluation follows the actuals', async () => {
    const { state } = setUp();
    await state.load();
    await state.importFile(file(writeFixtureXlsx([HEADER, row(2020, 15)]), 'a.xlsx'));
    await state.evaluate();
    const target = state.evaluation!.targets.find((t) => t.id === 'medicineHealth')!;
    expect(target.attainment).toBeCloseTo(15 / 150, 12);
  });
});
