import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { project } from '../../src/engine/project';
import { I18n } from '../../src/i18n/i18n.svelte';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { toExportTable } from '../../src/ui/tables/data-table-model';
import { targetRows } from '../../src/ui/targets/target-rows';
import { targetTableModel } from '../../src/ui/targets/target-table-model';

const zh = new I18n('zh-CN');
const result = project(PLAN_DATASET, defaultScenario(PLAN_DATASET));
const rows = targetRows(result, PLAN_DATASET, zh);

describe('the target table with actuals', () => {
  test('gains the actual, its attainment and the end-of-period gap only when actuals are given', () => {
    expect(targetTableModel(rows, zh).columns.map((c) => c.id)).not.toContain('actual');
    const model = targetTableModel(rows, zh, { actuals: new Map([['medicineHealth', 14.2]]) });
    expect(model.columns.map((c) => c.id).slice(-3)).toEqual(['actual', 'actualAttainment', 'actualGap']);
    const medicine = model.rows.find((r) => r.id === 'medicineHealth')!;
    // 14.2 of the 150 target: 9.5 % attained, 135.8 short.
    expect(medicine.cells['actual']).toMatchObject({ text: '14.2', value: 14.2 });
    expect(medicine.cells['actualAttainment']).toMatchObject({ text: '9.5%' });
    expect((medicine.cells['actualAttainment'] as { value: number }).value).toBeCloseTo(
      (14.2 / 150) * 100,
      12,
    );
    expect(medicine.cells['actualGap']).toMatchObject({ text: '−135.8' });
    expect(model.rows.find((r) => r.id === 'newMaterials')!.cells['actual']).toMatchObject({
      text: '—',
      value: null,
    });
    const table = toExportTable(model, '方案', []);
    expect(table.columns.map((c) => c.header).slice(-3)).toEqual([
      '实际值',
      '实际完成率（%）',
      '期末实际差距',
    ]);
  });
});
