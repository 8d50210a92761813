/**
 * The workbench's test contract (data-testid and data-* attributes the UI promises), wrapped in
 * small helpers so tests read in the planners' terms. Shared by the browser tests and the benchmark.
 */
import type { Locator, Page } from 'playwright-core';

/** The "4+1" clusters, in tab order. */
export const CLUSTER_IDS = [
  'newMaterials',
  'medicineHealth',
  'smartManufacturing',
  'agriProcessing',
  'modernServices',
] as const;
export type ClusterId = (typeof CLUSTER_IDS)[number];

/** The levers every cluster shows. */
export const LEVER_IDS = [
  'growthRate',
  'investmentPerYear',
  'baseYearInvestment',
  'outputPerInvestment',
  'lagYears',
  'rampUpShare',
  'landPace',
  'landIntensity',
] as const;
export type LeverId = (typeof LEVER_IDS)[number];

/** Rows of the target table: one per cluster, then the two zone indicators. */
export const TARGET_IDS = [...CLUSTER_IDS, 'industrialOutput', 'outputIntensity'] as const;

/** Cells of a target-table row. */
export const TARGET_COLUMNS = ['projected', 'target', 'gap', 'attainment', 'status'] as const;

/** Selector of the workbench's main element. */
export const WORKBENCH = 'main[data-testid="workbench"]';

/** How long the first projection may take to appear after navigation, ms. */
const READY_TIMEOUT_MS = 20_000;
/** A projection result not applied within this long counts as lost, ms. */
const PROJECTION_TIMEOUT_MS = 10_000;
/** No new projection for this long means a burst of edits has been fully applied, ms. */
const QUIET_MS = 400;

/** Open the app and wait until the first projection is rendered. */
export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForReady(page);
}

/** Wait until the first projection is rendered (after navigation or reload). */
export async function waitForReady(page: Page): Promise<void> {
  await page.locator(`${WORKBENCH}[data-ready="true"]`).waitFor({ timeout: READY_TIMEOUT_MS });
}

/** The number of projection results applied to every chart and table so far. */
export async function projectionSeq(page: Page): Promise<number> {
  const value = await page.locator(WORKBENCH).getAttribute('data-projection-seq');
  const seq = Number(value);
  if (value === null || !Number.isInteger(seq)) {
    throw new Error(`${WORKBENCH} has data-projection-seq=${String(value)}, expected an integer`);
  }
  return seq;
}

/**
 * Wait until a projection newer than `after` has been applied and no further one follows for a
 * moment (a slider burst is coalesced into one or more runs; wait for the last). Returns the final seq.
 */
export async function waitForProjection(page: Page, after: number): Promise<number> {
  await page.waitForFunction(
    ({ selector, after }) =>
      Number(document.querySelector(selector)?.getAttribute('data-projection-seq')) > after,
    { selector: WORKBENCH, after },
    { timeout: PROJECTION_TIMEOUT_MS },
  );
  return waitForQuiet(page);
}

/** Wait until no new projection has been applied for QUIET_MS; return the seq. */
export async function waitForQuiet(page: Page): Promise<number> {
  let last = await projectionSeq(page);
  for (let attempt = 0; attempt < 50; attempt++) {
    await page.waitForTimeout(QUIET_MS);
    const now = await projectionSeq(page);
    if (now === last) return now;
    last = now;
  }
  throw new Error(`projections kept coming for ${(50 * QUIET_MS) / 1000} s (seq ${last})`);
}

/**
 * The chart's pixels as a data URL, once it is drawn (not stale) and two reads 200 ms apart agree
 * (Chart.js may still be animating right after an update).
 */
export async function stableChartImage(page: Page, testId: string): Promise<string> {
  const canvas = page.getByTestId(testId);
  // A chart off screen, or before Chart.js has loaded, is stale: wait until it shows its latest model.
  await page.locator(`canvas[data-testid="${testId}"][data-chart-state="drawn"]`).waitFor();
  let previous = await canvas.evaluate((el) => (el as HTMLCanvasElement).toDataURL());
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.waitForTimeout(200);
    const now = await canvas.evaluate((el) => (el as HTMLCanvasElement).toDataURL());
    if (now === previous) return now;
    previous = now;
  }
  throw new Error(`chart ${testId} kept changing for 8 s`);
}

/** One target-table row: each cell's visible text, plus the status cell's data-status. */
export interface TargetRow {
  readonly id: string;
  readonly cells: Readonly<Record<string, string>>;
  readonly status: string | null;
}

/** Read the target table, one entry per `tr[data-target-id]`, in document order. */
export function readTargetTable(page: Page): Promise<TargetRow[]> {
  return page.getByTestId('target-table').evaluate(
    (table, columns) => {
      return [...table.querySelectorAll('tr[data-target-id]')].map((row) => {
        const cells: Record<string, string> = {};
        for (const column of columns) {
          const cell = row.querySelector(`td[data-col="${column}"]`);
          cells[column] = cell === null ? '(missing)' : (cell as HTMLElement).innerText.trim();
        }
        return {
          id: row.getAttribute('data-target-id') ?? '',
          cells,
          status: row.querySelector('td[data-col="status"]')?.getAttribute('data-status') ?? null,
        };
      });
    },
    TARGET_COLUMNS as readonly string[],
  );
}

