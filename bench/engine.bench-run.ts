/**
 * (a) The projection engine in Node, on the scenario the app opens on (the plan path,
 * `startScenario(PLAN_DATASET)`, src/state/start-scenario.ts):
 * - `project()` of that scenario, warmed up, then timed run by run and back to back;
 * - `project()` after a lever move: two scenarios differing in one cluster's growth rate, in turn, so
 *   that no call finds its cluster's solve memoised from the call before;
 * - the trial kernel alone (`projectTrial`, what each Monte Carlo trial runs after drawing its
 *   assumptions), µs per trial.
 * Budgets and goals are those of /spec quality.md: one projection ≤ 20 µs, goal ≤ 5 µs.
 */
import { expect, it } from 'vitest';
import { PLAN_DATASET } from '../src/data/plan-dataset';
import { project, type Scenario } from '../src/engine';
import { compileTrialModel, parametersOf, projectTrial } from '../src/engine/uncertainty/trial-model';
import { startScenario } from '../src/state/start-scenario';
import { fixed, verdictWithGoal, writeBenchmarkSection } from './benchmarks-doc';
import { summarise } from './statistics';

const WARM_UP_RUNS = 2_000;
const TIMED_RUNS = 20_000;
/** Kernel runs timed back to back (per-trial figures are far below the clock's resolution). */
const KERNEL_RUNS = 200_000;
/** Budget and goal of one projection, µs (quality bars: ≤ 20 µs, goal ≤ 5 µs). */
const BUDGET_US = 20;
const GOAL_US = 5;

const budgetRow = (what: string, us: number) => ({
  what,
  result: `${fixed(us, 2)} µs`,
  budget: `≤ ${BUDGET_US} µs`,
  goal: `≤ ${GOAL_US} µs`,
  verdict: verdictWithGoal(us, BUDGET_US, GOAL_US),
});

/** The scenario with one cluster's growth rate moved by `delta`. */
function moved(scenario: Scenario, delta: number): Scenario {
  const cluster = scenario.clusters.newMaterials;
  return {
    ...scenario,
    clusters: { ...scenario.clusters, newMaterials: { ...cluster, growthRate: cluster.growthRate + delta } },
  };
}

it('measures one projection of the whole zone, and the trial kernel', async () => {
  const scenario = startScenario(PLAN_DATASET);
  let sink = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) sink += project(PLAN_DATASET, scenario).zone.length;

  const samples = new Array<number>(TIMED_RUNS);
  for (let i = 0; i < TIMED_RUNS; i++) {
    const start = process.hrtime.bigint();
    sink += project(PLAN_DATASET, scenario).zone.length;
    samples[i] = Number(process.hrtime.bigint() - start) / 1_000;
  }
  // The same runs back to back, without a clock read per run, as a check on timer overhead.
  const batchStart = process.hrtime.bigint();
  for (let i = 0; i < TIMED_RUNS; i++) sink += project(PLAN_DATASET, scenario).zone.length;
  const batchMeanUs = Number(process.hrtime.bigint() - batchStart) / 1_000 / TIMED_RUNS;

  // A lever move: two growth rates in turn, so every call re-solves the moved cluster.
  const pair = [moved(scenario, 0.001), moved(scenario, -0.001)];
  for (let i = 0; i < WARM_UP_RUNS; i++) sink += project(PLAN_DATASET, pair[i % 2]!).zone.length;
  const moveStart = process.hrtime.bigint();
  for (let i = 0; i < TIMED_RUNS; i++) sink += project(PLAN_DATASET, pair[i % 2]!).zone.length;
  const moveMeanUs = Number(process.hrtime.bigint() - moveStart) / 1_000 / TIMED_RUNS;

  // The trial kernel on the same scenario's parameters, as every Monte Carlo trial runs it.
  const model = compileTrialModel(PLAN_DATASET, scenario);
  const params = parametersOf(model, scenario);
  const out = new Float64Array(model.outputLength);
  for (let i = 0; i < WARM_UP_RUNS * 10; i++) projectTrial(model, params, out, false);
  const kernelStart = process.hrtime.bigint();
  for (let i = 0; i < KERNEL_RUNS; i++) {
    projectTrial(model, params, out, false);
    sink += out[0]!;
  }
  const kernelUs = Number(process.hrtime.bigint() - kernelStart) / 1_000 / KERNEL_RUNS;

  const stats = summarise(samples);
  await writeBenchmarkSection({
    id: 'engine',
    title: 'Projection engine (Node)',
    method:
      `\`project(PLAN_DATASET, startScenario(PLAN_DATASET))\` — the plan path the app opens on (validation, ` +
      `land plan, five clusters, targets and growth solves) — after ${WARM_UP_RUNS.toLocaleString('en')} ` +
      `warm-up runs; ${TIMED_RUNS.toLocaleString('en')} runs timed one by one with \`process.hrtime.bigint()\`, ` +
      `then the same number back to back; then back to back with one cluster's growth rate alternating ` +
      `between two values (a slider move: the moved cluster is solved again each call). The trial kernel: ` +
      `\`projectTrial\` on the same scenario's parameters, ${KERNEL_RUNS.toLocaleString('en')} runs back to ` +
      `back (what each Monte Carlo trial computes after drawing its assumptions).`,
    rows: [
      budgetRow('one projection, mean', stats.mean),
      budgetRow('one projection, median', stats.median),
      budgetRow('one projection, p95', stats.p95),
      { what: 'one projection, max', result: `${fixed(stats.max, 1)} µs` },
      budgetRow('back-to-back mean', batchMeanUs),
      budgetRow('after a lever move (growth rate alternating), back-to-back mean', moveMeanUs),
      {
        what: 'trial kernel (`projectTrial`), per trial, back-to-back mean',
        result: `${fixed(kernelUs, 3)} µs (${(1 / kernelUs).toFixed(2)} M trials/s on one core, sampling excluded)`,
      },
    ],
  });

  expect(stats.count).toBe(TIMED_RUNS);
  expect(sink).toBeGreaterThan(0);
});
