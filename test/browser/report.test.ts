/**
 * The printable A4 report in the built app, in headless Chromium: "print report" draws the report
 * and calls window.print(); `page.pdf()` of it gives A4 pages with the scenario's title, the plain
 * summary, the charts and the target table (rows never split across pages), in Chinese and in
 * English; a saved scenario's notes and changed assumptions appear; the view is accessible.
 * The PDF is read with poppler-utils (pdfinfo, pdftotext) and its pages kept as PNGs to look at.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { PROJECT_ROOT } from './built-app';
import { launchChromium } from './chromium';
import {
  COUNT_PRINT_CALLS,
  PageSession,
  axeViolations,
  openReport,
  pdfPageTexts,
  pdfPages,
  pdfToPngs,
} from './present-page';
import {
  TARGET_IDS,
  enterNumber,
  lever,
  openWorkbench,
  selectCluster,
  waitForProjection,
  waitForQuiet,
} from './workbench-page';

const SCREENSHOT_DIR = resolve(PROJECT_ROOT, 'screenshots');
/** A4 in PostScript points, as Chromium writes it (210 × 297 mm). */
const A4 = { width: 595.92, height: 842.88 };
/** The version the build carries (package.json). */
const APP_VERSION = (
  JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
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

async function openApp(locale: 'zh-CN' | 'en'): Promise<Page> {
  const { page } = await session.open({ initScripts: [COUNT_PRINT_CALLS] });
  await openWorkbench(page, baseUrl);
  if (locale === 'en') {
    await page.getByTestId('locale-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }
  return page;
}

/** Print the open report to a PDF file and return its pages' texts (whitespace squeezed). */
async function printToPdf(page: Page, name: string): Promise<{ file: string; pages: string[] }> {
  const file = resolve(SCREENSHOT_DIR, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  await pdfToPngs(file, resolve(SCREENSHOT_DIR, name));
  const pages = (await pdfPageTexts(file)).map((text) => text.replace(/[ \t]+/g, ' '));
  return { file, pages };
}

/** The target table's rows as the report shows them: id and the texts of their cells. */
function reportRows(page: Page): Promise<{ id: string; cells: string[] }[]> {
  return page.getByTestId('report-target-table').evaluate((table) =>
    [...table.querySelectorAll('tbody tr')].map((row) => ({
      id: row.getAttribute('data-target-id') ?? '',
      cells: [...row.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim()),
    })),
  );
}

describe('the printed report', () => {
  it.each([
    { locale: 'zh-CN', title: '规划路径', heading: '2020 年目标对照', summary: '摘要' },
    { locale: 'en', title: 'Plan path', heading: '2020 targets', summary: 'Summary' },
  ] as const)(
    'prints A4 pages with the title, summary, charts and target table ($locale)',
    async ({ locale, title, heading, summary }) => {
      const page = await openApp(locale);
      await openReport(page);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls))
        .toBe(1);
      expect(await page.getByTestId('report').getAttribute('lang')).toBe(locale);
      expect(await page.getByTestId('report-title').innerText()).toBe(title);
      await page.screenshot({ path: resolve(SCREENSHOT_DIR, `report-screen-${locale}.png`) });

      // Charts are images sized for the page and drawn at 3× for print.
      const images = await page.locator('[data-testid="report"] figure img').evaluateAll((imgs) =>
        imgs.map((img) => {
          const i = img as HTMLImageElement;
          return { natural: i.naturalWidth, shown: i.getBoundingClientRect().width, alt: i.alt };
        }),
      );
      expect(images.length).toBe(6);
      for (const image of images) {
        expect(image.natural / image.shown).toBeGreaterThanOrEqual(2);
        expect(image.alt).not.toBe('');
      }
      // Rows of the tables never break across pages.
      expect(
        await page
          .locator('[data-testid="report"] tr')
          .evaluateAll((rows) => rows.every((row) => getComputedStyle(row).breakInside === 'avoid')),
      ).toBe(true);

      const rows = await reportRows(page);
      expect(rows.map((row) => row.id)).toEqual([...TARGET_IDS]);
      const { file, pages } = await printToPdf(page, `report-${locale}`);
      const sizes = await pdfPages(file);
      expect(sizes.length).toBeGreaterThanOrEqual(2);
      for (const size of sizes) {
        expect(size.width).toBeCloseTo(A4.width, 0);
        expect(size.height).toBeCloseTo(A4.height, 0);
      }
      const all = pages.join('\n');
      expect(pages[0]).toContain(title);
      for (const text of [summary, heading, PLAN_DATASET.version, APP_VERSION]) expect(all).toContain(text);
      // Each row of the target table is whole on one page: projection, gap and attainment on one line.
      for (const row of rows) {
        const [, projected, , gap, attainment] = row.cells;
        const whole = pages.some((text) =>
          text
            .split('\n')
            .some((line) => [projected!, gap!, attainment!].every((cell) => line.includes(cell))),
        );
        expect(whole, `row ${row.id} (${row.cells.join(' | ')}) on one line of one page`).toBe(true);
      }
      // Chinese renders (no missing glyphs: pdftotext finds the Han text).
      if (locale === 'zh-CN') expect(all).toMatch(/全区工业总产值/);
      else expect(all).toMatch(/Zone industrial output/);
      // Nothing of the app but the report is printed.
      expect(all).not.toContain(locale === 'zh-CN' ? '另存为' : 'Save as');
    },
  );

  it('shows a saved scenario’s name, notes and changed assumptions, and its language can be switched', async () => {
    const page = await openApp('zh-CN');
    await page.getByTestId('scenario-save-as').click();
    await page.getByTestId('scenario-name').fill('加快新材料');
    await page.getByTestId('scenario-notes').fill('假设青杠园区新增项目提前投产。');
    await page.getByTestId('scenario-dialog-confirm').click();
    await expect.poll(() => page.getByTestId('scenario-current-name').textContent()).toBe('加快新材料');
    await selectCluster(page, 'newMaterials');
    const seq = await waitForQuiet(page);
    await enterNumber(lever(page, 'newMaterials', 'growthRate').number, '15');
    await waitForProjection(page, seq);

    await openReport(page);
    expect(await page.getByTestId('report-title').innerText()).toBe('加快新材料');
    expect(await page.getByTestId('report-notes').innerText()).toBe('假设青杠园区新增项目提前投产。');
    const assumptions = await page.getByTestId('report-assumptions').innerText();
    expect(assumptions).toContain('新材料');
    expect(assumptions).toContain('15.0');
    expect(await page.getByTestId('report-footnote-list').innerText()).toContain('估算');

    await page.getByTestId('report-locale').selectOption('en');
    await expect.poll(() => page.getByTestId('report').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('report-assumptions').innerText()).toContain('New materials');
    await page.locator('[data-testid="report-view"][data-ready="true"]').waitFor();
    const { pages } = await printToPdf(page, 'report-saved-en');
    expect(pages.join('\n')).toContain('加快新材料');
    expect(pages.join('\n')).toContain('Assumptions that differ from the reference “Plan path”');
  });

  it('closes with Escape or its button, showing the workbench again with focus on the report button', async () => {
    const page = await openApp('zh-CN');
    await openReport(page);
    expect(await page.getByTestId('workbench').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await page.getByTestId('report-view').waitFor({ state: 'detached' });
    expect(await page.getByTestId('workbench').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'report-open',
    );

    // Ctrl+P opens the report (and prints it) instead of printing the screen.
    await page.keyboard.press('Control+p');
    await page.locator('[data-testid="report-view"][data-ready="true"]').waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls))
      .toBe(2);
    await page.getByTestId('report-close').click();
    await page.getByTestId('report-view').waitFor({ state: 'detached' });
  });

  it.each(['zh-CN', 'en'] as const)('the report view passes axe-core (%s)', async (locale) => {
    const page = await openApp(locale);
    await openReport(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('no console errors, page errors, CSP violations or failed requests over the whole run', () => {
    expect(session.lines()).toEqual([]);
  });
});
