/**
 * A long session in the built app (headless Chromium): 100 cycles through every view, then 5,000
 * lever moves. After a forced garbage collection (CDP `HeapProfiler.collectGarbage`), the DOM node
 * count, the JS event listener count and the JS heap used (CDP `Performance.getMetrics`) are read at
 * the start, after the view cycles and at the end: a session that stays light keeps them flat.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../test/browser/chromium';
import { WORKBENCH, openWorkbench, selectCluster, waitForQuiet } from '../test/browser/workbench-page';
import { fixed, writeBenchmarkSection, type ResultRow } from './benchmarks-doc';

/** The app's views (src/state/navigation.svelte.ts), the workbench first. */
const VIEW_IDS = ['workbench', 'plan', 'uncertainty', 'compare', 'library'] as const;
type ViewId = (typeof VIEW_IDS)[number];
const VIEW_CYCLES = 100;
const LEVER_MOVES = 5_000;
const CLUSTER = 'newMaterials';
/** Growth allowed between the start and the end before a row says "grows" (GC and caches settle). */
const FLAT_NODES = 200;
const FLAT_LISTENERS = 50;
const FLAT_HEAP_MB = 2;

interface Counters {
  readonly nodes: number;
  readonly listeners: number;
  readonly heapMb: number;
}

async function counters(cdp: CDPSession): Promise<Counters> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    nodes: value('Nodes'),
    listeners: value('JSEventListeners'),
    heapMb: value('JSHeapUsedSize') / 1e6,
  };
}

async function show(page: Page, view: ViewId): Promise<void> {
  await page.getByTestId(`nav-${view}`).click();
  await page.locator(`${WORKBENCH}[data-view="${view}"]`).waitFor();
  // Each view has rendered its content (the lazy ones load on first use).
  await page.locator(`${WORKBENCH} .view > *`).first().waitFor();
}

/** Move the growth slider `moves` times, each move an `input` event followed by an animation frame. */
function moveLever(page: Page, moves: number): Promise<number> {
  return page.evaluate(
    async ({ selector, moves }) => {
      const range = document.querySelector<HTMLInputElement>(selector)!;
      const min = Number(range.min);
      const max = Number(range.max);
      const step = Number(range.step) || 1;
      const base = Number(range.value);
      let made = 0;
      for (let i = 0; i < moves; i++) {
        const k = 1 + (i % 9);
        range.value = String(Math.min(max, Math.max(min, base + (i % 2 === 0 ? k : -k) * step)));
        range.dispatchEvent(new Event('input', { bubbles: true }));
        made++;
        await new Promise<void>((done) => requestAnimationFrame(() => done()));
        // Let the slider's drag end now and then (an undo step, an autosave).
        if (i % 100 === 99) await new Promise((done) => setTimeout(done, 900));
      }
      range.value = String(base);
      range.dispatchEvent(new Event('input', { bubbles: true }));
      return made;
    },
    { selector: `input[type="range"][data-testid="lever-${CLUSTER}-growthRate-range"]`, moves },
  );
}

const buildError = inject('buildError');
let browser: Browser | undefined;

