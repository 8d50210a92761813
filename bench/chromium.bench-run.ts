/**
 * The built app in headless Chromium, measured only through the test contract (nothing is exposed
 * for the benchmark):
 * - (b) worker round trip: from a message posted to the projection worker to its reply arriving on
 *   the main thread, observed by wrapping `Worker` in an init script;
 * - (c) slider input → every visible chart and table updated: an `input` event on the growth slider
 *   until `data-projection-seq` increments and one animation frame has passed; and apart, until every
 *   chart, off screen too, is drawn (no `canvas[data-chart-state="stale"]` left);
 * - cold load → first projection rendered (`data-ready="true"`), and long main-thread tasks.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../test/browser/chromium';
import { WORKBENCH, lever, openWorkbench, selectCluster, waitForQuiet } from '../test/browser/workbench-page';
import { fixed, verdictWithGoal, writeBenchmarkSection } from './benchmarks-doc';
import { summarise } from './statistics';

const MOVES = 60;
const COLD_LOADS = 10;
const CLUSTER = 'newMaterials';
/** Budget and goal of slider → updated, p95, ms; of the longest main-thread task, ms; of cold load, ms. */
const SLIDER_BUDGET_MS = 25;
const SLIDER_GOAL_MS = 16;
const LONG_TASK_BUDGET_MS = 50;
const LOAD_BUDGET_MS = 600;
const LOAD_GOAL_MS = 300;

/**
 * Wrap `Worker` so every message posted to a worker and its reply are timed (paired by the
 * message's `id`, `requestId` or `seq` field when it has one, else first in, first out), and record
 * long main-thread tasks.
 */
const INSTRUMENTATION = `(() => {
  const roundTrips = [];
  const longTasks = [];
  Object.defineProperty(window, '__bench', { value: { roundTrips, longTasks }, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const Native = window.Worker;
  if (typeof Native !== 'function') return;
  const keyOf = (data) => {
    if (data === null || typeof data !== 'object') return undefined;
    for (const k of ['id', 'requestId', 'seq']) {
      if (typeof data[k] === 'string' || typeof data[k] === 'number') return k + ':' + data[k];
    }
    return undefined;
  };
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      const pending = new Map();
      const fifo = [];
      const post = this.postMessage;
      this.postMessage = function (message, ...rest) {
        const key = keyOf(message);
        const now = performance.now();
        if (key === undefined) fifo.push(now); else pending.set(key, now);
        return post.call(this, message, ...rest);
      };
      super.addEventListener('message', (event) => {
        const now = performance.now();
        const key = keyOf(event.data);
        let start;
        if (key !== undefined && pending.has(key)) { start = pending.get(key); pending.delete(key); }
        else if (key === undefined) start = fifo.shift();
        if (start !== undefined) roundTrips.push(now - start);
      });
    }
  };
})();`;

/**
 * Mark `bench:ready` on the performance timeline the moment the workbench reports data-ready (the
 * first numbers), and `bench:chart` when the zone chart is first drawn.
 */
const READY_MARK = `(() => {
  const observer = new MutationObserver(() => {
    const main = document.querySelector(${JSON.stringify(WORKBENCH)});
    if (main === null) return;
    if (main.getAttribute('data-ready') === 'true' && performance.getEntriesByName('bench:ready').length === 0) {
      performance.mark('bench:ready');
    }
    if (document.querySelector('canvas[data-testid="chart-zone"][data-chart-state="drawn"]') === null) return;
    performance.mark('bench:chart');
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-chart-state'] });
})();`;

interface SliderRun {
  /** Input event → data-projection-seq incremented, ms. */
  readonly toSeq: number[];
  /** Input event → seq incremented and one animation frame passed, ms. */
  readonly toFrame: number[];
  /** Input event → every chart drawn, off screen too (none stale), and one animation frame passed, ms. */
  readonly toAll: number[];
  /** Charts stale (off screen) right after the visible ones were updated, per move. */
  readonly staleAfterSeq: number[];
  readonly timeouts: number;
}

