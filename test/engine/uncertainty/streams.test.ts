import { describe, expect, test } from 'vitest';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import type { AssumptionRange, Scenario } from '../../../src/scenario/scenario';
import { MonteCarloRun, simulate } from '../../../src/engine/uncertainty';
import { compileSamplers, drawColumns, sampleAt } from '../../../src/engine/uncertainty/sampling';
import {
  BlockStreams,
  STREAM_BLOCK_TRIALS,
  splitTrials,
  uniformsInto,
  type TrialRange,
} from '../../../src/engine/uncertainty/streams';
import { DEFAULT_SCENARIO } from '../scenario-fixtures';

const B = STREAM_BLOCK_TRIALS;

/** pure-rand's own generator for block b: seeded, then jumped b times. */
function pureRandBlock(seed: number, b: number) {
  const rng = xoroshiro128plus(seed);
  for (let i = 0; i < b; i++) rng.jump();
  return rng;
}

describe('the inlined generator', () => {
  test.each([0, 1, 42, 0xffff_ffff])('draws what pure-rand’s uniformFloat64 draws (seed %d)', (seed) => {
    const rng = xoroshiro128plus(seed);
    const state = Int32Array.from(rng.getState());
    const ours = new Float64Array(2_000);
    // In two calls, so that the state carried between calls is checked too.
    uniformsInto(state, ours, 0, 700);
    uniformsInto(state, ours, 700, 1_300);
    for (let i = 0; i < ours.length; i++) expect(ours[i]).toBe(uniformFloat64(rng));
    expect(Array.from(state)).toEqual(rng.getState());
  });

  test('block b starts from the seed’s generator jumped b times, in any order of asking', () => {
    const streams = new BlockStreams(7);
    const state = new Int32Array(4);
    for (const b of [0, 3, 4, 1, 9, 0]) {
      expect(Array.from(streams.stateOf(b, state)), `block ${b}`).toEqual(pureRandBlock(7, b).getState());
    }
    // Streams of different blocks differ from the first number on.
    const first = (b: number) => uniformFloat64(pureRandBlock(7, b));
    expect(new Set([0, 1, 2, 3].map(first)).size).toBe(4);
  });
});

describe('drawColumns()', () => {
  const ranges: [AssumptionRange, number, number, number, boolean][] = [
    [{ low: 0.04, high: 0.06, distribution: 'triangular' }, 0.05, 0, 1, false],
    [{ low: 3, high: 3, distribution: 'uniform' }, 3, 0, 10, false],
    [{ low: 0.01, high: 0.2, distribution: 'normal' }, 0.1, 0, 1, false],
    [{ low: 20, high: 30, distribution: 'uniform' }, 25, 0, 100, false],
    [{ low: 0, high: 2, distribution: 'triangular' }, 1, 0, 2, true],
  ];
  const samplers = compileSamplers(
    ranges.map(([range, mostLikely, min, max, integer], index) => ({
      index,
      range,
      mostLikely,
      min,
      max,
      integer,
    })),
  );

  test('fills each column with sampleAt() of the stream’s next draws, range after range', () => {
    const count = 300;
    const stride = 512;
    const columns = new Float64Array(ranges.length * stride).fill(Number.NaN);
    drawColumns(samplers, Int32Array.from(xoroshiro128plus(5).getState()), count, columns, stride);
    const rng = xoroshiro128plus(5);
    for (let i = 0; i < ranges.length; i++) {
      for (let j = 0; j < count; j++) {
        // The fixed range (i = 1) draws nothing from the stream.
        const expected = i === 1 ? 3 : sampleAt(samplers, i, uniformFloat64(rng));
        expect(columns[i * stride + j], `range ${i}, trial ${j}`).toBe(expected);
      }
      // Nothing is written past the block's trials.
      expect(columns[i * stride + count]).toBeNaN();
    }
  });
});

