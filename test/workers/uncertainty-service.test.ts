import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { type Scenario } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { goalSeek, simulate, solveUniformGrowth, tornado } from '../../src/engine/uncertainty';
import type { ProjectionApi } from '../../workers/projection-api';
import { createProjectionService } from '../../workers/projection-service';

const base = defaultScenario(PLAN_DATASET);
const growth = base.clusters.newMaterials.growthRate;
const intensity = base.clusters.agriProcessing.landIntensity;
/** Two ranges, each around the scenario's own value (low ≤ value ≤ high). */
const ranged: Scenario = {
  ...base,
  uncertainty: {
    clusters: {
      newMaterials: { growthRate: { low: growth - 0.02, high: growth + 0.03, distribution: 'triangular' } },
      agriProcessing: { landIntensity: { low: intensity - 10, high: intensity + 5, distribution: 'normal' } },
    },
    trials: 5_000,
    seed: 123,
  },
};
const invalid: Scenario = {
  ...ranged,
  uncertainty: { ...ranged.uncertainty!, trials: 2_000_000 },
};

/** A clock that moves 1 ms each time it is read: a slice of s ms ends after s reads. */
function steppingClock() {
  let t = 0;
  return () => t++;
}

const ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

describe('the service’s Monte Carlo runs', () => {
  test('start → continue … → finish gives the engine’s result for the scenario’s seed, bit for bit', () => {
    const service = createProjectionService(PLAN_DATASET, steppingClock());
    const start = service.startSimulation(1, ranged);
    expect(start).toEqual({ ok: true, runId: 1, total: 5_000, trials: 5_000, seed: 123, rangedCount: 2 });
    let progress = service.continueSimulation(1, 1);
    const seen = [progress.done];
    while (progress.done < progress.total) {
      progress = service.continueSimulation(1, 1);
      seen.push(progress.done);
    }
    // A 1 ms slice still makes one block of 1,024 trials.
    expect(seen).toEqual([1024, 2048, 3072, 4096, 5000]);
    const finished = service.finishSimulation(1);
    expect(finished.seed).toBe(123);
    expect(finished.result).toEqual(simulate(PLAN_DATASET, ranged, 123));
    expect(finished.computeMs).toBeGreaterThan(0);
  });

  test('two services each make a part; one hands its trials over, the other takes them in and gives the whole result', () => {
    const home = createProjectionService(PLAN_DATASET, steppingClock());
    const helper = createProjectionService(PLAN_DATASET, steppingClock());
    expect(home.startSimulation(1, ranged, { from: 0, to: 3072 })).toMatchObject({
      total: 3072,
      trials: 5_000,
    });
    expect(helper.startSimulation(1, ranged, { from: 3072, to: 5_000 })).toMatchObject({ total: 1928 });
    while (helper.continueSimulation(1, 1).done < 1928);
    while (home.continueSimulation(1, 1).done < 3072);
    expect(() => home.finishSimulation(1)).toThrow(/made 3072 of 5000/);
    expect(() => home.handOverSimulation(1)).toThrow(/takes the others in/);
    const part = helper.handOverSimulation(1);
    expect(() => helper.continueSimulation(1, 1)).toThrow(/No Monte Carlo run 1/);
    home.takeInSimulation(1, part);
    expect(home.finishSimulation(1).result).toEqual(simulate(PLAN_DATASET, ranged, 123));
  });

  test('refuses an invalid scenario with the field path, and keeps no run', () => {
    const service = createProjectionService();
    const reply = service.startSimulation(1, invalid);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.issues.map((i) => i.path)).toEqual(['uncertainty.trials']);
    expect(() => service.continueSimulation(1, 5)).toThrow(/No Monte Carlo run 1/);
  });

  test('a cancelled, finished or replaced run is gone; cancelling an unknown run is harmless', () => {
    const service = createProjectionService();
    service.startSimulation(1, ranged);
    service.cancelSimulation(1);
    expect(() => service.continueSimulation(1, 5)).toThrow(/cancelled, finished or replaced/);
    service.cancelSimulation(99);
    service.startSimulation(2, ranged);
    service.startSimulation(3, ranged);
    expect(() => service.continueSimulation(2, 5)).toThrow(/No Monte Carlo run 2/);
    expect(() => service.finishSimulation(3)).toThrow(/0 of 5000/);
    while (service.continueSimulation(3, 50).done < 5_000);
    service.finishSimulation(3);
    expect(() => service.finishSimulation(3)).toThrow(/No Monte Carlo run 3/);
  });

  test('without uncertainty a run makes 10,000 trials with the default seed', () => {
    const start = createProjectionService().startSimulation(1, base);
    expect(start).toMatchObject({ ok: true, total: 10_000, seed: 2020, rangedCount: 0 });
  });

  test('over comlink the result arrives whole, its typed arrays transferred', async () => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    expose(createProjectionService(), port1);
    const api = wrap<ProjectionApi>(port2);
    await api.startSimulation(7, ranged);
    while ((await api.continueSimulation(7, 20)).done < 5_000);
    const finished = await api.finishSimulation(7);
    expect(finished.result).toEqual(simulate(PLAN_DATASET, ranged, 123));
    expect(finished.result.histogram.counts).toBeInstanceOf(Uint32Array);
  });
});

describe('the service’s sensitivity and goal seek', () => {
  test('answer what the engine answers', () => {
    const service = createProjectionService();
    expect(service.tornado(ranged, 'industrialOutput')).toEqual({
      ok: true,
      tornado: tornado(PLAN_DATASET, ranged, 'industrialOutput'),
    });
    const request = {
      targetId: 'newMaterials',
      clusterId: 'newMaterials',
      leverId: 'investmentPerYear',
    } as const;
    expect(service.goalSeek(ranged, request)).toEqual({
      ok: true,
      answer: goalSeek(PLAN_DATASET, ranged, request),
    });
    expect(service.solveUniformGrowth(ranged)).toEqual({
      ok: true,
      solution: solveUniformGrowth(PLAN_DATASET, ranged),
    });
  });

  test('refuse an invalid scenario with its issues, as plain cloneable data', () => {
    const service = createProjectionService();
    const replies = [
      service.tornado(invalid, 'newMaterials'),
      service.goalSeek(invalid, {
        targetId: 'industrialOutput',
        clusterId: 'newMaterials',
        leverId: 'growthRate',
      }),
      service.solveUniformGrowth(invalid),
    ];
    for (const reply of replies) {
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.issues.map((i) => i.path)).toEqual(['uncertainty.trials']);
      expect(structuredClone(reply)).toEqual(reply);
    }
  });
});
