/**
 * The built app, served as users get it: `vite build` into `.test-dist/`, then `vite preview` on
 * 127.0.0.1. Shared by the browser tests' global setup and the benchmark.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built app's index page, e.g. "http://127.0.0.1:41234/". */
    baseUrl: string;
    /** Absolute path of the built files (index.html, assets/). */
    distDir: string;
    /** Why the app could not be built or served; "" when it was. Only the benchmark tolerates a failed build. */
    buildError: string;
  }
}

/** The project's root directory (where vite.config.ts lives). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Output directory of the test build; kept apart from dist/ so `npm run build` output is never clobbered. */
export const TEST_DIST_DIR = resolve(PROJECT_ROOT, '.test-dist');

/** A running preview server of the built app. */
export interface ServedApp {
  /** Address of the app's index page, ending in "/". */
  readonly url: string;
  /** Absolute path of the built files. */
  readonly distDir: string;
  /** Stop the server. */
  close(): Promise<void>;
}

/** Build the app into `.test-dist/` and serve it with `vite preview` on 127.0.0.1 at a free port. */
export async function buildAndServe(): Promise<ServedApp> {
  // Vitest sets NODE_ENV=test, which would make Vite and Svelte produce a development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: PROJECT_ROOT,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: TEST_DIST_DIR, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({
    root: PROJECT_ROOT,
    logLevel: 'warn',
    build: { outDir: TEST_DIST_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await closePreview(server.httpServer);
    throw new Error(`vite preview did not report a TCP address (got ${String(address)})`);
  }
  return {
    url: `http://127.0.0.1:${address.port}/`,
    distDir: TEST_DIST_DIR,
    close: () => closePreview(server.httpServer),
  };
}

function closePreview(httpServer: { close(cb: (err?: Error) => void): unknown }): Promise<void> {
  // Keep-alive connections from Chromium would hold close() open; the tests have closed the browser by now.
  if ('closeAllConnections' in httpServer && typeof httpServer.closeAllConnections === 'function') {
    httpServer.closeAllConnections();
  }
  return new Promise((done, fail) => httpServer.close((err) => (err ? fail(err) : done())));
}

/** The JavaScript files of a build, split by when the browser loads them. */
export interface BuiltScripts {
  /** Scripts index.html loads: module entry scripts and modulepreload links, paths relative to the dist dir. */
  readonly initial: readonly string[];
  /** Worker entry chunks (found by their `new Worker(...)` / `new SharedWorker(...)` references). */
  readonly workers: readonly string[];
  /** Every other JS chunk (lazy-loaded views, chunks only workers import). */
  readonly other: readonly string[];
}

/** Find which built JS files are initial, which are worker entries and which are loaded later. */
export async function listBuiltScripts(distDir: string): Promise<BuiltScripts> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isModuleScript = /^<script\b/i.test(tag) && /\bsrc\s*=/i.test(tag);
    const isPreload = /^<link\b/i.test(tag) && /\brel\s*=\s*["']?modulepreload/i.test(tag);
    if (!isModuleScript && !isPreload) continue;
    const ref = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (ref !== undefined && ref.endsWith('.js')) initial.add(ref.replace(/^\.?\//, ''));
  }
  const all = (await listFiles(distDir)).filter((file) => file.endsWith('.js'));
  const workers = new Set<string>();
  for (const file of all) {
    const code = await readFile(join(distDir, file), 'utf8');
    for (const match of code.matchAll(/new\s+(?:Shared)?Worker\s*\(/g)) {
      const window = code.slice(match.index, match.index + 400);
      for (const ref of window.matchAll(/["'`]([^"'`]*?[\w.-]+\.js)["'`]/g)) {
        const name = basename(ref[1]!);
        const hit = all.find((candidate) => basename(candidate) === name);
        if (hit !== undefined) workers.add(hit);
      }
    }
  }
  const other = all.filter((file) => !initial.has(file) && !workers.has(file));
  return { initial: [...initial], workers: [...workers], other };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : posix.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}
