/**
 * Presentation mode in the built app, in headless Chromium: the keyboard (arrows, a clicker's
 * PageUp/PageDown, Home/End, Escape) steps through every slide; every slide shows the scenario's
 * name, the date and the dataset version, and fits a projector (1920×1080) and a laptop (1366×768);
 * the deck is accessible; the shortcuts panel opens with "?".
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { PROJECT_ROOT } from './built-app';
import { launchChromium } from './chromium';
import { DECK, PageSession, axeViolations, deckState, openPresentation, waitForSlide } from './present-page';
import {
  CLUSTER_IDS,
  enterNumber,
  lever,
  openWorkbench,
  selectCluster,
  waitForProjection,
  waitForQuiet,
} from './workbench-page';

const SCREENSHOT_DIR = resolve(PROJECT_ROOT, 'screenshots');
const DATASET_VERSION = PLAN_DATASET.version;
const baseUrl = inject('baseUrl');
let browser: Browser;
const session = new PageSession(() => browser);

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});
afterEach(() => session.closeAll());
afterAll(async () => {
  await browser?.close();
});

async function switchToEnglish(page: Page): Promise<void> {
  await page.getByTestId('locale-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

/** How far the slide's content reaches past its frame (px); 0 when everything fits. */
function overflow(page: Page): Promise<number> {
  return page.evaluate((selector) => {
    const deck = document.querySelector(selector)!;
    const frame = deck.querySelector('.frame')!.getBoundingClientRect();
    let worst = 0;
    for (const el of deck.querySelectorAll('.frame *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      worst = Math.max(worst, box.bottom - frame.bottom, box.right - frame.right);
    }
    return Math.max(0, Math.round(worst));
  }, DECK);
}

describe('presentation mode', () => {
  it.each([
    { width: 1920, height: 1080, locale: 'zh-CN', name: '规划路径', next: 'PageDown', prev: 'PageUp' },
    {
      width: 1366,
      height: 768,
      locale: 'en',
      name: 'Plan path',
      next: 'ArrowRight',
      prev: 'ArrowLeft',
    },
  ] as const)(
    'steps through every slide with the keyboard at $width×$height ($locale), each with name, date and dataset version',
    async ({ width, height, locale, name, next, prev }) => {
      const { page } = await session.open({ viewport: { width, height } });
      await openWorkbench(page, baseUrl);
      if (locale === 'en') await switchToEnglish(page);
      await openPresentation(page);
      const { count } = await deckState(page);
      // Overview, zone chart, target table, one chart per cluster, assumptions.
      expect(count).toBeGreaterThanOrEqual(3 + CLUSTER_IDS.length + 1);

      // The deck fills the screen, full screen or not.
      const box = await page.locator(DECK).boundingBox();
      expect(box).toEqual({ x: 0, y: 0, width, height });

      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        await waitForSlide(page, i);
        const state = await deckState(page);
        ids.push(state.id);
        expect(await page.getByTestId('slide-scenario').innerText()).toContain(name);
        expect(await page.getByTestId('slide-date').innerText()).toMatch(/20\d\d/);
        expect(await page.getByTestId('slide-dataset').innerText()).toContain(DATASET_VERSION);
        expect(await page.getByTestId('slide-counter').innerText()).toContain(String(i + 1));
        // Charts are drawn (not blank) and nothing spills out of the slide.
        const canvas = page.locator(`${DECK} canvas`);
        if ((await canvas.count()) > 0) {
          // A slide's chart is drawn once the visibility observer has seen it, a frame or two after the slide shows.
          await page.locator(`${DECK} canvas[data-chart-state="drawn"]`).waitFor();
          const blank = await canvas.evaluate((el) => {
            const c = el as HTMLCanvasElement;
            const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
            for (let p = 3; p < data.length; p += 4) if (data[p] !== 0) return false;
            return true;
          });
          expect(blank, `chart on slide ${state.id}`).toBe(false);
        }
        expect(await overflow(page), `overflow on slide ${state.id}`).toBe(0);
        await page.screenshot({
          path: resolve(
            SCREENSHOT_DIR,
            `present-${locale}-${width}x${height}-${String(i + 1).padStart(2, '0')}.png`,
          ),
        });
        await page.keyboard.press(next);
      }
      expect(new Set(ids).size, 'every slide is a different one').toBe(count);
      expect(ids).toEqual(
        expect.arrayContaining(['overview', 'zone', 'targets', ...CLUSTER_IDS.map((id) => `cluster-${id}`)]),
      );

      // Past the last slide the deck stays there; back, Home and End move as a clicker expects.
      await waitForSlide(page, count - 1);
      await page.keyboard.press(prev);
      await waitForSlide(page, count - 2);
      await page.keyboard.press('Home');
      await waitForSlide(page, 0);
      await page.keyboard.press(prev);
      await waitForSlide(page, 0);
      await page.keyboard.press('End');
      await waitForSlide(page, count - 1);

      // Escape ends the presentation (and full screen), and focus returns to the button.
      await page.keyboard.press('Escape');
      await page.locator(DECK).waitFor({ state: 'detached', timeout: 5_000 });
      await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'present-open',
      );
    },
  );

  it('the deck can be driven by its buttons and the Space bar, and shows the changed scenario', async () => {
    const { page } = await session.open();
    await openWorkbench(page, baseUrl);
    await selectCluster(page, 'newMaterials');
    const seq = await waitForQuiet(page);
    await enterNumber(lever(page, 'newMaterials', 'growthRate').number, '20');
    await waitForProjection(page, seq);
    await openPresentation(page);
    await page.keyboard.press('Space');
    await waitForSlide(page, 1);
    await page.getByTestId('slide-next').click();
    await waitForSlide(page, 2);
    await page.getByTestId('slide-prev').click();
    await waitForSlide(page, 1);
    await page.keyboard.press('End');
    const { count, id } = await deckState(page);
    expect(id).toMatch(/^assumptions-/);
    await waitForSlide(page, count - 1);
    const table = page.getByTestId('slide-assumptions');
    await table.waitFor();
    expect(await table.innerText()).toContain('20.0');
    await page.getByTestId('presentation-close').click();
    await page.locator(DECK).waitFor({ state: 'detached' });
  });

  it.each(['zh-CN', 'en'] as const)('every slide passes axe-core (%s)', async (locale) => {
    const { page } = await session.open({ viewport: { width: 1366, height: 768 } });
    await openWorkbench(page, baseUrl);
    if (locale === 'en') await switchToEnglish(page);
    await openPresentation(page);
    const { count } = await deckState(page);
    for (let i = 0; i < count; i++) {
      await waitForSlide(page, i);
      const { id } = await deckState(page);
      expect(await axeViolations(page), `axe on slide ${id}`).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
  });

  it('"?" opens the shortcuts panel, which lists the presentation keys; Escape closes it', async () => {
    const { page } = await session.open();
    await openWorkbench(page, baseUrl);
    await page.keyboard.press('?');
    const panel = page.getByTestId('shortcuts-panel');
    await panel.waitFor({ state: 'visible' });
    const text = await panel.innerText();
    for (const key of ['PageUp', 'PageDown', 'Esc', 'Ctrl', 'Z', 'S', '→', '←']) expect(text).toContain(key);
    expect(await axeViolations(page), 'axe with the shortcuts panel open').toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'shortcuts-zh-CN.png') });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // Typing "?" into a text field is typing, not a shortcut.
    await page.getByTestId('scenario-save-as').click();
    await page.getByTestId('scenario-name').pressSequentially('a?b');
    expect(await page.getByTestId('scenario-name').inputValue()).toBe('a?b');
    expect(await page.getByTestId('shortcuts-panel').count()).toBe(0);

    // The header's button opens it too, for mouse users.
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts-open').click();
    await panel.waitFor({ state: 'visible' });
    await page.getByTestId('shortcuts-close').click();
    await panel.waitFor({ state: 'detached' });
  });

  it('no console errors, page errors, CSP violations or failed requests over the whole run', () => {
    expect(session.lines()).toEqual([]);
  });
});
