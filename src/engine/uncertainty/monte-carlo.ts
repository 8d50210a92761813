import type { PlanDataset } from '../../data/plan-types';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Scenario } from '../../scenario/scenario';
import { assertValidScenario } from '../validation';
import { histogramInto, quantilesInto } from './quantiles';
import { rangedAssumptions } from './ranges';
import { attainment, targetIds as targetIdsOf } from './target-figures';
import { compileSamplers, drawColumns, type CompiledSamplers, type RandomGenerator } from './sampling';
import { BlockStreams, STREAM_BLOCK_TRIALS, type TrialRange } from './streams';
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

/**
 * The generator the app's random draws outside the Monte Carlo use (tests of the samplers):
 * pure-rand's xoroshiro128+ seeded with an unsigned 32-bit integer. The Monte Carlo itself draws
 * from the block streams of ./streams.ts, which start from this same generator.
 * @param seed an integer 0 … 2³²−1.
 */
export function createGenerator(seed: number): RandomGenerator {
  return xoroshiro128plus(seed);
}

/** Which trials a {@link MonteCarloRun} makes, and how many the whole run has. */
export interface MonteCarloRunOptions {
  /** Trials of the whole run; defaults to the scenario's `uncertainty.trials` (10,000 if none). */
  readonly trials?: number;
  /**
   * The trials this run makes, [from, to), at block boundaries (multiples of
   * {@link STREAM_BLOCK_TRIALS}; `to` may be the total). The whole run by default.
   */
  readonly range?: TrialRange;
}

/**
 * The trials one part of a Monte Carlo run made, to be merged into the part that starts at trial 0
 * ({@link MonteCarloRun.absorb}). Plain data with typed arrays that can be transferred.
 */
export interface TrialPart {
  readonly from: number;
  readonly to: number;
  /** Figure-major: figure s of trial i at `[s × (to − from) + i − from]`, 32-bit. */
  readonly figures: Float32Array;
  /** Smallest and largest value of each figure over the part. */
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** Per target: trials on track, and at risk or better. */
  readonly onTrack: Float64Array;
  readonly atRisk: Float64Array;
}

/**
 * A Monte Carlo run of a scenario, or one part of it, advanced in steps so that a caller can report
 * progress and stop between steps. Trial i draws from the stream of its block (./streams.ts): its
 * numbers depend only on the seed and i, never on how the trials were split into steps or parts.
 * Every trial projects the whole zone ({@link projectTrial}); its figures are kept in one
 * preallocated Float32Array (4 bytes × 19 figures × trials for the plan: 76 MB at 1,000,000) and
 * the target counts are exact (computed in double precision per trial).
 *
 * Split over workers: the part that starts at trial 0 (the home part) keeps storage for the whole
 * run and takes the other parts' trials in ({@link absorb}); the others keep only their own trials
 * and hand them over ({@link part}). Merged trials sit where they would have been made, so the
 * summary is the same bit for bit whatever the split.
 */
export class MonteCarloRun {
  /** Trials of the whole run, 1 … 1,000,000. */
  readonly total: number;
  /** The trials this run makes, [from, to). */
  readonly from: number;
  readonly to: number;
  readonly seed: number;
  readonly #model: TrialModel;
  readonly #samplers: CompiledSamplers;
  readonly #streams: BlockStreams;
  readonly #state = new Int32Array(4);
  /** The current block's draws, column-major: range r of trial j at [r × STREAM_BLOCK_TRIALS + j]. */
  readonly #columns: Float64Array;
  /** The block whose draws #columns holds (−1: none yet). */
  #columnsBlock = -1;
  readonly #mostLikely: Float64Array;
  readonly #params: Float64Array;
  readonly #out: Float64Array;
  /** Figure-major storage: figure s of trial i at [s × #stride + i − #storageFrom]. */
  readonly #storage: Float32Array;
  readonly #stride: number;
  readonly #storageFrom: number;
  /** Output-vector index of each stored figure. */
  readonly #figures: Int32Array;
  /** Per target: output-vector index and target value. */
  readonly #targetIndex: Int32Array;
  readonly #targetValue: Float64Array;
  readonly #onTrack: Float64Array;
  readonly #atRisk: Float64Array;
  /** Trial-major staging of the current block's figures, copied to #storage a block at a time. */
  readonly #block: Float64Array;
  /** Smallest and largest value of each stored figure so far. */
  readonly #min: Float64Array;
  readonly #max: Float64Array;
  /** Ranges absorbed from other parts. */
  readonly #absorbed: TrialRange[] = [];
  #done = 0;

