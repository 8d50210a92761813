import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { AssumptionRange } from '../../scenario/scenario';
import { Z_90, inverseNormalCdf, normalCdf } from './normal';
import { uniformsInto, type StreamState } from './streams';

/** The pseudo-random generator the Monte Carlo draws from (pure-rand's interface); always injected. */
export type { RandomGenerator };

/** Distribution codes in a compiled sampler. */
const TRIANGULAR = 0;
const NORMAL = 1;
const UNIFORM = 2;
const FIXED = 3;

/** Constants per compiled range (see {@link compileSamplers}). */
const STRIDE = 8;

/**
 * Ranges compiled for fast sampling: where each sampled value goes in the parameter vector, how it
 * is drawn, and its precomputed constants. Built once per run; sampling allocates nothing.
 */
export interface CompiledSamplers {
  /** Number of ranged assumptions. */
  readonly count: number;
  /** Parameter-vector index per ranged assumption. */
  readonly target: Int32Array;
  /** Distribution code per ranged assumption. */
  readonly kind: Uint8Array;
  /** 1 where the lever takes whole numbers only (the draw is rounded). */
  readonly integer: Uint8Array;
  /** {@link STRIDE} constants per ranged assumption. */
  readonly constants: Float64Array;
}

/** One range to compile: the range, its most likely value and the lever's allowed bounds. */
export interface SamplerInput {
  /** Index in the parameter vector. */
  readonly index: number;
  readonly range: AssumptionRange;
  /** Most likely value (the scenario's own), model units. */
  readonly mostLikely: number;
  /** The lever's allowed bounds; a normal range is truncated to them. */
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/**
 * The split-normal CDF below a point: P(X < x) for a normal range with mode m and the two
 * half-sigmas; the half at a side with sigma 0 is a point mass at m.
 */
function splitNormalBelow(x: number, m: number, sigmaLow: number, sigmaHigh: number): number {
  if (x < m) return sigmaLow > 0 ? normalCdf((x - m) / sigmaLow) : 0;
  if (x === m) return 0.5 * (sigmaLow > 0 ? 1 : 0);
  return sigmaHigh > 0 ? normalCdf((x - m) / sigmaHigh) : 1;
}

/** P(X ≤ x) of the same split normal. */
function splitNormalAtOrBelow(x: number, m: number, sigmaLow: number, sigmaHigh: number): number {
  if (x < m) return sigmaLow > 0 ? normalCdf((x - m) / sigmaLow) : 0;
  if (x === m) return sigmaHigh > 0 ? 0.5 : 1;
  return sigmaHigh > 0 ? normalCdf((x - m) / sigmaHigh) : 1;
}

/**
 * Compile ranges into samplers. Per distribution, with low a, most likely c, high b:
 * - triangular(a, c, b), drawn by inverting its CDF;
 * - uniform on [a, b] (c plays no part);
 * - normal: a split normal with mode c whose 10th and 90th percentiles are a and b
 *   (σ₋ = (c − a) / z₀.₉, σ₊ = (b − c) / z₀.₉), truncated to the lever's allowed range, drawn by
 *   inverting its CDF on the truncated interval (one uniform draw, no rejection);
 * - a range with a = b is fixed at that value and draws nothing.
 * Whole-number levers round each draw to the nearest whole number.
 */
export function compileSamplers(inputs: readonly SamplerInput[]): CompiledSamplers {
  const count = inputs.length;
  const target = new Int32Array(count);
  const kind = new Uint8Array(count);
  const integer = new Uint8Array(count);
  const constants = new Float64Array(count * STRIDE);
  inputs.forEach((input, i) => {
    const { low: a, high: b, distribution } = input.range;
    const c = input.mostLikely;
    const k = i * STRIDE;
    target[i] = input.index;
    integer[i] = input.integer ? 1 : 0;
    if (!(b > a)) {
      kind[i] = FIXED;
      constants[k] = a;
      return;
    }
    if (distribution === 'uniform') {
      kind[i] = UNIFORM;
      constants[k] = a;
      constants[k + 1] = b - a;
    } else if (distribution === 'normal') {
      kind[i] = NORMAL;
      const sigmaLow = (c - a) / Z_90;
      const sigmaHigh = (b - c) / Z_90;
      const uLow = splitNormalBelow(input.min, c, sigmaLow, sigmaHigh);
      const uHigh = splitNormalAtOrBelow(input.max, c, sigmaLow, sigmaHigh);
      constants[k] = c;
      constants[k + 1] = sigmaLow;
      constants[k + 2] = sigmaHigh;
      constants[k + 3] = uLow;
      constants[k + 4] = uHigh - uLow;
      constants[k + 5] = input.min;
      constants[k + 6] = input.max;
    } else {
      kind[i] = TRIANGULAR;
      constants[k] = a;
      constants[k + 1] = b;
      constants[k + 2] = (c - a) / (b - a);
      constants[k + 3] = (b - a) * (c - a);
      constants[k + 4] = (b - a) * (b - c);
    }
  });
  return { count, target, kind, integer, constants };
}

/**
 * Map a uniform draw u ∈ [0, 1) to the i-th compiled range's distribution, model units.
 * Exposed for tests of the inverse CDFs; {@link drawTrial} is the fast path.
 */
export function sampleAt(samplers: CompiledSamplers, i: number, u: number): number {
  const k = i * STRIDE;
  const c = samplers.constants;
  let x: number;
  switch (samplers.kind[i]) {
    case TRIANGULAR:
      x = u < c[k + 2]! ? c[k]! + Math.sqrt(u * c[k + 3]!) : c[k + 1]! - Math.sqrt((1 - u) * c[k + 4]!);
      // Rounding must never carry a draw past the range's ends (they may be the lever's bounds).
      x = x < c[k]! ? c[k]! : x > c[k + 1]! ? c[k + 1]! : x;
      break;
    case UNIFORM:
      x = c[k]! + u * c[k + 1]!;
      break;
    case NORMAL: {
      const p = c[k + 3]! + u * c[k + 4]!;
      const m = c[k]!;
      if (p < 0.5) x = c[k + 1]! > 0 ? m + c[k + 1]! * inverseNormalCdf(p) : m;
      else x = c[k + 2]! > 0 ? m + c[k + 2]! * inverseNormalCdf(p) : m;
      // Inversion at the truncation points can overshoot by rounding (or reach ±∞ at p = 0).
      x = x < c[k + 5]! ? c[k + 5]! : x > c[k + 6]! ? c[k + 6]! : x;
      break;
    }
    default:
      return c[k]!;
  }
  return samplers.integer[i] === 1 ? Math.round(x) : x;
}

/**
 * Draw one trial's ranged assumptions into the parameter vector: one uniform double from the
 * generator (two 32-bit outputs) per range with low < high, in the compiled order.
 */
export function drawTrial(samplers: CompiledSamplers, rng: RandomGenerator, params: Float64Array): void {
  for (let i = 0; i < samplers.count; i++) {
    if (samplers.kind[i] === FIXED) {
      params[samplers.target[i]!] = samplers.constants[i * STRIDE]!;
      continue;
    }
    params[samplers.target[i]!] = sampleAt(samplers, i, uniformFloat64(rng));
  }
}

/**
 * Draw a block of trials' ranged assumptions column by column (the Monte Carlo path): for each range
 * in the compiled order, `count` uniform doubles from the stream — one after the other, then the next
 * range's — mapped through its distribution into `columns[i × stride + j]` for trial j of the block.
 * A fixed range draws nothing. Each value equals {@link sampleAt} of the same uniform draw.
 */
export function drawColumns(
  samplers: CompiledSamplers,
  state: StreamState,
  count: number,
  columns: Float64Array,
  stride: number,
): void {
  const c = samplers.constants;
  for (let i = 0; i < samplers.count; i++) {
    const k = i * STRIDE;
    const at = i * stride;
    const kind = samplers.kind[i];
    if (kind === FIXED) {
      columns.fill(c[k]!, at, at + count);
      continue;
    }
    uniformsInto(state, columns, at, count);
    const end = at + count;
    if (kind === TRIANGULAR) {
      const a = c[k]!;
      const b = c[k + 1]!;
      const mode = c[k + 2]!;
      const left = c[k + 3]!;
      const right = c[k + 4]!;
      for (let j = at; j < end; j++) {
        const u = columns[j]!;
        const x = u < mode ? a + Math.sqrt(u * left) : b - Math.sqrt((1 - u) * right);
        columns[j] = x < a ? a : x > b ? b : x;
      }
    } else if (kind === UNIFORM) {
      const a = c[k]!;
      const width = c[k + 1]!;
      for (let j = at; j < end; j++) columns[j] = a + columns[j]! * width;
    } else {
      const m = c[k]!;
      const sigmaLow = c[k + 1]!;
      const sigmaHigh = c[k + 2]!;
      const uLow = c[k + 3]!;
      const uWidth = c[k + 4]!;
      const min = c[k + 5]!;
      const max = c[k + 6]!;
      for (let j = at; j < end; j++) {
        const p = uLow + columns[j]! * uWidth;
        let x: number;
        if (p < 0.5) x = sigmaLow > 0 ? m + sigmaLow * inverseNormalCdf(p) : m;
        else x = sigmaHigh > 0 ? m + sigmaHigh * inverseNormalCdf(p) : m;
        columns[j] = x < min ? min : x > max ? max : x;
      }
    }
    if (samplers.integer[i] === 1) for (let j = at; j < end; j++) columns[j] = Math.round(columns[j]!);
  }
}
