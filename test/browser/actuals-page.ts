/**
 * Actuals in the built app, for the browser tests: plausible 2018–2020 figures, the evaluation view
 * opened, the downloaded template filled as a statistician would (another XLSX writer) and imported.
 */
import type { Page } from 'playwright-core';
import { fillXlsx, type FixtureCell } from '../actuals-format/xlsx-fixture';
import { clickForDownload, downloadBytes } from './present-page';
import { readXlsx } from './spreadsheet-files';
import { waitForReady } from './workbench-page';

/** Plausible actuals 2018–2020 (亿元): output of every cluster and its fixed investment. */
export const ACTUALS: Record<string, readonly [number, number, number]> = {
  'output.newMaterials': [68, 80, 92],
  'output.medicineHealth': [6.5, 9.8, 14.2],
  'output.smartManufacturing': [15, 18.5, 22],
  'output.agriProcessing': [28.5, 31, 33.6],
  'output.modernServices': [34, 38.5, 42],
  'investment.newMaterials': [20, 18, 15],
  'investment.medicineHealth': [8, 6, 5],
  'investment.smartManufacturing': [6, 5, 5],
  'investment.agriProcessing': [7, 6, 6],
  'investment.modernServices': [9, 8, 8],
};
/** How many figures a year ACTUALS gives. */
export const ENTERED = Object.keys(ACTUALS).length * 3;

/** The source document the filled template cites for a year's figures. */
export function sourceDocument(year: number): string {
  return `黔江区${year}年国民经济和社会发展统计公报`;
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Open the app at `baseUrl` and go to the evaluation view. */
export async function openEvaluation(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await waitForReady(page);
  await page.getByTestId('nav-evaluation').click();
  await page.getByTestId('evaluation-view').waitFor();
}

/** The cells a statistician fills: value, source document and date of every row of ACTUALS. */
export function filledCells(rows: unknown[][]): Map<string, FixtureCell> {
  const cells = new Map<string, FixtureCell>();
  rows.forEach((row, index) => {
    const values = ACTUALS[String(row[0])];
    const year = Number(row[3]);
    if (index === 0 || values === undefined) return;
    const r = index + 1;
    cells.set(`E${r}`, values[year - 2018]!);
    cells.set(`F${r}`, sourceDocument(year));
    cells.set(`G${r}`, `${year + 1}-03-20`);
  });
  return cells;
}

/** Give the import button's file input a file. */
export async function importBytes(page: Page, name: string, bytes: Buffer | Uint8Array, mimeType: string) {
  await page
    .getByTestId('actuals-import-input')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

/** Download the XLSX template from the evaluation view and read its rows. */
export async function downloadTemplate(page: Page): Promise<{ template: Buffer; rows: unknown[][] }> {
  const template = await downloadBytes(await clickForDownload(page, 'actuals-template-xlsx'));
  const { rows } = await readXlsx(template);
  return { template, rows };
}

/** Fill the template with ACTUALS, import it, and wait until its evaluation is shown. */
export async function importActuals(page: Page): Promise<void> {
  const { template, rows } = await downloadTemplate(page);
  await importBytes(page, '实际值.xlsx', fillXlsx(new Uint8Array(template), filledCells(rows)), XLSX);
  await page.locator('[data-testid="actuals-message"][data-kind="imported"]').waitFor();
  await page.locator('[data-testid="evaluation-target"]').first().waitFor();
}
