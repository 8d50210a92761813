import { CHART_FONT } from '../charts/chart-view';

/** What is written around a chart in its PNG: title above; units and source below. */
export interface ChartPngCaption {
  readonly title: string;
  /** e.g. "单位：亿元". */
  readonly units: string;
  /** e.g. "来源：黔江高新区产业发展规划（2018–2020）；数据版本 2018-2020.1；2026-11-26". */
  readonly source: string;
}

const TITLE_HEIGHT = 44;
const FOOTER_HEIGHT = 48;
const PADDING = 16;

/**
 * Render a chart canvas as a PNG on a white background with its title, units and source line, at the
 * canvas's own pixel size plus the caption bands. Returns the PNG blob.
 */
export async function chartToPng(canvas: HTMLCanvasElement, caption: ChartPngCaption): Promise<Blob> {
  const ratio = canvas.width / Math.max(1, canvas.clientWidth || canvas.width);
  const out = document.createElement('canvas');
  out.width = canvas.width + 2 * PADDING * ratio;
  out.height = canvas.height + (TITLE_HEIGHT + FOOTER_HEIGHT) * ratio;
  const context = out.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw on a canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.fillStyle = '#1f2933';
  context.textBaseline = 'middle';
  context.font = `600 ${Math.round(18 * ratio)}px ${CHART_FONT}`;
  context.fillText(caption.title, PADDING * ratio, (TITLE_HEIGHT / 2) * ratio);
  context.drawImage(canvas, PADDING * ratio, TITLE_HEIGHT * ratio);
  context.font = `${Math.round(12 * ratio)}px ${CHART_FONT}`;
  context.fillStyle = '#4a5563';
  const footerTop = TITLE_HEIGHT * ratio + canvas.height;
  context.fillText(caption.units, PADDING * ratio, footerTop + 14 * ratio);
  context.fillText(caption.source, PADDING * ratio, footerTop + 34 * ratio);
  return new Promise<Blob>((resolve, reject) =>
    out.toBlob(
      (blob) => (blob === null ? reject(new Error('The chart could not be encoded as PNG')) : resolve(blob)),
      'image/png',
    ),
  );
}
