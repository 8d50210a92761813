/**
 * The words and numbers of the slides, the report and the exported target table, built from a real
 * projection of the plan's scenario (and of a changed one), in both languages.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { project } from '../../../src/engine/project';
import type { Scenario } from '../../../src/scenario/scenario';
import { summarizeScenario } from '../../../src/engine/scenario-summary';
import { I18n, loadMessages } from '../../../src/i18n/i18n.svelte';
import { withFontSize, zoneChart, clusterCharts } from '../../../src/ui/charts/scenario-charts';
import { TOKEN_PALETTE } from '../../../src/ui/charts/palette';
import { tableToCsv } from '../../../src/ui/export/table-model';
import { toExportTable } from '../../../src/ui/tables/data-table-model';
import { targetTableModel } from '../../../src/ui/targets/target-table-model';
import { assumptionRows } from '../../../src/ui/levers/assumption-rows';
import { figureCatalogue, figureSubject, formatLever } from '../../../src/ui/provenance/figure-catalogue';
import { reportFootnotes } from '../../../src/ui/report/report-footnotes';
import { targetNarrative } from '../../../src/ui/targets/target-narrative';
import { targetRows } from '../../../src/ui/targets/target-rows';

// English is loaded on demand in the app; these tests use it from the start.
await loadMessages('en');
const zh = new I18n('zh-CN');
const en = new I18n('en');
const plan = defaultScenario(PLAN_DATASET);
/** How many targets the default scenario has on track (the narrative states it). */
const ON_TRACK = project(PLAN_DATASET, plan).targets.filter((t) => t.status === 'onTrack').length;
const META = {
  name: '规划默认情景',
  date: new Date('2026-03-02T04:00:00Z'),
  datasetVersion: PLAN_DATASET.version,
  appVersion: '0.1.0',
};

function changed(): Scenario {
  const scenario = structuredClone(plan);
  scenario.clusters.newMaterials.growthRate = 0.15;
  scenario.clusters.medicineHealth.investmentPerYear = 60;
  scenario.conflictChoices = { newMaterialsTarget: 1 };
  return scenario;
}

describe('targetRows()', () => {
  test('gives one row per target, clusters first, with names and units in the language', () => {
    const result = project(PLAN_DATASET, plan);
    const rows = targetRows(result, PLAN_DATASET, zh);
    expect(rows.map((row) => row.target.id)).toEqual([
      'newMaterials',
      'medicineHealth',
      'smartManufacturing',
      'agriProcessing',
      'modernServices',
      'industrialOutput',
      'outputIntensity',
    ]);
    expect(rows[0]!.name).toBe('新材料');
    expect(rows.at(-1)!.unitKey).toBe('unit.yiPerKm2');
    expect(targetRows(result, PLAN_DATASET, en)[4]!.note).toMatch(/Revenue/);
  });
});

/** The status words of the Chinese target table. */
const STATUS_ZH = { onTrack: '达标', atRisk: '有风险', offTrack: '未达标' } as const;

