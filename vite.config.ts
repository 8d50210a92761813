import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { startProjectionPlugin } from './tools/start-projection-plugin.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // Relative URLs: the built app runs from any folder of a server (e.g. https://intranet/planning/qianjiang/).
  base: './',
  plugins: [
    // The first numbers on screen, projected at build time (virtual:start-projection).
    startProjectionPlugin(),
    svelte({
      // Runes for the app's own files only; libraries keep their own mode.
      dynamicCompileOptions({ filename }) {
        if (!filename.includes('node_modules')) return { runes: true };
        return undefined;
      },
    }),
    // Offline after the first visit: precache every built file (lazy views and worker chunks too).
    // The app registers the service worker itself (src/ui/pwa/) and never reloads without the user.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: '黔江高新区产业规划情景模拟',
        short_name: '黔江规划模拟',
        description: '黔江高新区产业发展规划（2018–2020）情景模拟',
        lang: 'zh-CN',
        // A stable identity, whatever folder the app is served from.
        id: './',
        // Relative to the manifest, so that the app installs from any base path.
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#12355b',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          environment: 'node',
          // Dates in files are local: tests run in the users' time zone.
          env: { TZ: 'Asia/Shanghai' },
          expect: { requireAssertions: true },
          // Property tests of a thousand round trips share two cores with the browser build that
          // `npm test` runs beside them: time them out late (a hang, not slowness, should fail them).
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          expect: { requireAssertions: true },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
