import { expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { MonteCarloRun, presetRange } from '../../src/engine/uncertainty';
import { compileTrialModel, parametersOf, projectTrial } from '../../src/engine/uncertainty/trial-model';
import { LEVERS } from '../../src/data/levers';
test('probe', () => {
  const base = defaultScenario(PLAN_DATASET);
  const clusters: any = {};
  for (const c of PLAN_DATASET.clusters) clusters[c.id] = { growthRate: presetRange(base.clusters[c.id].growthRate, LEVERS[0]!, 0.2) };
  const s = { ...base, uncertainty: { clusters, trials: 50_000, seed: 1 } };
  const model = compileTrialModel(PLAN_DATASET, s);
  const params = parametersOf(model, s);
  const out = new Float64Array(model.outputLength);
  for (let i = 0; i < 20000; i++) projectTrial(model, params, out, false);
  let t = performance.now();
  for (let i = 0; i < 50000; i++) { params[0] = 0.05 + (i % 100) * 1e-4; projectTrial(model, params, out, false); }
  console.log('kernel µs', ((performance.now() - t) * 1000) / 50000);
  for (let r = 0; r < 3; r++) {
    t = performance.now();
    const run = new MonteCarloRun(PLAN_DATASET, s, 1);
    run.step(run.size);
    const made = performance.now() - t;
    run.result();
    console.log('run µs/trial', (made * 1000) / 50000, 'total ms', performance.now() - t);
  }
  expect(1).toBe(1);
});
