/**
 * The scenario library in the built app, in headless Chromium with the real IndexedDB, measured only
 * through the test contract (nothing is exposed for the benchmark):
 * - saving a scenario that is already in the library: a click on "保存" until the confirmation message
 *   says 已保存, timed in the page; a raw IndexedDB `put` of one record as the lower bound;
 * - opening a library of 1,000 scenarios: a click on the library tab until 1,000 items (and, apart,
 *   their summaries from the library worker) are in the DOM, and the longest main-thread task meanwhile;
 *   a raw IndexedDB `getAll` of the 1,000 records as the lower bound.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { LEVERS } from '../src/data/levers';
import { PLAN_DATASET } from '../src/data/plan-dataset';
import { CLUSTER_IDS } from '../src/data/plan-types';
import { defaultScenario } from '../src/scenario/default-scenario';
import {
  createSavedScenario,
  newScenarioId,
  parseSavedScenario,
  type SavedScenario,
} from '../src/scenario-format/saved-scenario';
import { DB_NAME, DB_VERSION, STORES } from '../src/storage/database';
import { PROJECT_ROOT } from '../test/browser/built-app';
import { launchChromium, openPage } from '../test/browser/chromium';
import {
  WORKBENCH,
  enterNumber,
  lever,
  openWorkbench,
  waitForQuiet,
  waitForReady,
} from '../test/browser/workbench-page';
import { fixed, verdict, writeBenchmarkSection, type ResultRow } from './benchmarks-doc';
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
const OPEN_BUDGET_MS = 200;
const OPEN_GOAL_MS = 50;
const LONG_TASK_BUDGET_MS = 50;
/** A separate database for the raw IndexedDB measurements, so the app's data is untouched. */
const RAW_DB_NAME = 'bench-raw-idb';

