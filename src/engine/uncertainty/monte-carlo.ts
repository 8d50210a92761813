import type { PlanDataset } from '../../data/plan-types';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Scenario } from '../../scenario/scenario';
import { assertValidScenario } from '../validation';
import { histogramInto, quantilesInto } from './quantiles';
import { rangedAssumptions } from './ranges';
import { attainment, targetIds as targetIdsOf } from './target-figures';
import { compileSamplers, drawTrial, type CompiledSamplers, type RandomGenerator } from './sampling';
import {
  compileTrialModel,
  parameterIndex,
  parametersOf,
  projectTrial,
  type TrialModel,
} from './trial-model';
import {
  HISTOGRAM_BINS,
  QUANTILE_LEVELS,
  type FanSeries,
  type SimulationResult,
  type TargetProbability,
} from './types';
import { DEFAULT_TRIALS } from '../../data/scenario-limits';

/** Attainment within this of a threshold counts as reaching it (as statusOf in project.ts). */
const ATTAINMENT_TOLERANCE = 1e-9;
/** Trials staged before their figures are copied to the figure-major storage. */
const BLOCK_TRIALS = 512;

/**
 * The generator every Monte Carlo run of the app uses: pure-rand's xoroshiro128+ seeded with an
 * unsigned 32-bit integer. Tests and the worker both call this, so a seed means the same everywhere.
 * @param seed an integer 0 … 2³²−1.
 */
export function createGenerator(seed: number): RandomGenerator {
  return xoroshiro128plus(seed);
}

/**
 * A Monte Carlo run of a scenario, advanced in steps so that a caller can report progress and
 * stop between steps. Trial i always draws the generator's i-th block of numbers, so the result
 * depends only on the scenario and the generator's seed, never on how the trials were split into
 * steps. Every trial projects the whole zone ({@link projectTrial}); its figures are kept in one
 * preallocated Float32Array (4 bytes × 19 figures × trials for the plan: 76 MB at 1,000,000) and
 * the target counts are exact (computed in double precision per trial).
 */
export class MonteCarloRun {
  /** Trials the run will make, 1 … 1,000,000. */
  readonly total: number;
  readonly #model: TrialModel;
  readonly #samplers: CompiledSamplers;
  readonly #rng: RandomGenerator;
  readonly #mostLikely: Float64Array;
  readonly #params: Float64Array;
  readonly #out: Float64Array;
  /** Figure-major storage: figure s of trial i at [s × total + i]. */
  readonly #storage: Float32Array;
  /** Output-vector index of each stored figure. */
  readonly #figures: Int32Array;
  /** Per target: output-vector index and target value. */
  readonly #targetIndex: Int32Array;
  readonly #targetValue: Float64Array;
  readonly #onTrack: Float64Array;
  readonly #atRisk: Float64Array;
  /** Trial-major staging of the last few trials' figures, copied to #storage a block at a time. */
  readonly #block: Float64Array;
  /** Smallest and largest value of each stored figure so far. */
  readonly #min: Float64Array;
  readonly #max: Float64Array;
  #done = 0;

  /**
   * Prepare a run: validate the scenario, compile the model and the ranges, allocate the storage.
   * @param rng the generator to draw from (e.g. {@link createGenerator}); it is advanced in place.
   * @param trials number of trials; defaults to the scenario's `uncertainty.trials` (10,000 if none).
   * @throws ScenarioValidationError when the scenario or its ranges are invalid.
   */
  constructor(dataset: PlanDataset, scenario: Scenario, rng: RandomGenerator, trials?: number) {
    assertValidScenario(scenario, dataset);
    const total = trials ?? scenario.uncertainty?.trials ?? DEFAULT_TRIALS;
    if (!Number.isInteger(total) || total < 1) {
      throw new RangeError(`trials is ${total}; it must be a whole number of at least 1.`);
    }
    this.total = total;
    this.#rng = rng;
    const model = compileTrialModel(dataset, scenario);
    this.#model = model;
    this.#samplers = compileSamplers(
      rangedAssumptions(dataset, scenario).map((ranged) => ({
        index: parameterIndex(model, ranged.ref),
        range: ranged.range,
        mostLikely: ranged.mostLikely,
        min: ranged.spec.min,
        max: ranged.spec.max,
        integer: ranged.spec.integer,
      })),
    );
    this.#mostLikely = parametersOf(model, scenario);
    this.#params = this.#mostLikely.slice();
    this.#out = new Float64Array(model.outputLength);

