/**
 * The scenario library in the built app, as the benchmarks drive it: a seeded library of valid
 * records written with raw IndexedDB, the library tab opened and timed in the page (rendered rows and
 * the total count), a search typed in. Shared by library.bench-run.ts and scaling.bench-run.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
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
import { WORKBENCH, waitForQuiet, waitForReady } from '../test/browser/workbench-page';

const APP_VERSION = (
  JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

/** Record long main-thread tasks (PerformanceObserver `longtask`, tasks over 50 ms). */
export const LONG_TASKS = `(() => {
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
export function makeLibrary(count: number): SavedScenario[] {
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
export function recordProblems(record: SavedScenario): string[] {
  const checked = parseSavedScenario(record, PLAN_DATASET);
  return checked.ok ? [] : checked.issues.map((issue) => `${record.name}: ${issue.path} ${issue.code}`);
}

/**
 * Replace the records of the app's scenario store with `records`, written with raw IndexedDB, once the app has created its
 * database: it is opened without a version, so it stays at the app's. Returns the version found.
 */
export function seedLibrary(page: Page, records: readonly SavedScenario[]): Promise<number> {
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
        tx.objectStore(store).clear();
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

export interface LibraryOpen {
  /** Click → the first rows and the total count in the DOM, ms. */
  readonly toRows: number;
  /** Click → every rendered row with its summary (from the library worker), ms. */
  readonly toSummaries: number;
  /** Click → rows in the DOM, then one animation frame and the task after it (style, layout, paint), ms. */
  readonly toFrame: number;
  /** Rows in the DOM once open, and the total the list counts. */
  readonly rows: number;
  readonly total: number;
  /** Long main-thread tasks that ended during the open, ms each. */
  readonly longTasks: number[];
}

/**
 * Click the library tab, timed in the page (a MutationObserver installed before the click) until
 * the list shows its first rows and counts `count` records, and apart until every rendered row has
 * its summary; NaN for what did not appear within 10 s.
 */
export function openLibrary(page: Page, count: number): Promise<LibraryOpen> {
  return page.evaluate(async (count) => {
    const bench = (window as unknown as BenchWindow).__bench;
    const nav = document.querySelector<HTMLButtonElement>('[data-testid="nav-library"]')!;
    const countOf = (selector: string) => document.querySelectorAll(selector).length;
    const total = () =>
      Number(document.querySelector('[data-testid="library-count"]')?.getAttribute('data-count') ?? NaN);
    bench.longTasks.length = 0;
    let start = 0;
    let toRows = Number.NaN;
    let toSummaries = Number.NaN;
    await new Promise<void>((done) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        done();
      }, 10_000);
      const observer = new MutationObserver(() => {
        const now = performance.now();
        const rows = countOf('[data-testid="library-item"]');
        if (Number.isNaN(toRows) && rows > 0 && total() === count) toRows = now - start;
        if (
          Number.isNaN(toSummaries) &&
          rows > 0 &&
          countOf('[data-testid="library-item-summary"]') >= rows
        ) {
          toSummaries = now - start;
        }
        if (Number.isNaN(toRows) || Number.isNaN(toSummaries)) return;
        observer.disconnect();
        clearTimeout(timer);
        done();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      start = performance.now();
      nav.click();
    });
    // The frame that lays out and paints the list: one animation frame, then the task after it.
    await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const toFrame = Number.isNaN(toRows) ? Number.NaN : performance.now() - start;
    // Long-task entries are delivered a little after the task ends.
    await new Promise((done) => setTimeout(done, 300));
    return {
      toRows,
      toSummaries,
      toFrame,
      rows: countOf('[data-testid="library-item"]'),
      total: total(),
      longTasks: [...bench.longTasks],
    };
  }, count);
}

/**
 * Type `query` into the library's search field at once (one input event), timed in the page until
 * the list is updated and one animation frame (style, layout, paint) and the task after it have run.
 */
export function searchLibrary(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    const search = document.querySelector<HTMLInputElement>('[data-testid="library-search"]')!;
    const start = performance.now();
    search.value = query;
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - start;
  }, query);
}

/** Back to the workbench through its tab, and wait until it has rendered and gone quiet. */
export async function backToWorkbench(page: Page): Promise<void> {
  await page.getByTestId('nav-workbench').click();
  await page.locator(`${WORKBENCH}[data-view="workbench"]`).waitFor();
  await waitForReady(page);
  await waitForQuiet(page);
  await page.waitForTimeout(300);
}

export { DB_NAME, DB_VERSION, STORES };
