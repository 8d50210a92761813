import type { ChartType } from 'chart.js';
import type { ChartModel, ChartView } from './chart-view';

/**
 * When a chart is drawn. Drawing is the costly part of an update (2–3 ms per Chart.js chart), so a
 * chart is drawn at once only while it is on screen; a chart off screen is marked stale, hidden, and
 * drawn when it scrolls into view or when the page is idle. Chart.js itself (and the annotation
 * plugin) load with the first chart that needs them, not with the app.
 */

/** Whether a chart shows its latest model ('drawn') or an older one / nothing yet ('stale'). */
export type ChartState = 'drawn' | 'stale';

type ChartModule = typeof import('./chart-view');

let chartModule: Promise<ChartModule> | null = null;
let loadedChartModule: ChartModule | null = null;
let annotations: Promise<unknown> | null = null;
let annotationsLoaded = false;

/** Load Chart.js and the app's wrapper once; resolves with the wrapper module. */
export function loadChartLibrary(): Promise<ChartModule> {
  chartModule ??= import('./chart-view').then((module) => (loadedChartModule = module));
  return chartModule;
}

/** Load and register the annotation plugin (target lines) once. */
function loadAnnotations(): Promise<unknown> {
  annotations ??= import('./annotation-plugin').then(() => (annotationsLoaded = true));
  return annotations;
}

/** Whether a chart model draws annotations (and so needs the plugin before it is drawn). */
export function usesAnnotations(model: { readonly options?: unknown }): boolean {
  const plugins = (model.options as { plugins?: { annotation?: unknown } } | undefined)?.plugins;
  return plugins?.annotation !== undefined;
}

/** A chart nearer to the visible part of its scroll container than this is drawn as if on screen, px
 * (0: the slider budget counts every chart drawn; one scrolled in is drawn in the frame after). */
const NEAR_SCREEN_PX = 0;
/** Stale charts are drawn in idle time while at least this much of the idle period is left, ms. */
const IDLE_DRAW_MIN_MS = 4;
/** A stale chart is drawn within this long even if the page never goes idle, ms. */
const IDLE_TIMEOUT_MS = 1_000;

const drawings = new Map<Element, ChartDrawing<ChartType>>();
let observer: IntersectionObserver | null | undefined;

function visibilityObserver(): IntersectionObserver | null {
  if (observer !== undefined) return observer;
  if (typeof IntersectionObserver !== 'function') return (observer = null);
  // scrollMargin widens the clip of the scroll containers between the chart and the viewport (the
  // results pane scrolls on its own), so a chart about to scroll in is drawn before it shows.
  const options = { scrollMargin: `${NEAR_SCREEN_PX}px`, rootMargin: `${NEAR_SCREEN_PX}px` };
  observer = new IntersectionObserver((entries) => {
    for (const entry of entries) drawings.get(entry.target)?.setVisible(entry.isIntersecting);
  }, options as IntersectionObserverInit);
  return observer;
}

const idleQueue = new Set<ChartDrawing<ChartType>>();
let idleHandle: number | null = null;

function scheduleIdle(drawing: ChartDrawing<ChartType>): void {
  idleQueue.add(drawing);
  if (idleHandle !== null) return;
  const run = (deadline: { timeRemaining(): number; didTimeout: boolean }) => {
    idleHandle = null;
    // At least one chart per idle callback, so a busy page still catches up.
    let first = true;
    for (const next of idleQueue) {
      if (!first && !deadline.didTimeout && deadline.timeRemaining() < IDLE_DRAW_MIN_MS) break;
      first = false;
      idleQueue.delete(next);
      next.drawNow();
    }
    if (idleQueue.size > 0) idleHandle = requestIdle(run);
  };
  idleHandle = requestIdle(run);
}

function requestIdle(run: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void): number {
  if (typeof requestIdleCallback === 'function') {
    return requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  }
  return setTimeout(() => run({ timeRemaining: () => 0, didTimeout: true }), 50) as unknown as number;
}

