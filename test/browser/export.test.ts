/**
 * Exports from the workbench of the built app, in headless Chromium: a chart's PNG is a valid image
 * of the chart's size plus its caption bands, on white; the target table's CSV, XLSX and clipboard
 * text, read back with other parsers, hold what the table shows (headers with units, the same
 * rounding, percentages in %), the XLSX with a frozen header, widths and print set-up; every chart
 * hands over its data; the export buttons are reached and pressed by keyboard and named in both
 * languages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { launchChromium } from './chromium';
import { PageSession, clickForDownload, downloadBytes, pngSize } from './present-page';
import {
  beijingToday,
  copiedTable,
  download,
  readCsv,
  readXlsx,
  sheetLayout,
  shownNumber,
} from './spreadsheet-files';
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
  const { page, context } = await session.open({ deviceScaleFactor });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  await openWorkbench(page, baseUrl);
  return page;
}

/** The canvas's pixel size and its pixel ratio. */
function canvasSize(page: Page, testId: string) {
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
      // Measured once the page has settled (the reference strip and notices arrive after the first numbers).
      await stableChartImage(page, `chart-cluster-${id}`);
      const size = await canvasSize(page, `chart-cluster-${id}`);
      const bytes = await downloadBytes(await clickForDownload(page, `export-cluster-${id}-png`));
      const png = pngSize(bytes);
      expect(png.width, id).toBe(size.width + 2 * SIDE);
      expect(png.height, id).toBeGreaterThan(size.height + TOP + BOTTOM);
    }
  });

  it('the target table leaves as CSV, XLSX and clipboard text holding what the table shows', async () => {
    const page = await openApp();
    const table = await readTargetTable(page);
    expect(table.map((row) => row.id)).toEqual([...TARGET_IDS]);
    const shownRows = table.map((row) => ({
      projected: shownNumber(row.cells.projected!),
      target: shownNumber(row.cells.target!),
      gap: shownNumber(row.cells.gap!),
      attainment: shownNumber(row.cells.attainment!),
    }));
    const headers = ['指标', '单位', '2017 年', '2020 年预测', '2020 年目标'];
    const percentHeaders = ['完成率（%）', '目标所需总体年均增速（%）', '情景年均增速（%）'];
    // Files are named after the scenario as the scenario bar names it.
    const scenarioName = (await page.getByTestId('scenario-current-name').innerText()).trim();
    expect(scenarioName).not.toBe('');

    // CSV: named after the scenario and today's local date; a CSV parser reads the shown numbers.
    const csvFile = await download(page, 'export-targets-csv');
    expect(csvFile.name).toBe(`${scenarioName}-2020 年目标对照-${beijingToday()}.csv`);
    const csv = readCsv(csvFile.bytes);
    expect(csv[0]!.slice(0, 5)).toEqual(headers);
    expect(csv[0]!.slice(6, 9)).toEqual(percentHeaders);
    shownRows.forEach((row, i) => {
      const cells = csv[i + 1]!;
      // The same rounding as the screen: one decimal, no float noise, percentages as percent values.
      for (const cell of cells.slice(2, 9)) expect(cell, `row ${i} cell`).toMatch(/^-?\d+\.\d$/);
      expect(Number(cells[3]), `${table[i]!.id} projected`).toBe(row.projected);
      expect(Number(cells[4]), `${table[i]!.id} target`).toBe(row.target);
      expect(Number(cells[5]), `${table[i]!.id} gap`).toBe(row.gap);
      expect(Number(cells[6]), `${table[i]!.id} attainment`).toBe(row.attainment);
    });
    // The notes under the table: the source line with the dataset version, and what the two growth figures mean.
    const notes = csv.slice(1 + TARGET_IDS.length).map((row) => row[0] ?? '');
    expect(notes.some((note) => note.includes(PLAN_DATASET.version))).toBe(true);
    expect(notes.some((note) => note.includes('达标所需有机增长率'))).toBe(true);

    // XLSX: numbers as numbers, rounded as shown; frozen header, widths, CJK font, A4 print set-up.
    const xlsxFile = await download(page, 'export-targets-xlsx');
    expect(xlsxFile.name).toBe(`${scenarioName}-2020 年目标对照-${beijingToday()}.xlsx`);
    const xlsx = await readXlsx(xlsxFile.bytes);
    expect(xlsx.rows[0]!.slice(0, 5)).toEqual(headers);
    expect(xlsx.rows[0]!.slice(6, 9)).toEqual(percentHeaders);
    shownRows.forEach((row, i) => {
      const cells = xlsx.rows[i + 1]!;
      expect(cells.slice(3, 7), table[i]!.id).toEqual([row.projected, row.target, row.gap, row.attainment]);
    });
    const layout = sheetLayout(xlsx);
    expect(layout.frozenRows).toBe(1);
    expect(layout.widths).toHaveLength(11);
    // The first column fits the longest name; number columns are narrower.
    expect(layout.widths[0]!).toBeGreaterThan(layout.widths[2]!);
    expect(new Set(layout.fonts)).toEqual(new Set(['Microsoft YaHei']));
    expect(layout.paperSize).toBe('9');
    expect(layout.printTitles).toBe("'2020 年目标对照'!$1:$1");

    // Copy table: tab-separated text that a spreadsheet parses into numbers.
    const pasted = await copiedTable(page, 'export-targets-copy');
    expect(pasted[0]!.slice(0, 5)).toEqual(headers);
    expect(pasted).toHaveLength(1 + TARGET_IDS.length);
    shownRows.forEach((row, i) => {
      expect(pasted[i + 1]!.slice(3, 7).map(Number), table[i]!.id).toEqual([
        row.projected,
        row.target,
        row.gap,
        row.attainment,
      ]);
    });
    await expect
      .poll(() => page.getByTestId('export-targets-copy').locator('..').innerText())
      .toContain('已复制');
  });

  it('every chart hands over its data beside its PNG: CSV, XLSX and clipboard, by year with units', async () => {
    const page = await openApp();
    const table = await readTargetTable(page);
    const projected = (id: string) => shownNumber(table.find((row) => row.id === id)!.cells.projected!);

    const csv = readCsv((await download(page, 'export-zone-csv')).bytes);
    expect(csv[0]).toEqual([
      '年份',
      '新材料（亿元）',
      '医药健康（亿元）',
      '智能制造（亿元）',
      '农副产品加工（亿元）',
      // Under the default reading other industry stands beside the 600, and the header says so.
      '其他工业（另计，不在 600 之内）（亿元）',
      '2020 年目标（亿元）',
    ]);
    expect(csv.slice(1, 5).map((row) => row[0])).toEqual(['2017', '2018', '2019', '2020']);
    const last = csv[4]!;
    expect(Number(last[1])).toBe(projected('newMaterials'));
    expect(Number(last[6])).toBe(600);
    for (const cell of last.slice(1)) expect(cell).toMatch(/^\d+\.\d$/);

    const xlsx = await readXlsx((await download(page, 'export-zone-xlsx')).bytes);
    expect(xlsx.rows[4]![1]).toBe(projected('newMaterials'));
    expect(sheetLayout(xlsx).frozenRows).toBe(1);

    for (const id of CLUSTER_IDS) {
      const pasted = await copiedTable(page, `export-cluster-${id}-copy`);
      expect(pasted[0]![0], id).toBe('年份');
      expect(pasted[0]!.at(-1), id).toBe('2020 年目标（亿元）');
      expect(Number(pasted[4]![1]), `${id} projected 2020`).toBe(projected(id));
    }
  });

  it('export buttons are reached and pressed by keyboard, named in both languages', async () => {
    const page = await openApp();
    const named = async (name: RegExp) => page.getByRole('button', { name }).count();
    const charts = 1 + CLUSTER_IDS.length;
    expect(await named(/^PNG\s?：将“.+”图表下载为图片$/)).toBe(charts);
    expect(await named(/^CSV\s?：将“.+”的数据下载为/)).toBe(charts);
    expect(await named(/^CSV\s?：将“2020 年目标对照”下载为/)).toBe(1);
    expect(await named(/^XLSX\s?：/)).toBe(charts + 1);
    expect(await named(/^复制数据\s?：/)).toBe(charts);
    expect(await named(/^复制表格\s?：/)).toBe(1);

    // Tab from the zone chart's tools to the table's CSV button, then press Enter.
    await page.getByTestId('export-zone-png').focus();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached =
        (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) ===
        'export-targets-csv';
    }
    expect(reached, 'Tab reaches the CSV button').toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline, 'focus is visible').not.toBe('none');
    const [keyed] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(keyed.suggestedFilename()).toMatch(/\.csv$/);

    await page.getByTestId('locale-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await named(/^PNG\s?: download the chart “.+” as an image$/)).toBe(charts);
    expect(await named(/^CSV\s?: /)).toBe(charts + 1);
    expect(await named(/^Copy table\s?: /)).toBe(1);
    const xlsx = await readXlsx((await download(page, 'export-targets-xlsx')).bytes);
    expect(xlsx.rows[0]!.slice(0, 3)).toEqual(['Indicator', 'Unit', '2017']);
    expect(xlsx.rows[0]![6]).toBe('Attainment (%)');
  });

  it('no console errors, page errors, CSP violations or failed requests over the whole run', () => {
    expect(session.lines()).toEqual([]);
  });
});
