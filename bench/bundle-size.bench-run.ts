/**
 * (d) Gzipped size of the built app's JavaScript: the initial JS (every script index.html loads),
 * the worker chunk(s), and everything loaded later, each file gzipped with node:zlib at level 9.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, inject, it } from 'vitest';
import { listBuiltScripts } from '../test/browser/built-app';
import { fixed, verdictWithGoal, writeBenchmarkSection } from './benchmarks-doc';

/** Budget and goal of the initial JS, gzipped, kB (1 kB = 1000 bytes). */
const BUDGET_KB = 120;
const GOAL_KB = 100;

interface FileSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

async function sizeOf(distDir: string, file: string): Promise<FileSize> {
  const content = await readFile(join(distDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

const kB = (bytes: number) => `${fixed(bytes / 1000, 1)} kB`;
const total = (files: readonly FileSize[]) => files.reduce((sum, f) => sum + f.gzipBytes, 0);

function fileTable(title: string, files: readonly FileSize[]): string {
  if (files.length === 0) return `**${title}:** none.`;
  return [
    `**${title}:**`,
    '',
    '| file | raw | gzip -9 |',
    '|---|---|---|',
    ...files.map((f) => `| \`${f.file}\` | ${kB(f.bytes)} | ${kB(f.gzipBytes)} |`),
  ].join('\n');
}

it('measures the gzipped size of the initial JS and of the worker', async () => {
  const buildError = inject('buildError');
  if (buildError !== '') {
    await writeBenchmarkSection({
      id: 'bundle',
      title: 'Bundle size',
      method: 'Not measured: the app did not build.',
      rows: [{ what: 'build', result: `failed: ${buildError.split('\n')[0]}` }],
    });
    expect.fail(`the app did not build: ${buildError}`);
  }
  const distDir = inject('distDir');
  const scripts = await listBuiltScripts(distDir);
  const initial = await Promise.all(scripts.initial.map((file) => sizeOf(distDir, file)));
  const workers = await Promise.all(scripts.workers.map((file) => sizeOf(distDir, file)));
  const other = await Promise.all(scripts.other.map((file) => sizeOf(distDir, file)));
  const initialKb = total(initial) / 1000;

  await writeBenchmarkSection({
    id: 'bundle',
    title: 'Bundle size',
    method:
      'The production build of `vite build`. Initial JS = the module scripts and modulepreload links of ' +
      '`index.html`; worker chunks = files referenced by `new Worker(...)`; each file gzipped on its own ' +
      'with node:zlib level 9 (1 kB = 1000 bytes).',
    rows: [
      {
        what: 'initial JS, gzip',
        result: kB(total(initial)),
        budget: `≤ ${BUDGET_KB} kB`,
        goal: `≤ ${GOAL_KB} kB`,
        verdict: verdictWithGoal(initialKb, BUDGET_KB, GOAL_KB),
      },
      { what: 'worker chunk(s), gzip', result: workers.length === 0 ? 'none found' : kB(total(workers)) },
      { what: 'other chunks (lazy), gzip', result: kB(total(other)) },
    ],
    details: [
      fileTable('Initial JS', initial),
      fileTable('Worker chunks', workers),
      fileTable('Other chunks', other),
    ].join('\n\n'),
  });

  expect(initial.length, 'index.html loads at least one script').toBeGreaterThan(0);
});
