import readExcelFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { LEVERS } from '../../../src/data/levers';
import { type Scenario } from '../../../src/engine';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { compareScenarios, type CompareEntry } from '../../../src/engine/compare';
import { I18n, loadMessages, registerMessages } from '../../../src/i18n/i18n.svelte';
import { LAZY_AREAS } from '../../../src/i18n/lazy-areas';
import { tableToCsv } from '../../../src/ui/export/table-model';
import { tableToSheet } from '../../../src/ui/export/xlsx-sheet';
import { compareExportTable, compareTableSections } from '../../../src/ui/compare/compare-table-vm';

// The compare view registers its messages when it loads; these tests use its view models directly.
registerMessages(LAZY_AREAS.compare);
// English is loaded on demand in the app; these tests use it from the start.
await loadMessages('en');

/** The default scenario without base-year investment: new materials has room to grow faster (land does not bind). */
const base: Scenario = (() => {
  const s = structuredClone(defaultScenario(PLAN_DATASET));
  for (const levers of Object.values(s.clusters)) levers.baseYearInvestment = 0;
  return s;
})();
function withLevers(changes: Partial<Record<'growthRate' | 'landIntensity', number>>): Scenario {
  const s = structuredClone(base);
  Object.assign(s.clusters.newMaterials, changes);
  return s;
}
/** New materials' organic growth in the default scenario (the dataset's estimate, 5 %/yr) and in "fast". */
const baseGrowth = base.clusters.newMaterials.growthRate;
const fast = withLevers({ growthRate: 0.25 });
const entries: CompareEntry[] = [
  { kind: 'plan' },
  { kind: 'scenario', scenario: base },
  { kind: 'scenario', scenario: fast },
];
const comparison = compareScenarios(PLAN_DATASET, entries, 1);
const names = ['规划目标', '基准', '加速'];

