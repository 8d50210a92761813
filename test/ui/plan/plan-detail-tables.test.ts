/**
 * The tables of the rest of the plan, as drawn and as they leave the app: values with the plan's
 * qualifiers on screen and bare numbers in files, the plan's words kept in Chinese, in both languages.
 */
import { describe, expect, test } from 'vitest';
import {
  BASELINE_2017,
  NEW_MATERIALS_SPLIT_2017,
  NEW_MATERIALS_TOTAL_2017,
} from '../../../src/data/plan-baseline';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { CLUSTER_SUB_TARGETS } from '../../../src/data/plan-sub-targets';
import { TEXT_PROJECTS } from '../../../src/data/text-projects';
import { I18n, loadMessages, registerMessages } from '../../../src/i18n/i18n.svelte';
import { LAZY_AREAS } from '../../../src/i18n/lazy-areas';
import { tableToCsv } from '../../../src/ui/export/table-model';
import {
  detailFigureTable,
  detailValueText,
  outputSplitTable,
  planDecimals,
  subTargetTable,
  textProjectTable,
} from '../../../src/ui/plan/plan-detail-tables';
import { toExportTable } from '../../../src/ui/tables/data-table-model';

registerMessages(LAZY_AREAS.plan);
await loadMessages('en');
const zh = new I18n('zh-CN');
const en = new I18n('en');
const HAN = /\p{Script=Han}/u;
const services = CLUSTER_SUB_TARGETS.find((c) => c.clusterId === 'modernServices')!.targets;
const newMaterials = CLUSTER_SUB_TARGETS.find((c) => c.clusterId === 'newMaterials')!.targets;

describe('values as the plan qualifies them', () => {
  test.each([
    [newMaterials[0]!, '≥ 40'],
    [newMaterials.find((t) => t.id === 'output')!, '> 300'],
    [services.find((t) => t.id === 'financeShare')!, '≈ 7'],
    [services.find((t) => t.id === 'nonBankInstitutions')!, '4–6'],
    [newMaterials.find((t) => t.id === 'legalEntityRndInstitutions')!, '2'],
  ])('%#: %s', (target, text) => {
    expect(detailValueText(zh, target)).toBe(text);
  });

  test.each([
    [201, 0],
    [135.4, 1],
    [0.84, 2],
    [1.57, 2],
  ])('%d is written with %d decimals', (value, decimals) => {
    expect(planDecimals(value)).toBe(decimals);
  });
});

describe('files hold the numbers and the plan’s words', () => {
  test('the 2017 economy: bare numbers as the plan writes them, with source and quote', () => {
    const group = BASELINE_2017[0]!;
    const model = detailFigureTable('工业经济', group.items, PLAN_DATASET, zh);
    const csv = tableToCsv(toExportTable(model, '规划默认情景', []));
    expect(csv).toContain('入园企业,家,201,第二章 第一节 一(一),高新区累计入园企业201家,');
    expect(csv).toContain('万元增加值能耗,吨标准煤/万元,0.84,');
    expect(csv).toContain(
      '投产企业用地（推算）,km²,3.01,第二章 第一节 一(一),推算：135.4 亿元 ÷ 45 亿元/km²,',
    );
    const quote = model.rows[0]!.cells.quote!;
    expect(quote.attrs).toEqual({ lang: 'zh', 'data-source': 'plan' });
  });

  test('a sub-target’s qualifier and a range’s upper end go to files only', () => {
    const model = subTargetTable('现代服务业', services, PLAN_DATASET, zh);
    expect(model.columns.filter((c) => c.only === 'file').map((c) => c.id)).toEqual(['qualifier', 'upper']);
    const table = toExportTable(model, '规划默认情景', []);
    const header = table.columns.map((c) => c.header);
    const row = table.rows.find((r) => r[0] === '引进非银行金融机构')!;
    expect(row[header.indexOf('目标')]).toBe(4);
    expect(row[header.indexOf('区间上限')]).toBe(6);
    expect(row[header.indexOf('限定')]).toBe('区间');
    const finance = table.rows.find((r) => r[0] === '金融业增加值占地区生产总值比重')!;
    expect(finance[header.indexOf('限定')]).toBe('左右');
  });

  test('the split inside new materials adds up to its total, with each part’s share', () => {
    const model = outputSplitTable('新材料', NEW_MATERIALS_SPLIT_2017, NEW_MATERIALS_TOTAL_2017, en);
    const table = toExportTable(model, 'Plan default', []);
    expect(table.columns.map((c) => c.header).slice(0, 4)).toEqual([
      'Part',
      'Firms',
      'Output (RMB 100m)',
      'Share of 51.5 (%)',
    ]);
    expect(table.rows.at(-1)!.slice(1, 4)).toEqual([39, 51.5, 100]);
    expect(table.rows.find((r) => r[0] === 'Left unexplained (computed)')!.slice(1, 4)).toEqual([
      11, 4.5, 8.7,
    ]);
  });
});

describe('the projects named in the text', () => {
  test.each([
    [zh, true],
    [en, false],
  ])('%#: one row each; names marked as the plan’s words only in Chinese', (i18n, marked) => {
    const model = textProjectTable('title', TEXT_PROJECTS, PLAN_DATASET, i18n);
    expect(model.rows).toHaveLength(TEXT_PROJECTS.length);
    expect(model.rows.every((r) => (r.heading.nameAttrs?.['data-source'] === 'plan') === marked)).toBe(true);
    if (!marked) {
      const ours = model.rows.flatMap((r) => [r.heading.name, r.cells.capacity!.text, r.cells.note!.text]);
      expect(ours.filter((text) => HAN.test(text))).toEqual([]);
    }
  });
});
