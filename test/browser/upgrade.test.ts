/**
 * The rehearsal of a change of the scenario's shape, in Chromium with the real IndexedDB: what
 * release 0.1.0 left behind — its database (written by its own code: test/fixtures/release-0.1.0),
 * an export file, a share link and a compare link — opens in the built app of this release with
 * every value preserved and the new lever (base-year investment) at its documented default.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { LEVERS } from '../../src/data/levers';
import { RELEASE_DB, RELEASE_FILE, RELEASE_LINKS } from '../fixtures/release-0.1.0';
import * as release020 from '../fixtures/release-0.2.0';
import * as release030 from '../fixtures/release-0.3.0';
import { launchChromium, openPage, type OpenedPage } from './chromium';
import { lever, numberFieldValue, selectCluster, waitForReady } from './workbench-page';

const baseUrl = inject('baseUrl');
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  for (const { context } of opened.splice(0)) await context.close();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A page whose origin holds release 0.1.0's database exactly as that release left it: version 2,
 * its four stores (created as 0.1.0's upgradeSchema created them) and every record of the fixture.
 * Written from a static file of the origin, before the app itself has run there.
 */
async function pageWithReleaseDatabase(
  release: { dbName: string; dbVersion: number; stores: Record<string, unknown[]> } = RELEASE_DB,
): Promise<OpenedPage> {
  const opened_ = await openPage(browser);
  opened.push(opened_);
  const { page } = opened_;
  // An empty page of the app's origin, before the app has ever run there.
  await page.route(`${baseUrl}seed-release-0.1.0`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,">' }),
  );
  await page.goto(`${baseUrl}seed-release-0.1.0`);
  await page.evaluate(
    ({ name, version, stores }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('drafts', { keyPath: 'id' });
          db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
          db.createObjectStore('trash', { keyPath: 'id' });
          db.createObjectStore('meta', { keyPath: 'key' });
          // Database version 5 (release 0.3.0) added the actuals.
          if ('actuals' in stores) db.createObjectStore('actuals', { keyPath: 'id' });
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(stores), 'readwrite');
          for (const [store, records] of Object.entries(stores)) {
            for (const record of records) tx.objectStore(store).put(record);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: release.dbName, version: release.dbVersion, stores: release.stores },
  );
  return opened_;
}

async function openApp(page: Page, fragment = ''): Promise<void> {
  await page.goto(`${baseUrl}${fragment}`);
  await waitForReady(page);
}

/** The library's own count of its records: the list is windowed, so rows outside the viewport are not rendered. */
async function libraryCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('library-count').getAttribute('data-count'));
}

/** A release's export file of `count` scenarios imports into an empty library, every scenario taken in. */
async function expectFileImportsIntoEmptyLibrary(file: string, count = 12): Promise<Page> {
  const page = (await openPage(browser)).page;
  opened.push({ context: page.context(), page, problems: [] });
  await openApp(page);
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-import-input').setInputFiles({
    name: 'export-all.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect.poll(() => libraryCount(page)).toBe(count);
  expect(await page.getByTestId('library-message').textContent()).toContain(`已导入 ${count} 个情景`);
  return page;
}

/** A lever's value as the number field shows it, in model units. */
async function leverValue(page: Page, clusterId: 'agriProcessing' | 'newMaterials', leverId: string) {
  await selectCluster(page, clusterId);
  return numberFieldValue(lever(page, clusterId, leverId as 'growthRate').number);
}

const BASE_INVESTMENT = Object.fromEntries(
  PLAN_DATASET.clusters.map((cluster) => [cluster.id, cluster.defaults.baseYearInvestment.value]),
);

