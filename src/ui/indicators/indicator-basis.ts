import type { IndicatorRow } from '../../engine/indicators';

/**
 * What an indicator row's values are, as every view words it: a projection of the model, derived from
 * the projection, the plan's target path (the default path of an indicator the model does not
 * derive: never a projection), or a path the user entered.
 */
export type IndicatorBasis = 'projected' | 'derived' | 'planPath' | 'entered';

/** The basis of a row: trajectory rows with nothing entered follow the plan's target path. */
export function indicatorBasis(row: Pick<IndicatorRow, 'method' | 'sources'>): IndicatorBasis {
  if (row.method === 'projected') return 'projected';
  if (row.method === 'derived') return 'derived';
  return row.sources.includes('entered') ? 'entered' : 'planPath';
}

/** What a table comparing Qianjiang's target year with other zones shows for a row. */
export type TargetYearBasis = 'scenario' | 'entered' | 'target';

/**
 * What to show for an indicator in the target year beside other zones: the scenario's value where
 * the model projects or derives it, the value entered for that year, or else the plan's target —
 * labelled as a target, never as a projection.
 */
export function targetYearShown(row: Pick<IndicatorRow, 'method' | 'sources' | 'projected' | 'target'>): {
  basis: TargetYearBasis;
  /** Null where the model's value is undefined (zone intensity without producing land). */
  value: number | null;
} {
  if (row.method !== 'trajectory') return { basis: 'scenario', value: row.projected };
  if (row.sources[row.sources.length - 1] === 'entered') return { basis: 'entered', value: row.projected };
  return { basis: 'target', value: row.target };
}
