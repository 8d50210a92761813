/**
 * A share link of a later period's scenario, in the built app with the real IndexedDB: it opens on that
 * period — the app reopens on it from the plan — with the scenario's values; in a browser that does
 * not hold the period it is refused, naming the period and what to do, and nothing is opened.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { importActuals, openEvaluation } from './actuals-page';
import { browserSession } from './present-page';
import { afterReload, createPeriod } from './periods-page';
import { enterNumber, lever, numberFieldValue, waitForReady } from './workbench-page';

const baseUrl = inject('baseUrl');
const SHOTS = process.env.PERIODS_SCREENSHOTS;
const session = browserSession();

const growth = (page: Page) => lever(page, 'newMaterials', 'growthRate').number;

describe('a share link of a later period’s scenario', () => {
  it('opens on its period, from the plan too; where the period is not held it is refused, naming it', async () => {
    const { page } = await session.open({ viewport: { width: 1366, height: 900 } });
    await openEvaluation(page, baseUrl);
    await importActuals(page);
    const version = await createPeriod(page);
    await page.getByTestId('periods-open-created').click();
    await afterReload(page, version);

    await enterNumber(growth(page), '12');
    await page.getByTestId('scenario-share').click();
    const link = await page.getByTestId('share-link').inputValue();
    await page.keyboard.press('Escape');

    // Back on the 2018–2020 plan, the link reopens the app on the period and shows the scenario there.
    await page.getByTestId('nav-workbench').click();
    await page.getByTestId('period-back-to-plan').click();
    await afterReload(page, null);
    await page.goto(link);
    await afterReload(page, version);
    await page.getByTestId('link-preview').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await expect.poll(() => numberFieldValue(growth(page))).toBe(12);
    expect(await page.locator('main').innerText()).toContain('与 360 亿元目标');

    // A browser without the period: the link is refused with the period's version, nothing opens.
    const other = await session.open();
    await other.page.goto(link);
    await waitForReady(other.page);
    const message = other.page.getByTestId('library-message');
    await expect.poll(() => message.textContent()).toContain(version);
    expect(await message.textContent()).toContain('导入该规划期的文件');
    // Not damage: the words of a damaged link ("不完整或被修改过") are not used.
    expect(await message.textContent()).not.toContain('被修改');
    expect(await other.page.getByTestId('link-preview').count()).toBe(0);
    expect(await other.page.getByTestId('period-banner').count()).toBe(0);
    expect(new URL(other.page.url()).hash).toBe('');
    if (SHOTS) {
      await other.page.screenshot({ path: `${SHOTS}/link-unknown-period-zh.png` });
      await other.page.getByTestId('locale-toggle').click();
      await expect.poll(() => message.textContent()).toContain('import that period');
      await other.page.screenshot({ path: `${SHOTS}/link-unknown-period-en.png` });
    }
  }, 120_000);
});