  /**
   * Prepare a run: validate the scenario, compile the model and the ranges, allocate the storage.
   * @param seed the run's seed, an integer 0 … 2³²−1: it fixes every block's stream.
   * @throws ScenarioValidationError when the scenario or its ranges are invalid.
   * @throws RangeError when the trials or the range are not whole numbers in order at block boundaries.
   */
  constructor(dataset: PlanDataset, scenario: Scenario, seed: number, options: MonteCarloRunOptions = {}) {
    assertValidScenario(scenario, dataset);
    const total = options.trials ?? scenario.uncertainty?.trials ?? DEFAULT_TRIALS;
    if (!Number.isInteger(total) || total < 1) {
      throw new RangeError(`trials is ${total}; it must be a whole number of at least 1.`);
    }
    const { from, to } = options.range ?? { from: 0, to: total };
    const atBoundary = (i: number) => i % STREAM_BLOCK_TRIALS === 0 || i === total;
    if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from < to && to <= total)) {
      throw new RangeError(`trials [${from}, ${to}) are not a range within the run's ${total}.`);
    }
    if (!atBoundary(from) || !atBoundary(to)) {
      throw new RangeError(
        `trials [${from}, ${to}) do not start and end at blocks of ${STREAM_BLOCK_TRIALS}.`,
      );
    }
    this.total = total;
    this.from = from;
    this.to = to;
    this.seed = seed;
    this.#streams = new BlockStreams(seed);
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
    this.#columns = new Float64Array(this.#samplers.count * STREAM_BLOCK_TRIALS);
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
    // The home part (from trial 0) holds the whole run; another part only its own trials.
    this.#storageFrom = from === 0 ? 0 : from;
    this.#stride = from === 0 ? total : to - from;
    this.#storage = new Float32Array(figures.length * this.#stride);
    this.#block = new Float64Array(figures.length * STREAM_BLOCK_TRIALS);
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

  /** Trials this run has made so far (of its range's `to − from`). */
  get done(): number {
    return this.#done;
  }

  /** Trials this run makes: `to − from`. */
  get size(): number {
    return this.to - this.from;
  }

  /** Number of ranged assumptions sampled per trial. */
  get rangedCount(): number {
    return this.#samplers.count;
  }

  /**
   * Make up to `maxTrials` more trials of this run's range (fewer when it completes).
   * @returns the trials made by this call.
   */
  step(maxTrials: number): number {
    const begin = this.from + this.#done;
    const end = Math.min(this.to, begin + Math.max(0, Math.floor(maxTrials)));
    const model = this.#model;
    const params = this.#params;
    const out = this.#out;
    const figures = this.#figures;
    const targetIndex = this.#targetIndex;
    const targetValue = this.#targetValue;
    const onTrackAt = model.thresholds.onTrack - ATTAINMENT_TOLERANCE;
    const atRiskAt = model.thresholds.atRisk - ATTAINMENT_TOLERANCE;
    const block = this.#block;
    const columns = this.#columns;
    const samplers = this.#samplers;
    const ranged = samplers.count;
    const rangeTarget = samplers.target;
    const S = figures.length;
    const B = STREAM_BLOCK_TRIALS;
    let stagedFrom = begin;
    for (let i = begin; i < end; i++) {
      const j = i % B;
      const b = (i - j) / B;
      if (b !== this.#columnsBlock) {
        // Entering a block: draw the whole block's columns from its stream.
        this.#columnsBlock = b;
        this.#streams.stateOf(b, this.#state);
        drawColumns(samplers, this.#state, Math.min(B, this.total - b * B), columns, B);
      }
      for (let r = 0; r < ranged; r++) params[rangeTarget[r]!] = columns[r * B + j]!;
      projectTrial(model, params, out, false);
      const row = (i - stagedFrom) * S;
      for (let s = 0; s < S; s++) block[row + s] = out[figures[s]!]!;
      for (let k = 0; k < targetIndex.length; k++) {
        const reached = attainment(out[targetIndex[k]!]!, targetValue[k]!);
        if (reached >= onTrackAt) this.#onTrack[k]!++;
        if (reached >= atRiskAt) this.#atRisk[k]!++;
      }
      if (j === B - 1 || i + 1 === end) {
        this.#flush(stagedFrom, i + 1 - stagedFrom);
        stagedFrom = i + 1;
      }
    }
    this.#done = end - this.from;
    return end - begin;
  }

  /** Copy `count` staged trials from trial `first` to the figure-major storage, keeping the extents. */
  #flush(first: number, count: number): void {
    // Writing each figure's run of trials contiguously, rather than 19 scattered floats per trial,
    // keeps the stores sequential (measured: a third of the trial time otherwise).
    const S = this.#figures.length;
    const block = this.#block;
    const storage = this.#storage;
    for (let s = 0; s < S; s++) {
      let min = this.#min[s]!;
      let max = this.#max[s]!;
      const offset = s * this.#stride + first - this.#storageFrom;
      for (let j = 0; j < count; j++) {
        const v = Math.fround(block[j * S + s]!);
        storage[offset + j] = v;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      this.#min[s] = min;
      this.#max[s] = max;
    }
  }

  /**
   * The trials of this finished part, to hand to the home part. The arrays are this run's own (not
   * copies): transfer them and drop the run.
   * @throws Error when the part is unfinished, or is the home part.
   */
  part(): TrialPart {
    if (this.from === 0) throw new Error('the part from trial 0 takes the others in; it is not handed over');
    if (this.#done < this.size) {
      throw new Error(`the part has made ${this.#done} of its ${this.size} trials; finish it first`);
    }
    return {
      from: this.from,
      to: this.to,
      figures: this.#storage,
      min: this.#min,
      max: this.#max,
      onTrack: this.#onTrack,
      atRisk: this.#atRisk,
    };
  }

  /**
   * Take in the trials another part made (home part only): they are copied where they belong.
   * @throws Error when this is not the home part, or the part's trials overlap trials already here.
   */
  absorb(part: TrialPart): void {
    if (this.from !== 0) throw new Error('only the part from trial 0 takes other parts in');
    const S = this.#figures.length;
    const size = part.to - part.from;
    const inside = part.from >= this.to && part.to <= this.total && size > 0;
    const overlaps = this.#absorbed.some((r) => part.from < r.to && r.from < part.to);
    if (!inside || overlaps || part.figures.length !== S * size) {
      throw new Error(`trials [${part.from}, ${part.to}) do not fit this run's missing trials`);
    }
    for (let s = 0; s < S; s++) {
      this.#storage.set(part.figures.subarray(s * size, (s + 1) * size), s * this.total + part.from);
      if (part.min[s]! < this.#min[s]!) this.#min[s] = part.min[s]!;
      if (part.max[s]! > this.#max[s]!) this.#max[s] = part.max[s]!;
    }
    for (let k = 0; k < this.#onTrack.length; k++) {
      this.#onTrack[k]! += part.onTrack[k]!;
      this.#atRisk[k]! += part.atRisk[k]!;
    }
    this.#absorbed.push({ from: part.from, to: part.to });
  }

  /**
   * Summarise the finished run: fans, target probabilities and the histogram. Reads the stored
   * trials without changing them, so it may be called again.
   * @throws Error when the run has not made all its trials yet.
   */
  result(): SimulationResult {
    const made = this.#done + this.#absorbed.reduce((sum, r) => sum + r.to - r.from, 0);
    if (this.from !== 0 || made < this.total) {
      throw new Error(`the run has made ${made} of ${this.total} trials; finish it before result()`);
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
  seed: number,
  trials?: number,
): SimulationResult {
  const run = new MonteCarloRun(dataset, scenario, seed, trials === undefined ? {} : { trials });
  run.step(run.total);
  return run.result();
}
