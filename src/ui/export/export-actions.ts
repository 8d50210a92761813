import type { I18n } from '../../i18n/i18n.svelte';
import type { WorkbenchState } from '../../state/workbench.svelte';
import { targetRows } from '../targets/target-rows';
import { downloadChartPng } from './chart-png';
import { sourceLine, workingScenarioMeta } from './scenario-meta';
import { downloadTableCsv, downloadTableXlsx } from './table-export';
import { targetTableExport } from './target-table-export';

/** A chart as its PNG names it. */
export interface ChartIdentity {
  readonly title: string;
  /** The value axis's unit, e.g. "亿元". */
  readonly unit: string;
}

/**
 * Download a chart of the working scenario as a PNG: white background, the chart's title, its unit
 * and a source line naming the plan, the scenario, the dataset and app versions and the date.
 */
export async function exportChartPng(
  canvas: HTMLCanvasElement,
  chart: ChartIdentity,
  workbench: WorkbenchState,
  i18n: I18n,
): Promise<void> {
  const meta = workingScenarioMeta(workbench, i18n);
  await downloadChartPng(
    canvas,
    {
      title: chart.title,
      units: i18n.t('export.units', { unit: chart.unit }),
      source: sourceLine(i18n, workbench.dataset, meta),
    },
    meta.date,
  );
}

/** Download the working scenario's target table as CSV or XLSX (numbers as numbers). */
export async function exportTargetTable(
  format: 'csv' | 'xlsx',
  workbench: WorkbenchState,
  i18n: I18n,
): Promise<void> {
  const result = workbench.result;
  if (result === null) return;
  const meta = workingScenarioMeta(workbench, i18n);
  const table = targetTableExport(targetRows(result, workbench.dataset, i18n), i18n, workbench.dataset, meta);
  if (format === 'csv') downloadTableCsv(table, meta.date);
  else await downloadTableXlsx(table, meta.date);
}
