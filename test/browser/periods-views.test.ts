/**
 * Every view on a later plan period (issue 14, part 5 follow-up), in the built app with the real
 * IndexedDB: actuals 2018–2020 imported, a 2021–2025 period created from the 2020 actuals and opened;
 * then the workbench, the whole plan, the uncertainty view, compare, evaluation, library, the report
 * and the slides are shown in Chinese and English, and none of them names the embedded plan's years
 * or title where the period's belong.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fillXlsx, type FixtureCell } from '../actuals-format/xlsx-fixture';
import {
  ACTUALS,
  XLSX,
  downloadTemplate,
  importActuals,
  importBytes,
  openEvaluation,
  sourceDocument,
} from './actuals-page';
import { DECK, browserSession, deckState, openPresentation, openReport } from './present-page';
import { download, readXlsx } from './spreadsheet-files';
import { createPeriod } from './periods-page';
import { collectVisibleTexts, enterNumber, lever, waitForReady, type VisibleText } from './workbench-page';

const baseUrl = inject('baseUrl');
const SHOTS = process.env.PERIODS_SCREENSHOTS;
const session = browserSession();

/** 2021 output of every cluster (亿元), for the period's mid-term evaluation. */
const MID_TERM: Record<string, number> = {
  'output.newMaterials': 101,
  'output.medicineHealth': 17,
  'output.smartManufacturing': 24,
  'output.agriProcessing': 35,
  'output.modernServices': 46,
};

/** Download the template on the period (2018–2025 rows), fill 2018–2020 and 2021's output, import it. */
async function importMidTerm(page: Page): Promise<void> {
  const { template, rows } = await downloadTemplate(page);
  const years = new Set(rows.slice(1).map((row) => Number(row[3])));
  expect([...years].sort()).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  const cells = new Map<string, FixtureCell>();
  rows.forEach((row, index) => {
    const key = String(row[0]);
    const year = Number(row[3]);
    const value = year <= 2020 ? ACTUALS[key]?.[year - 2018] : year === 2021 ? MID_TERM[key] : undefined;
    if (index === 0 || value === undefined) return;
    cells.set(`E${index + 1}`, value);
    cells.set(`F${index + 1}`, sourceDocument(year));
    cells.set(`G${index + 1}`, `${year + 1}-03-20`);
  });
  await importBytes(page, '实际值-2021.xlsx', fillXlsx(new Uint8Array(template), cells), XLSX);
  await page.locator('[data-testid="actuals-message"][data-kind="imported"]').waitFor();
}

/** Create the 2021–2025 period from the imported actuals and open it (the page reloads). */
async function openNewPeriod(page: Page): Promise<void> {
  await createPeriod(page);
  await page.getByTestId('periods-open-created').click();
  await page.waitForLoadState('load');
  // The click only starts the reload: the old page (on the plan, no banner) may still be there, ready.
  await page.getByTestId('period-banner').waitFor({ timeout: 20_000 });
  await waitForReady(page);
}

async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByTestId('scenario-save-as').click();
  await page.getByTestId('scenario-name').fill(name);
  await page.getByTestId('scenario-dialog-confirm').click();
  await expect.poll(() => page.getByTestId('scenario-current-name').textContent()).toBe(name);
}

/**
 * Texts of the embedded 2018–2020 plan that must not show on a later period: its years as a
 * period, its base year and its target year.
 */
const EMBEDDED = [
  /2018\s*[–—-]\s*2020/,
  /2017/,
  /(?<![\d.])2020\s*年(?:目标|预测)/,
  /2020 (?:target|projection)/,
];

/**
 * Where the embedded plan is named on purpose: the way back to it (period banner), where its baseline
 * tables are (the details tab), the plausible ranges' basis in the zone's history (2011–2017), and a
 * period's own provenance (estimates carried over from the previous plan or fitted to its actuals).
 */
const ON_PURPOSE_PLACES = ['period-banner', 'period-back-to-plan', 'details-other-period', '-implausible'];
const ON_PURPOSE_TEXTS =
  /沿用《|Carried over from|实际数反推|实际数的反推|Back-fitted to the actuals|The back-fit to the actuals/;