describe('an upgrade from release 0.1.0 loses nothing (Chromium, real IndexedDB)', () => {
  it('the working draft opens with its values, migrated, and says so', async () => {
    const { page, problems } = await pageWithReleaseDatabase();
    await openApp(page);
    const old = RELEASE_DB.stores.drafts[0]!;
    const oldClusters = old.scenario['clusters'] as Record<string, Record<string, number>>;
    // Made with dataset 2018-2020.1 and shape 1: the notice says both.
    const notice = await page.getByTestId('startup-notice').textContent();
    expect(notice).toContain('2018-2020.1');
    expect(notice).toContain('新版本的情景格式');
    expect(await leverValue(page, 'agriProcessing', 'investmentPerYear')).toBe(42);
    expect(await leverValue(page, 'agriProcessing', 'landPace')).toBeCloseTo(
      oldClusters['agriProcessing']!['landPace']!,
      2,
    );
    // The new lever, at its documented default.
    expect(await leverValue(page, 'newMaterials', 'baseYearInvestment')).toBeCloseTo(
      BASE_INVESTMENT['newMaterials']!,
      1,
    );
    // The draft still knows the saved scenario it came from.
    const origin = RELEASE_DB.stores.scenarios.find((record) => record.id === old.origin!.id)!;
    expect(await page.getByTestId('scenario-current-name').textContent()).toContain(origin.name);
    expect(problems).toEqual([]);
  });

  it('the library lists all 50 scenarios, none held back, and one opens with its values', async () => {
    const { page, problems } = await pageWithReleaseDatabase();
    await openApp(page);
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-view').waitFor();
    await expect.poll(() => libraryCount(page)).toBe(50);
    expect(await page.getByTestId('library-held').count()).toBe(0);
    const target = RELEASE_DB.stores.scenarios.find(
      (record) =>
        (record.scenario['clusters'] as Record<string, Record<string, number>>)['newMaterials']![
          'growthRate'
        ] !== 0.09,
    )!;
    // The list is windowed: search for the record so its row is rendered.
    await page.getByTestId('library-search').fill(target.name);
    const item = page.locator(`[data-testid="library-item"][data-scenario-id="${target.id}"]`);
    // The working draft has unsaved changes (it differs from the scenario it came from): confirm.
    page.once('dialog', (dialog) => void dialog.accept());
    await item.getByTestId('library-open').click();
    await waitForReady(page);
    const clusters = target.scenario['clusters'] as Record<string, Record<string, number>>;
    expect(await leverValue(page, 'newMaterials', 'growthRate')).toBeCloseTo(
      clusters['newMaterials']!['growthRate']! * 100,
      1,
    );
    expect(problems).toEqual([]);
  });

  it('re-importing 0.1.0’s export file adds nothing: every scenario is already in the library, unchanged', async () => {
    const { page } = await pageWithReleaseDatabase();
    await openApp(page);
    await page.getByTestId('nav-library').click();
    await expect.poll(() => libraryCount(page)).toBe(50);
    await page.getByTestId('library-import-input').setInputFiles({
      name: 'export-all.json',
      mimeType: 'application/json',
      buffer: Buffer.from(RELEASE_FILE),
    });
    const message = page.getByTestId('library-message');
    await expect.poll(() => message.textContent()).toContain('12 个情景库中已有');
    expect(await page.getByTestId('import-choice-dialog').count()).toBe(0);
    expect(await libraryCount(page)).toBe(50);
  });

  it('the export file of 0.1.0 imports into an empty library, every scenario migrated', async () => {
    await expectFileImportsIntoEmptyLibrary(RELEASE_FILE);
  });

  it('the share link of 0.1.0 opens as an unsaved copy with its values', async () => {
    const page = (await openPage(browser)).page;
    opened.push({ context: page.context(), page, problems: [] });
    await openApp(page, RELEASE_LINKS.share.fragment);
    const source = RELEASE_DB.stores.scenarios.find((record) => record.id === RELEASE_LINKS.share.record)!;
    await page.getByTestId('link-preview').waitFor();
    expect(await page.getByTestId('scenario-current-name').textContent()).toContain(source.name);
    const clusters = source.scenario['clusters'] as Record<string, Record<string, number>>;
    expect(await leverValue(page, 'agriProcessing', 'investmentPerYear')).toBeCloseTo(
      clusters['agriProcessing']!['investmentPerYear']!,
      1,
    );
    expect(await leverValue(page, 'agriProcessing', 'baseYearInvestment')).toBeCloseTo(
      BASE_INVESTMENT['agriProcessing']!,
      1,
    );
  });

  it('the compare link of 0.1.0 opens the comparison of its four columns', async () => {
    const { page } = await pageWithReleaseDatabase();
    await openApp(page, RELEASE_LINKS.compare.fragment);
    await page.getByTestId('compare-view').waitFor();
    const names = RELEASE_LINKS.compare.entries
      .filter((key) => key !== 'plan' && key !== 'draft')
      .map((id) => RELEASE_DB.stores.scenarios.find((record) => record.id === id)!.name);
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    for (const name of names) await expect.poll(() => table.textContent()).toContain(name);
  });
});