describe('splitTrials()', () => {
  test('cuts whole blocks, earlier parts taking the extra one', () => {
    expect(splitTrials(10_000, 2)).toEqual([
      { from: 0, to: 5 * B },
      { from: 5 * B, to: 10_000 },
    ]);
    expect(splitTrials(3 * B + 1, 2)).toEqual([
      { from: 0, to: 2 * B },
      { from: 2 * B, to: 3 * B + 1 },
    ]);
    // One block: one part, whatever was asked.
    expect(splitTrials(1_000, 2)).toEqual([{ from: 0, to: 1_000 }]);
    expect(splitTrials(1_000_000, 1)).toEqual([{ from: 0, to: 1_000_000 }]);
  });
});

describe('a run split into parts', () => {
  const scenario = (seed: number, trials: number): Scenario => ({
    ...DEFAULT_SCENARIO,
    uncertainty: {
      clusters: {
        newMaterials: { growthRate: { low: 0.04, high: 0.06, distribution: 'triangular' } },
        medicineHealth: { growthRate: { low: 0.04, high: 0.06, distribution: 'normal' } },
        smartManufacturing: { investmentPerYear: { low: 20, high: 30, distribution: 'uniform' } },
        agriProcessing: { lagYears: { low: 0, high: 2, distribution: 'triangular' } },
        modernServices: { landPace: { low: 0.1, high: 0.3, distribution: 'triangular' } },
      },
      otherIndustryGrowth: { low: 0.03, high: 0.09, distribution: 'normal' },
      trials,
      seed,
    },
  });

  /** Make the trials in the given parts (each stepped unevenly), merge them in the given order, summarise. */
  function merged(s: Scenario, seed: number, ranges: TrialRange[], order: number[]) {
    const runs = ranges.map((range) => {
      const run = new MonteCarloRun(PLAN_DATASET, s, seed, { range });
      while (run.done < run.size) run.step(777);
      return run;
    });
    const home = runs[0]!;
    for (const p of order) home.absorb(runs[p]!.part());
    return home.result();
  }

  // 5,000 trials: blocks 0 … 3 of 1,024 and a short last block of 904.
  const splits: [string, TrialRange[], number[]][] = [
    ['two halves, as the client splits', splitTrials(5_000, 2), [1]],
    [
      'one block, then the rest',
      [
        { from: 0, to: B },
        { from: B, to: 5_000 },
      ],
      [1],
    ],
    [
      'four parts, taken in backwards',
      [
        { from: 0, to: B },
        { from: B, to: 3 * B },
        { from: 3 * B, to: 4 * B },
        { from: 4 * B, to: 5_000 },
      ],
      [3, 2, 1],
    ],
  ];

  test.each([1, 42, 2020, 0xffff_ffff])(
    'gives the single run’s result bit for bit, whatever the split (seed %d)',
    (seed) => {
      const s = scenario(seed, 5_000);
      const whole = simulate(PLAN_DATASET, s, seed);
      for (const [name, ranges, order] of splits) {
        expect(merged(s, seed, ranges, order), name).toEqual(whole);
      }
    },
  );

  test('a part hands over its own trials only, and the home part refuses overlaps and strangers', () => {
    const s = scenario(3, 5_000);
    const home = new MonteCarloRun(PLAN_DATASET, s, 3, { range: { from: 0, to: 2 * B } });
    const other = new MonteCarloRun(PLAN_DATASET, s, 3, { range: { from: 2 * B, to: 5_000 } });
    expect(() => other.part()).toThrow(/made 0 of its 2952/);
    other.step(5_000);
    const part = other.part();
    expect(part.figures.length).toBe(19 * (5_000 - 2 * B));
    expect(() => home.result()).toThrow(/made 0 of 5000/);
    home.step(5_000);
    expect(() => home.result()).toThrow(/made 2048 of 5000/);
    home.absorb(part);
    expect(() => home.absorb(part)).toThrow(/do not fit/);
    expect(() => other.absorb(part)).toThrow(/only the part from trial 0/);
    expect(home.result().trials).toBe(5_000);
    expect(() => new MonteCarloRun(PLAN_DATASET, s, 3, { range: { from: 1, to: 2 * B } })).toThrow(
      /blocks of 1024/,
    );
  });
});
