/**
 * Zone figures as every view shows them: without producing land the zone intensity is "—" (an empty
 * cell in files, an empty cell in the comparison), never 0; under the "beside" reading of the 600 the
 * zone's industrial output says it is the four industrial clusters only.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import type { ClusterId, PlanDataset } from '../../../src/data/plan-types';
import { compareScenarios } from '../../../src/engine/compare';
import { project } from '../../../src/engine/project';
import { referenceScenario } from '../../../src/engine/reference-scenarios';
import { I18n, loadMessages } from '../../../src/i18n/i18n.svelte';
import type { Scenario } from '../../../src/scenario/scenario';
import { withConflictChoice, withLever, withOtherIndustryGrowth } from '../../../src/scenario/updates';
import { TOKEN_PALETTE } from '../../../src/ui/charts/palette';
import { zoneChart } from '../../../src/ui/charts/scenario-charts';
import { toExportTable } from '../../../src/ui/tables/data-table-model';
import { targetRows } from '../../../src/ui/targets/target-rows';
import { targetTableModel } from '../../../src/ui/targets/target-table-model';

await loadMessages('en');
const zh = new I18n('zh-CN');
const en = new I18n('en');

const none = (reasoning: string) => ({
  kind: 'estimate' as const,
  value: 0,
  reasoning: { zh: reasoning, en: reasoning },
});
/** The plan's dataset with no producing land at all in 2017. */
const LANDLESS: PlanDataset = {
  ...PLAN_DATASET,
  clusters: PLAN_DATASET.clusters.map((c) => ({ ...c, producingLandBase: none('无') })),
  zone: { ...PLAN_DATASET.zone, otherIndustryLand: none('无') },
};
/** No land is ever readied either, and other industry does not grow. */
function bare(scenario: Scenario): Scenario {
  let s = withOtherIndustryGrowth(scenario, 0);
  for (const id of Object.keys(s.clusters) as ClusterId[]) s = withLever(s, id, 'landPace', 0);
  return s;
}
const BARE = bare(referenceScenario(LANDLESS, 'planPath'));

describe('zone intensity without producing land', () => {
  const result = project(LANDLESS, BARE);

  test('the projection has no intensity (null) in 2020', () => {
    expect(result.zone.at(-1)!.outputIntensity).toBeNull();
  });

  test('target table: projected, gap, attainment, growth and status read “—”, with a note; files get empty cells', () => {
    const rows = targetRows(result, LANDLESS, zh);
    const intensity = rows.find((r) => r.target.id === 'outputIntensity')!;
    expect(intensity.noValue).toBe(true);
    expect(rows.filter((r) => r.noValue)).toHaveLength(1);
    const model = targetTableModel(rows, zh);
    const row = model.rows.find((r) => r.id === 'outputIntensity')!;
    for (const id of ['projected', 'gap', 'attainment', 'scenarioCagr', 'status']) {
      expect(row.cells[id]!.text).toBe('—');
      expect(row.cells[id]!.value).toBeNull();
    }
    expect(row.heading.notes.map((n) => n.text)).toContain('没有投产用地，强度无从计算');
    // The target and the growth it needs are still there: 2017's 45 → 60.
    expect(row.cells.target!.value).toBe(60);
    const table = toExportTable(model, 's', []);
    const line = table.rows.find((r) => String(r[0]).startsWith('投产用地平均产出强度'))!;
    const header = table.columns.map((c) => c.header);
    const at = (name: string) => line[header.findIndex((h) => h.startsWith(name))];
    expect(at('2020 年预测')).toBeNull();
    expect(at('完成率')).toBeNull();
  });

  test('comparison: the intensity, its attainment and its gap are empty cells, not 0', () => {
    const comparison = compareScenarios(LANDLESS, [{ kind: 'scenario', scenario: BARE }], -1);
    const cells = comparison.outcomes
      .filter((r) => r.subject.kind === 'zone' && r.subject.indicatorId === 'outputIntensity')
      .map((r) => [r.kind, r.cells[0]!.value]);
    expect(cells).toEqual([
      ['output', null],
      ['attainment', null],
      ['gap', null],
    ]);
  });
});

