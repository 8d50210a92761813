import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartData,
  type ChartOptions,
  type ChartType,
} from 'chart.js';

// Register only the parts the app draws: it keeps the initial bundle small.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
);

let annotationPlugin: Promise<unknown> | null = null;

/** Load and register the annotation plugin (target lines) once; resolves when charts can use it. */
export function loadAnnotationPlugin(): Promise<unknown> {
  annotationPlugin ??= import('./annotation-plugin');
  return annotationPlugin;
}

/** Whether a chart model draws annotations (and so needs the plugin before it is created). */
export function usesAnnotations(model: { readonly options?: unknown }): boolean {
  const plugins = (model.options as { plugins?: { annotation?: unknown } } | undefined)?.plugins;
  return plugins?.annotation !== undefined;
}

/** Font stack for chart text: Chinese glyphs must render on canvases too. */
export const CHART_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
Chart.defaults.font.family = CHART_FONT;
Chart.defaults.color = '#1f2933';

/** A chart's content: plain data and options, replaced whole on every update. */
export interface ChartModel<T extends ChartType> {
  readonly type: T;
  readonly data: ChartData<T>;
  readonly options: ChartOptions<T>;
}

/** A Chart.js chart on a canvas: create it, update it with a new model, destroy it. */
export class ChartView<T extends ChartType> {
  readonly #chart: Chart<T>;

  constructor(canvas: HTMLCanvasElement, model: ChartModel<T>) {
    this.#chart = new Chart(canvas, {
      type: model.type,
      data: model.data,
      options: model.options,
    } as ChartConfiguration<T>);
  }

  /** Replace the chart's data and options and redraw at once (no animation). */
  update(model: ChartModel<T>): void {
    this.#chart.data = model.data;
    this.#chart.options = model.options;
    this.#chart.update('none');
  }

  /** Free the chart's canvas and listeners. */
  destroy(): void {
    this.#chart.destroy();
  }
}
