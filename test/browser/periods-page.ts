/**
 * A later plan period in the built app, for the browser tests: the 2021–2025 period created from the
 * imported 2018–2020 actuals with the targets below (the actuals must be imported first).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForReady } from './workbench-page';

/** The new targets for 2025 the test enters (亿元), and the zone's. */
export const TARGETS = {
  newMaterials: 180,
  medicineHealth: 40,
  smartManufacturing: 45,
  agriProcessing: 55,
  modernServices: 80,
} as const;
export const ZONE_OUTPUT = 360;
export const INTENSITY = 70;
export const SOURCE = '黔江高新区“十四五”产业发展规划 第三章';

export async function openPeriods(page: Page): Promise<void> {
  await page.getByTestId('nav-periods').click();
  await page.getByTestId('periods-view').waitFor();
}

/** Fill the new-period form (base 2020, target 2025, the targets above) and create it; its version. */
export async function createPeriod(page: Page): Promise<string> {
  await openPeriods(page);
  await expect.poll(() => page.getByTestId('periods-base-year').inputValue()).toBe('2020');
  await page.getByTestId('periods-target-year').fill('2025');
  await page.getByTestId('periods-source').fill(SOURCE);
  for (const [id, value] of Object.entries(TARGETS)) {
    await page.locator(`[data-testid="periods-target"][data-cluster="${id}"]`).fill(String(value));
  }
  await page.getByTestId('periods-zone-output').fill(String(ZONE_OUTPUT));
  await page.getByTestId('periods-zone-intensity').fill(String(INTENSITY));
  await page.getByTestId('periods-create').click();
  const status = page.locator('[data-testid="periods-status"][data-status="created"]');
  await status.waitFor({ timeout: 30_000 });
  const version = await page
    .locator('[data-testid="periods-version"]')
    .evaluateAll((items) =>
      items
        .map((i) => i.getAttribute('data-version') ?? '')
        .find((v) => v.endsWith('.1') && v.startsWith('2021-2025~')),
    );
  expect(version).toMatch(/^2021-2025~[a-z0-9]{6}\.1$/);
  return version!;
}

/**
 * After a switch of period the page reloads: wait for the app on the new one. A click that switches
 * only starts the reload (the draft is written first), so until the banner names the new period the
 * page may still be the old one, ready as it was: wait for the banner, then for the new page's first
 * projection.
 */
export async function afterReload(page: Page, version: string | null): Promise<void> {
  await page.waitForLoadState('load');
  if (version === null) await expect.poll(() => page.getByTestId('period-banner').count()).toBe(0);
  else {
    await expect
      .poll(() => page.getByTestId('period-banner').getAttribute('data-version'), { timeout: 20_000 })
      .toBe(version);
  }
  await waitForReady(page);
}