beforeAll(async () => {
  if (buildError === '') browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it('keeps DOM nodes, listeners and the JS heap flat over a long session', async () => {
  if (browser === undefined) {
    await writeBenchmarkSection({
      id: 'soak',
      title: 'Long session (Chromium)',
      method: 'Not measured: the app did not build.',
      rows: [{ what: 'build', result: `failed: ${buildError.split('\n')[0]}` }],
    });
    expect.fail(`the app did not build: ${buildError}`);
  }
  const { context, page, problems } = await openPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await openWorkbench(page, inject('baseUrl'));
    // Warm-up: every view once (lazy modules, their messages, workers, the compare worker).
    for (const view of VIEW_IDS) await show(page, view);
    await show(page, 'workbench');
    await waitForQuiet(page);
    const start = await counters(cdp);

    const cycleStart = Date.now();
    let halfViews: Counters | null = null;
    for (let cycle = 0; cycle < VIEW_CYCLES; cycle++) {
      for (const view of [...VIEW_IDS.slice(1), 'workbench' as const]) await show(page, view);
      if (cycle === VIEW_CYCLES / 2 - 1) halfViews = await counters(cdp);
    }
    const cycleSeconds = (Date.now() - cycleStart) / 1000;
    await waitForQuiet(page);
    const afterViews = await counters(cdp);

    await selectCluster(page, CLUSTER);
    const moveStart = Date.now();
    let moves = await moveLever(page, LEVER_MOVES / 2);
    await waitForQuiet(page);
    const halfMoves = await counters(cdp);
    moves += await moveLever(page, LEVER_MOVES / 2);
    const moveSeconds = (Date.now() - moveStart) / 1000;
    await waitForQuiet(page);
    await page.waitForTimeout(1_000); // the last autosave
    const end = await counters(cdp);

    // Flat: no growth over the second half of each phase (the first visits fill caches: compiled
    // code, loaded messages, Chart.js's and Intl's caches).
    const points = [start, halfViews!, afterViews, halfMoves, end];
    const row = (what: string, pick: (c: Counters) => number, digits: number, flat: number, unit = '') => {
      const values = points.map(pick);
      const grewViews = values[2]! - values[1]!;
      const grewMoves = values[4]! - values[3]!;
      const grew = Math.max(grewViews, grewMoves);
      return {
        what,
        result: values.map((v) => `${fixed(v, digits)}${unit}`).join(' → '),
        budget: 'flat',
        goal: 'flat',
        verdict:
          grew <= flat
            ? 'goal met (flat)'
            : `grows (+${fixed(grewViews, digits)}${unit} over cycles 51–100, +${fixed(grewMoves, digits)}${unit} over moves 2,501–5,000)`,
      } satisfies ResultRow;
    };
    await writeBenchmarkSection({
      id: 'soak',
      title: 'Long session (Chromium)',
      chromiumVersion: browser.version(),
      method:
        `Headless Chromium, 1366×768, the built app: every view visited once (warm-up), then ${VIEW_CYCLES} cycles ` +
        `through every view (${VIEW_IDS.slice(1).join(' → ')} → workbench, each waited for until rendered), ` +
        `then ${LEVER_MOVES.toLocaleString('en')} moves of the ${CLUSTER} growth slider (one \`input\` event per ` +
        'animation frame, a 0.9 s pause every 100 moves so drags end, undo steps and autosaves happen). At the ' +
        `start, after ${VIEW_CYCLES / 2} and ${VIEW_CYCLES} cycles, after ${(LEVER_MOVES / 2).toLocaleString('en')} ` +
        `and ${LEVER_MOVES.toLocaleString('en')} moves: three forced garbage collections (CDP ` +
        '`HeapProfiler.collectGarbage`), then `Performance.getMetrics` (Nodes, JSEventListeners, JSHeapUsedSize). ' +
        `"Flat": over the second half of each phase at most +${FLAT_NODES} nodes, +${FLAT_LISTENERS} listeners, ` +
        `+${FLAT_HEAP_MB} MB (the first visits fill caches). ` +
        `Took ${fixed(cycleSeconds, 0)} s for the view cycles and ${fixed(moveSeconds, 0)} s for the moves.`,
      rows: [
        { what: 'view cycles / lever moves made', result: `${VIEW_CYCLES} / ${moves.toLocaleString('en')}` },
        row('DOM nodes: start → 50 → 100 cycles → 2,500 → 5,000 moves', (c) => c.nodes, 0, FLAT_NODES),
        row('JS event listeners: same points', (c) => c.listeners, 0, FLAT_LISTENERS),
        row('JS heap used after GC: same points', (c) => c.heapMb, 2, FLAT_HEAP_MB, ' MB'),
      ],
    });
    expect(moves).toBe(LEVER_MOVES);
    expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([]);
  } finally {
    await context.close();
  }
});