/**
 * Draw the chart on `canvas` now if it is stale (e.g. before exporting it); resolves once it shows
 * its latest model. Resolves at once for a canvas that is not a managed chart.
 */
export function drawChartNow(canvas: HTMLCanvasElement): Promise<void> {
  return drawings.get(canvas)?.drawSoon() ?? Promise.resolve();
}

/**
 * One chart's drawing: holds its latest model, and draws it on its canvas when it is visible (at
 * once), when it becomes visible, or when the page is idle. Replaces the model whole on each change.
 */
export class ChartDrawing<T extends ChartType> {
  readonly #onState: (state: ChartState) => void;
  #canvas: HTMLCanvasElement | null = null;
  #model: ChartModel<T> | null = null;
  #drawn: ChartModel<T> | null = null;
  #view: ChartView<T> | null = null;
  /** Unknown until the observer first reports; with no observer every chart counts as visible. */
  #visible = false;
  #destroyed = false;
  #state: ChartState = 'stale';
  #waiters: Array<() => void> = [];

  /** @param onState called whenever the chart becomes stale or drawn. */
  constructor(onState: (state: ChartState) => void) {
    this.#onState = onState;
  }

  /** Whether the chart shows its latest model. */
  get state(): ChartState {
    return this.#state;
  }

  /** Give the chart a new model: drawn now if the chart is visible, else marked stale. */
  setModel(model: ChartModel<T>): void {
    this.#model = model;
    this.#refresh();
  }

  /** Draw on `canvas` from now on; returns the function that detaches it. */
  attach(canvas: HTMLCanvasElement): () => void {
    this.#canvas = canvas;
    const io = visibilityObserver();
    if (io === null) this.#visible = true;
    else {
      drawings.set(canvas, this as unknown as ChartDrawing<ChartType>);
      io.observe(canvas);
    }
    this.#refresh();
    return () => {
      io?.unobserve(canvas);
      drawings.delete(canvas);
      if (this.#canvas === canvas) this.#canvas = null;
    };
  }

  /** Told by the observer whether the chart is on (or next to) the screen. */
  setVisible(visible: boolean): void {
    this.#visible = visible;
    if (visible) this.#refresh();
  }

  /** Draw the latest model now if the libraries it needs are loaded; else load them, then draw. */
  drawNow(): void {
    const model = this.#model;
    const canvas = this.#canvas;
    if (this.#destroyed || model === null || canvas === null || model === this.#drawn) return;
    const needsAnnotations = usesAnnotations(model) && !annotationsLoaded;
    if (loadedChartModule === null || needsAnnotations) {
      void Promise.all([loadChartLibrary(), needsAnnotations ? loadAnnotations() : null]).then(() =>
        this.drawNow(),
      );
      return;
    }
    if (this.#view === null) this.#view = new loadedChartModule.ChartView(canvas, model);
    else this.#view.update(model);
    this.#drawn = model;
    this.#setState('drawn');
  }

  /** Draw as soon as the libraries allow, whether visible or not; resolves once drawn. */
  drawSoon(): Promise<void> {
    if (this.#state === 'drawn' || this.#destroyed) return Promise.resolve();
    const drawn = new Promise<void>((done) => this.#waiters.push(done));
    this.drawNow();
    return drawn;
  }

  /** Free the chart (its canvas and listeners). */
  destroy(): void {
    this.#destroyed = true;
    idleQueue.delete(this as unknown as ChartDrawing<ChartType>);
    this.#view?.destroy();
    this.#view = null;
    for (const done of this.#waiters.splice(0)) done();
  }

  #refresh(): void {
    if (this.#model === null || this.#canvas === null) return;
    if (this.#model === this.#drawn) {
      this.#setState('drawn');
      return;
    }
    this.#setState('stale');
    if (this.#visible) this.drawNow();
    else scheduleIdle(this as unknown as ChartDrawing<ChartType>);
  }

  #setState(state: ChartState): void {
    if (state === 'drawn') for (const done of this.#waiters.splice(0)) done();
    if (state === this.#state) return;
    this.#state = state;
    this.#onState(state);
  }
}
