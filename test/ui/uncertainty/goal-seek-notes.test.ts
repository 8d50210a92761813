/**
 * Goal seek and the uniform solve say when an answer is hard to believe (with the plausible range
 * and its basis), and when investment alone reaches a target (a needed growth below zero).
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { referenceScenario } from '../../../src/engine/reference-scenarios';
import { goalSeek, solveUniformGrowth, type GoalSeekAnswer } from '../../../src/engine/uncertainty';
import { I18n, loadMessages, registerMessages } from '../../../src/i18n/i18n.svelte';
import { LAZY_AREAS } from '../../../src/i18n/lazy-areas';
import { goalSeekNotes, uniformNotes } from '../../../src/ui/uncertainty/goal-seek-notes';

registerMessages(LAZY_AREAS.uncertainty);
await loadMessages('en');
const zh = new I18n('zh-CN');
const en = new I18n('en');
const name = (id: string) => `«${id}»`;

/** An answer as goal seek gives it, growth of medicine & health for its own target. */
function answer(
  value: number,
  implausible: boolean,
  outcome: GoalSeekAnswer['outcome'] = 'reachable',
): GoalSeekAnswer {
  return {
    request: { targetId: 'medicineHealth', clusterId: 'medicineHealth', leverId: 'growthRate' },
    outcome,
    value,
    current: 0.05,
    min: -0.1,
    max: 3,
    target: 90,
    year: 2020,
    projectedNow: 40,
    projectedAtValue: 90,
    projectedAtMax: 500,
    capacityAtMax: 600,
    potentialAtMax: 500,
    implausible,
    plausibleMin: -0.1,
    plausibleMax: 0.148,
  };
}

describe('goalSeekNotes()', () => {
  test('an implausible growth answer names the value, the plausible range and its basis', () => {
    const notes = goalSeekNotes(zh, answer(0.8921, true));
    expect(notes.implausible).toMatch(/^⚠ 89\.21 %\/年 超出可信范围（-10\.0 – 14\.8 %\/年）/);
    expect(notes.implausible).toContain('全区用电 2011–2017 年年均增长 14.8%');
    expect(notes.byInvestment).toBeNull();
    const english = goalSeekNotes(en, answer(0.8921, true));
    expect(english.implausible).toContain('beyond what is plausible (-10.0 – 14.8 %/yr)');
    expect(english.implausible).toContain('district power use grew 14.8 % a year');
  });

  test('a plausible answer says nothing more', () => {
    expect(goalSeekNotes(zh, answer(0.12, false))).toEqual({ implausible: null, byInvestment: null });
  });

  test('a needed growth below zero reads “reached by investment alone”; so does met at the lowest growth', () => {
    const notes = goalSeekNotes(zh, answer(-0.05, false));
    expect(notes.byInvestment).toMatch(/^仅靠投资即可达标/);
    expect(notes.byInvestment).toContain('-5.00 %/年');
    expect(goalSeekNotes(en, answer(-0.1, false, 'metAtMinimum')).byInvestment).toMatch(
      /^Reached by investment alone/,
    );
  });

  test('not for the zone target: the zone may be reached with one cluster shrinking because of the others', () => {
    const zone = {
      ...answer(-0.05, false),
      request: { ...answer(0, false).request, targetId: 'industrialOutput' as const },
    };
    expect(goalSeekNotes(zh, zone).byInvestment).toBeNull();
  });

  test('on the project-backed reference: new materials needs −18 % (investment alone, and below −10 %)', () => {
    const scenario = referenceScenario(PLAN_DATASET, 'projectBacked');
    const found = goalSeek(PLAN_DATASET, scenario, {
      targetId: 'newMaterials',
      clusterId: 'newMaterials',
      leverId: 'growthRate',
    });
    expect(found.value).toBeLessThan(-0.1);
    const notes = goalSeekNotes(zh, found);
    expect(notes.byInvestment).not.toBeNull();
    expect(notes.implausible).not.toBeNull();
  });
});

describe('uniformNotes()', () => {
  test('each cluster beyond the plausible range is named with its growth, the basis once', () => {
    const solution = solveUniformGrowth(PLAN_DATASET, referenceScenario(PLAN_DATASET, 'trend'));
    expect(solution.implausible).toHaveLength(PLAN_DATASET.clusters.length);
    const notes = uniformNotes(zh, solution, name);
    expect(notes.implausible).toHaveLength(5);
    const rate = solution.growthRates!.medicineHealth * 100;
    expect(notes.implausible[1]).toBe(
      `⚠ «medicineHealth»的年增速将为 ${rate.toFixed(2)} %/年，超出可信范围（-10.0 – 14.8 %/年）。`,
    );
    expect(notes.basis).toMatch(/^可信范围的依据：园区自身历史/);
    expect(notes.byInvestment).toEqual([]);
  });

  test('on the plan path nothing is flagged', () => {
    const notes = uniformNotes(
      zh,
      solveUniformGrowth(PLAN_DATASET, referenceScenario(PLAN_DATASET, 'planPath')),
      name,
    );
    expect(notes).toEqual({ implausible: [], basis: null, byInvestment: [] });
  });
});
