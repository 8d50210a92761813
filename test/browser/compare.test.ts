/**
 * The compare view in the built app, in headless Chromium: three scenarios saved through the UI are
 * compared with the plan; the differing assumptions are highlighted, the deltas are the engine's own
 * numbers, the XLSX export parses back to them, the selection survives a reload, the compare link
 * reopens the same comparison (here and in another browser profile) without touching stored work,
 * and the view fits 1366×768 and 1920×1080, works by keyboard, passes axe in Chinese and English.
 */
import AxeBuilder from '@axe-core/playwright';
import readExcelFile from 'read-excel-file/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { LEVERS } from '../../src/data/levers';
import { project, type ProjectionResult, type Scenario } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { startScenario } from '../../src/state/start-scenario';
import { encodeFile } from '../../src/scenario-format/file-format';
import { createSavedScenario } from '../../src/scenario-format/saved-scenario';
import { launchChromium, openPage, type OpenedPage, type PageProblem } from './chromium';
import {
  collectVisibleTexts,
  enterNumber,
  hasHan,
  lever,
  openWorkbench,
  selectCluster,
} from './workbench-page';

const baseUrl = inject('baseUrl');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEW = '[data-testid="compare-view"]';
/** Latin words a Chinese page may show here: units, file formats, and the names of standard tools. */
const LATIN_OK_IN_ZH = new Set(['km', 'CSV', 'XLSX', 'PNG', 'CAGR']);

let browser: Browser;
const opened: OpenedPage[] = [];
const problemsOfRun: { test: string; problem: PageProblem }[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async (context) => {
  for (const page of opened.splice(0)) {
    for (const problem of page.problems) problemsOfRun.push({ test: context.task.name, problem });
    await page.context.close();
  }
});
afterAll(async () => {
  await browser?.close();
});

async function fresh(viewport = { width: 1366, height: 768 }): Promise<OpenedPage> {
  const page = await openPage(browser, { viewport, acceptDownloads: true });
  opened.push(page);
  await openWorkbench(page.page, baseUrl);
  return page;
}

/** The three scenarios, as the test types them and as the engine sees them. */
// Below the plan path's (5 %/yr, 34.9 亿元/yr): on the plan path land is readied just for the
// targets, so more would be capped by land and change nothing in 2020.
const A_GROWTH = 2;
const B_GROWTH = 4;
const C_INVESTMENT = 20;
function scenarioA(): Scenario {
  const s = startScenario(PLAN_DATASET);
  s.clusters.medicineHealth.growthRate = A_GROWTH / 100;
  return s;
}
function scenarioB(): Scenario {
  const s = startScenario(PLAN_DATASET);
  s.clusters.medicineHealth.growthRate = B_GROWTH / 100;
  return s;
}
function scenarioC(): Scenario {
  const s = scenarioB();
  s.clusters.smartManufacturing.investmentPerYear = C_INVESTMENT;
  return s;
}
const NAMES = ['稳健延续', '新材料突破', '投资驱动'] as const;

async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByTestId('scenario-save-as').click();
  await page.getByTestId('scenario-name').fill(name);
  await page.getByTestId('scenario-dialog-confirm').click();
  await expect.poll(() => page.getByTestId('scenario-current-name').textContent()).toBe(name);
}

/** Save the three scenarios through the workbench, as a user would. */
async function saveThree(page: Page): Promise<void> {
  // Medicine & health below the plan path's growth: its land does not bind, so its growth moves the zone's output.
  await selectCluster(page, 'medicineHealth');
  await enterNumber(lever(page, 'medicineHealth', 'growthRate').number, String(A_GROWTH));
  await saveAs(page, NAMES[0]);
  await enterNumber(lever(page, 'medicineHealth', 'growthRate').number, String(B_GROWTH));
  await saveAs(page, NAMES[1]);
  await selectCluster(page, 'smartManufacturing');
  await enterNumber(lever(page, 'smartManufacturing', 'investmentPerYear').number, String(C_INVESTMENT));
  await saveAs(page, NAMES[2]);
}

