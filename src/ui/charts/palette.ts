import type { ChartType } from 'chart.js';
import type { ClusterId } from '../../data/plan-types';
import type { ChartModel } from './chart-view';

/**
 * The colours charts draw with, read from the colour tokens (src/ui/styles/tokens.css, `--chart-*`),
 * so that charts follow the light or dark scheme like the rest of the app. Cluster and scenario hues
 * are Okabe–Ito, distinguishable by colour-blind viewers; charts add line styles, patterns and labels
 * so that no meaning rests on colour alone (they read in greyscale too).
 */
export interface ChartPalette {
  /** Ticks, legends, axis titles. */
  readonly text: string;
  readonly grid: string;
  /** The chart's background: separators between stacked bars. */
  readonly surface: string;
  /** Target lines and their labels' ground; text on that ground. */
  readonly target: string;
  readonly onTarget: string;
  /** Land-capacity lines. */
  readonly capacity: string;
  /** Industry outside the clusters. */
  readonly other: string;
  /** The zone's fan and histogram, and totals. */
  readonly zone: string;
  /** The most likely (deterministic) line on fan charts and tornadoes. */
  readonly mostLikely: string;
  readonly clusters: Readonly<Record<ClusterId, string>>;
  /** The first to fourth compared scenario. */
  readonly series: readonly [string, string, string, string];
  /** Tornado bars: an assumption at its low and at its high value. */
  readonly low: string;
  readonly high: string;
  /** Waterfall steps up and down. */
  readonly up: string;
  readonly down: string;
}

const CLUSTER_IDS: readonly ClusterId[] = [
  'newMaterials',
  'medicineHealth',
  'smartManufacturing',
  'agriProcessing',
  'modernServices',
];

/** The palette as token references, where no stylesheet can be read (tests in Node). */
function tokenPalette(read: (name: string) => string): ChartPalette {
  return {
    text: read('text'),
    grid: read('grid'),
    surface: read('surface'),
    target: read('target'),
    onTarget: read('on-target'),
    capacity: read('capacity'),
    other: read('other'),
    zone: read('zone'),
    mostLikely: read('most-likely'),
    clusters: Object.fromEntries(CLUSTER_IDS.map((id) => [id, read(id)])) as Record<ClusterId, string>,
    series: [read('series-1'), read('series-2'), read('series-3'), read('series-4')],
    low: read('low'),
    high: read('high'),
    up: read('up'),
    down: read('down'),
  };
}

/** The palette in force for an element: the `--chart-*` tokens of its colour scheme. */
export function readChartPalette(element: Element): ChartPalette {
  const style = getComputedStyle(element);
  return tokenPalette((name) => style.getPropertyValue(`--chart-${name}`).trim());
}

/** The palette as `var(--chart-*)` references: for code that runs without a document (tests). */
export const TOKEN_PALETTE: ChartPalette = tokenPalette((name) => `var(--chart-${name})`);

/** A #rrggbb colour with an alpha, as rgba() (other colours are returned unchanged). */
export function withAlpha(colour: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) return colour;
  const value = Number.parseInt(colour.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/**
 * A copy of a chart model whose axes (ticks, titles, grid lines) and legend are drawn in the palette's
 * text and grid colours: Chart.js would take them from its global defaults, which cannot follow a
 * colour scheme per chart. Only options are copied; the data stay shared.
 */
export function withPaletteText<T extends ChartType>(
  model: ChartModel<T>,
  palette: ChartPalette,
): ChartModel<T> {
  // Chart.js's option types are generic per chart type and scale id: copy them as plain records.
  const options = model.options as Record<string, any>;
  const scales = { x: {}, y: {}, ...(options.scales ?? {}) } as Record<string, Record<string, any>>;
  const plugins = (options.plugins ?? {}) as Record<string, any>;
  const themed = {
    ...options,
    color: palette.text,
    scales: Object.fromEntries(
      Object.entries(scales).map(([id, scale]) => [
        id,
        {
          ...scale,
          ticks: { ...scale.ticks, color: palette.text },
          title: { ...scale.title, color: palette.text },
          grid: { ...scale.grid, color: palette.grid },
          border: { ...scale.border, color: palette.grid },
        },
      ]),
    ),
    plugins: {
      ...plugins,
      legend: { ...plugins.legend, labels: { ...plugins.legend?.labels, color: palette.text } },
    },
  };
  return { type: model.type, data: model.data, options: themed as ChartModel<T>['options'] };
}

/** How a labelled line across a chart is drawn (a target, the most likely outcome, 100 %). */
export interface LabelledLine {
  /** Where the line stands on the value axis. */
  readonly value: number;
  readonly label: string;
  /** The axis the value is on: 'y' draws a horizontal line, 'x' a vertical one. */
  readonly axis?: 'x' | 'y';
  /** The line's colour and the colour of the label's text; default: the palette's target colours. */
  readonly colour?: string;
  readonly textColour?: string;
  readonly width?: number;
  readonly dash?: readonly number[];
  readonly position?: 'start' | 'center' | 'end';
  /** Font size of the label, px. */
  readonly size?: number;
  /** Opacity of the label's ground (0–1). */
  readonly alpha?: number;
  readonly yAdjust?: number;
}

/**
 * A chartjs-plugin-annotation line with its label on a ground of the line's colour: every target line
 * of the app's charts, in the palette's colours.
 */
export function labelledLine(palette: ChartPalette, line: LabelledLine) {
  const colour = line.colour ?? palette.target;
  const at =
    line.axis === 'x' ? { xMin: line.value, xMax: line.value } : { yMin: line.value, yMax: line.value };
  return {
    type: 'line' as const,
    ...at,
    borderColor: colour,
    borderWidth: line.width ?? 1.5,
    ...(line.dash === undefined ? {} : { borderDash: [...line.dash] }),
    label: {
      display: true,
      content: line.label,
      position: line.position ?? ('start' as const),
      ...(line.yAdjust === undefined ? {} : { yAdjust: line.yAdjust }),
      backgroundColor: withAlpha(colour, line.alpha ?? 1),
      color: line.textColour ?? palette.onTarget,
      font: { size: line.size ?? 10 },
    },
  };
}
