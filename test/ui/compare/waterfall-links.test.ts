/**
 * The waterfall's "links" step: when two scenarios set the links between clusters differently, the
 * chart shows that part as a bar of its own (by kind of assumption and by cluster), the bars still
 * end at the second scenario's total, and the words name the figure broken down.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { decomposeDifference, type Waterfall, type WaterfallMeasure } from '../../../src/engine/compare';
import { referenceScenario } from '../../../src/engine/reference-scenarios';
import { I18n, loadMessages, registerMessages } from '../../../src/i18n/i18n.svelte';
import { LAZY_AREAS } from '../../../src/i18n/lazy-areas';
import type { Scenario } from '../../../src/scenario/scenario';
import { withLever, withLinkEnabled } from '../../../src/scenario/updates';
import { TOKEN_PALETTE } from '../../../src/ui/charts/palette';
import { waterfallView } from '../../../src/ui/compare/compare-charts';
import { waterfallSteps } from '../../../src/ui/compare/waterfall-chart-vm';

registerMessages(LAZY_AREAS.compare);
await loadMessages('en');
const zh = new I18n('zh-CN');
const en = new I18n('en');

const PLAN_PATH = referenceScenario(PLAN_DATASET, 'planPath');
const SERVICES_OFF = withLinkEnabled(PLAN_PATH, 'producerServices', false);
const names = { from: 'A', to: 'B', group: (id: string) => `g:${id}`, cluster: (id: string) => `c:${id}` };

function breakdown(from: Scenario, to: Scenario, measure: WaterfallMeasure): Waterfall {
  const outcome = decomposeDifference(PLAN_DATASET, from, to, measure);
  if (!outcome.ok) throw new Error('not projectable');
  return outcome.waterfall;
}

// The plan path's zone industrial output (all industry) is 135.4 in 2017 and 648.851775 in 2020;
// producer services bring 0.05 of what is added: 0.05 × 513.451775 = 25.67258875 亿元 of revenue.
const LINK_REVENUE = 0.05 * (648.851775 - 135.4);

describe('a links step in the waterfall', () => {
  test('services revenue: switching producer services off is one “links” bar of −25.67, by group and by cluster', () => {
    const w = breakdown(PLAN_PATH, SERVICES_OFF, 'serviceRevenue');
    expect(w.from).toBeCloseTo(100, 9);
    expect(w.links).toBeCloseTo(-LINK_REVENUE, 9);
    expect(w.links).toBeCloseTo(-25.6726, 4);
    for (const by of ['group', 'cluster'] as const) {
      const steps = waterfallSteps(w, by, names);
      const links = steps.filter((s) => s.label === 'g:links');
      expect(links).toHaveLength(1);
      expect(links[0]).toMatchObject({ kind: 'down', start: w.from });
      expect(links[0]!.value).toBeCloseTo(-LINK_REVENUE, 9);
      expect(links[0]!.end).toBeCloseTo(100 - LINK_REVENUE, 9);
      // The bar before the last total ends where the second scenario is: 74.32741125.
      expect(steps.at(-2)!.end).toBeCloseTo(74.32741125, 9);
      expect(steps.at(-1)).toMatchObject({ kind: 'total', end: w.to });
    }
  });

  test('industrial output: the same switch changes nothing, so no links bar is drawn', () => {
    const w = breakdown(PLAN_PATH, SERVICES_OFF, 'industrialOutput');
    expect(w.total).toBe(0);
    expect(waterfallSteps(w, 'group', names).map((s) => s.label)).toEqual([
      'A',
      'g:growth',
      'g:investment',
      'g:land',
      'B',
    ]);
  });

  test('links and a lever at once: the parts, links included, add up exactly to the difference', () => {
    const to = withLever(SERVICES_OFF, 'modernServices', 'growthRate', 0.3);
    const w = breakdown(PLAN_PATH, to, 'serviceRevenue');
    expect(w.links).toBeLessThan(0);
    expect(w.byGroup.growth).toBeGreaterThan(0);
    const sum = w.byGroup.growth + w.byGroup.investment + w.byGroup.land + w.other + w.links;
    expect(sum).toBeCloseTo(w.total, 9);
    for (const by of ['group', 'cluster'] as const) {
      const steps = waterfallSteps(w, by, names);
      const parts = steps.slice(1, -1);
      expect(parts.map((p) => p.label)).toContain('g:links');
      const added = parts.reduce((total, p) => total + p.value, 0);
      expect(added).toBeCloseTo(w.total, 9);
      expect(parts.at(-1)!.end).toBeCloseTo(w.to, 9);
    }
  });

  test('the words name the figure and the links part, in Chinese and English', () => {
    const w = breakdown(PLAN_PATH, SERVICES_OFF, 'serviceRevenue');
    const cn = waterfallView(
      w,
      { from: '规划路径', to: '关闭联系' },
      'group',
      PLAN_DATASET,
      zh,
      TOKEN_PALETTE,
    );
    expect(cn.measure).toBe('服务业营业收入');
    expect(cn.headline).toBe('2020 年服务业营业收入：“关闭联系”比“规划路径”少 25.7 亿元。');
    expect(cn.parts).toContain('集群间联系 −25.7');
    expect(cn.model.data.labels).toContain('集群间联系');
    const english = waterfallView(
      w,
      { from: 'Plan path', to: 'No link' },
      'group',
      PLAN_DATASET,
      en,
      TOKEN_PALETTE,
    );
    expect(english.headline).toBe('Services revenue 2020: “No link” is 25.7 RMB 100m below “Plan path”.');
    expect(english.parts).toContain('Links between clusters −25.7');
    const industry = waterfallView(
      breakdown(PLAN_PATH, SERVICES_OFF, 'industrialOutput'),
      { from: 'A', to: 'B' },
      'group',
      PLAN_DATASET,
      zh,
      TOKEN_PALETTE,
    );
    expect(industry.headline).toBe('2020 年全区工业总产值：“B”与“A”相同。');
  });
});
