/**
 * The evaluation's slides, built from a real evaluation of plausible 2018–2020 actuals (the same
 * figures as the browser test): which slides there are, the attainment table's figures, each missed
 * cluster's sentence and parts, the zone waterfall adding up, and the sources, in both languages.
 */
import { describe, expect, test } from 'vitest';
import type { ActualValue } from '../../../src/data/actuals-types';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { evaluatePlan } from '../../../src/engine/evaluation/evaluate';
import { I18n, loadMessages, registerMessages } from '../../../src/i18n/i18n.svelte';
import { LAZY_AREAS } from '../../../src/i18n/lazy-areas';
import { TOKEN_PALETTE } from '../../../src/ui/charts/palette';
import {
  SOURCES_PER_SLIDE,
  attainmentTableModel,
  clusterPartsModel,
  evaluationSlides,
  figuresByYear,
  signedChange,
  sourcesTableModel,
  wrapLabel,
  zoneWaterfallSteps,
} from '../../../src/ui/evaluation/evaluation-deck';
import {
  actualSources,
  clusterSentence,
  signedYi,
  targetStatement,
} from '../../../src/ui/evaluation/evaluation-vm';
import type { DataTableModel } from '../../../src/ui/tables/data-table-model';

registerMessages(LAZY_AREAS.evaluation);
await loadMessages('en');
const zh = new I18n('zh-CN');
const en = new I18n('en');

/** Output and fixed investment of every cluster, 2018–2020 (亿元), as in test/browser/actuals.test.ts. */
const ACTUALS: Record<string, readonly [number, number, number]> = {
  'output.newMaterials': [68, 80, 92],
  'output.medicineHealth': [6.5, 9.8, 14.2],
  'output.smartManufacturing': [15, 18.5, 22],
  'output.agriProcessing': [28.5, 31, 33.6],
  'output.modernServices': [34, 38.5, 42],
  'investment.newMaterials': [20, 18, 15],
  'investment.medicineHealth': [8, 6, 5],
  'investment.smartManufacturing': [6, 5, 5],
  'investment.agriProcessing': [7, 6, 6],
  'investment.modernServices': [9, 8, 8],
};
const DOCUMENT = (year: number) => `黔江区${year}年国民经济和社会发展统计公报`;

function actualValues(): ActualValue[] {
  return Object.entries(ACTUALS).flatMap(([key, values]) =>
    values.map((value, index) => ({
      key,
      year: 2018 + index,
      value,
      source: { document: DOCUMENT(2018 + index), date: `${2019 + index}-03-20` },
      note: '',
    })),
  );
}

const VALUES = actualValues();
const EVALUATION = evaluatePlan(PLAN_DATASET, VALUES);
const DATE = new Date('2026-12-02T04:00:00Z');
const INPUT = { dataset: PLAN_DATASET, evaluation: EVALUATION, values: VALUES, date: DATE };

function cellText(model: DataTableModel, row: string, column: string): string | undefined {
  return model.rows.find((r) => r.id === row)?.cells[column]?.text;
}

