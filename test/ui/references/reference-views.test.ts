/**
 * The view models of the reference scenarios: the workbench's cards, the tables behind "details"
 * and the scenario against its reference. Inputs are made up with round numbers so every expected
 * text is worked out by hand (the worker's real results are checked in test/browser/references.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import type { ClusterId } from '../../../src/data/plan-types';
import { REFERENCE_IDS, type ReferenceId } from '../../../src/data/references';
import type { TargetResult, TargetStatus } from '../../../src/engine/projection-types';
import type { ReferenceFacts } from '../../../src/engine/reference-scenarios';
import { referenceScenario } from '../../../src/engine/reference-scenarios';
import { I18n, loadMessages } from '../../../src/i18n/i18n.svelte';
import type { ReferenceOverview } from '../../../src/state/reference-results.svelte';
import type { DataTableModel } from '../../../src/ui/tables/data-table-model';
import { referenceCards } from '../../../src/ui/references/reference-cards';
import {
  planPathTableModel,
  projectBackedTableModel,
  referenceTargetsTableModel,
} from '../../../src/ui/references/reference-facts-tables';
import { signedText, versusReferenceTableModel } from '../../../src/ui/references/versus-reference-model';
import type { TargetRow } from '../../../src/ui/targets/target-rows';

await loadMessages('en');
const zh = new I18n('zh-CN');
const en = new I18n('en');

const CLUSTERS: readonly ClusterId[] = [
  'newMaterials',
  'medicineHealth',
  'smartManufacturing',
  'agriProcessing',
  'modernServices',
];

/** A target result with the fields the views read; attainment = projected ÷ target. */
function target(id: string, projected: number, goal: number, status: TargetStatus): TargetResult {
  const subject =
    id === 'industrialOutput' || id === 'outputIntensity'
      ? ({ kind: 'zone', indicatorId: id } as const)
      : ({ kind: 'cluster', clusterId: id as ClusterId } as const);
  return {
    id,
    subject,
    year: 2020,
    direction: 'atLeast',
    base: 0,
    projected,
    target: goal,
    gap: goal - projected,
    attainment: projected / goal,
    requiredCagr: null,
    scenarioCagr: null,
    status,
  } as TargetResult;
}

const NO_FACTS = (id: ReferenceId): ReferenceFacts => ({ id, planPath: null, backedShare: null });

function overview(
  id: ReferenceId,
  onTrack: number,
  output: number,
  facts: ReferenceFacts,
  targets: TargetResult[] = [],
): ReferenceOverview {
  return {
    id,
    scenario: referenceScenario(PLAN_DATASET, id),
    headline: {
      industrialOutput: output,
      attainment: output / 600,
      targetsOnTrack: onTrack,
      targetsTotal: 7,
    },
    targets,
    facts,
  };
}

const PLAN_PATH = overview(
  'planPath',
  7,
  600,
  {
    id: 'planPath',
    planPath: {
      clusters: [
        {
          clusterId: 'newMaterials',
          cagr: 0.25,
          investmentPerYear: 120,
          intensity: 60,
          landNeeded: 4.25,
          landPace: 1.125,
        },
        {
          clusterId: 'modernServices',
          cagr: null,
          investmentPerYear: 15.96,
          intensity: 115.8,
          landNeeded: 0.864,
          landPace: 0.19,
        },
      ],
      // 310 ÷ 193.2 = 1.6046…: "1.6" times.
      industrialInvestmentPerYear: 310,
      industrialInvestment2017: 193.2,
    },
    backedShare: null,
  },
  [target('newMaterials', 250, 250, 'onTrack'), target('industrialOutput', 600, 600, 'onTrack')],
);

const PROJECT_BACKED = overview(
  'projectBacked',
  2,
  551.25,
  {
    id: 'projectBacked',
    planPath: null,
    backedShare: {
      newMaterials: 0.69,
      medicineHealth: 0.15,
      smartManufacturing: 0.151,
      agriProcessing: 0.89,
      modernServices: null,
    },
  },
  // 240 of 250 is 96.0 %; 540 of 600 is 90.0 %.
  [target('newMaterials', 240, 250, 'atRisk'), target('industrialOutput', 540, 600, 'offTrack')],
);

const TREND = overview('trend', 0, 120.74, NO_FACTS('trend'), [
  target('newMaterials', 100, 250, 'offTrack'),
  target('industrialOutput', 150, 600, 'offTrack'),
]);

