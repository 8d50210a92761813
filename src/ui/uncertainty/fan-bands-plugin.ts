import { Chart, type ChartType, type Plugin } from 'chart.js';

/** A band to fill between two line datasets of a chart: their indices and the fill colour. */
export interface FanBand {
  readonly upper: number;
  readonly lower: number;
  readonly colour: string;
}

/** Options of the fan-bands plugin: `options.plugins.fanBands`. */
export interface FanBandsOptions {
  readonly bands: readonly FanBand[];
}

declare module 'chart.js' {
  // Lets chart options name this plugin's options with their type.
  interface PluginOptionsByType<TType extends ChartType> {
    fanBands?: FanBandsOptions;
  }
}

/**
 * Fill the area between pairs of line datasets (the quantile bands of a fan chart), under the
 * lines. Chart.js's own Filler plugin would do it, but chart.js is a single module, so registering
 * Filler anywhere puts its code in the initial bundle; this plugin lives in the lazily loaded view.
 * Lines are straight (tension 0), as the fan charts draw them.
 */
export const fanBandsPlugin: Plugin<'line', FanBandsOptions> = {
  id: 'fanBands',
  defaults: { bands: [] },
  beforeDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.beginPath();
    ctx.rect(
      chartArea.left,
      chartArea.top,
      chartArea.right - chartArea.left,
      chartArea.bottom - chartArea.top,
    );
    ctx.clip();
    for (const band of options.bands) {
      if (!chart.isDatasetVisible(band.upper) || !chart.isDatasetVisible(band.lower)) continue;
      const top = chart.getDatasetMeta(band.upper).data;
      const bottom = chart.getDatasetMeta(band.lower).data;
      if (top.length === 0 || top.length !== bottom.length) continue;
      ctx.beginPath();
      top.forEach((point, i) => (i === 0 ? ctx.moveTo(point.x, point.y) : ctx.lineTo(point.x, point.y)));
      for (let i = bottom.length - 1; i >= 0; i--) ctx.lineTo(bottom[i]!.x, bottom[i]!.y);
      ctx.closePath();
      ctx.fillStyle = band.colour;
      ctx.fill();
    }
    ctx.restore();
  },
};

Chart.register(fanBandsPlugin as Plugin);
