/**
 * Targets are not projections: every indicator the model does not derive reads as the plan's target
 * path (or as entered), in the indicator table's words, its export and the peer-zone table.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { project } from '../../../src/engine/project';
import { computeIndicators, type IndicatorsResult } from '../../../src/engine/indicators';
import { I18n, loadMessages, registerMessages } from '../../../src/i18n/i18n.svelte';
import { LAZY_AREAS } from '../../../src/i18n/lazy-areas';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import type { Scenario } from '../../../src/scenario/scenario';
import { indicatorBasis, targetYearShown } from '../../../src/ui/indicators/indicator-basis';
import { indicatorTableExport, peerTableExport } from '../../../src/ui/plan/plan-table-exports';

registerMessages(LAZY_AREAS.plan);
await loadMessages('en');
const zh = new I18n('zh-CN');
const en = new I18n('en');
const CONTEXT = { scenario: '规划默认情景', notes: [] };

function indicatorsOf(scenario: Scenario): IndicatorsResult {
  return computeIndicators(PLAN_DATASET, scenario, project(PLAN_DATASET, scenario));
}
const PLAN = defaultScenario(PLAN_DATASET);
const DEFAULT = indicatorsOf(PLAN);
const ENTERED = indicatorsOf({
  ...PLAN,
  indicators: { trajectories: { highTechEnterprises: { '2020': 45 }, rndIntensity: { '2019': 1.8 } } },
});
const rowOf = (result: IndicatorsResult, id: string) => result.rows.find((r) => r.id === id)!;

describe('indicatorBasis()', () => {
  test('2 projected, 5 derived, and the other 25 on the plan’s target path when nothing is entered', () => {
    const counts = { projected: 0, derived: 0, planPath: 0, entered: 0 };
    for (const row of DEFAULT.rows) counts[indicatorBasis(row)]++;
    expect(counts).toEqual({ projected: 2, derived: 5, planPath: 25, entered: 0 });
  });

  test('a row with any entered year reads as entered, whichever year', () => {
    expect(indicatorBasis(rowOf(ENTERED, 'highTechEnterprises'))).toBe('entered');
    expect(indicatorBasis(rowOf(ENTERED, 'rndIntensity'))).toBe('entered');
    expect(indicatorBasis(rowOf(ENTERED, 'patentsPer10k'))).toBe('planPath');
  });
});

describe('targetYearShown()', () => {
  test('the scenario’s value where the model derives it, the plan’s target where it does not', () => {
    expect(targetYearShown(rowOf(DEFAULT, 'highTechOutput'))).toEqual({
      basis: 'scenario',
      value: rowOf(DEFAULT, 'highTechOutput').projected,
    });
    expect(targetYearShown(rowOf(DEFAULT, 'rndIntensity'))).toEqual({ basis: 'target', value: 2 });
    expect(targetYearShown(rowOf(DEFAULT, 'highTechEnterprises'))).toEqual({ basis: 'target', value: 60 });
    // Patents: the default path holds 2017's 125, but beside other zones the plan's target is shown.
    expect(rowOf(DEFAULT, 'patentsPer10k').projected).toBe(125);
    expect(targetYearShown(rowOf(DEFAULT, 'patentsPer10k'))).toEqual({ basis: 'target', value: 20 });
  });

  test('an entered target-year value is shown as entered; one entered for another year is not', () => {
    expect(targetYearShown(rowOf(ENTERED, 'highTechEnterprises'))).toEqual({ basis: 'entered', value: 45 });
    expect(targetYearShown(rowOf(ENTERED, 'rndIntensity'))).toEqual({ basis: 'target', value: 2 });
  });
});

describe('the exported tables say what the values are', () => {
  test.each([
    [zh, '数值性质', '规划目标路径', '模型预测'],
    [en, 'What the values are', 'plan’s target path', 'model'],
  ] as const)(
    'indicator table (%#): a basis column, the target path never called a projection',
    (i18n, header, path, model) => {
      const table = indicatorTableExport(DEFAULT, PLAN_DATASET, i18n, CONTEXT);
      const column = table.columns.findIndex((c) => c.header === header);
      expect(column).toBe(2);
      const basisOf = (id: string) => {
        const name = i18n.text(PLAN_DATASET.indicators.find((i) => i.id === id)!.name);
        return table.rows.find((row) => row[0] === name)![column];
      };
      expect(basisOf('highTechEnterprises')).toBe(path);
      expect(basisOf('industrialOutput')).toBe(model);
      expect(table.rows.filter((row) => row[column] === path)).toHaveLength(25);
    },
  );

  test.each([
    [zh, '无法计算（没有投产用地，地均产出（产出 ÷ 用地）无定义）'],
    [en, 'Cannot be computed (No producing land: output per km² (output ÷ land) is undefined)'],
  ] as const)(
    'indicator table (%#): intensity without producing land is empty with its reason, not 0',
    (i18n, status) => {
      const row = DEFAULT.rows.find((r) => r.id === 'outputIntensity')!;
      const noLand: IndicatorsResult = {
        ...DEFAULT,
        rows: DEFAULT.rows.map((r) =>
          r === row
            ? {
                ...row,
                values: [45, null, null, null],
                sources: ['base', 'noLand', 'noLand', 'noLand'],
                projected: null,
                gap: null,
                attainment: null,
                status: 'noValue',
              }
            : r,
        ),
      };
      const table = indicatorTableExport(noLand, PLAN_DATASET, i18n, CONTEXT);
      const name = i18n.text(PLAN_DATASET.indicators.find((i) => i.id === 'outputIntensity')!.name);
      const cells = table.rows.find((r) => r[0] === name)!;
      // name, unit, basis, 2017…2020, target, attainment, status, pace
      expect(cells.slice(3, 7)).toEqual([{ value: 45, decimals: 1 }, null, null, null]);
      expect(cells[7]).toEqual({ value: 60, decimals: 1 });
      expect(cells[8]).toBeNull();
      expect(cells[9]).toBe(status);
    },
  );

  test('peer table: Qianjiang’s 2020 column holds the target for R&D intensity, labelled as the target', () => {
    const table = peerTableExport(DEFAULT, PLAN_DATASET, zh, CONTEXT);
    expect(table.columns.map((c) => c.header).slice(2, 6)).toEqual([
      '黔江 2017',
      '黔江 2020（情景或规划目标）',
      '黔江 2020 数值性质',
      '黔江 2020 目标',
    ]);
    expect(table.columns.map((c) => c.header).join()).not.toContain('（情景）');
    const rnd = table.rows.find((row) => row[0] === 'R&D 经费支出占地区生产总值比重')!;
    expect(rnd[3]).toEqual({ value: 2, decimals: 2 });
    expect(rnd[4]).toBe('规划目标');
    const scale = table.rows[0]!;
    expect(scale[4]).toBe('情景');
    const enTable = peerTableExport(ENTERED, PLAN_DATASET, en, CONTEXT);
    const firms = enTable.rows.find((row) => row[0] === 'High-tech enterprises')!;
    expect(firms[3]).toEqual({ value: 45, decimals: 0 });
    expect(firms[4]).toBe('entered');
  });
});
