/**
 * How cost grows with work: the benchmark's scaling tables.
 * - Horizon: one `project()` of the plan's scenario with the target year at 2020, 2025 and 2035
 *   (Node): the engine's cost per projected year must stay flat (linear growth).
 * - Library: opening and searching libraries of 100, 1,000 and 10,000 saved scenarios in the built
 *   app (headless Chromium, real IndexedDB): the list is windowed, so opening should barely grow;
 *   searching filters every record, so it may grow at most linearly.
 * (The Monte Carlo scaling table is the engine's own, elsewhere.)
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { PLAN_DATASET } from '../src/data/plan-dataset';
import type { PlanDataset } from '../src/data/plan-types';
import { project } from '../src/engine';
import { defaultScenario } from '../src/scenario/default-scenario';
import { launchChromium, openPage } from '../test/browser/chromium';
import { openWorkbench, waitForQuiet, waitForReady } from '../test/browser/workbench-page';
import { fixed, writeBenchmarkSection, type ResultRow } from './benchmarks-doc';
import {
  DB_NAME,
  LONG_TASKS,
  STORES,
  backToWorkbench,
  makeLibrary,
  openLibrary,
  searchLibrary,
  seedLibrary,
} from './library-page';
import { summarise } from './statistics';

const HORIZONS = [2020, 2025, 2035] as const;
const PROJECT_WARM_UPS = 2_000;
const PROJECT_RUNS = 20_000;
const LIBRARY_SIZES = [100, 1_000, 10_000] as const;
const OPENS = 6;
/** Queries typed in turn: a tag most records lack, a word of some notes, a name prefix, then cleared. */
const QUERIES = ['汇报用', '保守', '情景 00', ''] as const;
const SEARCH_ROUNDS = 3;
/** Growth allowed beyond linear before a row says "faster than linear" (noise of a shared machine). */
const LINEAR_SLACK = 1.5;

const ms = (value: number) => `${fixed(value, 1)} ms`;
const buildError = inject('buildError');
let browser: Browser | undefined;
const horizonRows: ResultRow[] = [];