describe('evaluationSlides()', () => {
  test('gives the title, attainment, zone, waterfall, one slide per missed cluster, the fit and the sources', () => {
    const slides = evaluationSlides(INPUT, zh, TOKEN_PALETTE);
    // Every cluster's 2020 actual is below its target (e.g. 医药健康 14.2 of 150), so each has a slide.
    const missed = EVALUATION.targets.filter((t) => t.clusterId !== null && t.verdict === 'missed');
    expect(missed.map((t) => t.id)).toEqual(PLAN_DATASET.clusters.map((c) => c.id));
    expect(slides.map((s) => s.id)).toEqual([
      'overview',
      'targets',
      'zone',
      'waterfall',
      ...PLAN_DATASET.clusters.map((c) => `cluster-${c.id}`),
      'fit',
      'sources-1',
    ]);
    const lines = slides[0]!.props['lines'] as string[];
    expect(lines).toContain('规划期：2018—2020 年（基准年 2017 年）');
    expect(lines).toContain('实际值截至 2020 年');
    expect(lines).toContain('30 个实际值，来自 3 份来源文件');
    expect(lines.join('\n')).toContain('已完成 0 项，未完成 6 项，无实际值 1 项');
    expect(slides[0]!.props['name']).toBe('2018—2020 年规划目标完成情况与原因分析');
  });

  test('the attainment table states target, actual, 完成率, gap and verdict as the evaluation view does', () => {
    const model = attainmentTableModel(PLAN_DATASET, EVALUATION, zh);
    expect(model.columns.map((c) => c.header)).toEqual(['规划目标', '实际', '完成率', '期末差距', '结论']);
    // 医药健康: 14.2 of 150, 9.5 %, 135.8 short.
    expect(cellText(model, 'medicineHealth', 'target')).toBe('150.0 亿元');
    expect(cellText(model, 'medicineHealth', 'actual')).toBe('14.2 亿元');
    expect(cellText(model, 'medicineHealth', 'attainment')).toBe('9.5%');
    expect(cellText(model, 'medicineHealth', 'gap')).toBe('−135.8 亿元');
    expect(cellText(model, 'medicineHealth', 'verdict')).toBe('未完成');
    // Zone output: 92 + 14.2 + 22 + 33.6 = 161.8 of 600: 27.0 %, 438.2 short.
    expect(cellText(model, 'industrialOutput', 'actual')).toBe('161.8 亿元');
    expect(cellText(model, 'industrialOutput', 'attainment')).toBe('27.0%');
    expect(cellText(model, 'industrialOutput', 'gap')).toBe('−438.2 亿元');
    // No land actual: the intensity is not known.
    expect(cellText(model, 'outputIntensity', 'attainment')).toBe('—');
    expect(cellText(model, 'outputIntensity', 'verdict')).toBe('无实际值');
    expect(model.rows.find((r) => r.id === 'outputIntensity')!.cells['verdict']!.status).toBeUndefined();
    expect(model.rows.find((r) => r.id === 'newMaterials')!.cells['verdict']!.status).toBe('offTrack');
  });

  test('a missed cluster’s slide has its sentence and parts that add up to actual − plan path', () => {
    const slides = evaluationSlides(INPUT, zh, TOKEN_PALETTE);
    const medicine = slides.find((s) => s.id === 'cluster-medicineHealth')!;
    expect(medicine.title).toBe('医药健康：未完成 2020 年目标，差距从何而来');
    const explanation = EVALUATION.clusters.find((c) => c.clusterId === 'medicineHealth')!;
    const sentence = clusterSentence(PLAN_DATASET, explanation, zh);
    expect(medicine.props['lines']).toEqual([sentence]);
    expect(sentence).toMatch(/^医药健康比规划路径少 135\.8 亿元/);
    const parts = clusterPartsModel(PLAN_DATASET, explanation, zh);
    expect(parts.rows.map((r) => r.id)).toEqual([
      'plan',
      'growth',
      'investment',
      'land',
      'elsewhere',
      'residual',
      'actual',
    ]);
    const value = (id: string) => parts.rows.find((r) => r.id === id)!.cells['value']!.value as number;
    expect(value('plan')).toBeCloseTo(150, 6);
    expect(value('actual')).toBe(14.2);
    const steps = ['growth', 'investment', 'land', 'elsewhere', 'residual'].reduce(
      (s, id) => s + value(id),
      0,
    );
    expect(Math.abs(steps - (14.2 - value('plan')))).toBeLessThan(1e-9);
    expect(cellText(parts, 'actual', 'value')).toBe('14.2');
  });

  test('the zone waterfall goes from the plan path to the actual, its parts adding up exactly', () => {
    const steps = zoneWaterfallSteps(PLAN_DATASET, EVALUATION, zh)!;
    expect(steps[0]).toMatchObject({ label: '规划路径', kind: 'total' });
    expect(steps[0]!.value).toBeCloseTo(600, 6);
    const last = steps[steps.length - 1]!;
    expect(last.label).toBe('实际');
    expect(last.value).toBeCloseTo(161.8, 6);
    const parts = steps.slice(1, -1);
    expect(parts.map((s) => s.label)).toContain('拟合误差');
    expect(Math.abs(parts.reduce((s, p) => s + p.value, 0) - (last.value - steps[0]!.value))).toBeLessThan(
      1e-9,
    );
    for (const [i, part] of parts.entries()) {
      expect(part.start).toBe(steps[i]!.end);
      expect(part.kind).toBe(part.value < 0 ? 'down' : 'up');
    }
    expect(signedChange(zh, -438.2)).toBe('−438.2');
    // Long English labels break between words; Chinese ones stay whole.
    expect(wrapLabel('Intelligent manufacturing')).toEqual(['Intelligent', 'manufacturing']);
    expect(wrapLabel('Other industry and readings')).toEqual(['Other industry', 'and readings']);
    expect(wrapLabel('Fit error')).toBe('Fit error');
    expect(wrapLabel('其他工业与冲突取值')).toBe('其他工业与冲突取值');
    expect(signedChange(zh, 4)).toBe('+4.0');
  });

  test('the sources slide lists every document, with the figures it gives', () => {
    const slides = evaluationSlides(INPUT, zh, TOKEN_PALETTE);
    const model = slides.find((s) => s.id === 'sources-1')!.props['model'] as DataTableModel;
    expect(model.rows.map((r) => r.heading.name)).toEqual([DOCUMENT(2018), DOCUMENT(2019), DOCUMENT(2020)]);
    expect(model.rows.map((r) => r.cells['date']!.text)).toEqual(['2019-03-20', '2020-03-20', '2021-03-20']);
    // Ten figures a year, each from its year's bulletin.
    expect(model.rows.map((r) => r.cells['count']!.text)).toEqual(['10', '10', '10']);
    expect(model.rows[2]!.cells['figures']!.text).toMatch(/^2020 年：新材料[^；]*，现代服务业[^；]*$/);
  });

  test('a source giving figures of several years lists them by year', () => {
    const yearbook = VALUES.filter(
      (v) => v.key === 'output.medicineHealth' || v.key === 'output.newMaterials',
    )
      .filter((v) => v.year >= 2019)
      .map((v) => ({ ...v, source: { document: '黔江统计年鉴 2021', date: '2021' } }));
    const [source] = actualSources(PLAN_DATASET, yearbook, zh);
    expect(source!.figures.length).toBe(4);
    expect(figuresByYear(source!, zh)).toBe(
      '2019 年：新材料工业总产值，医药健康工业总产值；2020 年：新材料工业总产值，医药健康工业总产值',
    );
    expect(figuresByYear(actualSources(PLAN_DATASET, yearbook, en)[0]!, en)).toMatch(/^2019: .+; 2020: /);
  });

  test('many sources span several slides, each document on exactly one', () => {
    const many = VALUES.map((v, i) => ({ ...v, source: { document: `来源 ${i % 13}`, date: '' } }));
    const slides = evaluationSlides({ ...INPUT, values: many }, zh, TOKEN_PALETTE);
    const sourceSlides = slides.filter((s) => s.id.startsWith('sources-'));
    expect(sourceSlides.length).toBe(Math.ceil(13 / SOURCES_PER_SLIDE));
    expect(sourceSlides.map((s) => s.title)).toEqual([
      '实际值来源（1/3）',
      '实际值来源（2/3）',
      '实际值来源（3/3）',
    ]);
    const listed = sourceSlides.flatMap((s) =>
      (s.props['model'] as DataTableModel).rows.map((r) => r.heading.name),
    );
    expect(listed).toEqual(Array.from({ length: 13 }, (_, i) => `来源 ${i}`));
    expect((sourceSlides[0]!.props['model'] as DataTableModel).rows[0]!.cells['date']!.text).toBe('—');
  });

  test('without output actuals: no waterfall, cluster or fit slides', () => {
    const investment = VALUES.filter((v) => v.key.startsWith('investment.'));
    const evaluation = evaluatePlan(PLAN_DATASET, investment);
    const slides = evaluationSlides({ ...INPUT, evaluation, values: investment }, zh, TOKEN_PALETTE);
    expect(slides.map((s) => s.id)).toEqual(['overview', 'targets', 'zone', 'sources-1']);
  });

  test('is complete in English', () => {
    const slides = evaluationSlides(INPUT, en, TOKEN_PALETTE);
    const titles = slides.map((s) => s.title);
    expect(titles).toContain('Zone industrial output: plan path and actuals');
    expect(titles).toContain('Sources of the actual figures');
    const medicine = slides.find((s) => s.id === 'cluster-medicineHealth')!;
    expect((medicine.props['lines'] as string[])[0]).toMatch(
      /^Medicine & health fell short of the plan path by 135\.8/,
    );
    const model = attainmentTableModel(PLAN_DATASET, EVALUATION, en);
    expect(cellText(model, 'medicineHealth', 'verdict')).toBe('Missed');
    // No Chinese left in the words of the slides (the sources are the statistician's own words).
    const words = [
      ...titles,
      ...(slides[0]!.props['lines'] as string[]),
      ...slides
        .filter((s) => s.props['model'] !== undefined && !s.id.startsWith('sources'))
        .flatMap((s) => {
          const m = s.props['model'] as DataTableModel;
          return [
            m.rowHeader,
            ...m.columns.map((c) => c.header),
            ...m.rows.flatMap((r) => [r.heading.name, ...Object.values(r.cells).map((c) => c.text)]),
          ];
        }),
    ];
    expect(words.filter((w) => /[\u4e00-\u9fff]/.test(w))).toEqual([]);
    const sources = sourcesTableModel(actualSources(PLAN_DATASET, VALUES, en), en, 'Sources');
    expect(sources.columns.map((c) => c.header)).toEqual(['Source date', 'Count', 'Figures and years']);
  });
});

