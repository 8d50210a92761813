/**
 * The links between clusters in the built app, in headless Chromium: the workbench's links panel
 * explains each link with its provenance and what it brings, switching one off is undoable; two
 * scenarios saved with the link on and off differ in the comparison by a "links between clusters"
 * step of the waterfall, on services revenue; the parks table shows ready land. Screenshots in Chinese
 * and English go to /tmp/linkui-shots for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { decomposeDifference } from '../../src/engine/compare';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import { withLinkEnabled } from '../../src/scenario/updates';
import { launchChromium, openPage, type OpenedPage } from './chromium';
import { openWorkbench, projectionSeq, waitForProjection, waitForQuiet } from './workbench-page';

const baseUrl = inject('baseUrl');
const SHOTS = process.env.LINKS_SHOTS_DIR ?? '';
const VIEW = '[data-testid="compare-view"]';

let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  if (SHOTS !== '') await mkdir(SHOTS, { recursive: true });
});
afterEach(async () => {
  for (const page of opened.splice(0)) await page.context.close();
});
afterAll(async () => {
  await browser?.close();
});

async function fresh(): Promise<Page> {
  const page = await openPage(browser, { viewport: { width: 1366, height: 768 } });
  opened.push(page);
  await openWorkbench(page.page, baseUrl);
  return page.page;
}

async function shot(page: Page, name: string, selector?: string): Promise<void> {
  if (SHOTS === '') return;
  const path = `${SHOTS}/${name}.png`;
  if (selector === undefined) await page.screenshot({ path });
  else await page.locator(selector).screenshot({ path });
}

async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByTestId('scenario-save-as').click();
  await page.getByTestId('scenario-name').fill(name);
  await page.getByTestId('scenario-dialog-confirm').click();
  await expect.poll(() => page.getByTestId('scenario-current-name').textContent()).toBe(name);
}

const PLAN_PATH = referenceScenario(PLAN_DATASET, 'planPath');
const OFF = withLinkEnabled(PLAN_PATH, 'producerServices', false);

describe('links between clusters', () => {
  it('explained with provenance, switched off undoably, and attributed in the waterfall of services revenue', async () => {
    const page = await fresh();
    const panel = page.getByTestId('links-panel');
    await panel.scrollIntoViewIfNeeded();
    const producer = page.getByTestId('link-producerServices');
    expect(await producer.getAttribute('data-enabled')).toBe('true');
    expect(await producer.innerText()).toContain('第 393 行');
    expect(await producer.locator('.mark').count()).toBeGreaterThan(0);
    // 0.05 × (648.9 − 135.4) = 25.7 亿元 of the plan path's services revenue.
    expect(await page.getByTestId('link-producerServices-effect').innerText()).toContain('25.7');
    expect(await page.getByTestId('link-agriSupply').innerText()).toContain('专栏3');
    await shot(page, 'links-panel-zh', '[data-testid="links-panel"]');
    await saveAs(page, '联系打开');

    // Off, undone, off again: what the link brings follows each time.
    const toggle = page.getByTestId('link-producerServices-enabled');
    const effect = page.getByTestId('link-producerServices-effect');
    const seq = await projectionSeq(page);
    await toggle.uncheck();
    await waitForProjection(page, seq);
    expect(await producer.getAttribute('data-enabled')).toBe('false');
    expect(await effect.innerText()).toMatch(/^已关闭/);
    await page.getByTestId('undo').click();
    await expect.poll(() => producer.getAttribute('data-enabled')).toBe('true');
    await expect.poll(() => effect.innerText()).toContain('25.7');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => producer.getAttribute('data-enabled')).toBe('false');
    await expect.poll(() => effect.innerText()).toMatch(/^已关闭/);
    await waitForQuiet(page);
    await saveAs(page, '联系关闭');

    // The comparison: from on to off, the services revenue drops by exactly the links part.
    await page.getByTestId('nav-compare').click();
    await page.locator(VIEW).waitFor();
    await page.getByTestId('compare-why-from').selectOption({ label: '联系打开' });
    await page.getByTestId('compare-why-to').selectOption({ label: '联系关闭' });
    await page.getByTestId('compare-why-measure-serviceRevenue').check();
    const expected = decomposeDifference(PLAN_DATASET, PLAN_PATH, OFF, 'serviceRevenue');
    if (!expected.ok) throw new Error('not projectable');
    expect(expected.waterfall.links).toBeCloseTo(-25.6726, 4);
    const links = page.locator('[data-testid="compare-why-links"] td[data-value]');
    await expect
      .poll(async () => Number(await links.getAttribute('data-value')), { timeout: 15_000 })
      .toBeCloseTo(expected.waterfall.links, 9);
    expect(Number(await page.getByTestId('compare-why-total').getAttribute('data-value'))).toBeCloseTo(
      expected.waterfall.total,
      9,
    );
    expect(await page.getByTestId('compare-why-summary').innerText()).toContain('集群间联系 −25.7');
    await page.getByTestId('compare-why').scrollIntoViewIfNeeded();
    await shot(page, 'waterfall-links-zh', '[data-testid="compare-why"]');

    // Industrial output does not move with producer services: no links part there.
    await page.getByTestId('compare-why-measure-industrialOutput').check();
    await expect
      .poll(async () => Number(await links.getAttribute('data-value')), { timeout: 15_000 })
      .toBe(0);

    // English.
    await page.getByTestId('compare-why-measure-serviceRevenue').check();
    await page.getByTestId('locale-toggle').click();
    await expect
      .poll(() => page.getByTestId('compare-why-summary').innerText(), { timeout: 15_000 })
      .toContain('Links between clusters −25.7');
    await shot(page, 'waterfall-links-en', '[data-testid="compare-why"]');

    await page.getByTestId('nav-workbench').click();
    await page.getByTestId('links-panel').scrollIntoViewIfNeeded();
    expect(await page.getByTestId('link-producerServices').innerText()).toContain('line 393');
    await shot(page, 'links-panel-en', '[data-testid="links-panel"]');
  });

  it('the parks table shows producing and ready land (zh and en)', async () => {
    const page = await fresh();
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('plan-tab-parks').click();
    const row = page.getByTestId('park-row-qianzhou');
    await row.waitFor();
    const cell = row.locator('td[data-col="land-2020"]');
    const producing = Number(await cell.getAttribute('data-value'));
    const ready = Number(await cell.getAttribute('data-ready'));
    expect(ready).toBeGreaterThanOrEqual(producing);
    expect(await cell.innerText()).toContain('已备');
    await shot(page, 'parks-zh', '[data-testid="parks-panel"]');
    await page.getByTestId('locale-toggle').click();
    await expect.poll(() => cell.innerText()).toContain('ready');
    await shot(page, 'parks-en', '[data-testid="parks-panel"]');
  });
});
