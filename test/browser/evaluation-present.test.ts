/**
 * The evaluation's slides in the built app, headless Chromium: after the filled template is imported,
 * the "演示" button beside the report opens a deck with one slide per part of the evaluation and per
 * missed cluster; its attainment table says what the evaluation view's says, a missed cluster's slide
 * carries that cluster's sentence and a drawn chart, the sources slide names every source document,
 * the keys move through it as in the other decks, every slide passes axe-core, and all of it works
 * in English.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { importActuals, openEvaluation, sourceDocument } from './actuals-page';
import { DECK, browserSession, axeViolations, deckState, waitForSlide } from './present-page';

const baseUrl = inject('baseUrl');
const SHOTS = process.env.ACTUALS_SCREENSHOTS;
const session = browserSession();

/** The clusters whose target the evaluation view marks as missed. */
async function missedClusters(page: Page): Promise<string[]> {
  const clusters = new Set<string>(PLAN_DATASET.clusters.map((c) => c.id));
  const rows = page.locator('[data-testid="evaluation-target"][data-verdict="missed"]');
  const ids = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-id') ?? ''));
  return ids.filter((id) => clusters.has(id));
}

/** Open the deck from the evaluation view and wait for its slides. */
async function openDeck(page: Page): Promise<void> {
  await page.getByTestId('evaluation-present').click();
  await page.locator(DECK).waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForFunction(
    (selector) => Number(document.querySelector(selector)?.getAttribute('data-slide-count')) > 1,
    DECK,
  );
}

/** Go to the slide `id` with the keyboard (End, then back), returning its index. */
async function goToSlide(page: Page, id: string): Promise<number> {
  await page.keyboard.press('Home');
  await waitForSlide(page, 0);
  const { count } = await deckState(page);
  for (let i = 0; i < count; i++) {
    if ((await deckState(page)).id === id) return i;
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, i + 1);
  }
  throw new Error(`no slide ${id}`);
}

