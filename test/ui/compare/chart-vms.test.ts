import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { decomposeDifference } from '../../../src/engine/compare';
import { attainmentChartModel } from '../../../src/ui/compare/attainment-chart-vm';
import { wrapLabel } from '../../../src/ui/compare/chart-labels';
import { overlayChartModel } from '../../../src/ui/compare/overlay-chart-vm';
import { TOKEN_PALETTE } from '../../../src/ui/charts/palette';
import { SERIES_STYLE_COUNT, seriesStyle } from '../../../src/ui/compare/series-styles';
import { waterfallChartModel, waterfallSteps } from '../../../src/ui/compare/waterfall-chart-vm';

describe('series styles', () => {
  test('each of four scenarios differs in colour, dash, point shape and bar pattern', () => {
    const styles = Array.from({ length: SERIES_STYLE_COUNT }, (_, i) => seriesStyle(i));
    expect(styles).toHaveLength(4);
    for (const key of ['colour', 'pointStyle', 'pattern'] as const) {
      expect(new Set(styles.map((s) => s[key])).size).toBe(4);
    }
    expect(new Set(styles.map((s) => s.dash.join(','))).size).toBe(4);
    expect(seriesStyle(4)).toEqual(styles[0]);
  });
});

describe('overlayChartModel()', () => {
  test('one line per scenario in its own style, the target as a line, a legend that shows the dashes', () => {
    const model = overlayChartModel(
      [2017, 2018, 2019, 2020],
      [
        { label: 'A', values: [51.5, 60, 70, 80], style: seriesStyle(0) },
        { label: 'B', values: [51.5, 65, 90, 120], style: seriesStyle(1) },
      ],
      250,
      { targetLabel: '目标 250', yAxis: '亿元', formatValue: String },
      TOKEN_PALETTE,
    );
    expect(model.data.datasets.map((d) => [d.label, d.borderDash, d.pointStyle])).toEqual([
      ['A', [], 'circle'],
      ['B', [9, 4], 'rect'],
    ]);
    expect(model.options.plugins?.legend?.labels?.boxHeight).toBe(0);
    expect(model.options.plugins?.annotation?.annotations).toMatchObject({
      target: { yMin: 250, yMax: 250 },
    });
  });
});

describe('attainmentChartModel()', () => {
  test('percent bars per scenario, a line at 100 %', () => {
    const model = attainmentChartModel(
      ['新材料', '医药健康'],
      [{ label: 'A', values: [0.823, null], style: seriesStyle(0) }],
      {
        fullLabel: '100%',
        yAxis: '%',
        formatValue: String,
      },
      TOKEN_PALETTE,
    );
    expect(model.data.datasets[0]!.data).toEqual([82.3, null]);
    expect(model.options.plugins?.annotation?.annotations).toMatchObject({ full: { yMin: 100 } });
  });
});

describe('waterfallSteps()', () => {
  // Both read the 600 as all industry (other industry inside it), so other industry's growth counts.
  const from = { ...defaultScenario(PLAN_DATASET), conflictChoices: { otherIndustryIn600: 1 } };
  const to = structuredClone(from);
  to.clusters.newMaterials.growthRate = 0.3;
  to.clusters.agriProcessing.landIntensity = 30;
  to.otherIndustryGrowth = from.otherIndustryGrowth + 0.03;
  const outcome = decomposeDifference(PLAN_DATASET, from, to);
  if (!outcome.ok) throw new Error('not projectable');
  const w = outcome.waterfall;

  test('the breakdown has a part outside the clusters (other industry) and none from the links', () => {
    expect(w.other).toBeGreaterThan(0);
    expect(w.links).toBe(0);
  });
  const names = { from: 'A', to: 'B', group: (id: string) => id, cluster: (id: string) => id };

  test.each(['group', 'cluster'] as const)(
    'by %s: each part starts where the last ended; the last ends at the total',
    (by) => {
      const steps = waterfallSteps(w, by, names);
      expect(steps[0]).toMatchObject({ kind: 'total', start: 0, end: w.from });
      expect(steps.at(-1)).toMatchObject({ kind: 'total', start: 0, end: w.to });
      const parts = steps.slice(1, -1);
      expect(parts).toHaveLength(by === 'group' ? 4 : 6);
      parts.forEach((part, i) => {
        expect(part.start).toBe(steps[i]!.kind === 'total' ? w.from : steps[i]!.end);
        expect(part.kind).toBe(part.value < 0 ? 'down' : 'up');
      });
      expect(parts.at(-1)!.end).toBeCloseTo(w.to, 9);
    },
  );

  test('the chart floats each part and labels every bar with its signed value', () => {
    const steps = waterfallSteps(w, 'group', names);
    const model = waterfallChartModel(
      steps,
      {
        yAxis: '亿元',
        formatChange: (v) => `Δ${v.toFixed(1)}`,
        formatTotal: (v) => v.toFixed(1),
      },
      TOKEN_PALETTE,
    );
    const data = model.data.datasets[0]!.data as unknown as [number, number][];
    expect(data[1]).toEqual([steps[1]!.start, steps[1]!.end]);
    const axisMin = model.options.scales?.y?.min as number;
    expect(axisMin).toBeLessThanOrEqual(Math.min(w.from, w.to));
    expect(data[0]).toEqual([axisMin, w.from]);
    const labels = Object.values(model.options.plugins?.annotation?.annotations ?? {}) as {
      content: string;
    }[];
    expect(labels.map((l) => l.content)).toEqual(
      steps.map((s) => (s.kind === 'total' ? s.value.toFixed(1) : `Δ${s.value.toFixed(1)}`)),
    );
  });
});

describe('wrapLabel()', () => {
  test.each([
    ['新材料', 6, '新材料'],
    ['投产用地平均产出强度', 6, ['投产用地平均', '产出强度']],
    ['Output intensity of producing land', 14, ['Output', 'intensity of', 'producing land']],
  ])('%s → %j', (text, width, expected) => {
    expect(wrapLabel(text, width)).toEqual(expected);
  });
});
