/**
 * Undo and redo of assumption changes in the built app: the buttons and Ctrl+Z / Ctrl+Shift+Z.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';
import {
  enterNumber,
  lever,
  openWorkbench,
  projectionSeq,
  readTargetTable,
  selectCluster,
  waitForProjection,
} from './workbench-page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('undo and redo', () => {
  it('undo after three changes restores the first projection exactly, by button and by keyboard', async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      await openWorkbench(page, baseUrl);
      const first = await readTargetTable(page);
      await enterNumber(lever(page, 'newMaterials', 'growthRate').number, '20');
      await enterNumber(lever(page, 'newMaterials', 'investmentPerYear').number, '150');
      await selectCluster(page, 'medicineHealth');
      // A quiet moment alone could pass before the projection of the last step is back: wait for a
      // projection newer than the one shown before that step (then for the burst to settle).
      let seq = await projectionSeq(page);
      await enterNumber(lever(page, 'medicineHealth', 'lagYears').number, '0');
      await waitForProjection(page, seq);
      const third = await readTargetTable(page);
      expect(third).not.toEqual(first);

      await page.getByTestId('undo').click();
      await page.locator('body').click({ position: { x: 5, y: 300 } }); // focus out of the text fields
      await page.keyboard.press('Control+z');
      seq = await projectionSeq(page);
      await page.keyboard.press('Control+z');
      await waitForProjection(page, seq);
      expect(await readTargetTable(page)).toEqual(first);
      expect(await page.getByTestId('undo').isDisabled()).toBe(true);

      await page.keyboard.press('Control+Shift+z');
      await page.getByTestId('redo').click();
      seq = await projectionSeq(page);
      await page.keyboard.press('Control+y');
      await waitForProjection(page, seq);
      expect(await readTargetTable(page)).toEqual(third);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
