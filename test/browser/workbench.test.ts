/**
 * The built workbench in headless Chromium: the plan's scenario loads, levers drive the charts and
 * the target table, bad entries change nothing, both languages are complete, work survives a reload,
 * and the page is accessible and error-free. No timing assertions: speed is the benchmark's job.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT, listBuiltScripts } from './built-app';
import {
  launchChromium,
  openPage,
  type OpenPageOptions,
  type OpenedPage,
  type PageProblem,
} from './chromium';
import {
  CLUSTER_IDS,
  LEVER_IDS,
  TARGET_COLUMNS,
  TARGET_IDS,
  WORKBENCH,
  collectVisibleTexts,
  englishWords,
  enterNumber,
  hasHan,
  lever,
  numberFieldValue,
  openWorkbench,
  projectionSeq,
  readTargetTable,
  selectCluster,
  stableChartImage,
  waitForProjection,
  waitForQuiet,
  waitForReady,
} from './workbench-page';

const SCREENSHOT_DIR = resolve(PROJECT_ROOT, 'screenshots');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The lever the interaction tests move: its output is not capped by land at the plan's defaults. */
// A cluster whose land does not bind by default: its output follows its growth rate.
const CLUSTER = 'medicineHealth';
/** How long a bad entry is given to (wrongly) trigger a projection before we conclude it did not, ms. */
const NO_CHANGE_WAIT_MS = 800;

const baseUrl = inject('baseUrl');
let browser: Browser;

/** Problems of every page opened by the tests that expect none, with the test that saw them. */
const problemsOfRun: { test: string; problem: PageProblem }[] = [];
const openedInTest: OpenedPage[] = [];

/** Open a fresh context and page; its problems count towards the whole-run check unless expected. */
async function open(options: OpenPageOptions = {}, expectProblems = false): Promise<OpenedPage> {
  const opened = await openPage(browser, options);
  openedInTest.push(opened);
  if (!expectProblems) {
    const test = expect.getState().currentTestName ?? '(unknown test)';
    const push = opened.problems.push.bind(opened.problems);
    opened.problems.push = (...items: PageProblem[]) => {
      for (const problem of items) problemsOfRun.push({ test, problem });
      return push(...items);
    };
  }
  return opened;
}

async function openFresh(options: OpenPageOptions = {}): Promise<Page> {
  const { page } = await open(options);
  await openWorkbench(page, baseUrl);
  return page;
}

async function switchLocale(page: Page, to: 'en' | 'zh-CN'): Promise<void> {
  await page.getByTestId('locale-toggle').click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to, { timeout: 5_000 });
  await waitForReady(page);
}

