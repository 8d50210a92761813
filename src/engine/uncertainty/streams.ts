import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * The Monte Carlo's random streams. A run's trials are cut into fixed blocks of
 * {@link STREAM_BLOCK_TRIALS} (the last one may be shorter); block b draws from its own generator:
 * pure-rand's xoroshiro128+ seeded with the run's seed and jumped b times (each jump moves 2⁶⁴
 * numbers ahead, so blocks never share a number: a block uses 2 × 1,024 per ranged assumption). Which block a trial
 * falls in, and the numbers it gets, depend only on the seed and the trial's index — never on how
 * many workers make the trials or which blocks each one takes — so a seed gives the same result, bit
 * for bit, on one worker or two.
 *
 * The generator is inlined: its four 32-bit state words live in an Int32Array and are advanced by
 * the same arithmetic as pure-rand's `next()`, and two outputs make one uniform double exactly as
 * pure-rand's `uniformFloat64` does (a test checks both against pure-rand itself).
 */

/** Trials per stream block: fixed, so the streams do not depend on how a run is split. */
export const STREAM_BLOCK_TRIALS = 1024;

/** State words of the inlined generator, in pure-rand's getState() order: s01, s00, s11, s10. */
export type StreamState = Int32Array;

/**
 * The generator states of a run's blocks, derived from its seed. Blocks are usually asked for in
 * order, so the last state is kept and jumped forward; an earlier block starts again from the seed.
 */
export class BlockStreams {
  readonly seed: number;
  #block = 0;
  #head: ReturnType<typeof xoroshiro128plus>;

  /** @param seed an integer 0 … 2³²−1. */
  constructor(seed: number) {
    this.seed = seed;
    this.#head = xoroshiro128plus(seed);
  }

  /** Write the state block `b` starts from (the seed's generator jumped b times) into `into`. */
  stateOf(b: number, into: StreamState): StreamState {
    if (!Number.isInteger(b) || b < 0) throw new RangeError(`block ${b} is not a whole number ≥ 0`);
    if (b < this.#block) {
      this.#head = xoroshiro128plus(this.seed);
      this.#block = 0;
    }
    while (this.#block < b) {
      this.#head.jump();
      this.#block++;
    }
    into.set(this.#head.getState());
    return into;
  }
}

/** 2⁻²⁶ and 2⁻⁵³, pure-rand's uniformFloat64 scales. */
const SCALE_26 = 1.4901161193847656e-8;
const SCALE_53 = 1.1102230246251565e-16;

/**
 * Fill `into[offset … offset + count − 1]` with the stream's next uniform doubles in [0, 1) and advance
 * the state: the numbers pure-rand's `uniformFloat64` would draw from the same xoroshiro128+ state.
 */
export function uniformsInto(state: StreamState, into: Float64Array, offset: number, count: number): void {
  let s01 = state[0]!;
  let s00 = state[1]!;
  let s11 = state[2]!;
  let s10 = state[3]!;
  for (let j = 0; j < count; j++) {
    // Two steps of xoroshiro128+ (pure-rand's next(), written out).
    const hi = (s00 + s10) | 0;
    let a0 = s10 ^ s00;
    let a1 = s11 ^ s01;
    let t00 = s00;
    let t01 = s01;
    s00 = (t00 << 24) ^ (t01 >>> 8) ^ a0 ^ (a0 << 16);
    s01 = (t01 << 24) ^ (t00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s10 = (a1 << 5) ^ (a0 >>> 27);
    s11 = (a0 << 5) ^ (a1 >>> 27);
    const lo = (s00 + s10) | 0;
    a0 = s10 ^ s00;
    a1 = s11 ^ s01;
    t00 = s00;
    t01 = s01;
    s00 = (t00 << 24) ^ (t01 >>> 8) ^ a0 ^ (a0 << 16);
    s01 = (t01 << 24) ^ (t00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s10 = (a1 << 5) ^ (a0 >>> 27);
    s11 = (a0 << 5) ^ (a1 >>> 27);
    into[offset + j] = (hi & 0x3ffffff) * SCALE_26 + (lo & 0x7ffffff) * SCALE_53;
  }
  state[0] = s01;
  state[1] = s00;
  state[2] = s11;
  state[3] = s10;
}

/** A contiguous range of a run's trials, [from, to). */
export interface TrialRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Cut a run of `total` trials into at most `parts` contiguous ranges of whole blocks, as equal as the
 * blocks allow, first ranges first (fewer ranges when there are fewer blocks).
 */
export function splitTrials(total: number, parts: number): TrialRange[] {
  const blocks = Math.ceil(total / STREAM_BLOCK_TRIALS);
  const count = Math.max(1, Math.min(Math.floor(parts), blocks));
  const ranges: TrialRange[] = [];
  let from = 0;
  for (let p = 0; p < count; p++) {
    // Blocks of part p: the earlier parts take the extra block when they do not divide evenly.
    const take = Math.floor(blocks / count) + (p < blocks % count ? 1 : 0);
    const to = Math.min(total, from + take * STREAM_BLOCK_TRIALS);
    ranges.push({ from, to });
    from = to;
  }
  return ranges;
}
