/**
 * Write benchmark results into docs/benchmarks.md: each run replaces its own section (between
 * `<!-- bench:<id> -->` markers) and records when and on what machine it was measured.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { PROJECT_ROOT } from '../test/browser/built-app';
import { CHROMIUM_PATH } from '../test/browser/chromium';

/** The benchmarks document. */
export const BENCHMARKS_DOC = resolve(PROJECT_ROOT, 'docs/benchmarks.md');

/** Sections in the order the document lists them; unknown ids go last. */
const SECTION_ORDER = [
  'engine',
  'worker-round-trip',
  'slider',
  'load',
  'bundle',
  'library',
  'soak',
  'scaling',
];

const HEADER = `# Benchmarks

Measured by \`npm run bench\` (\`bench/*.bench-run.ts\`, config \`bench/vitest.bench.config.ts\`) on the
built app (\`vite build\` into \`.test-dist/\`, served by \`vite preview\` on 127.0.0.1) and, for the
engine, in Node. Each run replaces its own section below and records the date and the machine.
Budgets and goals are those of the quality bars (shared spec \`quality.md\`); tests never assert on
time, so a number over budget shows up here, not as a failing test. Shared 2-core machines are
noisy: compare medians and p95 across several runs before concluding anything. Each section gives the
machine's load average when it was written (2 cores: a load above 2 means the run shared the CPUs).
`;

/** One measured quantity. */
export interface ResultRow {
  readonly what: string;
  readonly result: string;
  /** The budget, e.g. "≤ 0.1 ms"; "—" when there is none. */
  readonly budget?: string;
  /** The goal, e.g. "≤ 0.02 ms". */
  readonly goal?: string;
  /** "ok", "over budget" or "—" (computed by the caller, who knows the units). */
  readonly verdict?: string;
}

/** A section of the document. */
export interface BenchmarkSection {
  readonly id: string;
  readonly title: string;
  /** How it was measured, one or two sentences. */
  readonly method: string;
  readonly rows: readonly ResultRow[];
  /** Extra markdown (e.g. a table of files) after the results. */
  readonly details?: string;
  /** The Chromium version, when the measurement used the browser. */
  readonly chromiumVersion?: string;
}

let cachedChromiumVersion: string | undefined;

/** The installed Chromium's version, from `chromium --version`; "not installed" if it cannot run. */
export function installedChromiumVersion(): string {
  if (cachedChromiumVersion !== undefined) return cachedChromiumVersion;
  try {
    const out = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    cachedChromiumVersion = /(\d+\.\d+\.\d+\.\d+)/.exec(out)?.[1] ?? out.trim();
  } catch {
    cachedChromiumVersion = 'not installed';
  }
  return cachedChromiumVersion;
}

/** One line describing the machine: CPU model and count, memory, OS, Node and Chromium versions. */
export function describeMachine(chromiumVersion = installedChromiumVersion()): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const memory = (os.totalmem() / 2 ** 30).toFixed(1);
  return (
    `${cpus.length} × ${model}, ${memory} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, ` +
    `Node ${process.version}, Chromium ${chromiumVersion}`
  );
}

function renderSection(section: BenchmarkSection): string {
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const lines = [
    `<!-- bench:${section.id} -->`,
    `## ${section.title}`,
    '',
    `Measured ${date} on ${describeMachine(section.chromiumVersion)}; load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' / ')} (1 / 5 / 15 min) when written.`,
    '',
    section.method,
    '',
    '| what | result | budget | goal | verdict |',
    '|---|---|---|---|---|',
    ...section.rows.map(
      (row) =>
        `| ${row.what} | ${row.result} | ${row.budget ?? '—'} | ${row.goal ?? '—'} | ${row.verdict ?? '—'} |`,
    ),
  ];
  if (section.details !== undefined) lines.push('', section.details.trim());
  lines.push(`<!-- /bench:${section.id} -->`);
  return lines.join('\n');
}

/** Replace (or add) a section of docs/benchmarks.md, keeping the others. */
export async function writeBenchmarkSection(section: BenchmarkSection): Promise<void> {
  let existing = '';
  try {
    existing = await readFile(BENCHMARKS_DOC, 'utf8');
  } catch {
    // first run: no document yet
  }
  const sections = new Map<string, string>();
  for (const match of existing.matchAll(/<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g)) {
    sections.set(match[1]!, match[0]);
  }
  sections.set(section.id, renderSection(section));
  const rank = (id: string) => {
    const index = SECTION_ORDER.indexOf(id);
    return index === -1 ? SECTION_ORDER.length : index;
  };
  const ordered = [...sections.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const body = ordered.map((id) => sections.get(id)!).join('\n\n');
  // Formatted like `npm run format` would, so `prettier --check` in `npm run check` stays green.
  const options = (await resolveConfig(BENCHMARKS_DOC)) ?? {};
  const text = await format(`${HEADER}\n${body}\n`, { ...options, filepath: BENCHMARKS_DOC });
  await writeFile(BENCHMARKS_DOC, text);
}

/** "ok" when value ≤ budget, else "over budget"; "—" when not measured. */
export function verdict(value: number, budget: number): string {
  if (!Number.isFinite(value)) return '—';
  return value <= budget ? 'ok' : 'over budget';
}

/** "goal met" when value ≤ goal, "ok (goal missed)" when only within budget, else "over budget". */
export function verdictWithGoal(value: number, budget: number, goal: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value <= goal) return 'goal met';
  return value <= budget ? 'ok (goal missed)' : 'over budget';
}

/** Format a number with a fixed number of decimals. */
export function fixed(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : 'n/a';
}
