import type { ParkId, PlanDataset } from '../../data/plan-types';
import type { LandLedgerRow, ParkPoolSummary } from '../../engine/parks';

/** One park drawn in the schematic, in SVG user units. */
export interface SchematicPark {
  readonly id: ParkId;
  readonly x: number;
  readonly width: number;
}

/** One pool of parks drawn in the schematic: its frame, its parks, and how full it is. */
export interface SchematicPool {
  /** Stable key: the pool's park ids joined with "+". */
  readonly key: string;
  readonly x: number;
  readonly width: number;
  readonly parks: readonly SchematicPark[];
  /** Producing land ÷ area in the chosen year, 0–1. */
  readonly producingShare: number;
  /** Ready land (readied, producing or not) ÷ area in the chosen year, 0–1 (≥ producingShare). */
  readonly readyShare: number;
  /** Land the pool's targets need (at the scenario's target-year intensity) ÷ area; may exceed 1. */
  readonly neededShare: number;
  /** Whether the clusters want all of the pool's area by the chosen year. */
  readonly full: boolean;
  /** Whether a cluster of the pool has its output capped by land in the chosen year. */
  readonly binds: boolean;
}

/** The schematic's geometry: blocks whose widths are proportional to area, in one row. */
export interface SchematicLayout {
  readonly width: number;
  readonly height: number;
  /** Top and height of the blocks. */
  readonly top: number;
  readonly blockHeight: number;
  readonly pools: readonly SchematicPool[];
}

/** Layout constants of the schematic, SVG user units. */
const WIDTH = 960;
const LEFT = 10;
const RIGHT_MARGIN = 110;
const GAP = 16;
const TOP = 34;
const BLOCK_HEIGHT = 130;
const HEIGHT = TOP + BLOCK_HEIGHT + 85;
/** A park narrower than this is drawn this wide so that it stays visible (Qidi, 0.16 km²). */
const MIN_PARK_WIDTH = 10;

/**
 * Lay out the parks as a row of blocks, one per pool of parks (the parks whose land the same
 * clusters share), each park's width proportional to its area, filled to the share of producing
 * land in `yearIndex`, with the line of the land the pool's targets need.
 */
export function layoutSchematic(
  dataset: PlanDataset,
  pools: readonly ParkPoolSummary[],
  ledger: readonly LandLedgerRow[],
  yearIndex: number,
): SchematicLayout {
  const areaOf = (id: ParkId) => dataset.parks.find((p) => p.id === id)?.areaKm2.value ?? 0;
  const totalArea = pools.reduce((sum, pool) => sum + pool.areaKm2, 0);
  const usable = WIDTH - LEFT - RIGHT_MARGIN - GAP * (pools.length - 1);
  const scale = totalArea > 0 ? usable / totalArea : 0;
  let x = LEFT;
  const laid: SchematicPool[] = pools.map((pool, p) => {
    const parks: SchematicPark[] = [];
    let px = x;
    for (const id of pool.parkIds) {
      const width = Math.max(MIN_PARK_WIDTH, areaOf(id) * scale);
      parks.push({ id, x: px, width });
      px += width;
    }
    const width = px - x;
    const year = pool.years[yearIndex] ?? pool.years[pool.years.length - 1]!;
    const needed = ledger.find((row) => row.poolIndex === p)?.poolNeeded ?? 0;
    const item: SchematicPool = {
      key: pool.parkIds.join('+'),
      x,
      width,
      parks,
      producingShare: pool.areaKm2 > 0 ? Math.min(1, year.producingLand / pool.areaKm2) : 0,
      readyShare:
        pool.areaKm2 > 0 ? Math.min(1, Math.max(year.readyLand, year.producingLand) / pool.areaKm2) : 0,
      neededShare: pool.areaKm2 > 0 ? needed / pool.areaKm2 : 0,
      full: pool.fullFrom !== null && year.year >= pool.fullFrom,
      binds: pool.landBindsFrom.some((b) => b.year !== null && year.year >= b.year),
    };
    x += width + GAP;
    return item;
  });
  return { width: WIDTH, height: HEIGHT, top: TOP, blockHeight: BLOCK_HEIGHT, pools: laid };
}
