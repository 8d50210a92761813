/**
 * Helpers for the browser tests of presenting a scenario: the presentation deck, the printed report
 * (PDF text and pages through poppler-utils), downloads and PNG files, axe-core, and a recorder of
 * page problems for the whole-run check.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  launchChromium,
  openPage,
  type OpenPageOptions,
  type OpenedPage,
  type PageProblem,
} from './chromium';

const run = promisify(execFile);

/** The WCAG rules the app promises (quality.md). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Selector of the presentation deck. */
export const DECK = '[data-testid="presentation"]';

/** Run axe-core on the page; one readable line per violation. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include !== undefined) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

/**
 * Pages opened by one test file, closed after each test, with every problem they report collected
 * (unless a test expects problems) for a final "no problems over the whole run" check.
 */
export class PageSession {
  readonly problems: { test: string; problem: PageProblem }[] = [];
  readonly #opened: OpenedPage[] = [];

  constructor(private readonly browser: () => Browser) {}

  /** Open a fresh context and page; its problems count unless `expectProblems`. */
  async open(options: OpenPageOptions = {}, expectProblems = false): Promise<OpenedPage> {
    const opened = await openPage(this.browser(), options);
    this.#opened.push(opened);
    if (!expectProblems) {
      const test = expect.getState().currentTestName ?? '(unknown test)';
      const push = opened.problems.push.bind(opened.problems);
      opened.problems.push = (...items: PageProblem[]) => {
        for (const problem of items) this.problems.push({ test, problem });
        return push(...items);
      };
    }
    return opened;
  }

  /** Close every context opened since the last call. */
  async closeAll(): Promise<void> {
    for (const { context } of this.#opened.splice(0)) await context.close();
  }

  /** The problems as readable lines, for `expect(...).toEqual([])`. */
  lines(): string[] {
    return this.problems.map(({ test, problem }) => `[${test}] ${problem.kind}: ${problem.message}`);
  }
}

/**
 * The hooks a browser test file registers: one Chromium for the file, every page context of a test
 * closed after it. Call at the top of the file; returns the session to open pages with.
 */
export function browserSession(): PageSession {
  let browser: Browser | undefined;
  const session = new PageSession(() => browser!);
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await session.closeAll();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return session;
}

/** Where the deck stands: the slide shown and how many there are. */
export interface DeckState {
  readonly index: number;
  readonly count: number;
  readonly id: string;
}

/** Read the deck's current slide and slide count. */
export async function deckState(page: Page): Promise<DeckState> {
  const deck = page.locator(DECK);
  return {
    index: Number(await deck.getAttribute('data-slide-index')),
    count: Number(await deck.getAttribute('data-slide-count')),
    id: (await deck.getAttribute('data-slide-id')) ?? '',
  };
}

/** Open presentation mode from the scenario bar and wait for its first slide. */
export async function openPresentation(page: Page): Promise<void> {
  await page.getByTestId('present-open').click();
  await page.locator(DECK).waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForFunction(
    (selector) => Number(document.querySelector(selector)?.getAttribute('data-slide-count')) > 1,
    DECK,
  );
}

/** Wait until the deck shows slide `index` (0-based). */
export async function waitForSlide(page: Page, index: number): Promise<void> {
  await page.waitForFunction(
    ({ selector, index }) =>
      Number(document.querySelector(selector)?.getAttribute('data-slide-index')) === index,
    { selector: DECK, index },
    { timeout: 5_000 },
  );
}

/** A script that replaces `window.print()` by a counter (`window.__printCalls`), for the report tests. */
export const COUNT_PRINT_CALLS = `window.__printCalls = 0; window.print = () => { window.__printCalls += 1; };`;

/** Open the report from the scenario bar and wait until its charts are drawn. */
export async function openReport(page: Page): Promise<void> {
  await page.getByTestId('report-open').click();
  await page.locator('[data-testid="report-view"][data-ready="true"]').waitFor({ timeout: 20_000 });
}

async function poppler(tool: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, [...args], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} is missing: install poppler-utils (sudo apt-get install -y --no-install-recommends poppler-utils)`,
      );
    }
    throw error;
  }
}

/** Page count and page sizes (points) of a PDF file, from pdfinfo. */
export async function pdfPages(file: string): Promise<{ width: number; height: number }[]> {
  const info = await poppler('pdfinfo', ['-f', '1', '-l', '999', file]);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The text of each page of a PDF file, from pdftotext (layout kept, so table rows stay on one line). */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const text = await poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** Render the pages of a PDF file as PNGs `<prefix>-<n>.png` (pdftoppm), to look at them. */
export async function pdfToPngs(file: string, prefix: string, dpi = 80): Promise<void> {
  await poppler('pdftoppm', ['-r', String(dpi), '-png', file, prefix]);
}

/** The contents of a download, once it has finished. */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Click a button and return the download it starts. */
export async function clickForDownload(page: Page, testId: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.getByTestId(testId).click(),
  ]);
  return download;
}

/** Width and height of a PNG from its IHDR chunk; throws unless the bytes are a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG: bad signature');
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG: no IHDR chunk first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
