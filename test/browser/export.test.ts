/**
 * Exports from the workbench of the built app, in headless Chromium: a chart's PNG is a valid image
 * of the chart's size plus its caption bands, on white; the target table's CSV and XLSX carry the
 * table's numbers as numbers, with headers in the current language; the export buttons are reached
 * and pressed by keyboard and named in both languages.
 */
import readExcelFile from 'read-excel-file/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { PageSession, clickForDownload, downloadBytes, pngSize } from './present-page';
import { CLUSTER_IDS, TARGET_IDS, openWorkbench, readTargetTable, stableChartImage } from './workbench-page';

/** Caption bands of an exported chart, CSS px: 16 on each side, at least 44 above and 48 below. */
const SIDE = 16;
const TOP = 44;
const BOTTOM = 48;

const baseUrl = inject('baseUrl');
let browser: Browser;
const session = new PageSession(() => browser);

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(() => session.closeAll());
afterAll(async () => {
  await browser?.close();
});

async function openApp(deviceScaleFactor = 1): Promise<Page> {
  const { page } = await session.open({ deviceScaleFactor });
  await openWorkbench(page, baseUrl);
  return page;
}

/** The canvas's pixel size and its pixel ratio, once the chart is drawn (charts off screen draw when idle). */
async function canvasSize(page: Page, testId: string) {
  await page.locator(`canvas[data-testid="${testId}"][data-chart-state="drawn"]`).waitFor();
  return page.getByTestId(testId).evaluate((el) => {
    const canvas = el as HTMLCanvasElement;
    return { width: canvas.width, height: canvas.height, ratio: canvas.width / canvas.clientWidth };
  });
}

/** Decode a PNG in the page: its size, a corner pixel and how much of each band is not white. */
function inspectPng(page: Page, bytes: Buffer, top: number, bottom: number) {
  return page.evaluate(
    async ({ base64, top, bottom }) => {
      // The app's CSP allows no fetch of data: URLs; decode the bytes by hand.
      const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const inked = (y0: number, y1: number) => {
        const data = context.getImageData(0, y0, bitmap.width, y1 - y0).data;
        let count = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) count++;
        return count;
      };
      return {
        width: bitmap.width,
        height: bitmap.height,
        corner: [...context.getImageData(0, 0, 1, 1).data],
        titleInk: inked(0, top),
        chartInk: inked(top, bitmap.height - bottom),
        footerInk: inked(bitmap.height - bottom, bitmap.height),
      };
    },
    { base64: bytes.toString('base64'), top, bottom },
  );
}

/** The sheet rows of an XLSX file (read-excel-file returns rows or sheets depending on its version). */
async function sheetRows(bytes: Buffer): Promise<unknown[][]> {
  const sheet = (await readExcelFile(bytes)) as unknown;
  const list = sheet as unknown[];
  return Array.isArray(list[0]) ? (list as unknown[][]) : (list as { data: unknown[][] }[])[0]!.data;
}

/** A number as the target table shows it ("1,234.5", "82.3%", "差 44.3"), parsed. */
const shown = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

