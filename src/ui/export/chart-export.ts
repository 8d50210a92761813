import { Chart, type ChartType } from 'chart.js';
import type { ChartModel } from '../charts/chart-view';
import type { ChartPalette } from '../charts/palette';
import { downloadBlob, safeFileName } from '../library/download';
import { canvasToPng, captionedChart } from './chart-png';
import { drawChartOffscreen } from './chart-image';
import { copyTable, downloadTableCsv, downloadTableXlsx } from './table-export';
import type { ExportColumn, ExportTable } from './table-model';

/** A chart as it leaves the app: as a captioned PNG, and its data as a table. */
export interface ExportableChart {
  readonly title: string;
  /** The value axis's unit, e.g. "亿元", written under the PNG. */
  readonly unit: string;
  /** Whose chart it is (the scenario's name, or the compared scenarios'), for file names. */
  readonly scenario: string;
  /** The source line under the PNG and the tables: plan, scenario, versions, date. */
  readonly source: string;
  /** "Unit: 亿元" as the PNG writes it. */
  readonly unitsLine: string;
  /** The chart's model in a palette (exports draw it in the light one, whatever the screen shows). */
  readonly model: (palette: ChartPalette) => ChartModel<ChartType>;
  /** The numbers behind the chart, rounded as its labels and tooltips show them. */
  readonly table: () => ExportTable;
}

/** What a chart can be exported as. */
export type ChartExportFormat = 'png' | 'csv' | 'xlsx' | 'copy';

/**
 * Export a chart: a PNG of it drawn afresh in the light palette at the on-screen canvas's size and
 * pixel ratio (so a dark screen still gives a white image), or its data as CSV, XLSX or clipboard text.
 */
export async function exportChart(
  format: ChartExportFormat,
  chart: ExportableChart,
  canvas: HTMLCanvasElement | undefined,
  lightPalette: ChartPalette,
  date = new Date(),
): Promise<void> {
  if (format === 'copy') return copyTable(chart.table());
  if (format === 'csv') return downloadTableCsv(chart.table(), date);
  if (format === 'xlsx') return downloadTableXlsx(chart.table(), date);
  if (canvas === undefined) return;
  // The chart's own size and pixel ratio (the canvas's CSS box may already have moved on).
  const drawn = Chart.getChart(canvas);
  const width = drawn?.width ?? canvas.clientWidth;
  const height = drawn?.height ?? canvas.clientHeight;
  const ratio = drawn?.currentDevicePixelRatio ?? canvas.width / Math.max(1, width);
  const out = drawChartOffscreen(chart.model(lightPalette), width, height, ratio, (fresh) =>
    captionedChart(fresh, { title: chart.title, units: chart.unitsLine, source: chart.source }),
  );
  downloadBlob(safeFileName([chart.scenario, chart.title], date, 'png'), await canvasToPng(out));
}

/** One series of a chart's data table: its name (with unit where the table has several) and values. */
export interface SeriesColumn {
  readonly header: string;
  readonly values: readonly (number | null)[];
}

/**
 * A chart's data as a table: one row per category (year, target, step), one column per series, all
 * numbers with the same decimals; notes (the source line) under it.
 */
export function seriesTable(options: {
  readonly title: string;
  readonly scenario: string;
  readonly categoryHeader: string;
  readonly categories: readonly string[];
  readonly series: readonly SeriesColumn[];
  readonly decimals: number;
  readonly notes: readonly string[];
}): ExportTable {
  const columns: ExportColumn[] = [
    { header: options.categoryHeader },
    ...options.series.map((s) => ({ header: s.header, decimals: options.decimals })),
  ];
  return {
    title: options.title,
    scenario: options.scenario,
    columns,
    rows: options.categories.map((category, i) => [
      category,
      ...options.series.map((s) => s.values[i] ?? null),
    ]),
    notes: options.notes,
  };
}

/**
 * The series of a chart model whose datasets hold one number per label (lines, stacked bars), as
 * table columns named `header(dataset label)`. Datasets listed in `skip` (by index) are left out.
 */
export function modelSeries(
  model: ChartModel<ChartType>,
  header: (label: string) => string,
  skip: readonly number[] = [],
): SeriesColumn[] {
  return model.data.datasets.flatMap((dataset, index) =>
    skip.includes(index)
      ? []
      : [
          {
            header: header(String(dataset.label ?? '')),
            values: (dataset.data as unknown[]).map((v) => (typeof v === 'number' ? v : null)),
          },
        ],
  );
}

/** The category labels of a chart model as text (wrapped labels joined again). */
export function modelCategories(model: ChartModel<ChartType>): string[] {
  return (model.data.labels ?? []).map((label) =>
    Array.isArray(label) ? label.join(/\p{Script=Han}/u.test(label.join('')) ? '' : ' ') : String(label),
  );
}