    const C = model.clusterCount;
    const n = model.yearCount;
    const L = model.layout;
    const figures: number[] = [];
    for (let c = 0; c < C; c++) for (let t = 1; t < n; t++) figures.push(L.output + c * n + t);
    for (let t = 1; t < n; t++) figures.push(L.industrialOutput + t);
    figures.push(L.outputIntensity + n - 1);
    this.#figures = Int32Array.from(figures);
    this.#storage = new Float32Array(figures.length * total);
    this.#block = new Float64Array(figures.length * BLOCK_TRIALS);
    this.#min = new Float64Array(figures.length).fill(Number.POSITIVE_INFINITY);
    this.#max = new Float64Array(figures.length).fill(Number.NEGATIVE_INFINITY);

    const last = n - 1;
    this.#targetIndex = Int32Array.from([
      ...model.resolved.clusters.map((_, c) => L.output + c * n + last),
      L.industrialOutput + last,
      L.outputIntensity + last,
    ]);
    this.#targetValue = Float64Array.from([
      ...model.target,
      model.industrialOutputTarget,
      model.intensityTarget,
    ]);
    this.#onTrack = new Float64Array(this.#targetIndex.length);
    this.#atRisk = new Float64Array(this.#targetIndex.length);
  }

  /** Trials made so far. */
  get done(): number {
    return this.#done;
  }

  /** Number of ranged assumptions sampled per trial. */
  get rangedCount(): number {
    return this.#samplers.count;
  }

  /**
   * Make up to `maxTrials` more trials (fewer when the run completes).
   * @returns the trials made by this call.
   */
  step(maxTrials: number): number {
    const end = Math.min(this.total, this.#done + Math.max(0, Math.floor(maxTrials)));
    const model = this.#model;
    const params = this.#params;
    const out = this.#out;
    const storage = this.#storage;
    const figures = this.#figures;
    const total = this.total;
    const targetIndex = this.#targetIndex;
    const targetValue = this.#targetValue;
    const onTrackAt = model.thresholds.onTrack - ATTAINMENT_TOLERANCE;
    const atRiskAt = model.thresholds.atRisk - ATTAINMENT_TOLERANCE;
    const block = this.#block;
    const S = figures.length;
    const start = this.#done;
    let blockStart = start;
    for (let i = start; i < end; i++) {
      drawTrial(this.#samplers, this.#rng, params);
      projectTrial(model, params, out, false);
      const row = (i - blockStart) * S;
      for (let s = 0; s < S; s++) block[row + s] = out[figures[s]!]!;
      for (let k = 0; k < targetIndex.length; k++) {
        const reached = attainment(out[targetIndex[k]!]!, targetValue[k]!);
        if (reached >= onTrackAt) this.#onTrack[k]!++;
        if (reached >= atRiskAt) this.#atRisk[k]!++;
      }
      if (i + 1 - blockStart === BLOCK_TRIALS || i + 1 === end) {
        // Writing each figure's run of trials contiguously, rather than 19 scattered floats per
        // trial, keeps the stores sequential (measured: a third of the trial time otherwise).
        const count = i + 1 - blockStart;
        for (let s = 0; s < S; s++) {
          let min = this.#min[s]!;
          let max = this.#max[s]!;
          const offset = s * total + blockStart;
          for (let j = 0; j < count; j++) {
            const v = Math.fround(block[j * S + s]!);
            storage[offset + j] = v;
            if (v < min) min = v;
            if (v > max) max = v;
          }
          this.#min[s] = min;
          this.#max[s] = max;
        }
        blockStart = i + 1;
      }
    }
    this.#done = end;
    return end - start;
  }

  /**
   * Summarise the finished run: fans, target probabilities and the histogram. Reads the stored
   * trials without changing them, so it may be called again.
   * @throws Error when the run has not made all its trials yet.
   */
  result(): SimulationResult {
    if (this.#done < this.total) {
      throw new Error(`the run has made ${this.#done} of ${this.total} trials; finish it before result()`);
    }
    const model = this.#model;
    const C = model.clusterCount;
    const n = model.yearCount;
    const N = n - 1;
    const L = model.layout;
    const levels = QUANTILE_LEVELS;
    const total = this.total;
    const figure = (s: number) => this.#storage.subarray(s * total, (s + 1) * total);
    const extentOf = (s: number): [number, number] => [this.#min[s]!, this.#max[s]!];

    // The most likely projection: the scenario's own values, through the same kernel.
    const mostLikely = new Float64Array(model.outputLength);
    projectTrial(model, this.#mostLikely, mostLikely);

    const fan = (firstFigure: number, baseValue: number, ml: (t: number) => number, target: number) => {
      const quantiles = new Float64Array(n * levels.length);
      quantiles.fill(baseValue, 0, levels.length);
      for (let t = 1; t < n; t++) {
        const s = firstFigure + t - 1;
        quantilesInto(figure(s), levels, quantiles, t * levels.length, extentOf(s));
      }
      return { quantiles, mostLikely: Float64Array.from({ length: n }, (_, t) => ml(t)), target };
    };
    const series: FanSeries[] = model.resolved.clusters.map((cluster, c) => ({
      id: cluster.id,
      ...fan(c * N, model.base[c]!, (t) => mostLikely[L.output + c * n + t]!, model.target[c]!),
    }));
    series.push({
      id: 'industrialOutput',
      ...fan(
        C * N,
        mostLikely[L.industrialOutput]!,
        (t) => mostLikely[L.industrialOutput + t]!,
        model.industrialOutputTarget,
      ),
    });

    const targets: TargetProbability[] = targetIdsOf(model).map((id, k) => {
      const quantiles = new Float64Array(levels.length);
      // Clusters and the zone: the fan's target-year quantiles; output intensity: its own figure.
      const fanSeries = series[k];
      if (k <= C && fanSeries !== undefined) quantiles.set(fanSeries.quantiles.subarray(N * levels.length));
      else quantilesInto(figure((C + 1) * N), levels, quantiles, 0, extentOf((C + 1) * N));
      return {
        id,
        target: this.#targetValue[k]!,
        mostLikely: mostLikely[this.#targetIndex[k]!]!,
        quantiles,
        onTrackTrials: this.#onTrack[k]!,
        atRiskOrBetterTrials: this.#atRisk[k]!,
        pOnTrack: this.#onTrack[k]! / total,
        pAtRiskOrBetter: this.#atRisk[k]! / total,
      };
    });

    const zoneIndex = C * N + N - 1;
    const [min, max] = extentOf(zoneIndex);
    const bins = max > min ? HISTOGRAM_BINS : 1;
    const binWidth = max > min ? (max - min) / bins : 0;
    const counts = new Uint32Array(bins);
    histogramInto(figure(zoneIndex), min, binWidth, counts);

    return {
      trials: total,
      years: model.resolved.years,
      levels,
      rangedCount: this.#samplers.count,
      series,
      targets,
      histogram: { start: min, binWidth, counts, target: model.industrialOutputTarget },
    };
  }
}

/**
 * Run a whole Monte Carlo simulation at once (Node, tests, benchmark). The worker uses
 * {@link MonteCarloRun} in steps instead, to report progress and stay cancellable.
 * @throws ScenarioValidationError when the scenario or its ranges are invalid.
 */
export function simulate(
  dataset: PlanDataset,
  scenario: Scenario,
  rng: RandomGenerator,
  trials?: number,
): SimulationResult {
  const run = new MonteCarloRun(dataset, scenario, rng, trials);
  run.step(run.total);
  return run.result();
}