describe('exports', () => {
  it.each([1, 2])(
    'a chart PNG is the chart at its size plus caption bands, on white (pixel ratio %i)',
    async (dpr) => {
      const page = await openApp(dpr);
      await stableChartImage(page, 'chart-zone');
      const size = await canvasSize(page, 'chart-zone');
      expect(size.ratio).toBeCloseTo(dpr, 5);
      const download = await clickForDownload(page, 'export-zone-png');
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      const bytes = await downloadBytes(download);
      const png = pngSize(bytes);
      expect(png.width).toBe(size.width + 2 * SIDE * dpr);
      expect(png.height).toBeGreaterThanOrEqual(size.height + (TOP + BOTTOM) * dpr);
      const seen = await inspectPng(page, bytes, TOP * dpr, BOTTOM * dpr);
      expect(seen).toMatchObject({ width: png.width, height: png.height, corner: [255, 255, 255, 255] });
      expect(seen.titleInk, 'title drawn').toBeGreaterThan(100);
      expect(seen.chartInk, 'chart drawn').toBeGreaterThan(1000);
      expect(seen.footerInk, 'units and source drawn').toBeGreaterThan(100);
    },
  );

  it('every cluster chart exports a PNG of its size; a long source line wraps into a taller footer', async () => {
    const page = await openApp();
    for (const id of CLUSTER_IDS) {
      const size = await canvasSize(page, `chart-cluster-${id}`);
      const bytes = await downloadBytes(await clickForDownload(page, `export-cluster-${id}-png`));
      const png = pngSize(bytes);
      expect(png.width, id).toBe(size.width + 2 * SIDE);
      expect(png.height, id).toBeGreaterThan(size.height + TOP + BOTTOM);
    }
  });

  it('the target table exports as CSV (BOM, Chinese headers) and XLSX with the table’s numbers as numbers', async () => {
    const page = await openApp();
    const table = await readTargetTable(page);
    expect(table.map((row) => row.id)).toEqual([...TARGET_IDS]);

    const csvDownload = await clickForDownload(page, 'export-targets-csv');
    expect(csvDownload.suggestedFilename()).toMatch(/^2020 年目标对照-\d{4}-\d\d-\d\d\.csv$/);
    const csv = (await downloadBytes(csvDownload)).toString('utf8');
    expect(csv.startsWith('\uFEFF指标,单位,2017 年,2020 年预测,2020 年目标')).toBe(true);
    const csvRows = csv
      .split('\r\n')
      .slice(1, 1 + TARGET_IDS.length)
      .map((line) => line.split(','));
    table.forEach((row, i) => {
      expect(Number(csvRows[i]![3]), `${row.id} projected`).toBeCloseTo(shown(row.cells.projected!), 1);
    });

    const xlsx = await downloadBytes(await clickForDownload(page, 'export-targets-xlsx'));
    const rows = await sheetRows(xlsx);
    expect(rows[0]!.slice(0, 5)).toEqual(['指标', '单位', '2017 年', '2020 年预测', '2020 年目标']);
    table.forEach((row, i) => {
      const cells = rows[i + 1]!;
      for (const index of [2, 3, 4, 5, 6])
        expect(typeof cells[index], `${row.id} column ${index}`).toBe('number');
      expect(cells[3] as number, `${row.id} projected`).toBeCloseTo(shown(row.cells.projected!), 1);
      expect(cells[4] as number, `${row.id} target`).toBeCloseTo(shown(row.cells.target!), 1);
      expect((cells[6] as number) * 100, `${row.id} attainment`).toBeCloseTo(shown(row.cells.attainment!), 1);
    });
    // The source line (plan, scenario, versions, date) follows the table.
    expect(String(rows.at(-1)![0])).toContain('2018-2020.2');
  });

  it('export buttons are reached and pressed by keyboard, named in both languages', async () => {
    const page = await openApp();
    const named = async (name: RegExp) => page.getByRole('button', { name }).count();
    expect(await named(/^PNG\s?：将“.+”图表下载为图片$/)).toBe(1 + CLUSTER_IDS.length);
    expect(await named(/^CSV\s?：/)).toBe(1);
    expect(await named(/^XLSX\s?：/)).toBe(1);

    // Tab from the table's heading area to its CSV button, then press Enter.
    await page.getByTestId('export-zone-png').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached =
        (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) ===
        'export-targets-csv';
    }
    expect(reached, 'Tab reaches the CSV button').toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline, 'focus is visible').not.toBe('none');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    await page.getByTestId('locale-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await named(/^PNG\s?: download the chart “.+” as an image$/)).toBe(1 + CLUSTER_IDS.length);
    expect(await named(/^CSV\s?: /)).toBe(1);
    expect(await named(/^XLSX\s?: /)).toBe(1);
    const xlsx = await downloadBytes(await clickForDownload(page, 'export-targets-xlsx'));
    expect((await sheetRows(xlsx))[0]!.slice(0, 3)).toEqual(['Indicator', 'Unit', '2017']);
  });

  it('no console errors, page errors, CSP violations or failed requests over the whole run', () => {
    expect(session.lines()).toEqual([]);
  });
});
