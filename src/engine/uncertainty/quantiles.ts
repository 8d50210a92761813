/**
 * Exact sample quantiles of large typed arrays without sorting them: a histogram pass finds the
 * bins that hold the wanted ranks, a second pass gathers only those bins, and they alone are sorted.
 */

/** Bins of the locating histogram: more bins, smaller gathered sets. */
const LOCATE_BINS = 4096;

/** Smallest and largest value of an array (NaN for an empty one). */
export function extent(values: ArrayLike<number>): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return values.length === 0 ? [Number.NaN, Number.NaN] : [min, max];
}

/**
 * Quantiles of a sample, R's type 7 (linear interpolation between order statistics, as d3.quantile
 * and NumPy's default): for level q and n values sorted x₀ ≤ … ≤ xₙ₋₁, h = (n − 1)·q and
 * Q(q) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). The values are read, never reordered.
 * @param values the sample (any order; NaN not allowed).
 * @param levels quantile levels, each in [0, 1].
 * @param out receives Q(levels[i]) at `out[offset + i]`; NaN for an empty sample.
 * @param known the sample's smallest and largest values, if the caller already has them.
 */
export function quantilesInto(
  values: Float32Array | Float64Array,
  levels: readonly number[],
  out: Float64Array,
  offset = 0,
  known?: readonly [number, number],
): void {
  const n = values.length;
  const [min, max] = known ?? extent(values);
  if (n === 0 || min === max) {
    for (let i = 0; i < levels.length; i++) out[offset + i] = n === 0 ? Number.NaN : min;
    return;
  }
  const scale = LOCATE_BINS / (max - min);
  const last = LOCATE_BINS - 1;
  // Pass 1: how many values fall in each bin. (v − min)·scale ≥ 0, so truncation is floor.
  const counts = new Uint32Array(LOCATE_BINS);
  for (let i = 0; i < n; i++) {
    const b = ((values[i]! - min) * scale) | 0;
    counts[b > last ? last : b]!++;
  }
  const starts = new Uint32Array(LOCATE_BINS + 1);
  for (let b = 0; b < LOCATE_BINS; b++) starts[b + 1] = starts[b]! + counts[b]!;
  // The bin holding each wanted order statistic: the last bin whose start is ≤ rank (an empty bin
  // shares its start with the next one, so the search never ends on one while rank < n).
  const binOfRank = (rank: number) => {
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= rank) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const ranks: number[] = [];
  for (const q of levels) {
    const k = Math.floor((n - 1) * q);
    ranks.push(k, Math.min(k + 1, n - 1));
  }
  // Pass 2: copy the values of the wanted bins, each bin to its own slice of one buffer.
  const slotStart = new Int32Array(LOCATE_BINS).fill(-1);
  let gatheredLength = 0;
  for (const rank of ranks) {
    const b = binOfRank(rank);
    if (slotStart[b] === -1) {
      slotStart[b] = gatheredLength;
      gatheredLength += counts[b]!;
    }
  }
  const gathered = new Float64Array(gatheredLength);
  const fill = slotStart.slice();
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    let b = ((v - min) * scale) | 0;
    if (b > last) b = last;
    const at = fill[b]!;
    if (at !== -1) {
      gathered[at] = v;
      fill[b] = at + 1;
    }
  }
  const sortedBins = new Set<number>();
  const orderStatistic = (rank: number) => {
    const b = binOfRank(rank);
    const from = slotStart[b]!;
    const slice = gathered.subarray(from, from + counts[b]!);
    if (!sortedBins.has(b)) {
      slice.sort();
      sortedBins.add(b);
    }
    return slice[rank - starts[b]!]!;
  };
  levels.forEach((q, i) => {
    const h = (n - 1) * q;
    const k = Math.floor(h);
    const x0 = orderStatistic(k);
    const x1 = orderStatistic(Math.min(k + 1, n - 1));
    out[offset + i] = x0 + (x1 - x0) * (h - k);
  });
}

/**
 * Count values into equal-width bins over [start, start + bins × width): the last bin also takes
 * values at its upper edge; values outside are clamped into the first or last bin.
 */
export function histogramInto(
  values: Float32Array | Float64Array,
  start: number,
  width: number,
  counts: Uint32Array,
): void {
  const bins = counts.length;
  counts.fill(0);
  for (let i = 0; i < values.length; i++) {
    let b = width > 0 ? Math.floor((values[i]! - start) / width) : 0;
    if (b < 0) b = 0;
    else if (b >= bins) b = bins - 1;
    counts[b]!++;
  }
}