/** Wait until the comparison on screen answers the current selection. */
async function waitForComparison(page: Page): Promise<void> {
  await page.waitForFunction(
    (view) => {
      const el = document.querySelector(view);
      return el?.getAttribute('data-state') === 'ready' && el.getAttribute('data-busy') === 'false';
    },
    VIEW,
    { timeout: 15_000 },
  );
}

async function openCompare(page: Page): Promise<void> {
  await page.getByTestId('nav-compare').click();
  await page.locator(VIEW).waitFor();
  await waitForComparison(page);
}

async function columnNames(page: Page): Promise<string[]> {
  return page.getByTestId('compare-column-name').allTextContents();
}

/** The raw value and delta of an outcome cell (data attributes), by row id and column position. */
async function cellNumbers(page: Page, rowId: string): Promise<{ value: number; delta: number | null }[]> {
  return page.locator(`tr[data-row-id="${rowId}"] td`).evaluateAll((cells) =>
    cells.map((cell) => ({
      value: Number(cell.getAttribute('data-value')),
      delta: cell.getAttribute('data-delta') ? Number(cell.getAttribute('data-delta')) : null,
    })),
  );
}

const zoneOutput = (p: ProjectionResult) => p.zone[p.zone.length - 1]!.industrialOutput;
const target = (p: ProjectionResult, id: string) => p.targets.find((t) => t.id === id)!;

async function referenceName(page: Page): Promise<string> {
  const index = Number(await page.getByTestId('compare-table').getAttribute('data-reference-index'));
  return (await columnNames(page))[index] ?? '';
}