describe('targetTableModel() as exported', () => {
  test('holds what the table shows: one decimal, percentages in % with the unit in the header', () => {
    const result = project(PLAN_DATASET, plan);
    const model = targetTableModel(targetRows(result, PLAN_DATASET, zh), zh);
    const table = toExportTable(model, META.name, ['来源：规划；规划默认情景；2018-2020.1']);
    expect(table.title).toBe('2020 年目标对照');
    expect(table.scenario).toBe('规划默认情景');
    expect(table.columns.map((c) => c.header)).toEqual([
      '指标',
      '单位',
      '2017 年',
      '2020 年预测',
      '2020 年目标',
      '缺口（正数为差额，负数为超出）',
      '完成率（%）',
      '目标所需总体年均增速（%）',
      '情景年均增速（%）',
      '状态',
      '受用地限制起始年',
    ]);
    expect(table.columns.map((c) => c.decimals)).toEqual([
      undefined,
      undefined,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      undefined,
      0,
    ]);
    const zone = result.targets.find((t) => t.id === 'industrialOutput')!;
    expect(table.rows[5]!.slice(2, 9)).toEqual([
      zone.base,
      zone.projected,
      zone.target,
      zone.gap,
      zone.attainment * 100,
      zone.requiredCagr! * 100,
      zone.scenarioCagr! * 100,
    ]);
    const csv = tableToCsv(table).split('\r\n');
    const services = result.targets.find((t) => t.id === 'modernServices')!;
    const one = (x: number) => x.toFixed(1);
    expect(csv[5]).toBe(
      `现代服务业（营业收入，不计入工业总产值）,亿元,${one(services.base)},${one(services.projected)},` +
        `${one(services.target)},${one(services.gap)},${one(services.attainment * 100)},` +
        `${one(services.requiredCagr! * 100)},${one(services.scenarioCagr! * 100)},${STATUS_ZH[services.status]},`,
    );
    expect(csv[6]).toBe(
      `全区工业总产值（四大工业集群之和；其他工业 2020 年另计 48.9 亿元）,亿元,${one(zone.base)},${one(zone.projected)},600.0,${one(zone.gap)},${one(zone.attainment * 100)},` +
        `${one(zone.requiredCagr! * 100)},${one(zone.scenarioCagr! * 100)},${STATUS_ZH[zone.status]},`,
    );
    // Screen-only parts stay out of files; the table's cells show the same rounding.
    const row = model.rows[5]!;
    expect([row.cells.projected!.text, row.cells.attainment!.text]).toEqual([
      one(zone.projected),
      `${one(zone.attainment * 100)}%`,
    ]);
    expect(model.columns.find((c) => c.id === 'base')!.header).toBe('2017\u00a0年');
  });
});

describe('targetNarrative()', () => {
  test.each([
    [
      zh,
      0,
      [
        '按本情景，2020 年全区工业总产值预计为',
        `7 项目标中 ${ON_TRACK} 项达标`,
        '本情景的假设与参照情景“规划路径”完全相同。',
      ],
    ],
    [
      en,
      1,
      [
        'In this scenario, the zone’s industrial output reaches',
        `Of 7 targets, ${ON_TRACK} are on track`,
        'One assumption differs from the reference “Plan path”.',
      ],
    ],
    [en, 3, ['3 assumptions differ from the reference “Plan path”.']],
  ] as const)('says what the projection means (%#)', (i18n, differences, expected) => {
    const rows = targetRows(project(PLAN_DATASET, plan), PLAN_DATASET, i18n);
    const reference = i18n.t('reference.planPath');
    const text = targetNarrative(rows, PLAN_DATASET, i18n, { count: differences, reference }).join('\n');
    for (const part of expected) expect(text).toContain(part);
  });

  test('names the targets met when there are any, and leaves the assumptions out when unknown', () => {
    const scenario = structuredClone(plan);
    for (const id of [
      'newMaterials',
      'medicineHealth',
      'smartManufacturing',
      'agriProcessing',
      'modernServices',
    ] as const) {
      scenario.clusters[id].growthRate = 2;
      scenario.clusters[id].landPace = 3;
    }
    const rows = targetRows(project(PLAN_DATASET, scenario), PLAN_DATASET, zh);
    const lines = targetNarrative(rows, PLAN_DATASET, zh, null);
    expect(lines.some((line) => line.startsWith('达标：') && line.includes('新材料'))).toBe(true);
    expect(lines.some((line) => line.includes('假设'))).toBe(false);
  });
});

describe('assumptionRows()', () => {
  test('words lever, conflict and threshold differences with their units', () => {
    const summary = summarizeScenario(PLAN_DATASET, {
      ...changed(),
      thresholds: { onTrack: 0.95, atRisk: 0.8 },
    });
    const rows = assumptionRows(summary.differences, PLAN_DATASET, zh);
    // The plan's organic growth is the dataset's estimate, 5 %/yr.
    expect(plan.clusters.newMaterials.growthRate).toBe(0.05);
    expect(rows).toContainEqual({
      subject: '新材料',
      assumption: '有机增长率',
      scenario: '15.0%/年',
      plan: '5.0%/年',
    });
    expect(rows).toContainEqual({
      subject: '医药健康',
      assumption: '年新增投资',
      scenario: '60.0 亿元/年',
      plan: '35.0 亿元/年',
    });
    expect(rows).toContainEqual({
      subject: '新材料 2020 年目标',
      assumption: '规划前后不一致',
      scenario: '300 亿元（新材料产业一节）',
      plan: '250 亿元（发展目标）',
    });
    expect(rows.find((row) => row.assumption === '状态阈值')?.scenario).toBe('达标 ≥ 95%，有风险 ≥ 80%');
    expect(assumptionRows(summary.differences, PLAN_DATASET, en)[0]).toEqual({
      subject: 'New materials',
      assumption: 'Organic growth',
      scenario: '15.0%/yr',
      plan: '5.0%/yr',
    });
  });
});

