/**
 * The import graph of the app's own sources (src/ and workers/), read from the files' import and
 * export statements — `import type` and dynamic `import()` included, since a cycle of types is
 * still a cycle a reader has to untangle.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A module: its path from the project root, and the modules it imports (paths from the root). */
export interface ModuleNode {
  readonly path: string;
  readonly imports: readonly string[];
}

const SOURCE = /\.(ts|svelte)$/;
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

function resolveImport(root: string, from: string, specifier: string, known: Set<string>): string | null {
  if (!specifier.startsWith('.')) return null; // a package
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    const rel = relative(root, candidate);
    if (known.has(rel)) return rel;
  }
  return null; // an asset (css, json, ?url) or a file outside the graph
}

/** Read every module under `folders` (relative to `root`) and what each imports. */
export function readImportGraph(root: string, folders: readonly string[]): ModuleNode[] {
  const files = folders.flatMap((folder) => filesUnder(join(root, folder)));
  const known = new Set(files.map((file) => relative(root, file)));
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const imports = new Set<string>();
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(root, file, (match[1] ?? match[2])!, known);
      if (target !== null) imports.add(target);
    }
    return { path: relative(root, file), imports: [...imports].sort() };
  });
}

/** Every cycle of the graph, each as the list of its modules (strongly connected components of 2+). */
export function importCycles(graph: readonly ModuleNode[]): string[][] {
  const edges = new Map(graph.map((node) => [node.path, node.imports]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const node of graph) if (!index.has(node.path)) visit(node.path);
  return cycles;
}
