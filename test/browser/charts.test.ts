/**
 * When charts draw, in the built app in headless Chromium: a chart off screen is not drawn on every
 * change but marked stale (and hidden), and once scrolled into view it shows the latest projection,
 * the same pixels as a page that opened on that scenario. Idle-time drawing is switched off here
 * (requestIdleCallback never fires), so only scrolling can bring the chart up to date.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';
import {
  enterNumber,
  lever,
  numberFieldValue,
  openWorkbench,
  projectionSeq,
  selectCluster,
  stableChartImage,
  waitForProjection,
} from './workbench-page';

/** The last cluster: its chart is in the second row of cluster charts, below the fold at 1366×768. */
const CLUSTER = 'modernServices';
const CHART = `chart-cluster-${CLUSTER}`;

/** Idle callbacks are queued but never run: a stale chart stays stale until it scrolls into view. */
const NO_IDLE = `window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {};`;

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The chart's state attribute ('drawn' or 'stale'). */
function chartState(page: Page, testId: string): Promise<string | null> {
  return page.getByTestId(testId).getAttribute('data-chart-state');
}

/** Whether any part of the element is inside the window. */
function onScreen(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

describe('charts off screen', () => {
  it('an off-screen chart is stale after a change and up to date once scrolled into view', async () => {
    const { context, page, problems } = await openPage(browser, { initScripts: [NO_IDLE] });
    try {
      await openWorkbench(page, baseUrl);
      await page.locator('canvas[data-testid="chart-zone"][data-chart-state="drawn"]').waitFor();
      expect(await onScreen(page, CHART), `${CHART} starts below the fold`).toBe(false);
      // Never drawn yet: nothing has brought it into view and idle time is switched off.
      expect(await chartState(page, CHART)).toBe('stale');

      // Draw it once (scrolled into view), then scroll back up.
      const before = await scrollInAndRead(page);
      await page.locator('#results').evaluate((el) => el.scrollTo(0, 0));
      expect(await onScreen(page, CHART)).toBe(false);

      await selectCluster(page, CLUSTER);
      const growth = lever(page, CLUSTER, 'growthRate').number;
      const changed = (await numberFieldValue(growth)) + 5;
      const seq = await projectionSeq(page);
      await enterNumber(growth, String(changed));
      await waitForProjection(page, seq);
      // The visible zone chart is up to date; the off-screen cluster chart waits, hidden.
      expect(await chartState(page, 'chart-zone')).toBe('drawn');
      expect(await chartState(page, CHART)).toBe('stale');
      expect(await page.getByTestId(CHART).evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');

      const after = await scrollInAndRead(page);
      expect(after, 'the chart changed with its growth rate').not.toBe(before);

      // The same scenario opened afresh (the draft restored on reload) draws the same pixels.
      await page.waitForTimeout(600); // the draft autosave (400 ms after the edit)
      await page.reload();
      await openWorkbench(page, page.url());
      expect(await scrollInAndRead(page)).toBe(after);
      expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** Scroll the chart into view and read its pixels once drawn. */
async function scrollInAndRead(page: Page): Promise<string> {
  await page.getByTestId(CHART).scrollIntoViewIfNeeded();
  await page.locator(`canvas[data-testid="${CHART}"][data-chart-state="drawn"]`).waitFor({ timeout: 5_000 });
  return stableChartImage(page, CHART);
}