const APP_VERSION = (
  JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

/** Record long main-thread tasks (PerformanceObserver `longtask`, tasks over 50 ms). */
const LONG_TASKS = `(() => {
  const longTasks = [];
  Object.defineProperty(window, '__bench', { value: { longTasks }, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

type BenchWindow = Window & { __bench: { longTasks: number[] } };

/** A small deterministic pseudo-random generator (mulberry32), so every run seeds the same library. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const TAGS = ['乐观', '保守', '基准', '新材料', '医药健康', '招商引资', '用地', '汇报用'];
const NOTES = [
  '',
  '',
  '按园区实际供地进度调整，投资强度参照 2017 年在建项目。',
  '招商引资加速的情形：新材料与智能制造同步扩产，用地按规划上限推进。',
  '保守估计：增速低于规划预期，投资到位滞后一年。',
];

/**
 * `count` valid saved scenarios: the plan's default scenario with one to four levers changed (each
 * within its range, on its step), names, some notes and tags, saved a minute apart.
 */
function makeLibrary(count: number): SavedScenario[] {
  const next = random(20_180_101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const now = Date.UTC(2026, 10, 1, 9, 0, 0);
  const records: SavedScenario[] = [];
  for (let i = 0; i < count; i++) {
    // A copy the generator may change in place (it is not shown anywhere until it is stored).
    const scenario = structuredClone(defaultScenario(PLAN_DATASET));
    const changes = 1 + Math.floor(next() * 4);
    for (let c = 0; c < changes; c++) {
      const spec = pick(LEVERS);
      const cluster = scenario.clusters[pick(CLUSTER_IDS)];
      const steps = Math.round((next() - 0.5) * 40);
      const value = Math.min(spec.max, Math.max(spec.min, cluster[spec.id] + steps * spec.step));
      const onStep = spec.min + Math.round((value - spec.min) / spec.step) * spec.step;
      cluster[spec.id] = spec.integer ? Math.round(onStep) : Number(onStep.toFixed(6));
    }
    const tags = next() < 0.6 ? [pick(TAGS), pick(TAGS)] : [];
    records.push(
      createSavedScenario(
        {
          name: `情景 ${String(i + 1).padStart(4, '0')} · ${pick(['基准', '加速', '稳健', '保守'])}`,
          notes: pick(NOTES),
          tags,
          scenario,
        },
        { now: now - i * 60_000, appVersion: APP_VERSION },
        newScenarioId(),
      ),
    );
  }
  return records;
}

/** The problems that make a generated record invalid (none expected). */
function recordProblems(record: SavedScenario): string[] {
  const checked = parseSavedScenario(record, PLAN_DATASET);
  return checked.ok ? [] : checked.issues.map((issue) => `${record.name}: ${issue.path} ${issue.code}`);
}

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

/**
 * Write records into the app's scenario store with raw IndexedDB, once the app has created its
 * database: it is opened without a version, so it stays at the app's. Returns the version found.
 */
function seedLibrary(page: Page, records: readonly SavedScenario[]): Promise<number> {
  return page.evaluate(
    async ({ name, store, version, records }) => {
      for (let attempt = 0; ; attempt++) {
        const found = (await indexedDB.databases()).find((info) => info.name === name);
        if (found?.version === version) break;
        if (attempt === 100) throw new Error(`the app did not create ${name} at version ${version}`);
        await new Promise((done) => setTimeout(done, 50));
      }
      const open = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((done, fail) => {
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      try {
        const tx = db.transaction(store, 'readwrite');
        for (const record of records) tx.objectStore(store).put(record);
        await new Promise<void>((done, fail) => {
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
          tx.onabort = () => fail(tx.error);
        });
        return db.version;
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, store: STORES.scenarios, version: DB_VERSION, records },
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

interface LibraryOpen {
  /** Click → `count` library items in the DOM, ms. */
  readonly toItems: number;
  /** Click → `count` item summaries in the DOM, ms. */
  readonly toSummaries: number;
  /** Click → items in the DOM, then one animation frame and the task after it (style, layout, paint), ms. */
  readonly toFrame: number;
  /** Long main-thread tasks that ended during the open, ms each. */
  readonly longTasks: number[];
}

/**
 * Click the library tab, timed in the page until `count` items and `count` summaries are in the DOM
 * (a MutationObserver installed before the click); NaN for what did not appear within 10 s.
 */
function openLibrary(page: Page, count: number): Promise<LibraryOpen> {
  return page.evaluate(async (count) => {
    const bench = (window as unknown as BenchWindow).__bench;
    const nav = document.querySelector<HTMLButtonElement>('[data-testid="nav-library"]')!;
    const countOf = (selector: string) => document.querySelectorAll(selector).length;
    bench.longTasks.length = 0;
    let start = 0;
    let toItems = Number.NaN;
    let toSummaries = Number.NaN;
    await new Promise<void>((done) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        done();
      }, 10_000);
      const observer = new MutationObserver(() => {
        const now = performance.now();
        if (Number.isNaN(toItems) && countOf('[data-testid="library-item"]') >= count) toItems = now - start;
        if (Number.isNaN(toSummaries) && countOf('[data-testid="library-item-summary"]') >= count) {
          toSummaries = now - start;
        }
        if (Number.isNaN(toItems) || Number.isNaN(toSummaries)) return;
        observer.disconnect();
        clearTimeout(timer);
        done();
      });
      observer.observe(document.body, { subtree: true, childList: true });
      start = performance.now();
      nav.click();
    });
    // The frame that lays out and paints the list: one animation frame, then the task after it.
    await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const toFrame = Number.isNaN(toItems) ? Number.NaN : performance.now() - start;
    // Long-task entries are delivered a little after the task ends.
    await new Promise((done) => setTimeout(done, 300));
    return { toItems, toSummaries, toFrame, longTasks: [...bench.longTasks] };
  }, count);
}

/** Back to the workbench through its tab, and wait until it has rendered and gone quiet. */
async function backToWorkbench(page: Page): Promise<void> {
  await page.getByTestId('nav-workbench').click();
  await page.locator(`${WORKBENCH}[data-view="workbench"]`).waitFor();
  await waitForReady(page);
  await waitForQuiet(page);
  await page.waitForTimeout(300);
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
        verdict: verdict(save.median, SAVE_BUDGET_MS),
      },
      {
        what: 'save → 已保存 message, p95',
        result: ms(save.p95),
        budget: `≤ ${SAVE_BUDGET_MS} ms`,
        goal: `≤ ${SAVE_GOAL_MS} ms`,
        verdict: verdict(save.p95, SAVE_BUDGET_MS),
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

    const warmItems = summarise(warm.map((run) => run.toItems).filter(Number.isFinite));
    const warmSummaries = summarise(warm.map((run) => run.toSummaries).filter(Number.isFinite));
    const warmFrame = summarise(warm.map((run) => run.toFrame).filter(Number.isFinite));
    const coldItems = summarise(cold.map((run) => run.toItems).filter(Number.isFinite));
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
      verdict: verdict(value, OPEN_BUDGET_MS),
    });
    const longRow = (what: string, tasks: readonly number[]) => ({
      what,
      result: `${tasks.length}, longest ${ms(longest(tasks))}`,
      budget: `≤ ${LONG_TASK_BUDGET_MS} ms`,
      goal: 'none over 16 ms',
      verdict: longest(tasks) <= LONG_TASK_BUDGET_MS ? 'ok' : 'over budget',
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
        `reloaded; click on the library tab → ${LIBRARY_SIZE.toLocaleString('en')} \`library-item\` in the DOM, ` +
        `and apart → ${LIBRARY_SIZE.toLocaleString('en')} \`library-item-summary\` (worker summaries). Cold: the ` +
        `first open after a reload (${COLD_OPENS} reloads, 1.5 s after ready); warm: ${WARM_OPENS} opens, ` +
        'back to the workbench tab in between. "+ frame": then one `requestAnimationFrame` and the task after ' +
        "it (the list's style, layout and paint). Long tasks: PerformanceObserver `longtask` entries (tasks " +
        'over 50 ms) during the opens. Raw getAll: the whole store in a readonly transaction until its result.',
      rows: [
        ...saveRows,
        { what: 'library opens measured, warm / cold', result: `${warmItems.count} / ${coldItems.count}` },
        openRow('open, warm: click → 1,000 items, median', warmItems.median),
        openRow('open, warm: click → 1,000 items, p95', warmItems.p95),
        {
          what: 'open, warm: click → 1,000 summaries, median / p95',
          result: `${ms(warmSummaries.median)} / ${ms(warmSummaries.p95)}`,
        },
        {
          what: 'open, warm: click → items + frame, median / p95',
          result: `${ms(warmFrame.median)} / ${ms(warmFrame.p95)}`,
        },
        openRow('open, cold: click → 1,000 items, median', coldItems.median),
        openRow('open, cold: click → 1,000 items, max', coldItems.max),
        {
          what: 'open, cold: click → 1,000 summaries, median / max',
          result: `${ms(coldSummaries.median)} / ${ms(coldSummaries.max)}`,
        },
        {
          what: 'open, cold: click → items + frame, median / max',
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
    expect(coldItems.count).toBe(COLD_OPENS);
    expect([...saveProblems, ...problems.map((p) => `${p.kind}: ${p.message}`)]).toEqual([]);
  } finally {
    await context.close();
  }
});