/** Every lever of every cluster as the workbench shows it equals the documented migration of `old`. */
async function expectLeversShown(page: Page, old: object, from: number): Promise<void> {
  const expected = release020.migratedAsDocumented(old as Record<string, unknown>, from, PLAN_DATASET)[
    'clusters'
  ] as Record<string, Record<string, number>>;
  for (const cluster of PLAN_DATASET.clusters) {
    await selectCluster(page, cluster.id);
    for (const spec of LEVERS) {
      const shown = await numberFieldValue(lever(page, cluster.id, spec.id as 'growthRate').number);
      const want = expected[cluster.id]![spec.id]! * spec.displayScale;
      // The field shows the value rounded to the lever's decimals.
      expect(Math.abs(shown - want), `${cluster.id}.${spec.id}: ${shown} vs ${want}`).toBeLessThanOrEqual(
        0.5 * 10 ** -spec.decimals + 1e-9,
      );
    }
  }
}

describe('an upgrade from release 0.2.0 loses nothing (Chromium, real IndexedDB)', () => {
  const DB = release020.RELEASE_DB;

  it('the working draft opens with every lever as the documented migration gives it', async () => {
    const { page, problems } = await pageWithReleaseDatabase(DB);
    await openApp(page);
    const old = DB.stores.drafts[0]!;
    const notice = await page.getByTestId('startup-notice').textContent();
    expect(notice).toContain('新版本的情景格式');
    await expectLeversShown(page, old.scenario, release020.RELEASE_SHAPE);
    const origin = DB.stores.scenarios.find((record) => record.id === old.origin!.id)!;
    expect(await page.getByTestId('scenario-current-name').textContent()).toContain(origin.name);
    // It says which reference it was built from: the early estimates, the default of 0.1 and 0.2.
    const reference = page.getByTestId('scenario-reference');
    expect(await reference.getAttribute('data-reference')).toBe('earlyEstimates');
    expect(await reference.innerText()).toContain('早期估算');
    expect(problems).toEqual([]);
  });

  it('the library holds all its scenarios, none held back, and one opens with its values', async () => {
    const { page, problems } = await pageWithReleaseDatabase(DB);
    await openApp(page);
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-view').waitFor();
    const ids = new Set(DB.stores.scenarios.map((record) => record.id));
    await expect.poll(() => libraryCount(page)).toBe(ids.size);
    expect(await page.getByTestId('library-held').count()).toBe(0);
    // Each saved scenario says which reference it was built from.
    const badges = page.getByTestId('library-item-reference');
    await badges.first().waitFor();
    expect(
      new Set(await badges.evaluateAll((els) => els.map((el) => el.getAttribute('data-reference')))),
    ).toEqual(new Set(['earlyEstimates']));
    // The last revision of a scenario saved twice.
    const target = DB.stores.scenarios
      .filter((record) => record.id === DB.stores.scenarios[3]!.id)
      .sort((a, b) => b.revision - a.revision)[0]!;
    await page.getByTestId('library-search').fill(target.name);
    const item = page.locator(`[data-testid="library-item"][data-scenario-id="${target.id}"]`);
    page.once('dialog', (dialog) => void dialog.accept());
    await item.getByTestId('library-open').click();
    await waitForReady(page);
    await expectLeversShown(page, target.scenario, release020.RELEASE_SHAPE);
    expect(problems).toEqual([]);
  });

  it('the export file of 0.2.0 imports into an empty library, every scenario migrated', async () => {
    await expectFileImportsIntoEmptyLibrary(release020.RELEASE_FILE);
  });

  it('the share link of 0.2.0 opens as an unsaved copy with its values', async () => {
    const { page } = await pageWithReleaseDatabase(DB);
    await openApp(page, release020.RELEASE_LINKS.share.fragment);
    await page.getByTestId('link-preview').waitFor();
    const source = DB.stores.scenarios
      .filter((record) => record.id === release020.RELEASE_LINKS.share.record)
      .sort((a, b) => b.revision - a.revision)[0]!;
    expect(await page.getByTestId('scenario-current-name').textContent()).toContain(source.name);
    await expectLeversShown(page, source.scenario, release020.RELEASE_SHAPE);
  });

  it('the compare link of 0.2.0 opens the comparison of its columns', async () => {
    const { page } = await pageWithReleaseDatabase(DB);
    await openApp(page, release020.RELEASE_LINKS.compare.fragment);
    await page.getByTestId('compare-view').waitFor();
    const names = release020.RELEASE_LINKS.compare.entries
      .filter((key) => key !== 'plan' && key !== 'draft')
      .map((id) => DB.stores.scenarios.find((record) => record.id === id)!.name);
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    for (const name of names) await expect.poll(() => table.textContent()).toContain(name);
  });
});