/** Move the slider `moves` times, one move at a time, timing each in the page. */
function moveSlider(page: Page, rangeSelector: string, moves: number): Promise<SliderRun> {
  return page.evaluate(
    async ({ workbench, rangeSelector, moves }) => {
      const main = document.querySelector(workbench)!;
      const range = document.querySelector<HTMLInputElement>(rangeSelector)!;
      const seqOf = () => Number(main.getAttribute('data-projection-seq'));
      const min = Number(range.min);
      const max = Number(range.max);
      const step = Number(range.step) || 1;
      const base = Number(range.value);
      const waitForSeq = (after: number) =>
        new Promise<boolean>((done) => {
          if (seqOf() > after) return done(true);
          const timer = setTimeout(() => {
            observer.disconnect();
            done(false);
          }, 5_000);
          const observer = new MutationObserver(() => {
            if (seqOf() > after) {
              observer.disconnect();
              clearTimeout(timer);
              done(true);
            }
          });
          observer.observe(main, { attributes: true, attributeFilter: ['data-projection-seq'] });
        });
      const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
      const staleCount = () => document.querySelectorAll('canvas[data-chart-state="stale"]').length;
      const waitForAllDrawn = () =>
        new Promise<boolean>((done) => {
          if (staleCount() === 0) return done(true);
          const timer = setTimeout(() => {
            observer.disconnect();
            done(false);
          }, 5_000);
          const observer = new MutationObserver(() => {
            if (staleCount() > 0) return;
            observer.disconnect();
            clearTimeout(timer);
            done(true);
          });
          observer.observe(main, { subtree: true, attributes: true, attributeFilter: ['data-chart-state'] });
        });
      const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
      const toSeq: number[] = [];
      const toFrame: number[] = [];
      const toAll: number[] = [];
      const staleAfterSeq: number[] = [];
      let timeouts = 0;
      for (let i = 0; i < moves; i++) {
        // Alternate above and below the start so every move changes the value.
        const k = 1 + (i % 7);
        const value = Math.min(max, Math.max(min, base + (i % 2 === 0 ? k : -k) * step));
        const before = seqOf();
        range.value = String(value);
        const start = performance.now();
        range.dispatchEvent(new Event('input', { bubbles: true }));
        const updated = await waitForSeq(before);
        const seqAt = performance.now();
        const stale = staleCount();
        await nextFrame();
        const frameAt = performance.now();
        const allDrawn = await waitForAllDrawn();
        await nextFrame();
        const allAt = performance.now();
        if (updated && allDrawn) {
          toSeq.push(seqAt - start);
          toFrame.push(frameAt - start);
          toAll.push(allAt - start);
          staleAfterSeq.push(stale);
        } else {
          timeouts++;
        }
        await pause(80); // moves do not overlap: each is measured from an idle page
      }
      range.value = String(base);
      range.dispatchEvent(new Event('input', { bubbles: true }));
      return { toSeq, toFrame, toAll, staleAfterSeq, timeouts };
    },
    { workbench: WORKBENCH, rangeSelector, moves },
  );
}

const ms = (value: number) => `${fixed(value, 1)} ms`;
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

it('measures slider input → worker → every chart and table updated', async () => {
  if (browser === undefined) {
    await recordNotMeasured('worker-round-trip', 'Worker round trip (Chromium)');
    return await recordNotMeasured('slider', 'Slider → charts and tables updated (Chromium)');
  }
  const chromiumVersion = browser.version();
  const { context, page, problems } = await openPage(browser, { initScripts: [INSTRUMENTATION] });
  try {
    await openWorkbench(page, inject('baseUrl'));
    await selectCluster(page, CLUSTER);
    await waitForQuiet(page);
    await page.waitForTimeout(1_500); // let start-up work (autosave, chart animations) finish
    await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { roundTrips: number[]; longTasks: number[] } }).__bench;
      bench.roundTrips.length = 0;
      bench.longTasks.length = 0;
    });

    const rangeSelector = `input[type="range"][data-testid="lever-${CLUSTER}-growthRate-range"]`;
    expect(await lever(page, CLUSTER, 'growthRate').range.count()).toBe(1);
    const run = await moveSlider(page, rangeSelector, MOVES);
    const { roundTrips, longTasks } = await page.evaluate(
      () => (window as unknown as { __bench: { roundTrips: number[]; longTasks: number[] } }).__bench,
    );

    const trips = summarise(roundTrips);
    const toSeq = summarise(run.toSeq);
    const toFrame = summarise(run.toFrame);
    const toAll = summarise(run.toAll);
    const stale = summarise(run.staleAfterSeq);
    const longest = longTasks.length === 0 ? 0 : Math.max(...longTasks);

    await writeBenchmarkSection({
      id: 'worker-round-trip',
      title: 'Worker round trip (Chromium)',
      chromiumVersion,
      method:
        `Headless Chromium on the built app; during the ${MOVES} slider moves below, every message posted to ` +
        'a worker and its reply were timed on the main thread (a `Worker` wrapper added by an init script; ' +
        'paired by message id). Includes structured cloning both ways and the projection in the worker.',
      rows: [
        { what: 'round trips measured', result: String(trips.count) },
        { what: 'round trip, median', result: ms(trips.median) },
        { what: 'round trip, p95', result: ms(trips.p95) },
        { what: 'round trip, max', result: ms(trips.max) },
      ],
    });
    await writeBenchmarkSection({
      id: 'slider',
      title: 'Slider → charts and tables updated (Chromium)',
      chromiumVersion,
      method:
        `Headless Chromium, viewport 1366×768, on the built app: ${MOVES} moves of the ${CLUSTER} growth ` +
        'slider, one at a time (80 ms apart), each an `input` event timed in the page until ' +
        '`data-projection-seq` increments (set once every *visible* chart and the target table are updated) ' +
        'and one `requestAnimationFrame` has passed; then, apart, until no chart is stale any more (charts ' +
        'off screen are drawn when idle or scrolled into view: `canvas[data-chart-state]`) and one more ' +
        'frame. Long tasks: the PerformanceObserver `longtask` entries (tasks over 50 ms) during the moves.',
      rows: [
        { what: 'moves measured (timed out)', result: `${toFrame.count} (${run.timeouts})` },
        {
          what: 'input → visible charts and table updated + frame, median',
          result: ms(toFrame.median),
          budget: '—',
          goal: `≤ ${SLIDER_GOAL_MS} ms`,
        },
        {
          what: 'input → visible charts and table updated + frame, p95',
          result: ms(toFrame.p95),
          budget: `≤ ${SLIDER_BUDGET_MS} ms`,
          goal: `≤ ${SLIDER_GOAL_MS} ms`,
          verdict: verdictWithGoal(toFrame.p95, SLIDER_BUDGET_MS, SLIDER_GOAL_MS),
        },
        { what: 'input → visible updated + frame, max', result: ms(toFrame.max) },
        { what: 'input → seq (no frame), median / p95', result: `${ms(toSeq.median)} / ${ms(toSeq.p95)}` },
        {
          what: 'charts left stale (off screen) when the visible ones are updated, median / max',
          result: `${stale.median} / ${stale.max}`,
        },
        {
          what: 'input → every chart drawn (off screen too) + frame, median / p95',
          result: `${ms(toAll.median)} / ${ms(toAll.p95)}`,
        },
        {
          what: 'long main-thread tasks (> 50 ms)',
          result: `${longTasks.length}, longest ${ms(longest)}`,
          budget: `≤ ${LONG_TASK_BUDGET_MS} ms`,
          goal: 'none over 16 ms',
          verdict: longTasks.length === 0 ? 'ok (no task over 50 ms)' : 'over budget',
        },
      ],
    });

    expect(run.toFrame.length + run.timeouts).toBe(MOVES);
    expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([]);
  } finally {
    await context.close();
  }
});