describe('compare view', () => {
  it('three saved scenarios: differing assumptions highlighted, deltas and XLSX equal the engine, link and reload keep the view', async () => {
    const { page, context } = await fresh();
    await saveThree(page);
    await openCompare(page);

    // The proposal: the plan (reference) and the three scenarios in the order they were saved. The
    // library re-reads its list after the bar names the last one saved: until then the proposal (and
    // a comparison of it) can lack that one.
    await expect.poll(() => columnNames(page)).toEqual(['规划目标', ...NAMES]);
    await waitForComparison(page);
    expect(await referenceName(page)).toBe('规划目标');

    // Make the first scenario the reference, by the button in its column.
    await page.locator('[data-testid="compare-column"]').nth(1).getByTestId('compare-make-reference').click();
    await waitForComparison(page);
    expect(await referenceName(page)).toBe(NAMES[0]);

    // The assumptions that differ, and only those, are listed and highlighted (marker and background).
    const differing = page.locator('tbody[data-section="assumptions"] tr[data-row-id]');
    expect(await differing.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')))).toEqual([
      'lever.medicineHealth.growthRate',
      'lever.smartManufacturing.investmentPerYear',
    ]);
    const growthRow = page.locator('tr[data-row-id="lever.medicineHealth.growthRate"]');
    expect(await growthRow.getAttribute('data-differs')).toBe('true');
    expect(await growthRow.locator('th .marker').textContent()).toBe('≠');
    await page.getByTestId('compare-show-all').check();
    // Every lever of every cluster, other industry's growth, the links (producer services on and its
    // share, the farm supply on), the three readings the model uses (two conflicts of the plan's
    // figures and other industry inside or beside the 600) and two thresholds.
    expect(await differing.count()).toBe(LEVERS.length * 5 + 1 + 3 + 3 + 2);
    const background = (rowId: string) =>
      page
        .locator(`tr[data-row-id="${rowId}"] td`)
        .last()
        .evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(await background('lever.medicineHealth.growthRate')).not.toBe(
      await background('lever.medicineHealth.landPace'),
    );
    expect(
      await page.locator('tr[data-row-id="lever.medicineHealth.landPace"]').getAttribute('data-differs'),
    ).toBe('false');
    await page.getByTestId('compare-show-all').uncheck();

    // Values and deltas are the engine's own numbers (reference: scenario A).
    const [a, b, c] = [scenarioA(), scenarioB(), scenarioC()].map((s) => project(PLAN_DATASET, s));
    const zone = await cellNumbers(page, 'output.industrialOutput');
    expect(zone.map((cell) => cell.value)).toEqual([600, zoneOutput(a!), zoneOutput(b!), zoneOutput(c!)]);
    expect(zone.map((cell) => cell.delta)).toEqual([
      600 - zoneOutput(a!),
      null,
      zoneOutput(b!) - zoneOutput(a!),
      zoneOutput(c!) - zoneOutput(a!),
    ]);
    const smart = await cellNumbers(page, 'attainment.smartManufacturing');
    expect(smart[3]!.delta).toBe(
      target(c!, 'smartManufacturing').attainment - target(a!, 'smartManufacturing').attainment,
    );
    // The text shown is the same number, rounded: e.g. "+73.5（+16.2%）".
    const shownDelta = await page
      .locator('tr[data-row-id="output.industrialOutput"] td')
      .nth(2)
      .getByTestId('compare-delta')
      .innerText();
    const delta = zoneOutput(b!) - zoneOutput(a!);
    expect(shownDelta).toContain(`+${(Math.round(delta * 10) / 10).toFixed(1)}`);
    expect(shownDelta).toContain(`+${((delta / zoneOutput(a!)) * 100).toFixed(1)}%`);

    // The XLSX export parses back to the same numbers, with Chinese headers.
    const download = page.waitForEvent('download');
    await page.getByTestId('compare-export-xlsx').click();
    const file = await (await download).path();
    const sheet = await readExcelFile(file);
    const rows = (
      Array.isArray(sheet[0]) ? sheet : (sheet as unknown as { data: unknown[][] }[])[0]!.data
    ) as unknown[][];
    const header = rows[0] as string[];
    expect(header.slice(0, 4)).toEqual(['分组', '指标', '单位', '规划目标']);
    const col = (name: string) => header.indexOf(name);
    const zoneRow = rows.find((row) => row[1] === '全区工业总产值' && row[2] === '亿元')!;
    // Rounded as the table shows them (one decimal), percentages in %.
    const shown = (value: number) => Number(value.toFixed(1));
    expect(zoneRow[col(NAMES[0])]).toBe(shown(zoneOutput(a!)));
    expect(zoneRow[col(NAMES[1])]).toBe(shown(zoneOutput(b!)));
    expect(zoneRow[col(`${NAMES[1]}：与参照之差`)]).toBe(shown(zoneOutput(b!) - zoneOutput(a!)));
    expect(zoneRow[col(`${NAMES[2]}：与参照之差（%）`)]).toBe(
      shown(((zoneOutput(c!) - zoneOutput(a!)) / zoneOutput(a!)) * 100),
    );
    const growthXlsx = rows.find((row) => String(row[1]).startsWith('医药健康 · 有机增长率'))!;
    expect(growthXlsx[col(NAMES[1])]).toBe(B_GROWTH);
    expect(growthXlsx[header.length - 1]).toBe('是');

    // The breakdown of B − A is all medicine & health's growth, and adds up to the difference.
    await page.getByTestId('compare-why-from').selectOption({ label: NAMES[0] });
    await page.getByTestId('compare-why-to').selectOption({ label: NAMES[1] });
    await expect
      .poll(async () => Number(await page.getByTestId('compare-why-total').getAttribute('data-value')))
      .toBe(zoneOutput(b!) - zoneOutput(a!));
    const materialsGrowth = page.locator(
      '[data-testid="compare-why-matrix"] tr[data-cluster="medicineHealth"] td[data-group="growth"]',
    );
    expect(Number(await materialsGrowth.getAttribute('data-value'))).toBe(zoneOutput(b!) - zoneOutput(a!));

    // The selection and the reference survive a reload.
    await page.reload();
    await page.locator('main[data-ready="true"]').waitFor();
    await openCompare(page);
    expect(await columnNames(page)).toEqual(['规划目标', ...NAMES]);
    expect(await referenceName(page)).toBe(NAMES[0]);

    // The compare link reopens the same view in another tab of this browser…
    await page.getByTestId('compare-share-open').click();
    const link = await page.getByTestId('compare-share-link').inputValue();
    expect(new URL(link).hash).toMatch(/^#c=[A-Za-z0-9_-]+$/);
    const before = await cellNumbers(page, 'output.industrialOutput');
    const second = await context.newPage();
    await second.goto(link);
    await second.locator(VIEW).waitFor();
    await waitForComparison(second);
    expect(new URL(second.url()).hash).toBe('');
    expect(await columnNames(second)).toEqual(['规划目标', ...NAMES]);
    expect(await referenceName(second)).toBe(NAMES[0]);
    expect(await cellNumbers(second, 'output.industrialOutput')).toEqual(before);
    await second.close();

    // …and in another browser profile, where the scenarios come from the link and nothing is stored.
    const other = await fresh();
    const storedBefore = await other.page.evaluate(() => localStorage.getItem('qianjiang-simulator.compare'));
    await other.page.goto(link);
    await other.page.locator(VIEW).waitFor();
    // The view opens on this profile's own proposal (the plan and the draft) while the link is read:
    // once its banner shows the link is open, then wait for the link's comparison.
    await other.page.getByTestId('compare-link-banner').waitFor();
    await waitForComparison(other.page);
    expect(await columnNames(other.page)).toEqual(['规划目标', ...NAMES]);
    expect(await referenceName(other.page)).toBe(NAMES[0]);
    expect(await cellNumbers(other.page, 'output.industrialOutput')).toEqual(before);
    expect(await other.page.evaluate(() => localStorage.getItem('qianjiang-simulator.compare'))).toBe(
      storedBefore,
    );
    await other.page.getByTestId('nav-library').click();
    await other.page.getByTestId('library-view').waitFor();
    expect(await other.page.getByTestId('library-item').count()).toBe(0);
  });

  it('keeping a linked comparison saves its scenarios as new records and makes it the own one', async () => {
    const sender = await fresh();
    await saveThree(sender.page);
    await openCompare(sender.page);
    await sender.page.getByTestId('compare-share-open').click();
    const link = await sender.page.getByTestId('compare-share-link').inputValue();

    const { page } = await fresh();
    await page.goto(link);
    await page.getByTestId('compare-link-keep').click();
    await page.getByTestId('compare-link-banner').waitFor({ state: 'detached' });
    await waitForComparison(page);
    expect(await columnNames(page)).toEqual(['规划目标', ...NAMES]);
    await page.reload();
    await page.locator('main[data-ready="true"]').waitFor();
    await openCompare(page);
    expect(await columnNames(page)).toEqual(['规划目标', ...NAMES]);
  });

  it('a scenario made with another dataset version is flagged, and compared with the current data', async () => {
    const { page } = await fresh();
    const older: Scenario = { ...defaultScenario(PLAN_DATASET), datasetVersion: '2018-2020.0' };
    older.clusters.newMaterials.growthRate = 0.2;
    const record = createSavedScenario(
      { name: '旧版方案', scenario: older },
      { now: 1_764_374_400_000, appVersion: '0.1.0' },
    );
    const file = encodeFile([record], { appVersion: '0.1.0', exportedAt: 1_764_374_400_000 });
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-import-input').setInputFiles({
      name: 'older.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect.poll(() => page.getByTestId('library-item').count()).toBe(1);
    await openCompare(page);
    expect(await columnNames(page)).toEqual(['规划目标', '旧版方案', '当前工作情景']);
    const flags = page.getByTestId('compare-other-dataset');
    expect(await flags.count()).toBe(1);
    expect(await flags.innerText()).toContain('2018-2020.0');
    const zone = await cellNumbers(page, 'output.industrialOutput');
    expect(zone[1]!.value).toBe(zoneOutput(project(PLAN_DATASET, older)));
  });

  it('a damaged compare link says so and opens nothing', async () => {
    const { page } = await fresh();
    await page.goto(`${baseUrl}#c=AQAAAAAAAAAAAAAAAAAAAAAA`);
    await page.getByTestId('compare-link-bad').waitFor();
    expect(await page.getByTestId('compare-link-bad').innerText()).toContain('无法打开');
    expect(await page.getByTestId('compare-link-banner').count()).toBe(0);
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`four scenarios and the plan fit ${viewport.width}×${viewport.height} without horizontal scrolling`, async () => {
      const { page } = await fresh(viewport);
      await saveThree(page);
      await enterNumber(lever(page, 'smartManufacturing', 'growthRate').number, '30');
      await saveAs(page, '第四个方案：名称较长的情景用于检查换行');
      await openCompare(page);
      await page.getByTestId('compare-selection-toggle').click();
      await page
        .locator('[data-testid="compare-choice-saved"] input[type="checkbox"]:not(:checked)')
        .first()
        .check();
      await waitForComparison(page);
      expect(await page.getByTestId('compare-column').count()).toBe(5);
      for (const locale of ['zh-CN', 'en']) {
        if (locale === 'en') {
          await page.getByTestId('locale-toggle').click();
          await page.waitForFunction(() => document.documentElement.lang === 'en');
        }
        const widths = await page.evaluate((view) => {
          const el = document.querySelector(view)!;
          const table = document.querySelector('[data-testid="compare-table"]')!;
          return {
            view: [el.scrollWidth, el.clientWidth],
            table: [table.scrollWidth, table.parentElement!.clientWidth],
            page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
          };
        }, VIEW);
        expect(widths.view[0]).toBeLessThanOrEqual(widths.view[1]!);
        expect(widths.table[0]).toBeLessThanOrEqual(widths.table[1]!);
        expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1]!);
      }
    });
  }

  it('is reachable by keyboard: Tab reaches “make reference”, Enter makes it the reference', async () => {
    const { page } = await fresh();
    await saveThree(page);
    await openCompare(page);
    await page.getByTestId('compare-selection-toggle').focus();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'compare-make-reference',
      );
    }
    expect(reached).toBe(true);
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Enter');
    await waitForComparison(page);
    expect(label).toContain(await referenceName(page));
    // The focus ring is visible.
    await page.getByTestId('compare-make-reference').first().focus();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('is complete in both languages and passes axe with the comparison on screen', async () => {
    const { page } = await fresh();
    await saveThree(page);
    await openCompare(page);
    await page.getByTestId('compare-show-all').check();
    await page.getByTestId('compare-selection-toggle').click();

    const zh = await collectVisibleTexts(page, VIEW);
    const englishInZh = zh.filter(
      (t) => !t.exempt && (t.text.match(/[A-Za-z]{2,}/g) ?? []).some((w) => !LATIN_OK_IN_ZH.has(w)),
    );
    expect(englishInZh.map((t) => `${t.where}: ${t.text}`)).toEqual([]);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
      [],
    );

    await page.getByTestId('locale-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const en = await collectVisibleTexts(page, VIEW);
    // The scenarios' own names are the user's text, shown as typed.
    const userText = (text: string) => NAMES.reduce((rest, name) => rest.replaceAll(name, ''), text);
    const hanInEn = en.filter((t) => !t.exempt && hasHan(userText(t.text)));
    expect(hanInEn.map((t) => `${t.where}: ${t.text}`)).toEqual([]);
    expect(await page.getByTestId('compare-column-name').first().textContent()).toBe('Plan targets');
    const axeEn = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      axeEn.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  });

  it('no console errors, page errors, CSP violations or failed requests over the whole run', () => {
    expect(problemsOfRun.map(({ test, problem }) => `[${test}] ${problem.kind}: ${problem.message}`)).toEqual(
      [],
    );
  });
});
