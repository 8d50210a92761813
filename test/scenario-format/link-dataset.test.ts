/**
 * A link opens on the plan period its scenarios are built on: the period is read from the link before
 * the link is checked (the check needs that period's dataset), and the app decides where it opens.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { nextPeriodDataset } from '../../src/engine/next-period/next-period-dataset';
import { encodeCompareLink } from '../../src/scenario-format/compare-link';
import { linkDatasetVersion, unknownPeriodIssue } from '../../src/scenario-format/link-dataset';
import { decodeShareLink, encodeShareLink } from '../../src/scenario-format/share-link';
import { startScenario } from '../../src/state/start-scenario';
import { DatasetsState } from '../../src/state/datasets.svelte';
import { RELEASE_LINKS as RELEASE_0_1_LINKS } from '../fixtures/release-0.1.0';
import { RELEASE_LINKS as RELEASE_0_3_LINKS } from '../fixtures/release-0.3.0';
import { testActuals, testRequest } from '../engine/next-period/next-period-fixtures';

const period = nextPeriodDataset(PLAN_DATASET, testActuals(), testRequest());

async function shareFragment(scenario = startScenario(period)): Promise<string> {
  const encoded = await encodeShareLink({ name: '十四五 基准', notes: '', tags: [], scenario });
  if (!encoded.ok) throw new Error('not encoded');
  return encoded.fragment;
}

function periodsHolding(held: readonly (typeof period)[]): DatasetsState {
  const unused = () => Promise.reject(new Error('not used here'));
  return new DatasetsState({
    active: PLAN_DATASET,
    embedded: PLAN_DATASET,
    initial: held,
    store: null,
    nextPeriod: unused,
    rerun: unused,
    engineProblem: unused,
    switchTo: () => undefined,
    appVersion: 'test',
  });
}

describe('the period a link is built on', () => {
  test('a share link of a period’s scenario names that period; one of the plan names the plan', async () => {
    expect(await linkDatasetVersion(await shareFragment())).toEqual({ ok: true, version: period.version });
    expect(await linkDatasetVersion(await shareFragment(startScenario(PLAN_DATASET)))).toEqual({
      ok: true,
      version: PLAN_DATASET.version,
    });
  });

  test('a compare link names the period of its first scenario (the plan column has none)', async () => {
    const encoded = await encodeCompareLink({
      entries: [{ kind: 'plan' }, { kind: 'draft', name: '工作情景', scenario: startScenario(period) }],
      reference: 0,
    });
    if (!encoded.ok) throw new Error('not encoded');
    expect(await linkDatasetVersion(encoded.fragment)).toEqual({ ok: true, version: period.version });
  });

  test('links written by releases 0.1.0 and 0.3.0 themselves are of the embedded plan', async () => {
    const states = periodsHolding([period]);
    for (const fragment of [
      RELEASE_0_1_LINKS.share.fragment,
      RELEASE_0_3_LINKS.share.fragment,
      RELEASE_0_3_LINKS.compare.fragment,
    ]) {
      const read = await linkDatasetVersion(fragment);
      expect(read.ok).toBe(true);
      if (read.ok) expect(states.linkTarget(read.version)).toBe(PLAN_DATASET);
    }
  });

  test('a damaged link is not read (decoding it says why)', async () => {
    const fragment = await shareFragment();
    const damaged = `${fragment.slice(0, 20)}${fragment[20] === 'A' ? 'B' : 'A'}${fragment.slice(21)}`;
    expect(await linkDatasetVersion(damaged)).toEqual({ ok: false });
  });

  test('it opens on the period where this browser holds it; elsewhere it is refused, naming the period', async () => {
    expect(periodsHolding([period]).linkTarget(period.version)).toBe(period);
    expect(periodsHolding([period]).linkTarget('2018-2020.1')).toBe(PLAN_DATASET);
    expect(periodsHolding([period]).linkTarget(null)).toBe(PLAN_DATASET);
    expect(periodsHolding([]).linkTarget(period.version)).toBeNull();
    const issue = unknownPeriodIssue(period.version);
    expect(issue).toMatchObject({ code: 'unknownPeriod', params: { version: '2021-2025~test.1' } });
    expect(issue.message).toContain('"2021-2025~test.1"');
    expect(issue.message).toContain('Import that period');
  });

  test('checked on its own period, a link of a period’s scenario opens with every value', async () => {
    const scenario = startScenario(period);
    const decoded = await decodeShareLink(await shareFragment(scenario), period);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.scenario.scenario).toEqual(scenario);
      expect(decoded.warnings).toEqual([]);
    }
  });
});