describe('compareTableSections()', () => {
  const zh = new I18n('zh-CN');

  test('three sections; outputs carry their unit in the label; only differing assumptions unless asked', () => {
    const sections = compareTableSections({ comparison, dataset: PLAN_DATASET, names, i18n: zh }, false);
    expect(sections.map((s) => s.id)).toEqual(['outcomes', 'targets', 'assumptions']);
    expect(sections[0]!.rows[0]!.label).toBe('新材料（亿元）');
    expect(sections[2]!.rows.map((r) => r.id)).toEqual(['lever.newMaterials.growthRate']);
    expect(baseGrowth).toBe(0.05);
    expect(sections[2]!.rows[0]!.cells.map((c) => c.main)).toEqual(['—', '5.0', '25.0']);
    expect(sections[2]!.rows[0]!.cells.map((c) => c.differsFromReference)).toEqual([false, false, true]);
    const all = compareTableSections({ comparison, dataset: PLAN_DATASET, names, i18n: zh }, true);
    // Every lever of every cluster, other industry's growth, the three link settings (producer services
    // on and its share, the agricultural supply on), the three conflicts used and two thresholds.
    expect(all[2]!.rows).toHaveLength(LEVERS.length * PLAN_DATASET.clusters.length + 1 + 3 + 3 + 2);
    expect(all[2]!.rows.map((r) => r.id).filter((id) => !id.startsWith('lever.'))).toEqual([
      'otherIndustryGrowth',
      'link.producerServices.enabled',
      'link.producerServices.share',
      'link.agriSupply.enabled',
      'conflict.newMaterialsTarget',
      'conflict.industrialOutput2017',
      'conflict.otherIndustryIn600',
      'threshold.onTrack',
      'threshold.atRisk',
    ]);
  });

  test('deltas read with their sign, absolute and relative; attainment in percentage points', () => {
    const [outcomes, targets] = compareTableSections(
      { comparison, dataset: PLAN_DATASET, names, i18n: zh },
      false,
    );
    const zone = outcomes!.rows.find((r) => r.id === 'output.industrialOutput')!;
    const cell = comparison.outcomes.find((r) => r.id === 'output.industrialOutput')!.cells[2]!;
    expect(zone.cells[2]!.delta).toBe(
      `+${cell.delta!.absolute.toFixed(1)}（+${(cell.delta!.relative! * 100).toFixed(1)}%）`,
    );
    expect(zone.cells[2]!.deltaSign).toBe(1);
    expect(zone.cells[1]!.delta).toBeNull();
    expect(zone.cells[0]!.delta).toMatch(/^\+/); // the plan's 600 is above the default projection
    const materials = targets!.rows.find((r) => r.id === 'attainment.newMaterials')!;
    expect(materials.cells[2]!.delta).toMatch(/^\+\d+\.\d 个百分点$/);
    expect(materials.cells[0]!.main).toBe('目标 250.0 亿元');
    expect(materials.cells[1]!.sub).toMatch(/^差 \d+\.\d 亿元$/);
    expect(targets!.rows.find((r) => r.id === 'attainment.outputIntensity')!.cells[0]!.main).toBe(
      '目标 60.0 亿元/km²',
    );
  });

  test('values that differ also read differently: more decimals where needed', () => {
    // 60 and 60.04 亿元/km² both read 60.0 at the lever's one decimal.
    expect(base.clusters.newMaterials.landIntensity).toBe(60);
    const close = withLevers({ landIntensity: 60.04 });
    const c = compareScenarios(
      PLAN_DATASET,
      [
        { kind: 'scenario', scenario: base },
        { kind: 'scenario', scenario: close },
      ],
      0,
    );
    const row = compareTableSections(
      { comparison: c, dataset: PLAN_DATASET, names: ['a', 'b'], i18n: zh },
      false,
    )[2]!.rows[0]!;
    expect(row.id).toBe('lever.newMaterials.landIntensity');
    expect(row.cells[0]!.main).not.toBe(row.cells[1]!.main);
    expect(row.cells.map((cell) => cell.main)).toEqual(['60.00', '60.04']);
  });

  test('a conflict reading is shown by its label', () => {
    const other = { ...base, conflictChoices: { newMaterialsTarget: 1 } };
    const c = compareScenarios(
      PLAN_DATASET,
      [
        { kind: 'scenario', scenario: base },
        { kind: 'scenario', scenario: other },
      ],
      0,
    );
    const en = new I18n('en');
    const row = compareTableSections(
      { comparison: c, dataset: PLAN_DATASET, names: ['a', 'b'], i18n: en },
      false,
    )[2]!.rows[0]!;
    expect(row.label).toBe('New materials, target 2020 (conflicting plan figures)');
    expect(row.cells.map((cell) => cell.main)).toEqual([
      '250 (development goals)',
      '300 (new-materials section)',
    ]);
  });
});

