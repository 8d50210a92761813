/**
 * The layers keep their one-way imports (docs/architecture.md): a newcomer finds any behaviour from
 * the folder names, and no module is tangled with another in a circle — of values or of types.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { importCycles, readImportGraph } from './import-graph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const graph = readImportGraph(ROOT, ['src', 'workers']);

/** The layer of a module: its folder under src/ (or workers). */
function layerOf(path: string): string {
  if (path.startsWith('workers/')) return 'workers';
  const parts = path.split('/');
  return parts.length > 2 ? parts[1]! : 'app'; // src/main.ts and the like
}

/** What each layer may import, besides itself. */
const ALLOWED: Record<string, readonly string[]> = {
  data: [],
  scenario: ['data'],
  engine: ['data', 'scenario'],
  'actuals-format': ['data'],
  'dataset-format': ['data'],
  'scenario-format': ['data', 'scenario', 'actuals-format', 'dataset-format'],
  storage: ['data', 'scenario', 'scenario-format', 'actuals-format', 'dataset-format', 'i18n'],
  workers: ['data', 'scenario', 'engine'],
  'worker-client': ['data', 'scenario', 'engine', 'workers'],
  i18n: ['data', 'scenario'],
  state: [
    'data',
    'scenario',
    'engine',
    'scenario-format',
    'actuals-format',
    'dataset-format',
    'storage',
    'worker-client',
    'i18n',
  ],
};

describe('the import graph', () => {
  test('reads the whole app', () => {
    expect(graph.length).toBeGreaterThan(150);
    expect(graph.find((node) => node.path === 'src/main.ts')?.imports).toContain(
      'src/state/workbench.svelte.ts',
    );
  });

  test('has no import circle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  test.each(Object.entries(ALLOWED))('%s imports only from the layers below it', (layer, allowed) => {
    const crossings = graph
      .filter((node) => layerOf(node.path) === layer)
      .flatMap((node) =>
        node.imports
          .filter((target) => layerOf(target) !== layer && !allowed.includes(layerOf(target)))
          .map((target) => `${node.path} → ${target}`),
      );
    expect(crossings).toEqual([]);
  });

  test('only src/storage touches IndexedDB, and the engine and scenario layers touch no UI, worker or storage library', () => {
    const offenders: string[] = [];
    for (const node of graph) {
      const text = readFileSync(`${ROOT}${node.path}`, 'utf8');
      const layer = layerOf(node.path);
      if (/from 'idb'/.test(text) && layer !== 'storage') offenders.push(`${node.path}: idb`);
      if (
        ['engine', 'scenario', 'data'].includes(layer) &&
        /from '(svelte|idb|comlink|chart\.js)/.test(text)
      ) {
        offenders.push(`${node.path}: a UI, storage or worker library`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test('no state module grows past about 400 lines (each does one job)', () => {
    const long = graph
      .filter((node) => node.path.startsWith('src/state/'))
      .map((node) => ({
        path: node.path,
        lines: readFileSync(`${ROOT}${node.path}`, 'utf8').split('\n').length,
      }))
      .filter((file) => file.lines > 420);
    expect(long).toEqual([]);
  });
});