describe('figureCatalogue()', () => {
  test('lists every figure of the dataset once, with a subject in the language', () => {
    const catalogue = figureCatalogue(PLAN_DATASET, zh);
    expect(catalogue.find((entry) => entry.figure === PLAN_DATASET.clusters[0]!.target)?.subject).toBe(
      '新材料 2020 年目标',
    );
    expect(figureSubject(zh, '新材料', '年增速')).toBe('新材料年增速');
    expect(figureSubject(en, 'New materials', 'Growth rate')).toBe('New materials: Growth rate');
    expect(formatLever(en, 'investmentPerYear', 90)).toBe('90.0 RMB 100m/yr');
    expect(catalogue.every((entry) => entry.subject.trim() !== '')).toBe(true);
  });
});

describe('reportFootnotes()', () => {
  test('numbers the estimates and conflicts of the target table in table order, one note per figure', () => {
    const scenario = changed();
    const rows = targetRows(project(PLAN_DATASET, scenario), PLAN_DATASET, zh);
    const notes = reportFootnotes(rows, PLAN_DATASET, scenario, zh);
    expect(notes.refs.get('newMaterials:target')).toBe(1);
    expect(notes.notes[0]!.text).toContain('本报告采用“300 亿元（新材料产业一节）”');
    expect(notes.notes[0]!.text).toContain('其他说法：“250 亿元（发展目标）”');
    expect(notes.refs.get('smartManufacturing:base')).toBe(2);
    expect(notes.notes.map((n) => n.n)).toEqual(notes.notes.map((_, i) => i + 1));
    // A changed lever needs no note; an estimate kept does, once for all clusters that share it.
    const kept = notes.estimatesUsed.map((note) => note.subject);
    expect(kept.some((subject) => subject.startsWith('新材料有机增长率'))).toBe(false);
    expect(kept.some((subject) => subject.startsWith('医药健康年新增投资'))).toBe(false);
    expect(kept.filter((subject) => subject.startsWith('有机增长率（'))).toEqual([
      '有机增长率（医药健康、智能制造、农副产品加工、现代服务业）',
    ]);
    expect(kept).toContain('智能制造年新增投资');
  });

  test('writes English notes with the plan’s sections in English', () => {
    const rows = targetRows(project(PLAN_DATASET, plan), PLAN_DATASET, en);
    const notes = reportFootnotes(rows, PLAN_DATASET, plan, en);
    expect(notes.notes[0]!.subject).toBe('New materials: Target 2020');
    expect(notes.notes[0]!.text).toMatch(/source: Ch\. \d/);
  });
});

describe('scenario charts', () => {
  test('zoneChart() and clusterCharts() title and describe each chart; withFontSize() sizes every text', () => {
    const result = project(PLAN_DATASET, plan);
    const zone = zoneChart(result, PLAN_DATASET, zh, TOKEN_PALETTE)!;
    expect(zone.title).toContain('600 亿元');
    const zoneOutput = result.targets.find((t) => t.id === 'industrialOutput')!.projected;
    expect(zone.description).toContain(zoneOutput.toFixed(1));
    const clusters = clusterCharts(result, PLAN_DATASET, en, TOKEN_PALETTE);
    expect(clusters.map((c) => c.id)).toEqual(PLAN_DATASET.clusters.map((c) => c.id));
    expect(clusters[4]!.title).toBe('Modern services: projected revenue and 2020 target');
    const sized = withFontSize(clusters[0]!.model, 20).options as Record<string, any>;
    expect(sized.scales.x.ticks.font.size).toBe(20);
    expect(sized.scales.y.title.font.size).toBe(20);
    expect(sized.plugins.legend.labels.font.size).toBe(20);
    expect(sized.plugins.annotation.annotations.target.label.font.size).toBe(18);
    // The original model is untouched; its axes are drawn in the palette's text colour.
    const original = (clusters[0]!.model.options as Record<string, any>).scales.x;
    expect(original.ticks.font).toBeUndefined();
    expect(original.ticks.color).toBe('var(--chart-text)');
  });
});