/** The controls of one lever. */
export interface LeverControls {
  readonly range: Locator;
  readonly number: Locator;
  readonly reset: Locator;
  readonly error: Locator;
}

/** Locate a lever's slider, number field, reset button and error message. */
export function lever(page: Page, clusterId: ClusterId, leverId: LeverId): LeverControls {
  const prefix = `lever-${clusterId}-${leverId}`;
  return {
    range: page.locator(`input[type="range"][data-testid="${prefix}-range"]`),
    number: page.locator(`input[data-testid="${prefix}-number"]`),
    reset: page.locator(`button[data-testid="${prefix}-reset"]`),
    error: page.getByTestId(`${prefix}-error`),
  };
}

/** Select a cluster's tab. */
export async function selectCluster(page: Page, clusterId: ClusterId): Promise<void> {
  await page.getByTestId(`cluster-tab-${clusterId}`).click();
  await lever(page, clusterId, 'growthRate').range.waitFor({ state: 'visible', timeout: 5_000 });
}

/**
 * Type a value into a lever's number field as a user would, then commit it with Enter. Text a
 * `type=number` field refuses (letters) is typed key by key, so the field ends up as the browser leaves it.
 */
export async function enterNumber(field: Locator, text: string): Promise<void> {
  const type = await field.getAttribute('type');
  if (type === 'number' && text !== '' && !Number.isFinite(Number(text))) {
    await field.fill('');
    await field.pressSequentially(text);
  } else {
    await field.fill(text);
  }
  await field.press('Enter');
}

/** The number a lever's number field shows, parsed (accepts "9", "9.0", "9,0"). */
export async function numberFieldValue(field: Locator): Promise<number> {
  const raw = await field.inputValue();
  return Number(
    raw
      .replace(/\s/g, '')
      .replace(',', '.')
      .replace(/[^\d.+-]/g, ''),
  );
}

/** A visible piece of text or accessible-name attribute, with whether it is exempt from the locale check. */
export interface VisibleText {
  readonly text: string;
  /** Where it is: a short CSS-like path of the element, plus the attribute if it came from one. */
  readonly where: string;
  /** Inside an element of another language (lang attribute), a quoted source (data-source), or the locale toggle. */
  readonly exempt: boolean;
}

/**
 * Collect every visible text node of the page (or of the elements matching `within`) and the accessible-name attributes of visible
 * elements (aria-label, aria-valuetext, title, placeholder, alt), plus the document title.
 * Text in elements of another language (by their `lang`), in quoted sources (`data-source`) and in
 * the locale toggle (which names the other language on purpose) is marked exempt.
 */
export function collectVisibleTexts(page: Page, within = 'body'): Promise<VisibleText[]> {
  return page.evaluate((within) => {
    const pageLang = (document.documentElement.lang || '').toLowerCase().split('-')[0] ?? '';
    const path = (el: Element): string => {
      const parts: string[] = [];
      for (
        let node: Element | null = el;
        node && node !== document.body && parts.length < 4;
        node = node.parentElement
      ) {
        const testId = node.getAttribute('data-testid');
        parts.unshift(testId ? `[data-testid="${testId}"]` : node.tagName.toLowerCase());
        if (testId) break;
      }
      return parts.join(' > ');
    };
    const isExempt = (el: Element): boolean => {
      const lang = (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().split('-')[0];
      if (lang !== pageLang) return true;
      return el.closest('[data-source], [data-testid="locale-toggle"]') !== null;
    };
    const visible = (el: Element): boolean =>
      el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) &&
      el.closest('[aria-hidden="true"]') === null;
    const out: { text: string; where: string; exempt: boolean }[] = [];
    const roots = [...document.querySelectorAll(within)];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        roots.some((root) => root.contains(node)) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
    });
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const el = node.parentElement;
      if (text === '' || el === null || el.closest('script, style, noscript, template') !== null) continue;
      if (!visible(el)) continue;
      out.push({ text, where: path(el), exempt: isExempt(el) });
    }
    for (const el of document.body.querySelectorAll(
      '[aria-label], [aria-valuetext], [title], [placeholder], [alt]',
    )) {
      if (!visible(el) || !roots.some((root) => root.contains(el))) continue;
      for (const attr of ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt']) {
        const text = (el.getAttribute(attr) ?? '').trim();
        if (text !== '') out.push({ text, where: `${path(el)} @${attr}`, exempt: isExempt(el) });
      }
    }
    if (within === 'body') out.push({ text: document.title, where: 'document.title', exempt: false });
    return out;
  }, within);
}

/** Latin words (2+ letters) that are fine in Chinese text: units and standard abbreviations. */
export const LATIN_ALLOWED_IN_ZH: ReadonlySet<string> = new Set([
  'CAGR',
  'km',
  'GDP',
  'CSV',
  'JSON',
  'PNG',
  'PDF',
  'URL',
  'XLSX',
  // keyboard shortcuts are named by their keys
  'Ctrl',
  'Shift',
  'Esc',
  'PageUp',
  'PageDown',
]);

/** Latin words of a text that a Chinese page should not show. */
export function englishWords(text: string): string[] {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !LATIN_ALLOWED_IN_ZH.has(word));
}

/** Whether a text contains Han characters. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
