import { Chart } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

// Target lines and labels (chartjs-plugin-annotation). Imported on demand (chart-drawing.ts)
// so that the plugin stays out of the app's start-up code.
Chart.register(annotationPlugin);