it('measures cold load → first projection rendered', async () => {
  if (browser === undefined) return await recordNotMeasured('load', 'Cold load (Chromium)');
  const samples: number[] = [];
  const chartSamples: number[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    // A new context each time: empty HTTP cache, empty storage.
    const { context, page } = await openPage(browser, { initScripts: [READY_MARK] });
    try {
      await openWorkbench(page, inject('baseUrl'));
      await page.locator('canvas[data-testid="chart-zone"][data-chart-state="drawn"]').waitFor();
      // performance.mark's startTime counts from the navigation start.
      const [readyAt, chartAt] = await page.evaluate(() =>
        ['bench:ready', 'bench:chart'].map(
          (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
        ),
      );
      samples.push(readyAt!);
      chartSamples.push(chartAt!);
    } finally {
      await context.close();
    }
  }
  const charts = summarise(chartSamples.filter(Number.isFinite));
  const valid = samples.filter(Number.isFinite);
  const load = summarise(valid);
  await writeBenchmarkSection({
    id: 'load',
    title: 'Cold load (Chromium)',
    chromiumVersion: browser.version(),
    method:
      `Headless Chromium, ${COLD_LOADS} loads of the built app from \`vite preview\` on localhost, each in a new ` +
      'context (empty cache and storage): navigation start → `data-ready="true"` on the workbench, the first ' +
      'numbers (observed by a MutationObserver installed before the app starts); and → the zone chart drawn ' +
      '(Chart.js loads after the first table is on screen).',
    rows: [
      { what: 'loads measured', result: String(load.count) },
      {
        what: 'load → ready, median',
        result: ms(load.median),
        budget: `≤ ${LOAD_BUDGET_MS} ms`,
        goal: `≤ ${LOAD_GOAL_MS} ms`,
        verdict: verdictWithGoal(load.median, LOAD_BUDGET_MS, LOAD_GOAL_MS),
      },
      {
        what: 'load → ready, p95',
        result: ms(load.p95),
        budget: `≤ ${LOAD_BUDGET_MS} ms`,
        goal: `≤ ${LOAD_GOAL_MS} ms`,
        verdict: verdictWithGoal(load.p95, LOAD_BUDGET_MS, LOAD_GOAL_MS),
      },
      {
        what: 'load → zone chart drawn, median / p95',
        result: `${ms(charts.median)} / ${ms(charts.p95)}`,
      },
    ],
  });
  expect(load.count).toBe(COLD_LOADS);
});
