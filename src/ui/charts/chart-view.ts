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

// Register only the parts the app draws. This module loads with the first chart (chart-drawing.ts),
// never with the app.
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
