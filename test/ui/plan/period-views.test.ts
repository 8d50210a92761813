/**
 * The view models on a later plan period (issue 14, part 5 follow-up): a 2021–2025 dataset built
 * from 2020 actuals (test/engine/next-period/next-period-fixtures.ts, zone target 350 亿元, no key
 * projects) is named by its own years and targets, never the embedded plan's 600 亿元 or its boxes
 * (专栏); the embedded plan keeps its wording.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { REFERENCE_IDS } from '../../../src/data/references';
import { computeIndicators } from '../../../src/engine/indicators';
import { nextPeriodDataset } from '../../../src/engine/next-period/next-period-dataset';
import { project } from '../../../src/engine/project';
import { I18n, loadMessages, registerMessages } from '../../../src/i18n/i18n.svelte';
import { LAZY_AREAS } from '../../../src/i18n/lazy-areas';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { TOKEN_PALETTE } from '../../../src/ui/charts/palette';
import { zoneChart } from '../../../src/ui/charts/scenario-charts';
import { fromPlanText, indicatorHeadingKey } from '../../../src/ui/plan/plan-text';
import { indicatorTableExport } from '../../../src/ui/plan/plan-table-exports';
import { referenceCards } from '../../../src/ui/references/reference-cards';
import { projectBackedTableModel } from '../../../src/ui/references/reference-facts-tables';
import { testActuals, testRequest } from '../../engine/next-period/next-period-fixtures';

registerMessages(LAZY_AREAS.plan);
await loadMessages('en');

const PERIOD = nextPeriodDataset(PLAN_DATASET, testActuals(), testRequest());
const zh = new I18n('zh-CN', PERIOD.horizon);
const en = new I18n('en', PERIOD.horizon);
const planZh = new I18n('zh-CN');
const CONTEXT = { scenario: '十四五 基准', notes: [] };

describe('a later period in the views', () => {
  test('fromPlanText() tells the embedded plan from a period made from actuals', () => {
    expect(fromPlanText(PLAN_DATASET)).toBe(true);
    expect(fromPlanText(PERIOD)).toBe(false);
    expect(PERIOD.horizon).toEqual({ baseYear: 2020, targetYear: 2025 });
  });

  test('the zone chart names the period’s 350 target, the embedded plan’s 600 only on that plan', () => {
    const result = project(PERIOD, defaultScenario(PERIOD));
    const chart = zoneChart(result, PERIOD, zh, TOKEN_PALETTE)!;
    expect(chart.title).toContain('350 亿元目标');
    expect(chart.title).not.toContain('600');
    expect(chart.model.data.datasets.map((d) => d.label).join(' ')).not.toContain('600');
    expect(zoneChart(result, PERIOD, en, TOKEN_PALETTE)!.title).toContain('against the 350 target');
    const plan = project(PLAN_DATASET, defaultScenario(PLAN_DATASET));
    expect(zoneChart(plan, PLAN_DATASET, planZh, TOKEN_PALETTE)!.title).toContain('600 亿元目标');
  });

  test('the indicator table is headed by the period’s target year, without 专栏1', () => {
    expect(indicatorHeadingKey(PERIOD)).toBe('plan.indicatorHeadingPeriod');
    const scenario = defaultScenario(PERIOD);
    const indicators = computeIndicators(PERIOD, scenario, project(PERIOD, scenario));
    expect(indicatorTableExport(indicators, PERIOD, zh, CONTEXT).title).toBe('主要发展指标与 2025 年目标');
    expect(indicatorTableExport(indicators, PERIOD, en, CONTEXT).title).toBe(
      'Main development indicators and 2025 targets',
    );
    const planScenario = defaultScenario(PLAN_DATASET);
    const planIndicators = computeIndicators(PLAN_DATASET, planScenario, project(PLAN_DATASET, planScenario));
    expect(indicatorTableExport(planIndicators, PLAN_DATASET, planZh, CONTEXT).title).toBe(
      '主要发展指标（专栏1）与 2020 年目标',
    );
  });

  test('the reference cards: no early estimates of the first releases, no boxes, no 0%–0% without projects', () => {
    const backed = {
      id: 'projectBacked' as const,
      scenario: defaultScenario(PERIOD),
      headline: { industrialOutput: 300, attainment: 300 / 350, targetsOnTrack: 2, targetsTotal: 7 },
      targets: [],
      facts: {
        id: 'projectBacked' as const,
        planPath: null,
        backedShare: {
          newMaterials: 0,
          medicineHealth: 0,
          smartManufacturing: 0,
          agriProcessing: 0,
          modernServices: null,
        },
      },
    };
    const cards = referenceCards(REFERENCE_IDS, [backed], PERIOD, { id: 'planPath', unchanged: true }, zh);
    expect(cards.map((c) => c.id)).toEqual(['planPath', 'projectBacked', 'trend']);
    const card = cards.find((c) => c.id === 'projectBacked')!;
    expect(card.line).not.toContain('专栏');
    expect(card.line).toContain('本规划期');
    expect(card.fact).toBe('本规划期尚未列出具名重点项目：各集群投资按 2020 年节奏计入');
    expect(card.factEstimated).toBe(false);
    expect(cards.find((c) => c.id === 'planPath')!.factEstimated).toBe(true);
    expect(card.headline).toBe('达标 2/7 · 全区工业总产值 300.0/350 亿元');
    // A scenario built from the early estimates still shows its reference.
    const early = referenceCards(REFERENCE_IDS, [], PERIOD, { id: 'earlyEstimates', unchanged: false }, en);
    expect(early.map((c) => c.id)).toContain('earlyEstimates');
    // The embedded plan keeps all four cards and its boxes.
    const plan = referenceCards(REFERENCE_IDS, [], PLAN_DATASET, { id: 'planPath', unchanged: true }, planZh);
    expect(plan.map((c) => c.id)).toEqual([...REFERENCE_IDS]);
    expect(plan.find((c) => c.id === 'projectBacked')!.line).toContain('专栏2–6');
    expect(projectBackedTableModel(backed, PERIOD, zh)!.caption).not.toContain('专栏');
  });
});