/** The lines of an exported table (CSV text or XLSX cells) that name the embedded plan. */
function embeddedLines(lines: readonly string[]): string[] {
  return lines
    .filter((line) => !ON_PURPOSE_TEXTS.test(line))
    .filter((line) => EMBEDDED.some((pattern) => pattern.test(line)));
}

/** Download a table as CSV and XLSX: both say 2025 and the period's title, never the embedded plan. */
async function exportedTables(page: Page, testId: string): Promise<string[]> {
  const csv = (await download(page, `${testId}-csv`)).bytes.toString('utf8').replace(/\u00a0/g, ' ');
  expect(csv).toContain('2025');
  expect(csv).toContain('2021–2025');
  const xlsx = await readXlsx((await download(page, `${testId}-xlsx`)).bytes);
  const cells = xlsx.rows.map((row) =>
    row
      .map((cell) => String(cell ?? ''))
      .join('\t')
      .replace(/\u00a0/g, ' '),
  );
  expect(cells.join('\n')).toContain('2025');
  return [...embeddedLines(csv.split('\n')), ...embeddedLines(cells)].map((line) => `${testId}: ${line}`);
}

function embeddedTexts(texts: readonly VisibleText[]): string[] {
  return texts
    .filter((t) => !ON_PURPOSE_PLACES.some((place) => t.where.includes(place)))
    .filter((t) => !ON_PURPOSE_TEXTS.test(t.text))
    .filter((t) => EMBEDDED.some((pattern) => pattern.test(t.text)))
    .map((t) => `${t.where}: ${t.text}`);
}

async function toggleLocale(page: Page, to: 'zh' | 'en'): Promise<void> {
  await page.getByTestId('locale-toggle').click();
  await page.waitForFunction((lang) => document.documentElement.lang.startsWith(lang), to);
}

