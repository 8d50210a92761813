/**
 * The installable, offline app in headless Chromium: the build emits a service worker that precaches
 * every file the app can load (lazy views and worker chunks included) and a manifest named in
 * Chinese with PNG icons; after the first visit, a reload with the network off shows the app and a
 * projection runs; a new version announces itself and reloads only when the user asks and nothing
 * unsaved would be lost.
 */
import { createServer, type Server } from 'node:http';
import { cp, mkdtemp, readFile, readdir, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { listBuiltScripts } from './built-app';
import { launchChromium } from './chromium';
import { DECK, PageSession, openPresentation, pngSize } from './present-page';
import {
  enterNumber,
  lever,
  openWorkbench,
  selectCluster,
  waitForProjection,
  waitForQuiet,
  waitForReady,
} from './workbench-page';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;
const session = new PageSession(() => browser);

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(() => session.closeAll());
afterAll(async () => {
  await browser?.close();
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
};

/**
 * A static server of a copy of the build whose files a test may change (a "new version"), under a
 * folder of the server (`prefix`, e.g. "/planning/qianjiang/"): anything outside it is a 404, as on
 * an intranet server that hosts other things at its root.
 */
async function serveCopy(prefix = '/'): Promise<{ url: string; dir: string; close: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'qj-offline-'));
  await cp(distDir, dir, { recursive: true });
  const server: Server = createServer((request, response) => {
    const full = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!full.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const path = `/${full.slice(prefix.length)}`;
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    dir,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Wait until the service worker is active (every file precached). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Reload until the page is controlled by the service worker (the first visit is not). */
async function reloadControlled(page: Page): Promise<void> {
  await waitForServiceWorker(page);
  await page.reload();
  await waitForReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 10_000,
  });
}

describe('offline and installable', () => {
  it('the build emits a service worker precaching every built file, and a Chinese manifest with icons', async () => {
    const files = await readdir(join(distDir, 'assets'));
    const sw = await readFile(join(distDir, 'sw.js'), 'utf8');
    const scripts = await listBuiltScripts(distDir);
    expect(scripts.workers.length, 'worker chunks').toBeGreaterThan(0);
    expect(scripts.other.length, 'lazy chunks').toBeGreaterThan(0);
    for (const file of files.filter((f) => /\.(js|css)$/.test(f))) {
      expect(sw, `assets/${file} precached`).toContain(`assets/${file}`);
    }
    expect(sw).toContain('index.html');

    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    // Every URL is relative, so that the app runs from any folder of a server.
    expect(html).toMatch(/<link rel="manifest" href="\.\/manifest\.webmanifest"/);
    expect(html).not.toMatch(/(?:src|href)="\//);
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\.\/icons\/apple-touch-icon\.png"/);
    expect(html).toMatch(/<meta name="theme-color" content="#12355b"/);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    const manifest = JSON.parse(await readFile(join(distDir, 'manifest.webmanifest'), 'utf8')) as {
      id: string;
      theme_color: string;
      name: string;
      short_name: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.name).toMatch(/\p{Script=Han}/u);
    expect(manifest.id).toBe('./');
    expect(manifest.theme_color).toBe('#12355b');
    expect(manifest.short_name).toMatch(/\p{Script=Han}/u);
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.purpose === undefined);
      expect(icon, `icon ${size}`).toBeDefined();
      const { width, height } = pngSize(await readFile(join(distDir, icon!.src)));
      expect(`${width}x${height}`).toBe(size);
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);

    const response = await fetch(`${baseUrl}sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('after the first visit, a reload with the network off shows the app, and a projection runs', async () => {
    const { page, context } = await session.open();
    await openWorkbench(page, baseUrl);
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await waitForReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await selectCluster(page, 'medicineHealth');
    const seq = await waitForQuiet(page);
    const before = await page
      .locator('tr[data-target-id="medicineHealth"] td[data-col="projected"]')
      .innerText();
    // Below the plan path's 5 %: more would be held by the land readied for the target.
    await enterNumber(lever(page, 'medicineHealth', 'growthRate').number, '2');
    await waitForProjection(page, seq);
    const after = await page
      .locator('tr[data-target-id="medicineHealth"] td[data-col="projected"]')
      .innerText();
    expect(after).not.toBe(before);

    // Views and tools that load on first use come from the cache too.
    await openPresentation(page);
    await page.keyboard.press('Escape');
    await page.locator(DECK).waitFor({ state: 'detached' });
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-view').waitFor({ timeout: 10_000 });
    // Not one request failed offline: the whole-run check below counts this page's problems.
    await context.setOffline(false);
  });

  it('served from a sub-folder of an intranet server, the app opens, computes, and works offline after the first visit', async () => {
    const app = await serveCopy('/planning/qianjiang/');
    try {
      const { page, context, problems } = await session.open();
      await openWorkbench(page, app.url);
      expect(
        problems.filter((p) => p.kind === 'http'),
        'no 404 under the sub-folder',
      ).toEqual([]);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(app.url);
      // Views and workers load from the sub-folder too.
      await page.getByTestId('nav-compare').click();
      await page.getByTestId('compare-view').waitFor({ timeout: 10_000 });
      await page.getByTestId('nav-workbench').click();
      await waitForReady(page);

      await context.setOffline(true);
      await page.reload();
      await waitForReady(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await selectCluster(page, 'newMaterials');
      const seq = await waitForQuiet(page);
      await enterNumber(lever(page, 'newMaterials', 'growthRate').number, '17');
      await waitForProjection(page, seq);
      await page.getByTestId('nav-uncertainty').click();
      await page.getByTestId('uncertainty-view').waitFor({ timeout: 10_000 });
      await context.setOffline(false);
    } finally {
      await session.closeAll();
      await app.close();
    }
  });

  it('a new version announces itself, waits while there are unsaved changes, and reloads only on request', async () => {
    const app = await serveCopy();
    try {
      const { page, context } = await session.open();
      await openWorkbench(page, app.url);
      await reloadControlled(page);
      const other = await context.newPage();
      await openWorkbench(other, app.url);

      // Unsaved work: a saved scenario edited since.
      await page.getByTestId('scenario-save-as').click();
      await page.getByTestId('scenario-name').fill('离线测试');
      await page.getByTestId('scenario-dialog-confirm').click();
      await expect.poll(() => page.getByTestId('scenario-current-name').textContent()).toBe('离线测试');
      await selectCluster(page, 'newMaterials');
      const seq = await waitForQuiet(page);
      await enterNumber(lever(page, 'newMaterials', 'growthRate').number, '14');
      await waitForProjection(page, seq);
      await page.getByTestId('scenario-dirty').waitFor();

      for (const p of [page, other])
        await p.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
      const same = (p: Page) => p.evaluate(() => (window as unknown as { __same?: boolean }).__same === true);

      // Publish a new version and let the page look for it.
      await appendFile(join(app.dir, 'sw.js'), '\n// next version\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const banner = page.getByTestId('pwa-update');
      await banner.waitFor({ state: 'visible', timeout: 20_000 });
      expect(await banner.innerText()).toContain('新版本可用');

      await page.getByTestId('pwa-refresh').click();
      await page.getByTestId('pwa-unsaved').waitFor();
      await page.waitForTimeout(1_500);
      expect(await same(page), 'no reload while work is unsaved').toBe(true);
      expect(await page.getByTestId('scenario-dirty').count()).toBe(1);

      // Save (Ctrl+S), then reloading is safe and happens on request.
      await page.getByText('稍后').click();
      await page.keyboard.press('Control+s');
      await page.getByTestId('scenario-dirty').waitFor({ state: 'detached', timeout: 10_000 });
      await Promise.all([
        page.waitForEvent('load', { timeout: 20_000 }),
        page.getByTestId('pwa-refresh').click(),
      ]);
      await waitForReady(page);
      expect(await same(page)).toBe(false);
      expect(await page.getByTestId('scenario-current-name').textContent()).toBe('离线测试');
      expect(await page.getByTestId('pwa-update').count()).toBe(0);

      // The other tab is now run by the new version: it says so and does not reload by itself.
      const otherBanner = other.getByTestId('pwa-update');
      await otherBanner.waitFor({ state: 'visible', timeout: 10_000 });
      await expect.poll(() => otherBanner.innerText()).toContain('另一个标签页');
      expect(await same(other), 'the other tab was not reloaded').toBe(true);
    } finally {
      await session.closeAll();
      await app.close();
    }
  });

  it('no console errors, page errors, CSP violations or failed requests over the whole run', () => {
    expect(session.lines()).toEqual([]);
  });
});