function formatAxe(
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] }[],
) {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return formatAxe(violations);
}

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterEach(async () => {
  for (const { context } of openedInTest.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
});

describe('the built workbench', () => {
  it("opens on the plan's scenario: seven targets, every chart, data-ready", async () => {
    const page = await openFresh();

    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator(`${WORKBENCH}[data-ready="true"]`).count()).toBe(1);
    expect(await projectionSeq(page)).toBeGreaterThanOrEqual(1);
    const rows = await readTargetTable(page);
    expect(rows.map((row) => row.id).sort()).toEqual([...TARGET_IDS].sort());
    for (const row of rows) {
      for (const column of TARGET_COLUMNS)
        expect(row.cells[column], `${row.id} ${column}`).not.toMatch(/^$|missing|NaN|Infinity/);
      expect(['onTrack', 'atRisk', 'offTrack'], `${row.id} data-status`).toContain(row.status);
    }
    expect(await page.locator('canvas[data-testid="chart-zone"]').count()).toBe(1);
    for (const id of CLUSTER_IDS) {
      expect(await page.locator(`canvas[data-testid="chart-cluster-${id}"]`).count(), id).toBe(1);
    }
  });

  it("a cluster tab shows that cluster's levers and its required-growth hint", async () => {
    const page = await openFresh();

    for (const clusterId of CLUSTER_IDS) {
      await selectCluster(page, clusterId);
      for (const leverId of LEVER_IDS) {
        const controls = lever(page, clusterId, leverId);
        for (const [name, locator] of Object.entries({
          range: controls.range,
          number: controls.number,
          reset: controls.reset,
        })) {
          expect(await locator.isVisible(), `${clusterId} ${leverId} ${name} visible`).toBe(true);
        }
      }
      const hint = page.getByTestId(`required-growth-${clusterId}`);
      expect(await hint.isVisible(), `required-growth-${clusterId} visible`).toBe(true);
      expect((await hint.innerText()).trim()).not.toBe('');
      for (const other of CLUSTER_IDS.filter((id) => id !== clusterId)) {
        expect(await lever(page, other, 'growthRate').range.isVisible(), `${other} levers hidden`).toBe(
          false,
        );
      }
    }
  });

  it('moving a growth slider redraws the zone chart and changes the projected values', async () => {
    const page = await openFresh();
    await selectCluster(page, CLUSTER);
    const { range, number } = lever(page, CLUSTER, 'growthRate');
    const seq = await waitForQuiet(page);
    const chartBefore = await stableChartImage(page, 'chart-zone');
    const clusterChartBefore = await stableChartImage(page, `chart-cluster-${CLUSTER}`);
    const tableBefore = await readTargetTable(page);
    const growthBefore = await numberFieldValue(number);

    // Down: on the plan path the land readied is just what each target needs, so more growth than
    // the path's is capped by land in 2020 (the table says so); less growth shows in every figure.
    await range.focus();
    for (let i = 0; i < 4; i++) await range.press('ArrowLeft');
    await waitForProjection(page, seq);

    expect(await numberFieldValue(number)).toBeLessThan(growthBefore);
    expect(await stableChartImage(page, 'chart-zone')).not.toBe(chartBefore);
    expect(await stableChartImage(page, `chart-cluster-${CLUSTER}`)).not.toBe(clusterChartBefore);
    const tableAfter = await readTargetTable(page);
    const projected = (rows: typeof tableBefore, id: string) =>
      rows.find((row) => row.id === id)?.cells.projected;
    expect(projected(tableAfter, CLUSTER)).not.toBe(projected(tableBefore, CLUSTER));
    expect(projected(tableAfter, 'industrialOutput')).not.toBe(projected(tableBefore, 'industrialOutput'));
    // Other clusters' own projections do not depend on this cluster's growth.
    expect(projected(tableAfter, 'newMaterials')).toBe(projected(tableBefore, 'newMaterials'));
  });

  it('an exact growth rate typed in the number field is applied, in percent', async () => {
    const page = await openFresh();
    await selectCluster(page, CLUSTER);
    const { number, error } = lever(page, CLUSTER, 'growthRate');
    const seq = await waitForQuiet(page);
    const tableBefore = await readTargetTable(page);

    await enterNumber(number, '12');
    await waitForProjection(page, seq);

    expect(await numberFieldValue(number)).toBeCloseTo(12, 6);
    expect(await error.isVisible()).toBe(false);
    expect(await readTargetTable(page)).not.toEqual(tableBefore);
  });

  it.each(['abc', '-150', '350', '1.2.3'])(
    'the number entry %j shows an error and changes nothing',
    async (bad) => {
      const page = await openFresh();
      await selectCluster(page, CLUSTER);
      const { range, number, error } = lever(page, CLUSTER, 'growthRate');
      const seq = await waitForQuiet(page);
      const tableBefore = await readTargetTable(page);
      const rangeBefore = await range.inputValue();

      await enterNumber(number, bad);
      await page.waitForTimeout(NO_CHANGE_WAIT_MS);

      expect(await error.isVisible(), 'error message visible').toBe(true);
      expect((await error.innerText()).trim()).not.toBe('');
      expect(await projectionSeq(page)).toBe(seq);
      expect(await readTargetTable(page)).toEqual(tableBefore);
      expect(await range.inputValue()).toBe(rangeBefore);

      // A good entry afterwards clears the error and is applied.
      await enterNumber(number, '12');
      await waitForProjection(page, seq);
      expect(await error.isVisible(), 'error cleared by a valid entry').toBe(false);
    },
  );

  it('an emptied number field changes nothing and shows the current value again on Enter', async () => {
    const page = await openFresh();
    await selectCluster(page, CLUSTER);
    const { range, number } = lever(page, CLUSTER, 'growthRate');
    const seq = await waitForQuiet(page);
    const tableBefore = await readTargetTable(page);
    const rangeBefore = await range.inputValue();
    const shownBefore = await numberFieldValue(number);

    await enterNumber(number, '');
    await page.waitForTimeout(NO_CHANGE_WAIT_MS);

    expect(await projectionSeq(page)).toBe(seq);
    expect(await readTargetTable(page)).toEqual(tableBefore);
    expect(await range.inputValue()).toBe(rangeBefore);
    expect(await numberFieldValue(number)).toBe(shownBefore);
  });

  it("reset restores the plan's default", async () => {
    const page = await openFresh();
    await selectCluster(page, CLUSTER);
    const { number, reset } = lever(page, CLUSTER, 'growthRate');
    let seq = await waitForQuiet(page);
    const defaultValue = await numberFieldValue(number);
    const tableDefault = await readTargetTable(page);

    await enterNumber(number, String(defaultValue + 5));
    seq = await waitForProjection(page, seq);
    expect(await readTargetTable(page)).not.toEqual(tableDefault);

    await reset.click();
    await waitForProjection(page, seq);
    expect(await numberFieldValue(number)).toBeCloseTo(defaultValue, 6);
    expect(await readTargetTable(page)).toEqual(tableDefault);
  });

  it('the language switch changes every visible label', async () => {
    const page = await openFresh();
    const tabText = (id: string) => page.getByTestId(`cluster-tab-${id}`).innerText();

    const zh = await collectVisibleTexts(page);
    const zhTabs = await Promise.all(CLUSTER_IDS.map(tabText));
    const englishInZh = zh.filter((t) => !t.exempt && englishWords(t.text).length > 0);
    expect(
      englishInZh.map((t) => `${t.where}: ${t.text}`),
      'English words on the Chinese page',
    ).toEqual([]);
    expect(zhTabs.every(hasHan), `Chinese cluster names: ${zhTabs.join(' | ')}`).toBe(true);
    expect(hasHan(await page.title()), 'Chinese document title').toBe(true);

    await switchLocale(page, 'en');
    const en = await collectVisibleTexts(page);
    const enTabs = await Promise.all(CLUSTER_IDS.map(tabText));
    const hanInEn = en.filter((t) => !t.exempt && hasHan(t.text));
    expect(
      hanInEn.map((t) => `${t.where}: ${t.text}`),
      'Han characters on the English page',
    ).toEqual([]);
    expect(enTabs.some(hasHan), `English cluster names: ${enTabs.join(' | ')}`).toBe(false);
    for (let i = 0; i < CLUSTER_IDS.length; i++) expect(enTabs[i], CLUSTER_IDS[i]).not.toBe(zhTabs[i]);
    expect((await readTargetTable(page)).length).toBe(TARGET_IDS.length);

    // Tooltips of the provenance marks are labels too: open each in English.
    const hanInTooltips = new Set<string>();
    let tooltipTexts = 0;
    const marks = page.locator('[data-provenance]:visible');
    const markCount = await marks.count();
    for (let i = 0; i < markCount; i++) {
      await marks.nth(i).focus();
      for (const t of await collectVisibleTexts(page, '[role="tooltip"]')) {
        tooltipTexts++;
        if (!t.exempt && hasHan(t.text)) hanInTooltips.add(`${t.where}: ${t.text}`);
      }
    }
    expect(tooltipTexts, `texts in the tooltips of ${markCount} marks`).toBeGreaterThan(0);
    expect([...hanInTooltips], 'Han characters in English tooltips').toEqual([]);

    await switchLocale(page, 'zh-CN');
    expect(await Promise.all(CLUSTER_IDS.map(tabText))).toEqual(zhTabs);
  });

  it('reload keeps the working scenario (after autosave) and the locale', async () => {
    const page = await openFresh();
    await selectCluster(page, CLUSTER);
    const seq = await waitForQuiet(page);
    await enterNumber(lever(page, CLUSTER, 'growthRate').number, '12.5');
    await waitForProjection(page, seq);
    await switchLocale(page, 'en');
    const table = await readTargetTable(page);
    await page.waitForTimeout(2_000); // past the ~1.5 s autosave debounce

    await page.reload();
    await waitForReady(page);
    await waitForQuiet(page);

    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await selectCluster(page, CLUSTER);
    expect(await numberFieldValue(lever(page, CLUSTER, 'growthRate').number)).toBeCloseTo(12.5, 6);
    expect(await readTargetTable(page)).toEqual(table);
  });

  it('reload inside the autosave debounce loses nothing (the draft is flushed on pagehide)', async () => {
    const page = await openFresh();
    await selectCluster(page, CLUSTER);
    const seq = await waitForQuiet(page);
    await enterNumber(lever(page, CLUSTER, 'investmentPerYear').number, '120');
    await waitForProjection(page, seq);

    await page.reload();
    await waitForReady(page);

    await selectCluster(page, CLUSTER);
    expect(await numberFieldValue(lever(page, CLUSTER, 'investmentPerYear').number)).toBeCloseTo(120, 6);
  });

  it('provenance markers are focusable and show their source on hover and on focus', async () => {
    const page = await openFresh();
    const markers = page.locator('[data-provenance]');
    const kinds = await markers.evaluateAll((els) => els.map((el) => el.getAttribute('data-provenance')));
    expect(kinds.length, 'provenance markers on the page').toBeGreaterThan(0);
    for (const kind of kinds) expect(['estimate', 'conflict', 'plan', 'derived']).toContain(kind);
    const notFocusable = await markers.evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).tabIndex !== 0).map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(notFocusable, 'markers without tabindex=0').toEqual([]);

    const visibleMarkers = page.locator('[data-provenance]:visible');
    expect(await visibleMarkers.count()).toBeGreaterThan(0);
    const tooltip = page.locator('[role="tooltip"]:visible');

    await visibleMarkers.first().focus();
    await tooltip.first().waitFor({ state: 'visible', timeout: 3_000 });
    expect((await tooltip.first().innerText()).trim(), 'tooltip text on focus').not.toBe('');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    const last = visibleMarkers.last();
    await last.scrollIntoViewIfNeeded();
    await last.hover();
    await tooltip.first().waitFor({ state: 'visible', timeout: 3_000 });
    expect((await tooltip.first().innerText()).trim(), 'tooltip text on hover').not.toBe('');
    expect(await axeViolations(page), 'axe with a tooltip open').toEqual([]);
  });

  it('the keyboard alone reaches the locale toggle, the cluster tabs and every enabled lever control', async () => {
    const page = await openFresh();
    await selectCluster(page, CLUSTER);
    // Move one lever off its default so that its reset button is enabled.
    const seq = await waitForQuiet(page);
    await enterNumber(lever(page, CLUSTER, 'growthRate').number, '12');
    await waitForProjection(page, seq);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press('Tab');
      const testId = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
      if (testId !== '') reached.add(testId);
    }
    const wanted = ['locale-toggle', `cluster-tab-${CLUSTER}`];
    for (const leverId of LEVER_IDS) {
      const controls = lever(page, CLUSTER, leverId);
      wanted.push(`lever-${CLUSTER}-${leverId}-range`, `lever-${CLUSTER}-${leverId}-number`);
      // A reset button may be disabled while its lever is at the default; an enabled one must be reachable.
      if (await controls.reset.isEnabled()) wanted.push(`lever-${CLUSTER}-${leverId}-reset`);
    }
    expect(wanted).toContain(`lever-${CLUSTER}-growthRate-reset`);
    expect(
      wanted.filter((id) => !reached.has(id)),
      'controls Tab never reached',
    ).toEqual([]);
  });

  it.each(['zh-CN', 'en'] as const)('axe-core finds no WCAG 2.1 A/AA violations (%s)', async (locale) => {
    const page = await openFresh();
    if (locale === 'en') await switchLocale(page, 'en');
    await waitForQuiet(page);
    expect(await axeViolations(page), 'axe on the workbench').toEqual([]);

    await selectCluster(page, CLUSTER);
    await enterNumber(lever(page, CLUSTER, 'growthRate').number, '-150');
    await lever(page, CLUSTER, 'growthRate').error.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await axeViolations(page), 'axe with an entry error shown').toEqual([]);
  });

  it.each([
    { width: 1366, height: 768, locale: 'zh-CN' },
    { width: 1366, height: 768, locale: 'en' },
    { width: 1920, height: 1080, locale: 'zh-CN' },
    { width: 1920, height: 1080, locale: 'en' },
  ] as const)(
    'has no horizontal scrollbar at $width×$height ($locale)',
    async ({ width, height, locale }) => {
      const page = await openFresh({ viewport: { width, height } });
      if (locale === 'en') await switchLocale(page, 'en');
      await waitForQuiet(page);
      await stableChartImage(page, 'chart-zone');
      await page.screenshot({
        path: resolve(SCREENSHOT_DIR, `workbench-${locale}-${width}x${height}.png`),
        fullPage: true,
      });

      // The workbench scrolls inside its panels: show their lower halves too.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          if (el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY)) {
            el.scrollTop = el.scrollHeight;
          }
        }
      });
      await page.screenshot({
        path: resolve(SCREENSHOT_DIR, `workbench-${locale}-${width}x${height}-scrolled.png`),
      });

      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `scrollWidth ${scrollWidth} vs clientWidth ${clientWidth}`).toBeLessThanOrEqual(
        clientWidth,
      );
    },
  );

  it('a worker that cannot start is reported in worker-status, and editing goes on', async () => {
    const { page, context } = await open({}, true);
    const { workers } = await listBuiltScripts(inject('distDir'));
    expect(workers.length, 'worker chunks found in the build').toBeGreaterThan(0);
    const workerFiles = new Set(workers.map((file) => `/${file}`));
    await context.route(
      (url) => workerFiles.has(url.pathname),
      (route) => route.abort(),
    );
    await page.goto(baseUrl);

    const status = page.getByTestId('worker-status');
    await status.waitFor({ state: 'visible', timeout: 20_000 });
    expect((await status.innerText()).trim()).not.toBe('');
    await selectCluster(page, CLUSTER);
    await enterNumber(lever(page, CLUSTER, 'growthRate').number, '12');
    expect(await numberFieldValue(lever(page, CLUSTER, 'growthRate').number)).toBeCloseTo(12, 6);
  });

  it('no console errors, page errors, CSP violations or failed requests over the whole run', () => {
    expect(problemsOfRun.map(({ test, problem }) => `[${test}] ${problem.kind}: ${problem.message}`)).toEqual(
      [],
    );
  });
});
