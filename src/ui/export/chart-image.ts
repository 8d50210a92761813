import type { ChartType } from 'chart.js';
import { ChartView, type ChartModel } from '../charts/chart-view';
// Exported and printed charts draw target lines synchronously: register the plugin with this (lazy) module.
import '../charts/annotation-plugin';

/** Pixels per CSS px of charts drawn for print: 3 gives about 300 dpi at the size they print. */
export const PRINT_PIXEL_RATIO = 3;

/**
 * Draw a chart off screen at a fixed size (CSS px) and pixel ratio, on a light-scheme host (the
 * model should use the light palette), and hand its canvas to `use` before it is freed.
 */
export function drawChartOffscreen<T extends ChartType, R>(
  model: ChartModel<T>,
  width: number,
  height: number,
  pixelRatio: number,
  use: (canvas: HTMLCanvasElement) => R,
): R {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.className = 'scheme-light';
  host.style.position = 'fixed';
  host.style.left = '-100000px';
  host.style.top = '0';
  host.style.width = `${width}px`;
  host.style.height = `${height}px`;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  host.append(canvas);
  document.body.append(host);
  const view = new ChartView(canvas, {
    type: model.type,
    data: model.data,
    options: { ...model.options, responsive: false, animation: false, devicePixelRatio: pixelRatio },
  });
  try {
    return use(canvas);
  } finally {
    view.destroy();
    host.remove();
  }
}

/**
 * Draw a chart off screen and return it as a PNG data URL. Printed as an image sized in millimetres,
 * it stays sharp and never reflows when the page is printed.
 */
export function chartImage<T extends ChartType>(
  model: ChartModel<T>,
  width: number,
  height: number,
  pixelRatio = PRINT_PIXEL_RATIO,
): string {
  return drawChartOffscreen(model, width, height, pixelRatio, (canvas) => canvas.toDataURL('image/png'));
}
