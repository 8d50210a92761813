/**
 * Tornado bars of the links between clusters: named in Chinese and English, with their range
 * (off – on), and exported with the other bars.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { referenceScenario } from '../../../src/engine/reference-scenarios';
import { tornado } from '../../../src/engine/uncertainty';
import { I18n, loadMessages, registerMessages } from '../../../src/i18n/i18n.svelte';
import { LAZY_AREAS } from '../../../src/i18n/lazy-areas';
import { tornadoBarName, tornadoRangeText, tornadoTable } from '../../../src/ui/uncertainty/tornado-rows';

registerMessages(LAZY_AREAS.uncertainty);
await loadMessages('en');
const zh = new I18n('zh-CN');
const en = new I18n('en');

const PLAN_PATH = referenceScenario(PLAN_DATASET, 'planPath');
// Modern services in 2020 on the plan path: 100 亿元 (its target), 74.32741125 with producer
// services off: the link brings 0.05 × (648.851775 − 135.4) = 25.67258875.
const SERVICES = tornado(PLAN_DATASET, PLAN_PATH, 'modernServices');
const LINK = SERVICES.bars.find((b) => b.ref.kind === 'link' && b.ref.linkId === 'producerServices')!;

describe('tornado bars of the links between clusters', () => {
  test('the producer-services bar runs from off (74.33) to on (100): a swing of 25.67', () => {
    expect(LINK).toBeDefined();
    expect(LINK.valueAtLow).toBeCloseTo(74.32741125, 9);
    expect(LINK.valueAtHigh).toBeCloseTo(100, 9);
    expect(LINK.swing).toBeCloseTo(25.67258875, 9);
  });

  test('named and ranged in both languages', () => {
    expect(tornadoBarName(zh, PLAN_DATASET, LINK)).toBe('集群间联系 · 生产性服务随工业产出');
    expect(tornadoBarName(en, PLAN_DATASET, LINK)).toBe(
      'Links between clusters · Producer services follow industry',
    );
    expect(tornadoRangeText(zh, LINK)).toBe('关闭 – 打开');
    expect(tornadoRangeText(en, LINK)).toBe('Off – On');
  });

  test('exported with every other bar: its range, outcomes at off and on, attainments in %, the swing', () => {
    const table = tornadoTable(zh, PLAN_DATASET, SERVICES, {
      target: '现代服务业',
      unit: '亿元',
      scenario: '规划路径',
      notes: ['来源'],
    });
    expect(table.rows).toHaveLength(SERVICES.bars.length);
    expect(table.columns.map((c) => c.header)).toEqual([
      '假设',
      '低值 – 高值',
      '取低值时（亿元）',
      '取低值时（%）',
      '取高值时（亿元）',
      '取高值时（%）',
      '变动幅度（亿元）',
    ]);
    const row = table.rows.find((r) => r[0] === '集群间联系 · 生产性服务随工业产出')!;
    expect(row[1]).toBe('关闭 – 打开');
    expect(row[2]).toBeCloseTo(74.32741125, 9);
    // Attainment of the 100 亿元 target, in percent.
    expect(row[3]).toBeCloseTo(74.32741125, 9);
    expect(row[4]).toBeCloseTo(100, 9);
    expect(row[5]).toBeCloseTo(100, 9);
    expect(row[6]).toBeCloseTo(25.67258875, 9);
    expect(table.notes[0]).toBe('来源');
    expect(table.notes[1]).toContain('低值为关闭该联系');
  });

  test('a figure the links do not move has no link bar and no link note', () => {
    // New materials' output does not depend on producer services, nor on the farm supply.
    const nm = tornado(PLAN_DATASET, PLAN_PATH, 'newMaterials');
    expect(nm.bars.some((b) => b.ref.kind === 'link')).toBe(false);
    const table = tornadoTable(en, PLAN_DATASET, nm, { target: 'x', unit: 'y', scenario: 's', notes: [] });
    expect(table.notes).toEqual([]);
  });
});
