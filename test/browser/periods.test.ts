/**
 * The next plan period in the built app, headless Chromium with the real IndexedDB (issue 14, part
 * 5): actuals 2018–2020 imported; a 2021–2025 period created from the 2020 actuals with new targets;
 * a scenario saved on it opens on it after a reload; an edit of the period is a new version, and the
 * scenario built on the older one says so, lists the differences, re-runs on the newer one and opens
 * there; a damaged period file is refused with its reason and changes nothing stored; the app goes
 * back to the 2018–2020 plan unchanged.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { importActuals, openEvaluation } from './actuals-page';
import { browserSession, clickForDownload, downloadBytes } from './present-page';
import { SOURCE, TARGETS, afterReload, createPeriod, openPeriods } from './periods-page';
import { readTargetTable, waitForProjection, waitForReady } from './workbench-page';

const baseUrl = inject('baseUrl');
const SHOTS = process.env.PERIODS_SCREENSHOTS;
const session = browserSession();

/** Numbers of a table cell's text ("1,234.5 / 40.0 · …" → [1234.5, 40]). */
function numbers(text: string): number[] {
  return [...text.replace(/,/g, '').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

describe('the next plan period', () => {
  it('is made from the 2020 actuals, keeps a scenario across reloads, versions its edits and re-runs the scenario on the newer version', async () => {
    const { page } = await session.open({ viewport: { width: 1366, height: 900 } });
    await openEvaluation(page, baseUrl);

    // Without actuals there is no base year to start from.
    await openPeriods(page);
    await page.getByTestId('periods-no-actuals').waitFor();

    await page.getByTestId('nav-evaluation').click();
    await importActuals(page);

    // Bad input: a target without a value is refused, nothing is stored.
    await openPeriods(page);
    await page.getByTestId('periods-source').fill(SOURCE);
    await page.getByTestId('periods-create').click();
    await page.locator('[data-testid="periods-status"][data-status="refused"]').waitFor();
    expect(await page.getByTestId('periods-status').innerText()).toContain('新材料');
    expect(await page.getByTestId('periods-version').count()).toBe(1);

    const v1 = await createPeriod(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/periods-zh.png`, fullPage: true });
    await page.getByTestId('periods-open-created').click();
    await afterReload(page, v1);

    // The workbench runs on the new period: base 2020 = the actuals, targets for 2025 as entered,
    // and it opens on the period's plan path (every target reached).
    const rows = await readTargetTable(page);
    for (const [id, target] of Object.entries(TARGETS)) {
      const row = rows.find((r) => r.id === id)!;
      expect(numbers(row.cells['target']!)[0]).toBeCloseTo(target, 1);
      expect(row.status).toBe('onTrack');
    }
    const banner = await page.getByTestId('period-banner').innerText();
    expect(banner).toContain('2021–2025');
    expect(banner).toContain('2020');

    // Save a scenario on it: it records the period's version, and after a reload it is still there.
    await page.getByTestId('scenario-save-as').click();
    await page.getByTestId('scenario-name').fill('十四五 基准');
    await page.getByTestId('scenario-dialog-confirm').click();
    await expect.poll(() => page.getByTestId('scenario-current-name').textContent()).toBe('十四五 基准');
    await page.reload();
    await afterReload(page, v1);
    expect(await page.getByTestId('scenario-current-name').textContent()).toBe('十四五 基准');

    // Edit the period: 新材料's target 180 → 220 with its source, a new park and a new key project: version 2.
    await openPeriods(page);
    await page.getByTestId('periods-editor').waitFor();
    await page.locator('[data-testid="periods-edit-target"][data-cluster="newMaterials"]').fill('220');
    await page
      .locator('[data-testid="periods-edit-source"][data-cluster="newMaterials"]')
      .fill('规划修订稿 第三章');
    await page.getByTestId('periods-add-project').click();
    await page.getByTestId('periods-project-name').fill('生物医药产业园二期');
    await page.getByTestId('periods-project-cluster').selectOption('medicineHealth');
    await page.getByTestId('periods-project-output').fill('12');
    await page.getByTestId('periods-project-start').fill('2023');
    await page.getByTestId('periods-project-source').fill('规划修订稿 专栏2');
    await page.getByTestId('periods-add-park').click();
    await page.getByTestId('periods-park-name').fill('新城园');
    await page.getByTestId('periods-park-area').fill('2.5');
    await page.getByTestId('periods-park-source').fill('规划修订稿 第五节');
    await page.locator('[data-testid="periods-park-cluster"][data-cluster="newMaterials"]').check();
    await page.getByTestId('periods-edit-note').fill('新材料目标上调');
    await page.getByTestId('periods-save-version').click();
    await page.locator('[data-testid="periods-status"][data-status="saved"]').waitFor();
    const v2 = v1.replace(/\.1$/, '.2');
    await page.locator(`[data-testid="periods-version"][data-version="${v2}"]`).waitFor();

    // Still on version 1: the scenario says a newer version exists, with the differences listed.
    await page.reload();
    await afterReload(page, v1);
    await expect.poll(() => page.getByTestId('period-newer').getAttribute('data-version')).toBe(v2);
    await page.getByTestId('period-review').click();
    await page.getByTestId('period-rerun').waitFor();
    const target = page.locator(
      '[data-testid="period-differences"] tr[data-key="cluster.newMaterials.target"]',
    );
    expect(numbers(await target.innerText()).slice(-2)).toEqual([180, 220]);
    // The new park: its area, and 新材料's parks 2.5 km² larger.
    const park = page.locator('[data-testid="period-differences"] tr[data-key="park.p-6.area"]');
    expect(numbers(await park.innerText()).at(-1)).toBe(2.5);
    const poolArea = numbers(
      await page
        .locator('[data-testid="period-differences"] tr[data-key="cluster.newMaterials.parkArea"]')
        .innerText(),
    ).slice(-2);
    expect(poolArea[1]! - poolArea[0]!).toBeCloseTo(2.5, 2);
    expect(
      await page.locator('[data-testid="period-differences"] tr[data-key^="project."]').count(),
    ).toBeGreaterThan(0);
    const rerun = page.locator('[data-testid="period-rerun"] tr[data-target="newMaterials"] td');
    expect(numbers(await rerun.nth(0).innerText())[1]).toBeCloseTo(180, 1);
    expect(numbers(await rerun.nth(1).innerText())[1]).toBeCloseTo(220, 1);
    // Same assumptions: what it projects is the same (180, the plan path of version 1); version 2's
    // higher target is not reached.
    expect(numbers(await rerun.nth(1).innerText())[0]).toBeCloseTo(
      numbers(await rerun.nth(0).innerText())[0]!,
      1,
    );
    expect(await rerun.nth(1).getAttribute('data-status')).not.toBe('onTrack');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/period-review-zh.png`, fullPage: true });

    // Open it on version 2: carried over, still the saved scenario; saving records version 2.
    await page.getByTestId('period-open-newer').click();
    await afterReload(page, v2);
    await page.getByTestId('period-carried').waitFor();
    // The carried scenario replaces the period's own first one once the page is ready: its projection
    // comes after that one's (data-projection-seq 1).
    await waitForProjection(page, 1);
    expect(await page.getByTestId('scenario-current-name').textContent()).toBe('十四五 基准');
    const materials = (await readTargetTable(page)).find((r) => r.id === 'newMaterials')!;
    expect(numbers(materials.cells['target']!)[0]).toBeCloseTo(220, 1);
    expect(materials.status).not.toBe('onTrack');

    // The period file holds both versions; a damaged one is refused, nothing stored changes.
    await openPeriods(page);
    const file = await downloadBytes(await clickForDownload(page, 'periods-export'));
    const parsed = JSON.parse(file.toString('utf8'));
    expect(parsed.datasets.map((d: { version: string }) => d.version)).toEqual([v1, v2]);
    parsed.datasets[1].version = v1.replace(/\.1$/, '.3');
    parsed.datasets[1].clusters[0].target.value = -1;
    await page.getByTestId('periods-import-input').setInputFiles({
      name: 'damaged.datasets.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(parsed)),
    });
    await page.locator('[data-testid="periods-status"][data-status="fileRefused"]').waitFor();
    expect(await page.getByTestId('periods-status').innerText()).toContain('clusters.0.target.value');
    expect(await page.getByTestId('periods-version').count()).toBe(3);

    // Back to the 2018–2020 plan: as it was.
    await page.getByTestId('nav-workbench').click();
    await page.getByTestId('period-back-to-plan').click();
    await afterReload(page, null);
    const plan = await readTargetTable(page);
    expect(plan.find((r) => r.id === 'industrialOutput')!.cells['target']).toContain('600');

    // The library, on the plan, says the scenario is built on the period; opening it goes there.
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-view').waitFor();
    const flag = page.getByTestId('library-other-dataset');
    expect(await flag.getAttribute('data-version')).toBe(v1);
    expect(await flag.innerText()).toContain('2021–2025');
    await page.getByTestId('library-open').click();
    await afterReload(page, v1);
    expect(await page.getByTestId('scenario-current-name').textContent()).toBe('十四五 基准');

    // In English too: the banner and the periods view, every word English.
    await page.getByTestId('locale-toggle').click();
    await expect.poll(() => page.getByTestId('period-banner').innerText()).toContain('Period in use');
    expect(await page.getByTestId('period-banner').innerText()).toContain('version 1');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/workbench-en.png` });
    await openPeriods(page);
    await expect.poll(() => page.getByTestId('periods-view').innerText()).toContain('Plan periods');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/periods-en.png`, fullPage: true });
  }, 240_000);
});
