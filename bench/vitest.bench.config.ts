/**
 * `npm run bench`: the project's speed and size measurements (bench/*.bench-run.ts), written to
 * docs/benchmarks.md. Runs one file at a time so the measurements do not compete for the two cores.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'bench',
    include: ['bench/**/*.bench-run.ts'],
    environment: 'node',
    globalSetup: ['bench/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
    expect: { requireAssertions: true },
  },
});
