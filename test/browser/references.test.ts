/**
 * The reference scenarios in the built app: a cold open shows the plan path reaching every target;
 * one click starts from the project-backed or trend reference, with its explanation; undo returns to
 * the plan path; the "what changed" notice shows until dismissed, and not after a reload. Screenshots
 * of the strip, zh and en, go to screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RELEASE_FILE } from '../fixtures/release-0.2.0';
import { PROJECT_ROOT } from './built-app';
import { launchChromium, openPage } from './chromium';
import {
  enterNumber,
  lever,
  numberFieldValue,
  openWorkbench,
  projectionSeq,
  readTargetTable,
  waitForProjection,
  waitForReady,
} from './workbench-page';

const baseUrl = inject('baseUrl');
const SCREENSHOT_DIR = resolve(PROJECT_ROOT, 'screenshots');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Wait until the worker's results of the references are on the cards. */
async function waitForReferences(page: Page): Promise<void> {
  await page.locator('[data-testid="reference-strip"][data-state="ready"]').waitFor({ timeout: 20_000 });
}

/** Attainment of every target as the target table shows it, in % (e.g. "100.0%" → 100). */
async function attainments(page: Page): Promise<Record<string, number>> {
  const rows = await readTargetTable(page);
  return Object.fromEntries(
    rows.map((row) => [row.id, Number(row.cells['attainment']!.replace(/[^\d.−-]/g, '').replace('−', '-'))]),
  );
}

/** How many targets the table shows on track. */
async function onTrackCount(page: Page): Promise<number> {
  return (await readTargetTable(page)).filter((row) => row.status === 'onTrack').length;
}

/** Click, then wait until the projection the click asked for is applied and no other follows. */
async function clickAndProject(page: Page, target: Locator): Promise<void> {
  const before = await projectionSeq(page);
  await target.click();
  await waitForProjection(page, before);
}

function card(page: Page, id: string) {
  return page.locator(`[data-testid="reference-card"][data-reference="${id}"]`);
}