/** The actuals as the evaluation view's table shows them: figure, year → value, source document. */
async function actualsShown(page: Page): Promise<Map<string, { value: string; mark: string | null }>> {
  const rows = page.getByTestId('actuals-row');
  await rows.first().waitFor();
  const shown = await rows.evaluateAll((els) =>
    els.map((el) => ({
      id: `${el.getAttribute('data-key')}|${el.getAttribute('data-year')}`,
      value: (el.querySelector('[data-testid="actuals-value"]') as HTMLInputElement).value,
      mark: el.querySelector('.mark')?.getAttribute('title') ?? null,
    })),
  );
  return new Map(shown.map(({ id, value, mark }) => [id, { value, mark }]));
}

/** Every actual of 0.3.0's store is in the table with its value and its source document. */
async function expectActualsShown(page: Page): Promise<void> {
  const values = release030.RELEASE_DB.stores.actuals[0]!.values;
  await expect.poll(() => page.getByTestId('actuals-row').count()).toBe(values.length);
  const shown = await actualsShown(page);
  expect(shown.size).toBe(30);
  for (const actual of values) {
    const row = shown.get(`${actual.key}|${actual.year}`);
    expect(row?.value, `${actual.key} ${actual.year}`).toBe(String(actual.value));
    expect(row?.mark).toContain(actual.source.document);
  }
  // Hand-checked: the 2020 bulletin's medicine output, dated 2021-03-20.
  expect(shown.get('output.medicineHealth|2020')).toEqual({
    value: '14.2',
    mark: expect.stringContaining('2021-03-20'),
  });
}

