/**
 * A large library in the built app: the list is windowed (only the rows near the viewport are in
 * the DOM), yet it counts every record, and search, sort and the keyboard reach all of them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { createSavedScenario, type SavedScenario } from '../../src/scenario-format/saved-scenario';
import { DB_NAME, DB_VERSION, STORES } from '../../src/storage/database';
import { launchChromium, openPage } from './chromium';
import { openWorkbench, waitForReady } from './workbench-page';

const RECORDS = 400;
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** `count` saved scenarios, 方案 0001 the oldest … the newest (last saved) named after the count. */
function library(count: number): SavedScenario[] {
  const now = Date.UTC(2026, 10, 1);
  return Array.from({ length: count }, (_, i) =>
    createSavedScenario(
      {
        name: name(count - i),
        notes: i === count - 1 ? '最早的一条：唯一的备注' : '',
        tags: [],
        scenario: defaultScenario(PLAN_DATASET),
      },
      { now: now - i * 60_000, appVersion: '0.1.0' },
      `s-${i + 1}`,
    ),
  );
}

/** Write the records into the app's database (created by the app at its version) and reload. */
async function seed(page: Page, records: readonly SavedScenario[]): Promise<void> {
  await page.evaluate(
    async ({ name, version, store, records }) => {
      for (let i = 0; ; i++) {
        const found = (await indexedDB.databases()).find((db) => db.name === name);
        if (found?.version === version) break;
        if (i === 100) throw new Error(`${name} was not created at version ${version}`);
        await new Promise((done) => setTimeout(done, 50));
      }
      const open = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((done, fail) => {
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction(store, 'readwrite');
      for (const record of records) tx.objectStore(store).put(record);
      await new Promise<void>((done, fail) => {
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { name: DB_NAME, version: DB_VERSION, store: STORES.scenarios, records },
  );
  await page.reload();
  await waitForReady(page);
}

const name = (n: number) => `方案 ${String(n).padStart(4, '0')}`;
const rows = (page: Page) => page.getByTestId('library-item');
const focusedRowName = (page: Page) =>
  page.evaluate(
    () =>
      document.activeElement
        ?.closest('[data-testid="library-item"]')
        ?.querySelector('[data-testid="library-item-name"]')?.textContent ?? null,
  );

describe('a library of hundreds of scenarios', () => {
  it('renders only the rows near the viewport, counts every record, and search and sort cover them all', async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      await openWorkbench(page, baseUrl);
      await seed(page, library(RECORDS));
      await page.getByTestId('nav-library').click();
      await expect
        .poll(() => page.getByTestId('library-count').getAttribute('data-count'))
        .toBe(String(RECORDS));
      // The count shows at once; virtua places the rows a frame or two after the list is read.
      await rows(page).first().waitFor();
      const rendered = await rows(page).count();
      expect(rendered).toBeGreaterThan(0);
      expect(rendered).toBeLessThan(40);
      expect(await rows(page).first().getByTestId('library-item-name').textContent()).toBe(name(RECORDS));

      // The oldest record is found by a word of its notes, though its row was never rendered.
      await page.getByTestId('library-search').fill('唯一的备注');
      await expect.poll(() => rows(page).count()).toBe(1);
      expect(await rows(page).getByTestId('library-item-name').textContent()).toBe(name(1));
      await page.getByTestId('library-search').fill('');

      // Sorted by name, the oldest comes first; every record is still counted.
      await page.getByTestId('library-sort').selectOption('name');
      await expect
        .poll(() => rows(page).first().getByTestId('library-item-name').textContent())
        .toBe(name(1));
      expect(await page.getByTestId('library-count').getAttribute('data-count')).toBe(String(RECORDS));
      expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the keyboard moves between rows over the whole list: arrows, End and Home', async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      await openWorkbench(page, baseUrl);
      await seed(page, library(RECORDS));
      await page.getByTestId('nav-library').click();
      await rows(page).first().waitFor();

      await rows(page).first().getByTestId('library-open').focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedRowName(page)).toBe(name(RECORDS - 1));
      await page.keyboard.press('End');
      await expect.poll(() => focusedRowName(page)).toBe(name(1));
      // The same control keeps the focus, and the row is on screen.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'library-open',
      );
      const box = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON());
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(768);
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => focusedRowName(page)).toBe(name(2));
      await page.keyboard.press('Home');
      await expect.poll(() => focusedRowName(page)).toBe(name(RECORDS));

      // Enter on the focused "open" button opens that scenario.
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedRowName(page)).toBe(name(RECORDS - 1));
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="workbench"][data-view="workbench"]').waitFor();
      await expect
        .poll(() => page.getByTestId('scenario-current-name').textContent())
        .toBe(name(RECORDS - 1));
      expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
