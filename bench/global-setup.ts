/**
 * Global setup of the benchmark: build and serve the app like the browser tests do, but let the
 * Node-only measurements run even if the app does not build (the browser ones then record why not).
 */
import type { TestProject } from 'vitest/node';
import { buildAndServe } from '../test/browser/built-app';

/** Build and serve the app; on failure provide `buildError` instead of failing the whole run. */
export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  try {
    const app = await buildAndServe();
    provide('baseUrl', app.url);
    provide('distDir', app.distDir);
    provide('buildError', '');
    return () => app.close();
  } catch (error) {
    provide('baseUrl', '');
    provide('distDir', '');
    provide('buildError', error instanceof Error ? error.message : String(error));
    return async () => {};
  }
}
