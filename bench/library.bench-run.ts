/**
 * The scenario library in the built app, in headless Chromium with the real IndexedDB, measured only
 * through the test contract (nothing is exposed for the benchmark):
 * - saving a scenario that is already in the library: a click on "保存" until the confirmation message
 *   says 已保存, timed in the page; a raw IndexedDB `put` of one record as the lower bound;
 * - opening a library of 1,000 scenarios: a click on the library tab until the list shows its first
 *   rows and counts 1,000 records (and, apart, until every rendered row has its summary from the
 *   library worker), and the longest main-thread task meanwhile; a raw IndexedDB `getAll` of the
 *   1,000 records as the lower bound. Only the rows near the viewport are in the DOM (virtua).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { SavedScenario } from '../src/scenario-format/saved-scenario';
import { launchChromium, openPage } from '../test/browser/chromium';
import {
  enterNumber,
  lever,
  openWorkbench,
  waitForQuiet,
  waitForReady,
} from '../test/browser/workbench-page';
import { fixed, verdict, verdictWithGoal, writeBenchmarkSection, type ResultRow } from './benchmarks-doc';
import {
  DB_NAME,
  DB_VERSION,
  LONG_TASKS,
  STORES,
  backToWorkbench,
  makeLibrary,
  openLibrary,
  recordProblems,
  seedLibrary,
  type LibraryOpen,
} from './library-page';
import { summarise } from './statistics';

const SAVE_WARM_UPS = 3;
const SAVES = 30;
const RAW_PUT_WARM_UPS = 5;
const RAW_PUTS = 50;
const LIBRARY_SIZE = 1_000;
const WARM_OPENS = 20;
const COLD_OPENS = 3;
const RAW_GET_ALLS = 10;
/** Budget and goal of one save, ms; of opening the library of 1,000, ms; of the longest main-thread task, ms. */
const SAVE_BUDGET_MS = 10;
const SAVE_GOAL_MS = 2;
const OPEN_BUDGET_MS = 100;
const OPEN_GOAL_MS = 50;
const LONG_TASK_BUDGET_MS = 50;
/** A separate database for the raw IndexedDB measurements, so the app's data is untouched. */
const RAW_DB_NAME = 'bench-raw-idb';

/**
 * Click "保存" once, timed in the page from the click to the message that says 已保存 (a
 * MutationObserver installed before the click). NaN when no such message came within 5 s.
 */
function timeSave(page: Page): Promise<number> {
  return page.evaluate(() => {
    const save = document.querySelector<HTMLButtonElement>('[data-testid="scenario-save"]')!;
    const saved = () =>
      document.querySelector('[data-testid="library-message"]')?.textContent?.includes('已保存') ?? false;
    if (saved()) throw new Error('a saved message is already shown before the click');
    return new Promise<number>((done) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        done(Number.NaN);
      }, 5_000);
      const observer = new MutationObserver(() => {
        if (!saved()) return;
        const end = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        done(end - start);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      const start = performance.now();
      save.click();
    });
  });
}

/** `puts` raw IndexedDB puts of `record` (after warm-ups), each in its own readwrite transaction until `oncomplete`. */
function timeRawPuts(page: Page, record: SavedScenario, warmUps: number, puts: number): Promise<number[]> {
  return page.evaluate(
    async ({ name, record, warmUps, puts }) => {
      const request = <T>(req: IDBRequest<T>) =>
        new Promise<T>((done, fail) => {
          req.onsuccess = () => done(req.result);
          req.onerror = () => fail(req.error);
        });
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('scenarios', { keyPath: 'id' });
      const db = await request(open);
      const samples: number[] = [];
      try {
        for (let i = 0; i < warmUps + puts; i++) {
          const copy = { ...record, revision: record.revision + i, updatedAt: record.updatedAt + i };
          const start = performance.now();
          const tx = db.transaction('scenarios', 'readwrite');
          tx.objectStore('scenarios').put(copy);
          await new Promise<void>((done, fail) => {
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
            tx.onabort = () => fail(tx.error);
          });
          if (i >= warmUps) samples.push(performance.now() - start);
        }
      } finally {
        db.close();
        await request(indexedDB.deleteDatabase(name));
      }
      return samples;
    },
    { name: RAW_DB_NAME, record, warmUps, puts },
  );
}

