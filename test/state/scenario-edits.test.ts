import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import type { Scenario } from '../../src/scenario/scenario';
import { ScenarioEdits } from '../../src/state/scenario-edits';

/** Edits over a plain scenario, recording each apply with its merge key. */
function editsOver(start: Scenario) {
  let current = start;
  const applied: { scenario: Scenario; key: string | null }[] = [];
  const edits = new ScenarioEdits({
    dataset: PLAN_DATASET,
    current: () => current,
    apply: (next, key = null) => {
      if (next === current) return;
      current = next;
      applied.push({ scenario: next, key });
    },
  });
  return { edits, applied, current: () => current };
}

describe('ScenarioEdits: the links between clusters', () => {
  test('switching a link off and on changes only that link, one step each', () => {
    const start = referenceScenario(PLAN_DATASET, 'planPath');
    const { edits, applied, current } = editsOver(start);
    edits.setLinkEnabled('producerServices', false);
    expect(current().links).toEqual({
      producerServices: { enabled: false, share: 0.05 },
      agriSupply: { enabled: true },
    });
    expect(current().clusters).toBe(start.clusters);
    edits.setLinkEnabled('producerServices', false);
    expect(applied).toHaveLength(1);
    edits.setLinkEnabled('agriSupply', false);
    edits.setLinkEnabled('producerServices', true);
    expect(current().links).toEqual({
      producerServices: { enabled: true, share: 0.05 },
      agriSupply: { enabled: false },
    });
    expect(applied.map((a) => a.key)).toEqual([null, null, null]);
  });

  test('the producer-services share is set under one merge key, so a slider drag is one undo step', () => {
    const { edits, applied, current } = editsOver(referenceScenario(PLAN_DATASET, 'planPath'));
    edits.setProducerServicesShare(0.1);
    edits.setProducerServicesShare(0.12);
    expect(current().links.producerServices).toEqual({ enabled: true, share: 0.12 });
    expect(applied.map((a) => a.key)).toEqual(['link:producerServices:share', 'link:producerServices:share']);
  });
});