describe('the 600 read “beside” or “inside”', () => {
  const planPath = referenceScenario(PLAN_DATASET, 'planPath');
  // Other industry: 42.2 in 2017 at 5 % a year: 42.2 × 1.05³ = 48.851775 in 2020.
  test('beside (the default): the zone row says it is the four clusters, other industry 48.9 beside it', () => {
    const rows = targetRows(project(PLAN_DATASET, planPath), PLAN_DATASET, zh);
    expect(rows.find((r) => r.target.id === 'industrialOutput')!.note).toBe(
      '四大工业集群之和；其他工业 2020 年另计 48.9 亿元',
    );
    expect(rows.find((r) => r.target.id === 'outputIntensity')!.note).toBe('四大工业集群产值 ÷ 其投产用地');
    const chart = zoneChart(project(PLAN_DATASET, planPath), PLAN_DATASET, en, TOKEN_PALETTE)!;
    expect(chart.title).toBe(
      'Output of the four industrial clusters, stacked, against the 600 target; other industry beside it',
    );
    const other = chart.model.data.datasets.at(-1)!;
    expect(other.label).toBe('Other industry (beside the 600, not in it)');
    expect(other.stack).toBe('other');
  });

  test('inside: the zone row counts other industry, and the chart stacks it on the clusters', () => {
    const inside = withConflictChoice(planPath, 'otherIndustryIn600', 1);
    const result = project(PLAN_DATASET, inside);
    const rows = targetRows(result, PLAN_DATASET, en);
    expect(rows.find((r) => r.target.id === 'industrialOutput')!.note).toBe(
      'other industry included, 48.9 RMB 100m in 2020',
    );
    const chart = zoneChart(result, PLAN_DATASET, zh, TOKEN_PALETTE)!;
    expect(chart.title).toBe(zh.t('chart.zoneTitle', { target: '600' }));
    expect(chart.model.data.datasets.at(-1)!.stack).toBe('output');
  });
});

describe('the two needed-growth figures, named apart', () => {
  const planPath = referenceScenario(PLAN_DATASET, 'planPath');
  const rows = targetRows(project(PLAN_DATASET, planPath), PLAN_DATASET, zh);

  test('the target table calls its figure the overall growth the target needs, and says what the other one is', () => {
    const model = targetTableModel(rows, zh);
    expect(model.columns.find((c) => c.id === 'requiredCagr')!.fileHeader).toBe('目标所需总体年均增速（%）');
    expect(model.notes).toHaveLength(1);
    expect(model.notes![0]).toContain('“目标所需总体年均增速”');
    expect(model.notes![0]).toContain('“达标所需有机增长率”');
    // Files carry the explanation after their source line.
    expect(toExportTable(model, 's', ['来源']).notes).toEqual(['来源', model.notes![0]]);
    // 医药健康: 3.9 in 2017 to 150 in 2020 needs (150 ÷ 3.9)^(1/3) − 1 = 237.6 % a year overall.
    const medicine = model.rows.find((r) => r.id === 'medicineHealth')!;
    expect(medicine.cells.requiredCagr!.value).toBeCloseTo(((150 / 3.9) ** (1 / 3) - 1) * 100, 9);
    expect(medicine.cells.requiredCagr!.text).toBe('237.6%');
  });

  test('English names them apart too', () => {
    const model = targetTableModel(targetRows(project(PLAN_DATASET, planPath), PLAN_DATASET, en), en);
    expect(model.notes![0]).toMatch(/^“Overall growth the target needs”/);
    expect(model.notes![0]).toContain('“organic growth needed”');
    expect(en.t('lever.requiredGrowth', { rate: '5.0%' })).toMatch(/^Organic growth needed/);
    expect(zh.t('lever.requiredGrowth', { rate: '5.0%' })).toMatch(/^达标所需有机增长率/);
  });
});