describe('reference scenarios on the workbench', () => {
  it('opens on the plan path with 7/7; one click each on project-backed and trend; undo returns', async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      await openWorkbench(page, baseUrl);
      await waitForReferences(page);

      // Cold open: the plan path, every target reached (100 % ± 0.1 %).
      const cold = await attainments(page);
      expect(Object.keys(cold)).toHaveLength(7);
      for (const [id, value] of Object.entries(cold)) {
        expect(Math.abs(value - 100), `${id} at ${value} %`).toBeLessThanOrEqual(0.1);
      }
      expect(await onTrackCount(page)).toBe(7);
      expect(await card(page, 'planPath').getAttribute('data-current')).toBe('true');
      expect(await card(page, 'planPath').getAttribute('data-on-track')).toBe('7');
      expect(await page.getByTestId('scenario-bar').innerText()).toContain('规划路径');
      const first = await readTargetTable(page);

      // One click: project-backed, with its explanation, fewer than 7 reached.
      const backed = card(page, 'projectBacked');
      expect(await backed.getByTestId('reference-line').innerText()).toContain('重点项目');
      await clickAndProject(page, backed.getByTestId('reference-use'));
      expect(await backed.getAttribute('data-current')).toBe('true');
      expect(await card(page, 'planPath').getAttribute('data-current')).toBe('false');
      expect(await page.getByTestId('reference-switched').innerText()).toContain('工作情景已换为“项目支撑”');
      const backedOnTrack = await onTrackCount(page);
      expect(backedOnTrack).toBeLessThan(7);
      expect(await backed.getAttribute('data-on-track')).toBe(String(backedOnTrack));
      await page.getByTestId('reference-facts-projectBacked').click();
      // The table's module loads on first open: wait for its rows, then read them.
      const shareCells = page.getByTestId('reference-facts-table').locator('[data-share]');
      await shareCells.first().waitFor();
      const shares = await shareCells.evaluateAll((cells) =>
        cells.map((cell) => Number(cell.getAttribute('data-share'))),
      );
      expect(shares.length).toBeGreaterThan(0);
      for (const share of shares) expect(share).toBeGreaterThan(0);

      // One click: trend, likewise.
      const trend = card(page, 'trend');
      expect(await trend.getByTestId('reference-line').innerText()).toContain('不计新的规划投资');
      await clickAndProject(page, trend.getByTestId('reference-use'));
      expect(await trend.getAttribute('data-current')).toBe('true');
      const trendOnTrack = await onTrackCount(page);
      expect(trendOnTrack).toBeLessThan(7);
      expect(await trend.getAttribute('data-on-track')).toBe(String(trendOnTrack));

      // Each start is one undo step: two undos return to the plan path exactly.
      await clickAndProject(page, page.getByTestId('undo'));
      expect(await backed.getAttribute('data-current')).toBe('true');
      expect(await onTrackCount(page)).toBe(backedOnTrack);
      await clickAndProject(page, page.getByTestId('undo'));
      expect(await readTargetTable(page)).toEqual(first);
      expect(await card(page, 'planPath').getAttribute('data-current')).toBe('true');
      expect(await page.getByTestId('undo').isDisabled()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says which reference an edited scenario was built from, and resets to it', async () => {
    const { context, page, problems } = await openPage(browser, { locale: 'en' });
    try {
      await page.addInitScript(() => localStorage.setItem('qianjiang-simulator.locale', 'en'));
      await openWorkbench(page, baseUrl);
      await waitForReferences(page);
      await clickAndProject(page, card(page, 'trend').getByTestId('reference-use'));
      const before = await projectionSeq(page);
      await enterNumber(lever(page, 'newMaterials', 'growthRate').number, '12');
      await waitForProjection(page, before);
      expect(await card(page, 'trend').getAttribute('data-current')).toBe('based');
      expect(await page.getByTestId('scenario-reference').innerText()).toBe('Built from: Trend');

      // Starting from another reference with unsaved changes asks nothing, and says how to get them back.
      await clickAndProject(page, card(page, 'planPath').getByTestId('reference-use'));
      expect(await card(page, 'planPath').getAttribute('data-current')).toBe('true');
      expect(await page.getByTestId('reference-switched').innerText()).toContain(
        'your unsaved changes are not lost: undo brings them back',
      );
      await clickAndProject(page, page.getByTestId('reference-switched-undo'));
      expect(await card(page, 'trend').getAttribute('data-current')).toBe('based');
      expect(await numberFieldValue(lever(page, 'newMaterials', 'growthRate').number)).toBe(12);
      expect(await page.getByTestId('reference-switched').innerText()).toBe('');

      const reset = page.getByRole('button', { name: 'Reset everything to “Trend”' });
      await clickAndProject(page, reset);
      expect(await card(page, 'trend').getAttribute('data-current')).toBe('true');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`screenshots the strip with the plan path's facts (${locale})`, async () => {
      const { context, page, problems } = await openPage(browser, { locale });
      try {
        if (locale === 'en')
          await page.addInitScript(() => localStorage.setItem('qianjiang-simulator.locale', 'en'));
        await openWorkbench(page, baseUrl);
        await waitForReferences(page);
        await page.getByTestId('reference-facts-planPath').click();
        const rowCells = page.getByTestId('reference-facts-table').locator('tr[data-cluster-id]');
        await rowCells.first().waitFor();
        const rows = await rowCells.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-cluster-id')));
        expect(rows).toContain('industrialTotal');
        const strip = page.getByTestId('reference-strip');
        await strip.screenshot({ path: resolve(SCREENSHOT_DIR, `references-strip-${locale}.png`) });
        await page.screenshot({ path: resolve(SCREENSHOT_DIR, `references-workbench-${locale}.png`) });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('the library says which reference each scenario was built from', () => {
  it('a scenario saved from the trend says so; scenarios of release 0.2 say early estimates', async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      await openWorkbench(page, baseUrl);
      await waitForReferences(page);
      await clickAndProject(page, card(page, 'trend').getByTestId('reference-use'));
      await page.getByTestId('scenario-save-as').click();
      await page.getByTestId('scenario-name').fill('趋势方案');
      await page.getByTestId('scenario-dialog-confirm').click();
      await expect.poll(() => page.getByTestId('scenario-current-name').textContent()).toBe('趋势方案');
      expect(await page.getByTestId('scenario-reference').innerText()).toBe('基于：趋势外推');

      await page.getByTestId('nav-library').click();
      await page.getByTestId('library-view').waitFor();
      await page.getByTestId('library-import-input').setInputFiles({
        name: 'export-all.json',
        mimeType: 'application/json',
        buffer: Buffer.from(RELEASE_FILE),
      });
      await expect.poll(() => page.getByTestId('library-count').getAttribute('data-count')).toBe('13');
      // The count shows at once; virtua places the rows a frame or two later: wait until some are on
      // screen (the check below needs the saved one and at least one imported one).
      const items = page.getByTestId('library-item');
      await items.nth(1).waitFor();
      const badges = await items.evaluateAll((rows) =>
        rows.map((item) => ({
          name: item.querySelector('[data-testid="library-item-name"]')?.textContent ?? '',
          reference: item.querySelector('[data-testid="library-item-reference"]')?.textContent ?? '',
        })),
      );
      const own = badges.filter((b) => b.name === '趋势方案');
      expect(own).toEqual([{ name: '趋势方案', reference: '基于：趋势外推' }]);
      const old = badges.filter((b) => b.name !== '趋势方案');
      expect(old.length).toBeGreaterThan(0);
      for (const item of old) expect(item.reference, item.name).toBe('基于：早期估算');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the "what changed" notice', () => {
  it('shows on first open, and not after it was dismissed and the page reloaded', async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      await openWorkbench(page, baseUrl);
      const notice = page.getByTestId('what-changed');
      await notice.waitFor();
      expect(await notice.innerText()).toContain('规划路径');
      await page.getByTestId('what-changed-more').click();
      expect(await notice.locator('li').count()).toBeGreaterThanOrEqual(6);

      await page.reload();
      await waitForReady(page);
      await notice.waitFor(); // not dismissed: still there
      await page.getByTestId('what-changed-dismiss').click();
      expect(await notice.count()).toBe(0);

      await page.reload();
      await waitForReady(page);
      expect(await page.getByTestId('what-changed').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
