/**
 * Monte Carlo on one worker or two, in the built app in headless Chromium: the worker count is a
 * setting of the uncertainty view (one per core by default, at most two); a seed gives the same
 * probabilities and percentiles, exactly, whichever it is, and two workers really run. No timing
 * assertions: speed is the benchmark's job (bench/monte-carlo.bench-run.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, type OpenedPage } from './chromium';
import { TARGET_IDS, openWorkbench } from './workbench-page';

const VIEW = '[data-testid="uncertainty-view"]';
const baseUrl = inject('baseUrl');
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  for (const { context } of opened.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
});

/** Type into a field as a user would and leave it. */
async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.fill(text);
  await field.press('Tab');
}

/** Run and wait for the result, and every fan chart drawn from it. */
async function runAndWait(page: Page): Promise<void> {
  await page.getByTestId('mc-run').click();
  await page.locator(`${VIEW}[data-run-state="done"]`).waitFor({ timeout: 120_000 });
  for (const which of ['zone', 'clusters']) {
    await page.locator(`[data-testid="fans-${which}"][data-complete="true"]`).waitFor({ timeout: 20_000 });
  }
}

/** Every target's exact probabilities and percentiles, as the probability table carries them. */
function readResult(page: Page) {
  return page.getByTestId('probability-table').evaluate((table) =>
    [...table.querySelectorAll('tr[data-target-id]')].map((row) => {
      const cell = (col: string) => row.querySelector<HTMLElement>(`td[data-col="${col}"]`)!;
      return {
        id: row.getAttribute('data-target-id'),
        pOnTrack: cell('pOnTrack').dataset.p,
        pAtRisk: cell('pAtRisk').dataset.p,
        p10: cell('p10').dataset.value,
        median: cell('median').dataset.value,
        p90: cell('p90').dataset.value,
      };
    }),
  );
}

describe('Monte Carlo on one worker or two', () => {
  it('a seed gives identical probabilities and percentiles with 1 and 2 workers', async () => {
    const openedPage = await openPage(browser);
    opened.push(openedPage);
    const { page, problems } = openedPage;
    await openWorkbench(page, baseUrl);
    await page.getByTestId('nav-uncertainty').click();
    await page.locator(VIEW).waitFor({ timeout: 20_000 });

    // The default follows the cores the browser reports, at most two.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    expect(await page.getByTestId('mc-workers').inputValue()).toBe(String(Math.min(2, Math.max(1, cores))));

    await page.getByTestId('preset-scope-all').check();
    await page.getByTestId('preset-all-20').click();
    // 30,000 trials: 30 blocks of 1,024, split 15 / 15 over two workers.
    await typeInto(page, 'mc-trials', '30000');
    await typeInto(page, 'mc-seed', '4242');

    await page.getByTestId('mc-workers').selectOption('1');
    await runAndWait(page);
    const one = await readResult(page);
    const workersAfterOne = page.workers().length;

    await page.getByTestId('mc-workers').selectOption('2');
    // The count is no setting of the scenario: the result shown is still for it.
    expect(await page.getByTestId('mc-stale').count()).toBe(0);
    await runAndWait(page);
    const two = await readResult(page);
    // The second worker was started for this run.
    expect(page.workers().length).toBe(workersAfterOne + 1);

    expect(one.map((row) => row.id)).toEqual([...TARGET_IDS]);
    for (const row of one) {
      for (const value of [row.pOnTrack, row.pAtRisk, row.p10, row.median, row.p90]) {
        expect(Number.isFinite(Number(value)), `${row.id}: ${value}`).toBe(true);
      }
    }
    // Not a degenerate run: the percentiles spread.
    const zone = one.find((row) => row.id === 'industrialOutput')!;
    expect(Number(zone.p90)).toBeGreaterThan(Number(zone.p10));
    expect(two).toEqual(one);
    expect(await page.locator(VIEW).getAttribute('data-result-trials')).toBe('30000');
    expect(await page.locator(VIEW).getAttribute('data-result-seed')).toBe('4242');

    // Another seed changes the result (so equal results above are no accident of the table).
    await typeInto(page, 'mc-seed', '4243');
    await runAndWait(page);
    expect(await readResult(page)).not.toEqual(two);
    expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([]);
  });
});