/** `runs` raw `getAll`s of the app's scenario store, each in a readonly transaction until its result. */
function timeRawGetAll(page: Page, runs: number): Promise<{ samples: number[]; count: number }> {
  return page.evaluate(
    async ({ name, store, runs }) => {
      const open = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((done, fail) => {
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const samples: number[] = [];
      let count = 0;
      try {
        for (let i = 0; i < runs + 1; i++) {
          const start = performance.now();
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          const all = await new Promise<unknown[]>((done, fail) => {
            req.onsuccess = () => done(req.result);
            req.onerror = () => fail(req.error);
          });
          const end = performance.now();
          count = all.length;
          if (i > 0) samples.push(end - start); // the first is a warm-up
        }
      } finally {
        db.close();
      }
      return { samples, count };
    },
    { name: DB_NAME, store: STORES.scenarios, runs },
  );
}

const ms = (value: number) => `${fixed(value, 1)} ms`;
const longest = (tasks: readonly number[]) => (tasks.length === 0 ? 0 : Math.max(...tasks));
const buildError = inject('buildError');
let browser: Browser | undefined;

beforeAll(async () => {
  if (buildError === '') browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function recordNotMeasured(id: string, title: string): Promise<never> {
  await writeBenchmarkSection({
    id,
    title,
    method: 'Not measured: the app did not build.',
    rows: [{ what: 'build', result: `failed: ${buildError.split('\n')[0]}` }],
  });
  expect.fail(`the app did not build: ${buildError}`);
}

/** Rows measured by the first test, written with the second's into one section. */
const saveRows: ResultRow[] = [];
let saveProblems: string[] = [];

it('measures saving one scenario that is already in the library', async () => {
  if (browser === undefined) return await recordNotMeasured('library', 'Scenario library (Chromium)');
  const { context, page, problems } = await openPage(browser);
  try {
    await openWorkbench(page, inject('baseUrl'));
    await waitForQuiet(page);
    // The scenario the saves go to: saved once through "另存为".
    await page.getByTestId('scenario-save-as').click();
    await page.getByTestId('scenario-name').fill('基准测试方案');
    await page.getByTestId('scenario-dialog-confirm').click();
    await expect.poll(() => page.getByTestId('scenario-current-name').textContent()).toBe('基准测试方案');

    const growth = lever(page, 'newMaterials', 'growthRate').number;
    const message = page.getByTestId('library-message');
    const samples: number[] = [];
    let timeouts = 0;
    for (let i = 0; i < SAVE_WARM_UPS + SAVES; i++) {
      // Dismiss the previous message, so the next one is a new element, not the same text again.
      if ((await message.count()) > 0) {
        await message.getByRole('button', { name: '关闭提示' }).click();
        await message.waitFor({ state: 'detached' });
      }
      await enterNumber(growth, String(20 + (i % 10)));
      await waitForQuiet(page);
      // The draft autosave (400 ms after an edit) has finished: the save is timed on an idle page.
      await page.locator('[data-testid="draft-state"].saved').waitFor();
      const elapsed = await timeSave(page);
      if (i < SAVE_WARM_UPS) continue;
      if (Number.isNaN(elapsed)) timeouts++;
      else samples.push(elapsed);
    }
    expect(await message.textContent()).toContain('已保存');

    const record = makeLibrary(1)[0]!;
    const rawPuts = await timeRawPuts(page, record, RAW_PUT_WARM_UPS, RAW_PUTS);
    const save = summarise(samples);
    const put = summarise(rawPuts);
    const recordKb = Buffer.byteLength(JSON.stringify(record)) / 1000;
    saveRows.push(
      { what: 'saves measured (timed out)', result: `${save.count} (${timeouts})` },
      {
        what: 'save → 已保存 message, median',
        result: ms(save.median),
        budget: `≤ ${SAVE_BUDGET_MS} ms`,
        goal: `≤ ${SAVE_GOAL_MS} ms`,
        verdict: verdictWithGoal(save.median, SAVE_BUDGET_MS, SAVE_GOAL_MS),
      },
      {
        what: 'save → 已保存 message, p95',
        result: ms(save.p95),
        budget: `≤ ${SAVE_BUDGET_MS} ms`,
        goal: `≤ ${SAVE_GOAL_MS} ms`,
        verdict: verdictWithGoal(save.p95, SAVE_BUDGET_MS, SAVE_GOAL_MS),
      },
      { what: 'save → 已保存 message, min / max', result: `${ms(save.min)} / ${ms(save.max)}` },
      {
        what: `raw IndexedDB put of one record (${fixed(recordKb, 1)} kB JSON) → oncomplete, median / p95`,
        result: `${fixed(put.median, 2)} ms / ${fixed(put.p95, 2)} ms`,
      },
    );
    saveProblems = problems.map((p) => `${p.kind}: ${p.message}`);
    expect(save.count + timeouts).toBe(SAVES);
    expect(put.count).toBe(RAW_PUTS);
  } finally {
    await context.close();
  }
});

it('measures opening a library of 1,000 scenarios', async () => {
  if (browser === undefined) return await recordNotMeasured('library', 'Scenario library (Chromium)');
  const chromiumVersion = browser.version();
  const records = makeLibrary(LIBRARY_SIZE);
  expect(records.flatMap(recordProblems)).toEqual([]);
  const { context, page, problems } = await openPage(browser, { initScripts: [LONG_TASKS] });
  try {
    await openWorkbench(page, inject('baseUrl'));
    const version = await seedLibrary(page, records);
    expect(version, `${DB_NAME} is at the app's DB_VERSION`).toBe(DB_VERSION);
    const rawGetAll = await timeRawGetAll(page, RAW_GET_ALLS);
    expect(rawGetAll.count).toBe(LIBRARY_SIZE);

    const cold: LibraryOpen[] = [];
    const warm: LibraryOpen[] = [];
    for (let reload = 0; reload < COLD_OPENS; reload++) {
      await page.reload();
      await waitForReady(page);
      await waitForQuiet(page);
      await page.waitForTimeout(1_500); // let start-up work (library read, summaries, autosave) finish
      cold.push(await openLibrary(page, LIBRARY_SIZE));
      await backToWorkbench(page);
    }
    for (let i = 0; i < WARM_OPENS; i++) {
      warm.push(await openLibrary(page, LIBRARY_SIZE));
      await backToWorkbench(page);
    }

    const warmItems = summarise(warm.map((run) => run.toRows).filter(Number.isFinite));
    const warmSummaries = summarise(warm.map((run) => run.toSummaries).filter(Number.isFinite));
    const warmFrame = summarise(warm.map((run) => run.toFrame).filter(Number.isFinite));
    const coldItems = summarise(cold.map((run) => run.toRows).filter(Number.isFinite));
    const coldSummaries = summarise(cold.map((run) => run.toSummaries).filter(Number.isFinite));
    const coldFrame = summarise(cold.map((run) => run.toFrame).filter(Number.isFinite));
    const warmLong = warm.flatMap((run) => run.longTasks);
    const coldLong = cold.flatMap((run) => run.longTasks);
    const getAll = summarise(rawGetAll.samples);
    const openRow = (what: string, value: number) => ({
      what,
      result: ms(value),
      budget: `≤ ${OPEN_BUDGET_MS} ms`,
      goal: `≤ ${OPEN_GOAL_MS} ms`,
      verdict: verdictWithGoal(value, OPEN_BUDGET_MS, OPEN_GOAL_MS),
    });
    const rows = summarise(warm.map((run) => run.rows));
    const totals = new Set([...warm, ...cold].map((run) => run.total));
    const longRow = (what: string, tasks: readonly number[]) => ({
      what,
      result: `${tasks.length}, longest ${ms(longest(tasks))}`,
      budget: `≤ ${LONG_TASK_BUDGET_MS} ms`,
      goal: 'none over 50 ms',
      verdict: longest(tasks) <= LONG_TASK_BUDGET_MS ? 'goal met' : 'over budget',
    });

    await writeBenchmarkSection({
      id: 'library',
      title: 'Scenario library (Chromium)',
      chromiumVersion,
      method:
        'Headless Chromium, viewport 1366×768, on the built app with the real IndexedDB; every time taken in ' +
        'the page with `performance.now()` and a MutationObserver installed before the click. ' +
        `**Save:** a scenario saved once through 另存为, then ${SAVES} saves (after ${SAVE_WARM_UPS} warm-ups), ` +
        'each after a new 新材料 growth rate was entered and the draft autosave had finished, and after the ' +
        'previous message was dismissed: click on 保存 → `library-message` says 已保存 (revision check, record ' +
        'schema, one readwrite transaction committed, message rendered). Raw put: one such record ' +
        `(${RAW_PUTS} times after ${RAW_PUT_WARM_UPS} warm-ups) in its own readwrite transaction until ` +
        '`oncomplete`, in a separate database. ' +
        `**Open:** ${LIBRARY_SIZE.toLocaleString('en')} valid records (\`createSavedScenario\` in Node, the plan ` +
        'default with 1–4 levers changed within their ranges, names, some notes and tags) written into the ' +
        `app's \`${STORES.scenarios}\` store with raw IndexedDB (database at version ${DB_VERSION}), the app ` +
        `reloaded; click on the library tab → the first \`library-item\` rows in the DOM and \`library-count\` ` +
        `counting ${LIBRARY_SIZE.toLocaleString('en')} (the list is windowed with virtua: only rows near the ` +
        'viewport are rendered), and apart → every rendered row has its `library-item-summary` (worker ' +
        'summaries). Cold: the ' +
        `first open after a reload (${COLD_OPENS} reloads, 1.5 s after ready); warm: ${WARM_OPENS} opens, ` +
        'back to the workbench tab in between. "+ frame": then one `requestAnimationFrame` and the task after ' +
        "it (the list's style, layout and paint). Long tasks: PerformanceObserver `longtask` entries (tasks " +
        'over 50 ms) during the opens. Raw getAll: the whole store in a readonly transaction until its result.',
      rows: [
        ...saveRows,
        { what: 'library opens measured, warm / cold', result: `${warmItems.count} / ${coldItems.count}` },
        {
          what: 'rows rendered (median, max) / records counted',
          result: `${rows.median}, ${rows.max} / ${[...totals].join(', ')}`,
        },
        openRow('open, warm: click → rows + count of 1,000, median', warmItems.median),
        openRow('open, warm: click → rows + count of 1,000, p95', warmItems.p95),
        {
          what: 'open, warm: click → summaries of the rendered rows, median / p95',
          result: `${ms(warmSummaries.median)} / ${ms(warmSummaries.p95)}`,
        },
        {
          what: 'open, warm: click → rows + frame, median / p95',
          result: `${ms(warmFrame.median)} / ${ms(warmFrame.p95)}`,
        },
        openRow('open, cold: click → rows + count of 1,000, median', coldItems.median),
        openRow('open, cold: click → rows + count of 1,000, max', coldItems.max),
        {
          what: 'open, cold: click → summaries of the rendered rows, median / max',
          result: `${ms(coldSummaries.median)} / ${ms(coldSummaries.max)}`,
        },
        {
          what: 'open, cold: click → rows + frame, median / max',
          result: `${ms(coldFrame.median)} / ${ms(coldFrame.max)}`,
        },
        longRow('long main-thread tasks (> 50 ms), warm opens', warmLong),
        longRow('long main-thread tasks (> 50 ms), cold opens', coldLong),
        {
          what: `raw IndexedDB getAll of ${LIBRARY_SIZE.toLocaleString('en')} records, median / p95`,
          result: `${ms(getAll.median)} / ${ms(getAll.p95)}`,
        },
      ],
    });

    expect(warmItems.count).toBe(WARM_OPENS);
    expect([...totals]).toEqual([LIBRARY_SIZE]);
    expect(coldItems.count).toBe(COLD_OPENS);
    expect([...saveProblems, ...problems.map((p) => `${p.kind}: ${p.message}`)]).toEqual([]);
  } finally {
    await context.close();
  }
});
