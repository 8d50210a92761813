/**
 * Global setup of the browser tests: build the app once, serve it with `vite preview`, and hand
 * its address to the tests as `inject('baseUrl')` (the ProvidedContext keys are declared in built-app.ts).
 */
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './built-app';

/** Build and serve the app; return the teardown that stops the server. */
export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const app = await buildAndServe();
  provide('baseUrl', app.url);
  provide('distDir', app.distDir);
  provide('buildError', '');
  return () => app.close();
}