beforeAll(async () => {
  if (buildError === '') browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** "linear or better" when cost grew by at most the size factor (with slack), else how much faster. */
function growth(cost: number, baseCost: number, size: number, baseSize: number): string {
  const costFactor = cost / baseCost;
  const sizeFactor = size / baseSize;
  const word = costFactor <= sizeFactor * LINEAR_SLACK ? 'linear or better' : 'faster than linear';
  return `×${fixed(costFactor, 2)} for ×${fixed(sizeFactor, 2)} (${word})`;
}

it('measures project() over longer horizons', () => {
  const base = PLAN_DATASET.horizon;
  const timings = HORIZONS.map((targetYear) => {
    const dataset: PlanDataset = { ...PLAN_DATASET, horizon: { ...base, targetYear } };
    const scenario = defaultScenario(dataset);
    let sink = 0;
    for (let i = 0; i < PROJECT_WARM_UPS; i++) sink += project(dataset, scenario).clusters.length;
    const start = process.hrtime.bigint();
    for (let i = 0; i < PROJECT_RUNS; i++) sink += project(dataset, scenario).clusters.length;
    const micros = Number(process.hrtime.bigint() - start) / 1_000 / PROJECT_RUNS;
    expect(sink).toBeGreaterThan(0);
    return { targetYear, years: targetYear - base.baseYear, micros };
  });
  const first = timings[0]!;
  for (const t of timings) {
    horizonRows.push({
      what: `horizon ${base.baseYear}–${t.targetYear} (${t.years} projected years): one project(), mean of ${PROJECT_RUNS.toLocaleString('en')}`,
      result: `${fixed(t.micros, 1)} µs (${fixed(t.micros / t.years, 2)} µs per year)`,
      budget: 'linear',
      goal: 'linear',
      verdict: t === first ? '—' : growth(t.micros, first.micros, t.years, first.years),
    });
  }
});

it('measures opening and searching libraries of 100, 1,000 and 10,000 scenarios', async () => {
  if (browser === undefined) {
    await writeBenchmarkSection({
      id: 'scaling',
      title: 'Scaling: horizon and library size',
      method: 'Not measured: the app did not build.',
      rows: [...horizonRows, { what: 'build', result: `failed: ${buildError.split('\n')[0]}` }],
    });
    expect.fail(`the app did not build: ${buildError}`);
  }
  const chromiumVersion = browser.version();
  const { context, page, problems } = await openPage(browser, { initScripts: [LONG_TASKS] });
  const results: { size: number; open: number; search: number; rows: number; longest: number }[] = [];
  try {
    await openWorkbench(page, inject('baseUrl'));
    for (const size of LIBRARY_SIZES) {
      await seedLibrary(page, makeLibrary(size));
      await page.reload();
      await waitForReady(page);
      await waitForQuiet(page);
      // Start-up work (library read, summaries in the worker) grows with the library: let it finish.
      await page.waitForTimeout(1_500 + size / 5);
      const opens = [];
      for (let i = 0; i < OPENS; i++) {
        opens.push(await openLibrary(page, size));
        if (i < OPENS - 1) await backToWorkbench(page);
      }
      const searches: number[] = [];
      for (let round = 0; round < SEARCH_ROUNDS; round++) {
        for (const query of QUERIES) searches.push(await searchLibrary(page, query));
      }
      const warm = opens.slice(1); // the first open after a reload is cold
      results.push({
        size,
        open: summarise(warm.map((run) => run.toFrame)).median,
        search: summarise(searches).median,
        rows: summarise(warm.map((run) => run.rows)).max,
        longest: Math.max(0, ...opens.flatMap((run) => run.longTasks)),
      });
      expect(opens.map((run) => run.total)).toEqual(opens.map(() => size));
      await backToWorkbench(page);
    }
  } finally {
    await context.close();
  }

  const first = results[0]!;
  const libraryRows: ResultRow[] = results.flatMap((r) => [
    {
      what: `library of ${r.size.toLocaleString('en')}: open, click → rows + count + frame, median of ${OPENS - 1} warm`,
      result: `${ms(r.open)} (${r.rows} rows rendered; longest task ${ms(r.longest)})`,
      budget: 'linear',
      goal: 'linear',
      verdict: r === first ? '—' : growth(r.open, first.open, r.size, first.size),
    },
    {
      what: `library of ${r.size.toLocaleString('en')}: search, input → list updated + frame, median of ${SEARCH_ROUNDS * QUERIES.length}`,
      result: ms(r.search),
      budget: 'linear',
      goal: 'linear',
      verdict: r === first ? '—' : growth(r.search, first.search, r.size, first.size),
    },
  ]);

  await writeBenchmarkSection({
    id: 'scaling',
    title: 'Scaling: horizon and library size',
    chromiumVersion,
    method:
      `**Horizon** (Node): \`project()\` of the plan's default scenario with the dataset's target year set to ` +
      `${HORIZONS.join(', ')} (base year ${PLAN_DATASET.horizon.baseYear}), ${PROJECT_WARM_UPS.toLocaleString('en')} ` +
      `warm-ups then ${PROJECT_RUNS.toLocaleString('en')} runs back to back. **Library** (headless Chromium, ` +
      `1366×768, built app, real IndexedDB): ${LIBRARY_SIZES.map((n) => n.toLocaleString('en')).join(' / ')} ` +
      `valid records written into \`${DB_NAME}\`.\`${STORES.scenarios}\`, the app reloaded; ${OPENS} opens of the ` +
      'library tab (the first, after the reload, left out), each timed from the click to the first rows, ' +
      'the total count and one frame; then the queries ' +
      `${QUERIES.map((q) => (q === '' ? '(cleared)' : `“${q}”`)).join(', ')} typed ${SEARCH_ROUNDS} times, ` +
      'each timed from its `input` event to the next frame. Growth: cost factor against size factor ' +
      `from the smallest case; "linear or better" allows ×${LINEAR_SLACK} for noise.`,
    rows: [...horizonRows, ...libraryRows],
  });
  expect(results.length).toBe(LIBRARY_SIZES.length);
  expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([]);
});
