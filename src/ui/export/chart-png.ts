import { CHART_FONT } from '../charts/chart-view';

/** What is written around a chart in its PNG: title above; units and source below. */
export interface ChartPngCaption {
  readonly title: string;
  /** e.g. "单位：亿元". */
  readonly units: string;
  /** e.g. "来源：黔江高新区产业发展规划（2018–2020）；数据版本 2018-2020.2；2026-11-26". */
  readonly source: string;
}

/** Smallest height of the title band, CSS px (one line of title). */
const TITLE_HEIGHT = 44;
/** Smallest height of the footer band, CSS px (one line of units, one of source). */
const FOOTER_HEIGHT = 48;
const PADDING = 16;
const TITLE_LINE = 24;
const FOOTER_LINE = 18;

/** Break a text into lines no wider than `maxWidth` (canvas px): Han characters anywhere, Latin at spaces. */
export function wrapCaption(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const tokens = text.match(
    /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+\s*|\s+/gu,
  );
  if (tokens === null) return [''];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line !== '' && context.measureText(candidate.trimEnd()).width > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * Draw a chart canvas on a white background with its title, units and source line, at the canvas's
 * own pixel size plus the caption bands (44 CSS px above and 48 below, taller when a caption wraps
 * onto more lines). Returns the new canvas; the chart's canvas may be freed at once.
 */
export function captionedChart(canvas: HTMLCanvasElement, caption: ChartPngCaption): HTMLCanvasElement {
  const ratio = canvas.width / Math.max(1, canvas.clientWidth || canvas.width);
  const out = document.createElement('canvas');
  const context = out.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw on a canvas');
  out.width = Math.round(canvas.width + 2 * PADDING * ratio);
  const textWidth = canvas.width;
  const titleFont = `600 ${Math.round(18 * ratio)}px ${CHART_FONT}`;
  const footerFont = `${Math.round(12 * ratio)}px ${CHART_FONT}`;
  context.font = titleFont;
  const titleLines = wrapCaption(context, caption.title, textWidth);
  context.font = footerFont;
  const footerLines = [
    ...wrapCaption(context, caption.units, textWidth),
    ...wrapCaption(context, caption.source, textWidth),
  ];
  const titleBand = Math.max(TITLE_HEIGHT, 20 + titleLines.length * TITLE_LINE) * ratio;
  const footerBand = Math.max(FOOTER_HEIGHT, 12 + footerLines.length * FOOTER_LINE) * ratio;
  // Setting the size resets the context's state: draw only after it.
  out.height = Math.round(canvas.height + titleBand + footerBand);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.textBaseline = 'middle';
  context.fillStyle = '#1f2933';
  context.font = titleFont;
  const titleTop = (titleBand - titleLines.length * TITLE_LINE * ratio) / 2;
  titleLines.forEach((line, i) =>
    context.fillText(line, PADDING * ratio, titleTop + (i + 0.5) * TITLE_LINE * ratio),
  );
  context.drawImage(canvas, PADDING * ratio, titleBand);
  context.font = footerFont;
  context.fillStyle = '#4a5563';
  const footerTop = titleBand + canvas.height + 6 * ratio;
  footerLines.forEach((line, i) =>
    context.fillText(line, PADDING * ratio, footerTop + (i + 0.5) * FOOTER_LINE * ratio),
  );
  return out;
}

/** Encode a canvas as a PNG blob. */
export function canvasToPng(out: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) =>
    out.toBlob(
      (blob) => (blob === null ? reject(new Error('The chart could not be encoded as PNG')) : resolve(blob)),
      'image/png',
    ),
  );
}