describe('an upgrade from release 0.3.0 loses nothing (Chromium, real IndexedDB)', () => {
  const DB = release030.RELEASE_DB;
  const SHAPE = release030.RELEASE_SHAPE;

  it('the working draft opens with every lever as it was, its origin and its reference', async () => {
    const { page, problems } = await pageWithReleaseDatabase(DB);
    await openApp(page);
    const old = DB.stores.drafts[0]!;
    await expectLeversShown(page, old.scenario, SHAPE);
    expect(await leverValue(page, 'agriProcessing', 'investmentPerYear')).toBe(42);
    const origin = DB.stores.scenarios.find((record) => record.id === old.origin!.id)!;
    expect(await page.getByTestId('scenario-current-name').textContent()).toContain(origin.name);
    const reference = page.getByTestId('scenario-reference');
    expect(await reference.getAttribute('data-reference')).toBe(old.scenario.reference);
    expect(problems).toEqual([]);
  });

  it('the library holds all 30 scenarios, none held back, each with its reference, and one opens with its values', async () => {
    const { page, problems } = await pageWithReleaseDatabase(DB);
    await openApp(page);
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-view').waitFor();
    await expect.poll(() => libraryCount(page)).toBe(30);
    expect(await page.getByTestId('library-held').count()).toBe(0);
    const badges = page.getByTestId('library-item-reference');
    await badges.first().waitFor();
    const shownReferences = new Set(
      await badges.evaluateAll((els) => els.map((el) => el.getAttribute('data-reference'))),
    );
    for (const reference of shownReferences) {
      expect(['planPath', 'projectBacked', 'trend', 'earlyEstimates']).toContain(reference);
    }
    // A scenario saved twice, with its links switched on: its second revision.
    const target = DB.stores.scenarios.find(
      (record) => record.revision === 2 && record.scenario.links.producerServices.enabled,
    )!;
    await page.getByTestId('library-search').fill(target.name);
    const item = page.locator(`[data-testid="library-item"][data-scenario-id="${target.id}"]`);
    expect(await item.getByTestId('library-item-reference').getAttribute('data-reference')).toBe(
      target.scenario.reference,
    );
    page.once('dialog', (dialog) => void dialog.accept());
    await item.getByTestId('library-open').click();
    await waitForReady(page);
    await expectLeversShown(page, target.scenario, SHAPE);
    expect(await leverValue(page, 'newMaterials', 'growthRate')).toBeCloseTo(12, 1);
    expect(problems).toEqual([]);
  });

  it('the evaluation view shows the 30 actuals of 0.3.0 with their sources, and evaluates against them', async () => {
    const { page, problems } = await pageWithReleaseDatabase(DB);
    await openApp(page);
    await page.getByTestId('nav-evaluation').click();
    await page.getByTestId('evaluation-view').waitFor();
    expect(await page.getByTestId('evaluation-empty').count()).toBe(0);
    await expectActualsShown(page);
    await page.getByTestId('evaluation-target').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('the "export all" file of 0.3.0 imports into an empty library: 30 scenarios and its actuals', async () => {
    const page = await expectFileImportsIntoEmptyLibrary(release030.RELEASE_FILE, 30);
    await page.getByTestId('nav-evaluation').click();
    await page.getByTestId('evaluation-view').waitFor();
    await expectActualsShown(page);
  });

  it('re-importing 0.3.0’s "export all" file adds nothing: the scenarios and the actuals are already held, unchanged', async () => {
    const { page, problems } = await pageWithReleaseDatabase(DB);
    await openApp(page);
    await page.getByTestId('nav-library').click();
    await expect.poll(() => libraryCount(page)).toBe(30);
    await page.getByTestId('library-import-input').setInputFiles({
      name: 'export-all.json',
      mimeType: 'application/json',
      buffer: Buffer.from(release030.RELEASE_FILE),
    });
    await expect.poll(() => page.getByTestId('library-message').textContent()).toContain('30 个情景库中已有');
    expect(await page.getByTestId('import-choice-dialog').count()).toBe(0);
    expect(await libraryCount(page)).toBe(30);
    // The same actuals: nothing offered, nothing replaced.
    await page.getByTestId('nav-evaluation').click();
    await page.getByTestId('evaluation-view').waitFor();
    await expectActualsShown(page);
    expect(await page.getByTestId('actuals-message').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('the share link of 0.3.0 opens as an unsaved copy with its values', async () => {
    const { page } = await pageWithReleaseDatabase(DB);
    await openApp(page, release030.RELEASE_LINKS.share.fragment);
    await page.getByTestId('link-preview').waitFor();
    const source = DB.stores.scenarios.find((record) => record.id === release030.RELEASE_LINKS.share.record)!;
    expect(await page.getByTestId('scenario-current-name').textContent()).toContain(source.name);
    expect(await page.getByTestId('scenario-reference').getAttribute('data-reference')).toBe(
      source.scenario.reference,
    );
    await expectLeversShown(page, source.scenario, SHAPE);
  });

  it('the compare link of 0.3.0 opens the comparison of its columns', async () => {
    const { page } = await pageWithReleaseDatabase(DB);
    await openApp(page, release030.RELEASE_LINKS.compare.fragment);
    await page.getByTestId('compare-view').waitFor();
    const names = release030.RELEASE_LINKS.compare.entries
      .filter((key) => key !== 'plan' && key !== 'draft')
      .map((id) => DB.stores.scenarios.find((record) => record.id === id)!.name);
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    for (const name of names) await expect.poll(() => table.textContent()).toContain(name);
  });
});