describe('compareExportTable()', () => {
  // 07:30 in Beijing is still the day before in UTC: the notes carry the local date.
  const date = new Date('2026-11-25T23:30:00Z');
  const context = { appVersion: '0.1.0', date, scenarios: '基准、加速' };

  test('headers in the current language; values and deltas rounded as shown, percentages in %', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const i18n = new I18n(locale);
      const table = compareExportTable({ comparison, dataset: PLAN_DATASET, names, i18n }, context);
      const headers = table.columns.map((c) => c.header);
      // section, indicator, unit; plan + 2 deltas; reference; scenario + 2 deltas; differs
      expect(headers).toHaveLength(3 + 3 + 1 + 3 + 1);
      expect(headers.slice(3)).toEqual(
        locale === 'zh-CN'
          ? [
              '规划目标',
              '规划目标：与参照之差',
              '规划目标：与参照之差（%）',
              '基准',
              '加速',
              '加速：与参照之差',
              '加速：与参照之差（%）',
              '各情景不同',
            ]
          : [
              '规划目标',
              '规划目标: difference from reference',
              '规划目标: difference from reference (%)',
              '基准',
              '加速',
              '加速: difference from reference',
              '加速: difference from reference (%)',
              'Differs between scenarios',
            ],
      );
    }
    const table = compareExportTable(
      { comparison, dataset: PLAN_DATASET, names, i18n: new I18n('zh-CN') },
      context,
    );
    expect(table.scenario).toBe('基准、加速');
    const zone = table.rows.find((r) => r[1] === '全区工业总产值' && r[2] === '亿元')!;
    const cells = comparison.outcomes.find((r) => r.id === 'output.industrialOutput')!.cells;
    const one = (value: number) => ({ value, decimals: 1 });
    expect(zone.slice(3)).toEqual([
      one(600),
      one(cells[0]!.delta!.absolute),
      cells[0]!.delta!.relative! * 100,
      one(cells[1]!.value!),
      one(cells[2]!.value!),
      one(cells[2]!.delta!.absolute),
      cells[2]!.delta!.relative! * 100,
      null,
    ]);
    const attainment = table.rows.find((r) => r[1] === '全区工业总产值' && r[2] === '%')!;
    const shares = comparison.outcomes.find((r) => r.id === 'attainment.industrialOutput')!.cells;
    expect(attainment[6]).toEqual(one(shares[1]!.value! * 100));
    expect(attainment[8]).toEqual(one(shares[2]!.delta!.absolute * 100));
    const status = table.rows.find((r) => r[1] === '新材料 状态')!;
    expect(status[3]).toBeNull();
    expect(['达标', '有风险', '未达标']).toContain(status[6]);
    const growthLabel = `新材料 · ${new I18n('zh-CN').t('lever.growthRate')}`;
    const growth = table.rows.find((r) => String(r[1]).startsWith(growthLabel))!;
    expect(growth.slice(3)).toEqual([
      null,
      null,
      null,
      { value: baseGrowth * 100, decimals: 1 },
      { value: 25, decimals: 1 },
      { value: (0.25 - baseGrowth) * 100, decimals: 1 },
      ((0.25 - baseGrowth) / baseGrowth) * 100,
      '是',
    ]);
    expect(table.notes.at(-1)).toBe(
      `来源：黔江高新区产业发展规划（2018–2020）；规划数据版本 ${PLAN_DATASET.version}；应用版本 0.1.0；导出日期 2026-11-26`,
    );
  });

  test('the XLSX and CSV carry numbers as numbers, rounded as shown', async () => {
    const table = compareExportTable(
      { comparison, dataset: PLAN_DATASET, names, i18n: new I18n('zh-CN') },
      context,
    );
    const spec = tableToSheet<import('node:stream').Stream | Buffer | import('node:buffer').Blob>(table);
    const buffer = await writeExcelFile(spec.data, spec.sheet, spec.options).toBuffer();
    const sheet = await readExcelFile(buffer);
    const rows = (
      Array.isArray(sheet[0]) ? sheet : (sheet as unknown as { data: unknown[][] }[])[0]!.data
    ) as unknown[][];
    const zone = rows.find((r) => r[1] === '全区工业总产值' && r[2] === '亿元')!;
    const expected = table.rows.find((r) => r[1] === '全区工业总产值' && r[2] === '亿元')!;
    const shown = (cell: unknown) => Number((cell as { value: number }).value.toFixed(1));
    expect(zone.slice(3, 5)).toEqual([600, shown(expected[4])]);
    expect(zone[5]).toBe(Number((expected[5] as number).toFixed(1)));
    const csv = tableToCsv(table);
    expect(csv.startsWith('\uFEFF分组,指标,单位,规划目标,')).toBe(true);
    expect(csv).toContain(`全区工业总产值,亿元,600.0,${shown(expected[4]).toFixed(1)},`);
    expect(csv).not.toMatch(/\d\.\d{5,}/);
  });

  test('flags a column made with another dataset version in the notes', () => {
    const older = { ...base, datasetVersion: '2018-2020.0' };
    const c = compareScenarios(PLAN_DATASET, [{ kind: 'scenario', scenario: older }], 0);
    const table = compareExportTable(
      { comparison: c, dataset: PLAN_DATASET, names: ['旧方案'], i18n: new I18n('zh-CN') },
      context,
    );
    expect(table.notes).toContain(
      `“旧方案”基于规划数据 2018-2020.0，按当前数据 ${PLAN_DATASET.version} 计算。`,
    );
  });
});
