/**
 * Plan evaluation with actuals in the built app, headless Chromium: the template downloaded as XLSX
 * is read with read-excel-file and filled by another writer (the test's own XLSX editor, as a
 * statistician filling it in Excel would), a hostile copy is refused naming its cell with nothing
 * stored, the good one is imported; the attainment is the actual over the target, the back-fit
 * reproduces the actuals within the error it shows, and the waterfall's parts add up to the
 * plan-vs-actual difference. The actuals survive a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { actualFigures } from '../../src/data/actuals-types';
import { fillXlsx } from '../actuals-format/xlsx-fixture';
import {
  ACTUALS,
  ENTERED,
  XLSX,
  downloadTemplate,
  filledCells,
  importBytes,
  openEvaluation as openEvaluationAt,
} from './actuals-page';
import { COUNT_PRINT_CALLS, browserSession } from './present-page';
import { waitForReady } from './workbench-page';

const baseUrl = inject('baseUrl');
const session = browserSession();

/** The fit must reproduce each cluster's actual path within this share of its 2020 actual. */
const FIT_BOUND = 0.05;

const openEvaluation = (page: Page) => openEvaluationAt(page, baseUrl);

describe('plan evaluation with actuals', () => {
  it('downloads the template, refuses a hostile copy, imports the filled one and explains the miss', async () => {
    const { page } = await session.open({ initScripts: [COUNT_PRINT_CALLS] });
    await openEvaluation(page);
    await page.getByTestId('evaluation-empty').waitFor();

    // The template: one row per figure × year (2018–2020), the Chinese header, units filled.
    const { template, rows } = await downloadTemplate(page);
    expect(rows[0]).toEqual(['代码', '指标', '单位', '年份', '实际值', '来源文件', '来源日期', '备注']);
    expect(rows.length - 1).toBe(actualFigures(PLAN_DATASET).length * 3);
    expect(rows[1]!.slice(0, 4)).toEqual(['output.newMaterials', '新材料工业总产值', '亿元', 2018]);
    const cells = filledCells(rows);
    expect(cells.size).toBe(ENTERED * 3);

    // A copy with a formula in one value cell is refused naming that cell; nothing is stored.
    const formulaAddress = [...cells.keys()].find((address) => address.startsWith('E'))!;
    const hostile = new Map(cells);
    hostile.set(formulaAddress, { formula: 'D2/30', cached: 67.3 });
    await importBytes(page, '实际值-公式.xlsx', fillXlsx(new Uint8Array(template), hostile), XLSX);
    const refused = page.locator('[data-testid="actuals-message"][data-kind="refused"]');
    await refused.waitFor();
    await refused.locator(`li[data-cell="${formulaAddress}"]`).waitFor();
    expect(await refused.locator('li').first().getAttribute('data-cell')).toBe(formulaAddress);
    expect(await refused.locator('li').first().getAttribute('data-code')).toBe('formula');
    expect(await refused.textContent()).toContain(formulaAddress);
    expect(await page.getByTestId('actuals-row').count()).toBe(0);

    // A file over the size cap is refused by its size.
    await importBytes(page, 'big.csv', Buffer.alloc(10_000_000, 0x41), 'text/csv');
    await page
      .locator('[data-testid="actuals-message"][data-kind="refused"] li[data-code="fileTooLarge"]')
      .waitFor();
    expect(await page.getByTestId('actuals-row').count()).toBe(0);

    // The filled template is imported whole.
    await importBytes(page, '实际值.xlsx', fillXlsx(new Uint8Array(template), cells), XLSX);
    await page.locator('[data-testid="actuals-message"][data-kind="imported"]').waitFor();
    expect(await page.getByTestId('actuals-row').count()).toBe(ENTERED);

    // Attainment: the actual of 2020 over the target (hand-computed from the figures above).
    const target = (id: string) => page.locator(`[data-testid="evaluation-target"][data-id="${id}"]`);
    // The results show once the evaluation of these actuals is done (never an older one's).
    await target('medicineHealth').waitFor();
    expect(Number(await target('medicineHealth').getAttribute('data-attainment'))).toBeCloseTo(14.2 / 150, 9);
    expect(Number(await target('newMaterials').getAttribute('data-gap'))).toBeCloseTo(92 - 250, 9);
    // Zone output: the four industrial clusters' sum, 92 + 14.2 + 22 + 33.6 = 161.8 of 600.
    expect(Number(await target('industrialOutput').getAttribute('data-attainment'))).toBeCloseTo(
      161.8 / 600,
      9,
    );
    expect(await target('outputIntensity').getAttribute('data-attainment')).toBe('');
    expect(await page.getByTestId('evaluation-statements').textContent()).toContain('医药健康');

    // The back-fit reproduces each cluster's actuals within the error shown, and that error is small.
    const errors = page.getByTestId('evaluation-fit-error');
    await errors.first().waitFor();
    expect(await errors.count()).toBe(PLAN_DATASET.clusters.length);
    for (const cluster of PLAN_DATASET.clusters) {
      const error = errors.and(page.locator(`[data-cluster="${cluster.id}"]`));
      const maxError = Number(await error.getAttribute('data-max-error'));
      const actual2020 = ACTUALS[`output.${cluster.id}`]![2];
      expect(maxError).toBeGreaterThanOrEqual(0);
      expect(maxError).toBeLessThan(FIT_BOUND * actual2020);
    }

    // The waterfall's steps add up to actual − plan path exactly; so does each cluster's sentence.
    const waterfall = page.getByTestId('evaluation-waterfall');
    const sum = Number(await waterfall.getAttribute('data-sum'));
    const total = Number(await waterfall.getAttribute('data-total'));
    // Plan path 600 (the four clusters reach their targets), actual 161.8.
    expect(total).toBeCloseTo(161.8 - 600, 6);
    expect(Math.abs(sum - total)).toBeLessThan(1e-9);
    const values = await waterfall
      .locator('li.step')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-value'))));
    expect(Math.abs(values.reduce((s, v) => s + v, 0) - total)).toBeLessThan(1e-9);
    const sentences = page.getByTestId('evaluation-sentences').locator('li');
    expect(await sentences.count()).toBe(PLAN_DATASET.clusters.length);
    for (const sentence of await sentences.all()) {
      const parts = Number(await sentence.getAttribute('data-sum'));
      const miss = Number(await sentence.getAttribute('data-total'));
      expect(Math.abs(parts - miss)).toBeLessThan(1e-9);
    }
    const medicine = sentences.and(page.locator('[data-cluster="medicineHealth"]'));
    expect(Number(await medicine.getAttribute('data-total'))).toBeCloseTo(14.2 - 150, 9);
    expect(await medicine.textContent()).toMatch(/^医药健康比规划路径少 135\.8 亿元.*投资不足/);

    // The A4 evaluation report: targets, the explanation, charts and the source of every actual.
    if (process.env.ACTUALS_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.ACTUALS_SCREENSHOTS}/evaluation-zh.png`, fullPage: true });
    }
    await page.getByTestId('evaluation-print').click();
    await page.locator('[data-testid="report-view"][data-ready="true"]').waitFor();
    // The print dialog was asked for once the report was ready.
    await page.waitForFunction(() => (window as unknown as { __printCalls: number }).__printCalls === 1);
    const report = page.getByTestId('evaluation-report');
    expect(await report.locator('img').count()).toBe(PLAN_DATASET.clusters.length);
    const reportText = (await report.textContent()) ?? '';
    expect(reportText).toContain('规划实施终期评估');
    expect(reportText).toContain('黔江区2020年国民经济和社会发展统计公报 (2021-03-20)');
    expect(reportText).toContain('医药健康比规划路径少 135.8 亿元');
    if (process.env.ACTUALS_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.ACTUALS_SCREENSHOTS}/evaluation-report-zh.png` });
    }
    // The report in English, whatever the app shows.
    await page.getByTestId('report-locale').selectOption('en');
    await report.locator('h1', { hasText: 'attainment' }).waitFor();
    expect(await report.textContent()).toContain('Medicine & health fell short of the plan path by 135.8');
    if (process.env.ACTUALS_SCREENSHOTS) {
      await page.getByTestId('report-view').evaluate((root) => root.scrollTo(0, 900));
      await page.screenshot({ path: `${process.env.ACTUALS_SCREENSHOTS}/evaluation-report-en.png` });
    }
    await page.getByTestId('report-close').click();
    await page.getByTestId('report-view').waitFor({ state: 'detached' });

    if (process.env.ACTUALS_SCREENSHOTS) {
      await page.getByTestId('locale-toggle').click();
      await page.locator('html[lang="en"]').waitFor();
      await page.getByText('Plan evaluation', { exact: true }).waitFor();
      await page.screenshot({ path: `${process.env.ACTUALS_SCREENSHOTS}/evaluation-en.png`, fullPage: true });
    }

    // Kept across a reload.
    await openEvaluation(page);
    await page
      .getByTestId('actuals-row')
      .nth(ENTERED - 1)
      .waitFor();
    expect(await page.getByTestId('actuals-row').count()).toBe(ENTERED);
    // The workbench's target table gains the actual, its attainment and gap; its charts show the points.
    await page.getByTestId('nav-workbench').click();
    await waitForReady(page);
    const actualCell = page.locator('[data-target-id="medicineHealth"] [data-actual]');
    await actualCell.waitFor();
    expect(await actualCell.getAttribute('data-actual')).toBe('14.2');
    if (process.env.ACTUALS_SCREENSHOTS) {
      await page.locator('[data-testid="chart-zone"][data-chart-state="drawn"]').waitFor();
      await page.screenshot({ path: `${process.env.ACTUALS_SCREENSHOTS}/workbench-actuals-en.png` });
    }
    expect(session.lines()).toEqual([]);
  });
});