describe('a mid-term evaluation (the target year still ahead)', () => {
  const early = VALUES.filter((v) => v.year < 2020);
  const evaluation = evaluatePlan(PLAN_DATASET, early);
  const nm = evaluation.targets.find((t) => t.id === 'newMaterials')!;

  test('each target says it is not known yet and how far the plan path was off in the years entered', () => {
    expect(nm.verdict).toBe('unknown');
    const [y2018, y2019] = nm.path;
    const zhText = targetStatement(PLAN_DATASET, nm, zh)!;
    expect(zhText).toMatch(
      /^新材料：2020 年目标 250(?:\.0)? ?亿元，该年尚无实际数。规划路径各年偏差：2018 年 /,
    );
    expect(zhText).toContain(`2019 年 ${signedYi(zh, y2019!.difference)}`);
    expect(y2018!.difference).toBeCloseTo(68 - y2018!.plan, 12);
    const enText = targetStatement(PLAN_DATASET, nm, en)!;
    expect(enText).toMatch(
      /^New materials: target 250(?:\.0)? RMB 100m for 2020, no actual of that year yet\. Plan path off by year: 2018 /,
    );
    // A target without any actual yet says nothing.
    const intensity = evaluation.targets.find((t) => t.id === 'outputIntensity')!;
    expect(targetStatement(PLAN_DATASET, intensity, zh)).toBeNull();
  });

  test('the sources cited are those of the plan’s years only', () => {
    const later: ActualValue = {
      key: 'output.newMaterials',
      year: 2021,
      value: 101,
      source: { document: '黔江区2021年统计公报', date: '2022-03' },
      note: '',
    };
    const documents = actualSources(PLAN_DATASET, [...VALUES, later], zh).map((s) => s.document);
    expect(documents).toEqual([DOCUMENT(2018), DOCUMENT(2019), DOCUMENT(2020)]);
  });
});
