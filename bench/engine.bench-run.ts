/**
 * (a) One deterministic projection of the whole zone in Node: `project(PLAN_DATASET,
 * defaultScenario(PLAN_DATASET))`, warmed up, then timed run by run.
 */
import { expect, it } from 'vitest';
import { PLAN_DATASET } from '../src/data/plan-dataset';
import { project } from '../src/engine';
import { defaultScenario } from '../src/scenario/default-scenario';
import { fixed, verdict, writeBenchmarkSection } from './benchmarks-doc';
import { summarise } from './statistics';

const WARM_UP_RUNS = 2_000;
const TIMED_RUNS = 20_000;
/** Budget and goal of one projection, µs (quality bars: ≤ 0.1 ms, goal ≤ 0.02 ms). */
const BUDGET_US = 100;

it('measures one projection of the whole zone', async () => {
  const scenario = defaultScenario(PLAN_DATASET);
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

  const stats = summarise(samples);
  await writeBenchmarkSection({
    id: 'engine',
    title: 'Projection engine (Node)',
    method:
      `\`project(PLAN_DATASET, defaultScenario(PLAN_DATASET))\` (validation, land plan, five clusters, ` +
      `targets and growth solves) after ${WARM_UP_RUNS.toLocaleString('en')} warm-up runs; ` +
      `${TIMED_RUNS.toLocaleString('en')} runs timed one by one with \`process.hrtime.bigint()\`, then ` +
      `the same number back to back.`,
    rows: [
      {
        what: 'one projection, mean',
        result: `${fixed(stats.mean, 1)} µs`,
        budget: '≤ 100 µs',
        goal: '≤ 20 µs',
        verdict: verdict(stats.mean, BUDGET_US),
      },
      {
        what: 'one projection, median',
        result: `${fixed(stats.median, 1)} µs`,
        budget: '≤ 100 µs',
        goal: '≤ 20 µs',
        verdict: verdict(stats.median, BUDGET_US),
      },
      {
        what: 'one projection, p95',
        result: `${fixed(stats.p95, 1)} µs`,
        budget: '≤ 100 µs',
        goal: '≤ 20 µs',
        verdict: verdict(stats.p95, BUDGET_US),
      },
      { what: 'one projection, max', result: `${fixed(stats.max, 1)} µs` },
      {
        what: 'back-to-back mean',
        result: `${fixed(batchMeanUs, 1)} µs`,
        budget: '≤ 100 µs',
        goal: '≤ 20 µs',
        verdict: verdict(batchMeanUs, BUDGET_US),
      },
    ],
  });

  expect(stats.count).toBe(TIMED_RUNS);
  expect(sink).toBeGreaterThan(0);
});