/** What a view shows of the embedded plan in the current language, with a screenshot when asked. */
async function look(page: Page, name: string, locale: 'zh' | 'en', within = 'body'): Promise<string[]> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${locale}.png`, fullPage: true });
  return embeddedTexts(await collectVisibleTexts(page, within)).map((t) => `${name}/${locale} ${t}`);
}

/** Show a view in both languages (it stays in Chinese). */
async function tour(page: Page, name: string, within = 'body'): Promise<string[]> {
  const found = await look(page, name, 'zh', within);
  await toggleLocale(page, 'en');
  found.push(...(await look(page, name, 'en', within)));
  await toggleLocale(page, 'zh');
  return found;
}

describe('every view on a later plan period', () => {
  it('names the period’s years and title, never the embedded plan’s', async () => {
    const { page } = await session.open({ viewport: { width: 1366, height: 768 } });
    await openEvaluation(page, baseUrl);
    await page.getByTestId('nav-evaluation').click();
    await importActuals(page);
    await openNewPeriod(page);
    // The 0.3 model's "what changed" notice is about the 2018–2020 plan: not shown on a later period.
    expect(await page.getByTestId('what-changed').count()).toBe(0);
    await saveAs(page, '十四五 基准');
    await lever(page, 'newMaterials', 'growthRate').number.waitFor();
    const found: string[] = [];

    // The workbench: the zone chart against the period's 360, the reference cards without the early
    // estimates of the first releases and without 专栏.
    expect(await page.locator('main').innerText()).toContain('与 360 亿元目标');
    const cards = page.getByTestId('reference-card');
    await expect.poll(() => cards.count()).toBe(3);
    expect(await page.getByTestId('reference-strip').innerText()).not.toContain('专栏');
    found.push(...(await tour(page, 'workbench')));
    found.push(...(await exportedTables(page, 'export-targets')));

    await page.getByTestId('nav-plan').click();
    for (const tab of ['indicators', 'parks', 'projects', 'details']) {
      await page.getByTestId(`plan-tab-${tab}`).click();
      await page.locator(`[data-testid="plan-view"][data-tab="${tab}"]`).waitFor();
      // The peer zones' figures are dated 2017 by their source (the plan's annex 1): left out of the check.
      const within =
        tab === 'indicators'
          ? '[data-testid="plan-view"] .bar, [data-testid="indicators-panel"] > :not([data-testid="peer-zones"])'
          : 'body';
      found.push(...(await tour(page, `plan-${tab}`, within)));
      if (tab === 'indicators') found.push(...(await exportedTables(page, 'export-indicators')));
      if (tab === 'parks') found.push(...(await exportedTables(page, 'export-parks')));
    }

    // No baseline tables or text-only projects of the embedded plan; the period has no key projects.
    await page.getByTestId('plan-tab-details').click();
    await page.getByTestId('details-other-period').waitFor();
    expect(await page.getByTestId('details-panel').count()).toBe(0);
    await page.getByTestId('plan-tab-projects').click();
    await page.getByTestId('projects-none').waitFor();
    expect(await page.getByTestId('text-projects').count()).toBe(0);
    expect(await page.getByTestId('plan-view').innerText()).not.toContain('专栏');

    await page.getByTestId('nav-uncertainty').click();
    await page.locator('[data-testid="uncertainty-view"]').waitFor({ timeout: 20_000 });
    await page.getByTestId('preset-scope-all').click();
    await page.getByTestId('preset-all-10').click();
    await page.getByTestId('mc-trials').fill('200');
    await page.getByTestId('mc-trials').press('Tab');
    await page.getByTestId('mc-run').click();
    await page
      .locator('[data-testid="uncertainty-view"][data-run-state="done"]')
      .waitFor({ timeout: 60_000 });
    found.push(...(await tour(page, 'uncertainty')));

    // A second scenario of the period, for compare.
    await page.getByTestId('nav-workbench').click();
    await enterNumber(lever(page, 'newMaterials', 'growthRate').number, '25');
    await saveAs(page, '十四五 加速');
    await page.getByTestId('nav-compare').click();
    await page.getByTestId('compare-view').waitFor();
    found.push(...(await tour(page, 'compare')));

    // The evaluation is of the period: its 2025 targets; none of its years has an actual yet.
    await page.getByTestId('nav-evaluation').click();
    await page.getByTestId('evaluation-view').waitFor();
    await page.getByTestId('evaluation-no-period-actuals').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('evaluation-no-period-actuals').innerText()).toContain('2021—2025');
    expect(await page.locator('#targets-heading').innerText()).toContain('2025');
    expect(await page.getByTestId('evaluation-targets').innerText()).toContain('180');
    // A mid-term evaluation: the template offers the period's years; 2021 is filled and imported.
    await importMidTerm(page);
    await page.getByTestId('evaluation-no-period-actuals').waitFor({ state: 'detached' });
    await page.getByTestId('evaluation-fit').waitFor({ timeout: 60_000 });
    const statements = await page.getByTestId('evaluation-statements').innerText();
    expect(statements).toContain('新材料：2025 年目标');
    expect(statements).toContain('该年尚无实际数');
    expect(statements).toContain('2021 年');
    // The back-fit is over 2021, each cluster fitted (its error shown).
    expect(
      await page.locator('[data-testid="evaluation-fit-row"][data-cluster="newMaterials"]').count(),
    ).toBeGreaterThan(0);
    expect(await page.getByTestId('evaluation-fit').innerText()).toContain('拟合误差');
    found.push(...(await tour(page, 'evaluation')));

    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-view').waitFor();
    found.push(...(await tour(page, 'library')));

    await page.getByTestId('nav-workbench').click();
    for (const locale of ['zh', 'en'] as const) {
      if (locale === 'en') await toggleLocale(page, 'en');
      await openReport(page);
      // Headers hold a year and 年 together with a no-break space.
      const header = (await page.locator('[data-testid="report-target-table"] thead').innerText()).replace(
        /\u00a0/g,
        ' ',
      );
      expect(header).toContain(locale === 'zh' ? '2025 年目标' : '2025');
      expect(header).toContain(locale === 'zh' ? '2020 年' : '2020');
      found.push(...(await look(page, 'report', locale)));
      await page.getByTestId('report-close').click();

      await openPresentation(page);
      const { count } = await deckState(page);
      for (let i = 0; i < count; i += 1) {
        const { id } = await deckState(page);
        found.push(...(await look(page, `slide-${i}-${id}`, locale, DECK)));
        await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Escape');
    }

    for (const line of found) console.log(line);
    expect(found).toEqual([]);
  }, 400_000);
});
