import type { I18n } from '../../i18n/i18n.svelte';
import type { WorkbenchState } from '../../state/workbench.svelte';
import type { ChartPalette } from '../charts/palette';
import type { ScenarioChart } from '../charts/scenario-charts';
import { toExportTable, type DataTableModel } from '../tables/data-table-model';
import { modelCategories, modelSeries, seriesTable, type ExportableChart } from './chart-export';
import { sourceLine, workingScenarioMeta } from './scenario-meta';
import { exportTable } from './table-export';
import type { ExportTable } from './table-model';

/** Export a data table of the working scenario (target table, probabilities) as CSV, XLSX or copy. */
export function exportWorkingDataTable(
  format: 'csv' | 'xlsx' | 'copy',
  model: DataTableModel,
  workbench: WorkbenchState,
  i18n: I18n,
): Promise<void> {
  return exportWorkingTable(
    format,
    (context) => toExportTable(model, context.scenario, context.notes),
    workbench,
    i18n,
  );
}

/**
 * Export a table of the working scenario as CSV, XLSX or to the clipboard, named after the scenario,
 * with the source line under it.
 * @param build the table, given the scenario's name and the notes to write under it
 */
export async function exportWorkingTable(
  format: 'csv' | 'xlsx' | 'copy',
  build: (context: { readonly scenario: string; readonly notes: readonly string[] }) => ExportTable,
  workbench: WorkbenchState,
  i18n: I18n,
): Promise<void> {
  const meta = workingScenarioMeta(workbench, i18n);
  await exportTable(
    format,
    build({ scenario: meta.name, notes: [sourceLine(i18n, workbench.dataset, meta)] }),
  );
}

/**
 * A chart of the working scenario as it leaves the app: its PNG names the scenario, the dataset and
 * app versions and the date; its data are the chart's series by year (亿元, one decimal) and the target.
 * @param build the chart in a palette (the PNG is drawn in the light one)
 */
export function workingChartExport(
  build: (palette: ChartPalette) => ScenarioChart<'bar' | 'line'>,
  screenPalette: ChartPalette,
  workbench: WorkbenchState,
  i18n: I18n,
): ExportableChart {
  const meta = workingScenarioMeta(workbench, i18n);
  const chart = build(screenPalette);
  const source = sourceLine(i18n, workbench.dataset, meta);
  const withUnit = (label: string) => i18n.t('export.bracketed', { text: label, inner: chart.unit });
  return {
    title: chart.title,
    unit: chart.unit,
    scenario: meta.name,
    source,
    unitsLine: i18n.t('export.units', { unit: chart.unit }),
    model: (palette) => build(palette).model,
    table: () => {
      const categories = modelCategories(chart.model);
      return seriesTable({
        title: chart.title,
        scenario: meta.name,
        categoryHeader: i18n.t('export.yearColumn'),
        categories,
        series: [
          ...modelSeries(chart.model, withUnit),
          {
            header: withUnit(i18n.t('targets.target')),
            values: categories.map((_, i) => (i === categories.length - 1 ? chart.targetValue : null)),
          },
        ],
        decimals: 1,
        notes: [source],
      });
    },
  };
}
