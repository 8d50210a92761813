import { TOKEN_PALETTE, type ChartPalette } from '../charts/palette';

/**
 * How each compared scenario is drawn: its own colour (Okabe–Ito, distinguishable by colour-blind
 * viewers) AND its own line dash, point shape and bar fill pattern, so the charts stay readable in
 * greyscale print. The plan's targets are drawn as target lines, not as a series.
 */

/** A fill pattern for bars, told apart without colour. */
export type BarPattern = 'solid' | 'diagonal' | 'dots' | 'cross';

/** One scenario's drawing style. */
export interface SeriesStyle {
  readonly colour: string;
  /** Canvas line dash, px ([] = solid). */
  readonly dash: readonly number[];
  /** Chart.js point style. */
  readonly pointStyle: 'circle' | 'rect' | 'triangle' | 'rectRot';
  readonly pattern: BarPattern;
}

/** Line dash, point shape and fill pattern of the first to fourth scenario column (the plan takes none). */
const SHAPES = [
  { dash: [], pointStyle: 'circle', pattern: 'solid' },
  { dash: [9, 4], pointStyle: 'rect', pattern: 'diagonal' },
  { dash: [2, 3], pointStyle: 'triangle', pattern: 'dots' },
  { dash: [12, 4, 2, 4], pointStyle: 'rectRot', pattern: 'cross' },
] as const;

/** How many scenarios have a style of their own. */
export const SERIES_STYLE_COUNT = SHAPES.length;

/**
 * The style of the n-th scenario column (0-based; wraps around past the fourth) in a palette's
 * colours; without one, colours are token references (`var(--chart-series-n)`) for HTML and SVG.
 */
export function seriesStyle(index: number, palette: ChartPalette = TOKEN_PALETTE): SeriesStyle {
  const slot = ((index % SHAPES.length) + SHAPES.length) % SHAPES.length;
  return { ...SHAPES[slot]!, colour: palette.series[slot]! };
}

/**
 * A canvas fill for bars: the colour with the style's pattern in white over it (solid: the plain
 * colour). Falls back to the plain colour where no canvas exists (tests in Node).
 */
export function barFill(style: SeriesStyle): string | CanvasPattern {
  if (style.pattern === 'solid' || typeof document === 'undefined') return style.colour;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const context = tile.getContext('2d');
  if (context === null) return style.colour;
  context.fillStyle = style.colour;
  context.fillRect(0, 0, 8, 8);
  context.strokeStyle = 'rgba(255, 255, 255, 0.85)';
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.lineWidth = 2;
  if (style.pattern === 'diagonal') {
    context.beginPath();
    context.moveTo(-2, 10);
    context.lineTo(10, -2);
    context.moveTo(-2, 2);
    context.lineTo(2, -2);
    context.moveTo(6, 10);
    context.lineTo(10, 6);
    context.stroke();
  } else if (style.pattern === 'dots') {
    context.beginPath();
    context.arc(4, 4, 1.6, 0, 2 * Math.PI);
    context.fill();
  } else {
    context.lineWidth = 1.5;
    context.beginPath();
    context.moveTo(0, 4);
    context.lineTo(8, 4);
    context.moveTo(4, 0);
    context.lineTo(4, 8);
    context.stroke();
  }
  return context.createPattern(tile, 'repeat') ?? style.colour;
}