describe('referenceCards()', () => {
  test('names each reference, says its headline and leading fact, and which one the scenario is', () => {
    const cards = referenceCards(
      REFERENCE_IDS,
      [PLAN_PATH, PROJECT_BACKED, TREND],
      PLAN_DATASET,
      { id: 'planPath', unchanged: true },
      zh,
    );
    expect(cards.map((c) => c.id)).toEqual(['planPath', 'projectBacked', 'trend', 'earlyEstimates']);
    const [plan, backed, trend, early] = cards;
    expect(plan!.name).toBe('规划路径');
    expect(plan!.headline).toBe('达标 7/7 · 全区工业总产值 600.0/600 亿元');
    expect(plan!.fact).toBe('四个工业集群年投资 310.0 亿元，为 2017 年（193.2 亿元）的 1.6 倍');
    expect(plan!.current).toBe(true);
    expect(plan!.basedOn).toBe(false);
    expect(plan!.line).toContain('7 项目标');

    expect(backed!.headline).toBe('达标 2/7 · 全区工业总产值 551.3/600 亿元');
    // The shares run from 15 % (medicine) to 89 % (agricultural processing); a met cluster (null) is left out.
    expect(backed!.fact).toBe('具名项目支撑各集群目标的 15%–89%');
    expect(backed!.current).toBe(false);
    expect(backed!.onTrack).toBe(2);

    expect(trend!.headline).toBe('达标 0/7 · 全区工业总产值 120.7/600 亿元');
    expect(trend!.fact).toBeNull();

    // Not computed yet: no headline, no fact, but its name and line already.
    expect(early!.headline).toBeNull();
    expect(early!.onTrack).toBeNull();
    expect(early!.name).toBe('早期估算');
    expect(early!.minor).toBe(true);
  });

  test('marks the reference an edited scenario was built from, in English', () => {
    const cards = referenceCards(REFERENCE_IDS, [TREND], PLAN_DATASET, { id: 'trend', unchanged: false }, en);
    const trend = cards.find((c) => c.id === 'trend')!;
    expect(trend.current).toBe(false);
    expect(trend.basedOn).toBe(true);
    expect(trend.headline).toBe('0/7 targets on track · zone industrial output 120.7/600 RMB 100m');
    expect(trend.headlineLabel).toBe(
      'Trend: 0 of 7 targets on track; zone industrial output 120.7 RMB 100m against a target of 600 RMB 100m',
    );
    expect(cards.filter((c) => c.current || c.basedOn).map((c) => c.id)).toEqual(['trend']);
  });
});

/** The text of a row's cell. */
function cell(model: DataTableModel, rowId: string, column: string): string | undefined {
  return model.rows.find((row) => row.id === rowId)?.cells[column]?.text;
}

describe('planPathTableModel()', () => {
  test('lists per cluster growth, investment, intensity, land and pace, then the industrial total', () => {
    const model = planPathTableModel(PLAN_PATH, PLAN_DATASET, zh)!;
    expect(model.columns.map((c) => c.id)).toEqual(['cagr', 'investment', 'intensity', 'land', 'pace']);
    expect(model.rows.map((r) => r.id)).toEqual(['newMaterials', 'modernServices', 'industrialTotal']);
    expect(cell(model, 'newMaterials', 'cagr')).toBe('25.0%');
    expect(cell(model, 'newMaterials', 'investment')).toBe('120.0');
    expect(cell(model, 'newMaterials', 'intensity')).toBe('60.0');
    expect(cell(model, 'newMaterials', 'land')).toBe('4.25');
    expect(cell(model, 'newMaterials', 'pace')).toBe('1.13');
    expect(cell(model, 'modernServices', 'cagr')).toBe(zh.t('targets.none'));
    expect(cell(model, 'modernServices', 'investment')).toBe('16.0');
    expect(cell(model, 'modernServices', 'land')).toBe('0.86');
    expect(cell(model, 'industrialTotal', 'investment')).toBe('310.0');
    const ratio = Number(model.rows.at(-1)!.cells['investment']!.attrs!['data-ratio-2017']);
    expect(ratio).toBeCloseTo(1.6046, 4);
    expect(model.title).toBe('规划路径：各集群达到 2020 年目标需要什么');
  });

  test('is null for any other reference', () => {
    expect(planPathTableModel(PROJECT_BACKED, PLAN_DATASET, zh)).toBeNull();
    expect(planPathTableModel(TREND, PLAN_DATASET, en)).toBeNull();
  });
});