/** The cells of the evaluation view's target table, by target id: target, attainment, gap. */
async function viewFigures(page: Page): Promise<Record<string, string[]>> {
  return page.getByTestId('evaluation-targets').evaluate((table) =>
    Object.fromEntries(
      [...table.querySelectorAll('tbody tr')].map((row) => {
        const cells = [...row.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
        return [
          row.getAttribute('data-id') ?? '',
          [cells[0]!, cells[2]!, cells[3]!, row.getAttribute('data-attainment') ?? ''],
        ];
      }),
    ),
  );
}

/** The same figures from the attainment slide's table. */
async function slideFigures(page: Page): Promise<Record<string, string[]>> {
  return page.getByTestId('slide-evaluation-targets').evaluate((table) =>
    Object.fromEntries(
      [...table.querySelectorAll('tbody tr')].map((row) => {
        const cell = (col: string) => row.querySelector(`td[data-col="${col}"]`);
        return [
          row.getAttribute('data-target-id') ?? '',
          [
            cell('target')?.textContent?.trim() ?? '',
            cell('attainment')?.textContent?.trim() ?? '',
            cell('gap')?.textContent?.trim() ?? '',
            cell('attainment')?.getAttribute('data-attainment') ?? '',
          ],
        ];
      }),
    ),
  );
}

/** Check the deck against the evaluation view in the language shown; screenshots under `SHOTS`. */
async function checkDeck(page: Page, lang: 'zh' | 'en', missed: readonly string[]): Promise<void> {
  const view = await viewFigures(page);
  const sentence = (
    (await page
      .getByTestId('evaluation-sentences')
      .locator(`li[data-cluster="${missed[0]}"]`)
      .textContent()) ?? ''
  ).trim();
  expect(sentence.length).toBeGreaterThan(20);
  await openDeck(page);

  // Title, attainment, zone chart, waterfall, one per missed cluster, the fit, the sources (3 documents).
  const expected = [
    'overview',
    'targets',
    'zone',
    'waterfall',
    ...missed.map((id) => `cluster-${id}`),
    'fit',
    'sources-1',
  ];
  const { count } = await deckState(page);
  expect(count).toBe(expected.length);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    await waitForSlide(page, i);
    const { id } = await deckState(page);
    ids.push(id);
    // Every slide passes axe-core (WCAG 2.1 A and AA).
    expect(await axeViolations(page), `axe on slide ${id} (${lang})`).toEqual([]);
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
  }
  expect(ids).toEqual(expected);
  // Past the last slide the deck stays there; Home goes back to the title.
  await waitForSlide(page, count - 1);
  await page.keyboard.press('Home');
  await waitForSlide(page, 0);
  const title = (await page.getByTestId('slide').textContent()) ?? '';
  expect(title).toContain(lang === 'zh' ? '实际值截至 2020 年' : 'Actuals up to 2020');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/evaluation-slides-${lang}-1-title.png` });

  // The attainment slide says what the evaluation view's table says.
  await goToSlide(page, 'targets');
  await page.getByTestId('slide-evaluation-targets').waitFor();
  expect(await slideFigures(page)).toEqual(view);
  expect(Object.keys(view).length).toBe(PLAN_DATASET.clusters.length + 2);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/evaluation-slides-${lang}-2-targets.png` });

  await goToSlide(page, 'zone');
  await page.locator(`${DECK} [data-testid="slide-chart-zone"][data-chart-state="drawn"]`).waitFor();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/evaluation-slides-${lang}-3-zone.png` });
  await goToSlide(page, 'waterfall');
  await page.locator(`${DECK} [data-testid="slide-chart-waterfall"][data-chart-state="drawn"]`).waitFor();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/evaluation-slides-${lang}-4-waterfall.png` });

  // A missed cluster's slide: its sentence, its chart with the actual points, and its parts.
  await goToSlide(page, `cluster-${missed[0]}`);
  const cluster = page.getByTestId('slide-evaluation-cluster');
  await cluster.waitFor();
  expect((await page.getByTestId('slide-evaluation-cluster-lines').textContent())?.trim()).toBe(sentence);
  await page
    .locator(`${DECK} [data-testid="slide-chart-cluster-${missed[0]}"][data-chart-state="drawn"]`)
    .waitFor();
  const parts = await page
    .getByTestId('slide-evaluation-cluster-table')
    .locator('td[data-value]')
    .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
  expect(parts.length).toBe(7);
  // The steps between the plan path and the actual add up to their difference.
  const steps = parts.slice(1, -1).reduce((s, v) => s + v, 0);
  expect(Math.abs(steps - (parts[6]! - parts[0]!))).toBeLessThan(1e-9);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/evaluation-slides-${lang}-5-cluster.png` });

  await goToSlide(page, 'fit');
  const fit = await page.getByTestId('slide-evaluation-fit-table').locator('tbody tr').count();
  expect(fit).toBe(PLAN_DATASET.clusters.length);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/evaluation-slides-${lang}-6-fit.png` });

  // The sources slide names every source document the actuals cite.
  await page.keyboard.press('End');
  await waitForSlide(page, count - 1);
  const documents = await page
    .getByTestId('slide-evaluation-sources')
    .locator('tbody th')
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
  expect(documents).toEqual([2018, 2019, 2020].map(sourceDocument));
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/evaluation-slides-${lang}-7-sources.png` });

  // Escape ends the presentation; focus returns to the button.
  await page.keyboard.press('Escape');
  await page.locator(DECK).waitFor({ state: 'detached', timeout: 5_000 });
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'evaluation-present',
  );
}

describe('evaluation slides', () => {
  it('present the evaluation after the actuals are imported, in Chinese and in English', async () => {
    const { page } = await session.open();
    await openEvaluation(page, baseUrl);
    await page.getByTestId('evaluation-empty').waitFor();
    // No actuals, no evaluation: nothing to present.
    expect(await page.getByTestId('evaluation-present').count()).toBe(0);
    await importActuals(page);
    await page.getByTestId('evaluation-waterfall').waitFor();
    const missed = await missedClusters(page);
    // Every cluster fell short of its 2020 target (e.g. 医药健康 14.2 of 150 亿元).
    expect(missed).toEqual(PLAN_DATASET.clusters.map((c) => c.id));

    await checkDeck(page, 'zh', missed);

    await page.getByTestId('locale-toggle').click();
    await page.locator('html[lang="en"]').waitFor();
    await page.getByText('Plan evaluation', { exact: true }).waitFor();
    await page.getByTestId('evaluation-sentences').getByText('fell short').first().waitFor();
    await checkDeck(page, 'en', missed);
    expect(session.lines()).toEqual([]);
    // Two languages, eleven slides each checked with axe-core: longer than one page's test.
  }, 180_000);
});