describe('projectBackedTableModel()', () => {
  test('gives each cluster the share its named projects back, with the projection and attainment', () => {
    const model = projectBackedTableModel(PROJECT_BACKED, PLAN_DATASET, en)!;
    expect(model.rows.map((r) => r.id)).toEqual(CLUSTERS);
    expect(cell(model, 'newMaterials', 'share')).toBe('69.0%');
    expect(cell(model, 'smartManufacturing', 'share')).toBe('15.1%');
    expect(cell(model, 'agriProcessing', 'share')).toBe('89.0%');
    expect(cell(model, 'modernServices', 'share')).toBe('met in 2017');
    expect(model.rows[0]!.cells['share']!.bar).toEqual({ fraction: 0.69, tone: 'neutral' });
    expect(cell(model, 'newMaterials', 'projected')).toBe('240.0');
    expect(cell(model, 'newMaterials', 'attainment')).toBe('96.0%');
    expect(model.rows[0]!.cells['attainment']!.bar).toEqual({ fraction: 0.96, tone: 'atRisk' });
    // No target result for the cluster: no projection cells.
    expect(cell(model, 'medicineHealth', 'projected')).toBeUndefined();
  });

  test('is null for any other reference', () => {
    expect(projectBackedTableModel(PLAN_PATH, PLAN_DATASET, zh)).toBeNull();
  });
});

describe('referenceTargetsTableModel()', () => {
  test('gives every target with each reference’s attainment and status', () => {
    const model = referenceTargetsTableModel([PLAN_PATH, PROJECT_BACKED, TREND], PLAN_DATASET, zh)!;
    expect(model.columns.map((c) => c.id)).toEqual(['target', 'planPath', 'projectBacked', 'trend']);
    expect(model.rows.map((r) => r.id)).toEqual(['newMaterials', 'industrialOutput']);
    expect(cell(model, 'newMaterials', 'target')).toBe('250.0');
    expect(cell(model, 'newMaterials', 'planPath')).toBe('100.0%');
    expect(cell(model, 'newMaterials', 'projectBacked')).toBe('96.0%');
    expect(cell(model, 'newMaterials', 'trend')).toBe('40.0%');
    expect(cell(model, 'industrialOutput', 'projectBacked')).toBe('90.0%');
    expect(cell(model, 'industrialOutput', 'trend')).toBe('25.0%');
    expect(model.rows[1]!.cells['trend']!.attrs).toEqual({
      'data-status': 'offTrack',
      'data-attainment': '0.25',
    });
  });

  test('is null before any reference is computed', () => {
    expect(referenceTargetsTableModel([], PLAN_DATASET, zh)).toBeNull();
  });
});

describe('versusReferenceTableModel()', () => {
  const rows = [target('newMaterials', 250, 250, 'onTrack'), target('medicineHealth', 80, 100, 'atRisk')].map(
    (t): TargetRow =>
      ({ target: t, name: t.id === 'newMaterials' ? '新材料' : '医药健康', unitKey: 'unit.yi' }) as TargetRow,
  );
  // The reference has new materials at 258.4 (103.4 % of 250) and no medicine target.
  const reference = [target('newMaterials', 258.4, 250, 'onTrack')];

  test('puts the reference beside the scenario with the signed difference', () => {
    const model = versusReferenceTableModel(rows, reference, '规划路径', 2020, zh);
    expect(model.title).toBe('本情景与参照情景“规划路径”对比（2020 年）');
    expect(cell(model, 'newMaterials', 'reference')).toBe('258.4');
    expect(cell(model, 'newMaterials', 'referenceAttainment')).toBe('103.4%');
    expect(cell(model, 'newMaterials', 'scenario')).toBe('250.0');
    expect(cell(model, 'newMaterials', 'scenarioAttainment')).toBe('100.0%');
    // 250 − 258.4 = −8.4, with a true minus sign.
    expect(cell(model, 'newMaterials', 'delta')).toBe('−8.4');
    expect(cell(model, 'newMaterials', 'status')).toBe(zh.t('status.onTrack'));
    // A target the reference lacks: the scenario's cells only.
    expect(cell(model, 'medicineHealth', 'scenario')).toBe('80.0');
    expect(cell(model, 'medicineHealth', 'reference')).toBeUndefined();
    expect(cell(model, 'medicineHealth', 'delta')).toBeUndefined();
  });

  test('signedText() writes a sign, a true minus, and no sign for what rounds to zero', () => {
    expect(signedText(en, 12.345)).toBe('+12.3');
    expect(signedText(en, -4)).toBe('−4.0');
    expect(signedText(en, 0.04)).toBe('0.0');
    expect(signedText(en, -0.04)).toBe('0.0');
    expect(signedText(en, 1234.5, 0)).toBe('+1,235');
  });
});
