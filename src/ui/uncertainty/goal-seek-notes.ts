import { leverSpec, type LeverId } from '../../data/levers';
import { PLAUSIBLE_RANGES } from '../../data/plausibility';
import type { ClusterId } from '../../data/plan-types';
import type { GoalSeekAnswer, UniformGrowthSolution } from '../../engine/uncertainty';
import type { I18n } from '../../i18n/i18n.svelte';

/** A lever value in its displayed unit, one decimal finer than the lever's own display ("12.35 %/年"). */
export function goalLeverText(i18n: I18n, leverId: LeverId, value: number): string {
  const spec = leverSpec(leverId);
  return `${i18n.num(value * spec.displayScale, spec.decimals + 1)} ${i18n.t(`unit.${spec.unit}`)}`;
}

/** The plausible range of a lever as shown ("−10.0 – 14.8 %/年"), or null for a lever without one. */
function plausibleRangeText(i18n: I18n, leverId: LeverId): string | null {
  const range = PLAUSIBLE_RANGES[leverId];
  if (range === undefined) return null;
  const spec = leverSpec(leverId);
  const num = (v: number) => i18n.num(v * spec.displayScale, spec.decimals);
  return `${num(range.min)} – ${num(range.max)} ${i18n.t(`unit.${spec.unit}`)}`;
}

/** What the goal-seek panel says besides its answer: a plausibility warning, and "reached by investment alone". */
export interface GoalSeekNotes {
  /** The answer lies beyond what is plausible: the plausible range and what it rests on; null when plausible. */
  readonly implausible: string | null;
  /**
   * A cluster's growth answer for its own target below zero (or met at the lowest growth): its
   * investment and projects alone reach the target; else null.
   */
  readonly byInvestment: string | null;
}

/** The notes of a goal-seek answer (src/data/plausibility.ts gives the ranges and their basis). */
export function goalSeekNotes(i18n: I18n, answer: GoalSeekAnswer): GoalSeekNotes {
  const { leverId } = answer.request;
  const range = PLAUSIBLE_RANGES[leverId];
  const implausible =
    answer.implausible && answer.value !== null && range !== undefined
      ? i18n.t('uncertainty.goalImplausible', {
          value: goalLeverText(i18n, leverId, answer.value),
          range: plausibleRangeText(i18n, leverId) ?? '',
          basis: i18n.text(range.basis),
        })
      : null;
  // Only for a cluster's own target: the zone's may be reached with one cluster shrinking thanks to the others.
  const growth =
    leverId === 'growthRate' && answer.value !== null && answer.request.targetId === answer.request.clusterId;
  const byInvestment =
    growth && (answer.outcome === 'metAtMinimum' || (answer.outcome === 'reachable' && answer.value! < 0))
      ? i18n.t('uncertainty.goalByInvestment', {
          value: goalLeverText(i18n, leverId, answer.value!),
        })
      : null;
  return { implausible, byInvestment };
}

/**
 * The notes of the multi-target solve: one line per cluster whose resulting growth is beyond what is
 * plausible (its rate, the plausible range, and once the basis), and one per cluster whose resulting
 * growth is below zero (its target is reached by investment alone).
 */
export function uniformNotes(
  i18n: I18n,
  solution: UniformGrowthSolution,
  clusterName: (id: ClusterId) => string,
): {
  readonly implausible: readonly string[];
  readonly basis: string | null;
  readonly byInvestment: readonly string[];
} {
  const rates = solution.growthRates;
  if (rates === null) return { implausible: [], basis: null, byInvestment: [] };
  const range = plausibleRangeText(i18n, 'growthRate') ?? '';
  const implausible = solution.implausible.map((id) =>
    i18n.t('uncertainty.uniformImplausible', {
      cluster: clusterName(id),
      value: goalLeverText(i18n, 'growthRate', rates[id]),
      range,
    }),
  );
  const byInvestment = (Object.keys(rates) as ClusterId[])
    .filter((id) => rates[id] < 0 && !solution.blocked.some((b) => b.clusterId === id))
    .map((id) =>
      i18n.t('uncertainty.uniformByInvestment', {
        cluster: clusterName(id),
        value: goalLeverText(i18n, 'growthRate', rates[id]),
      }),
    );
  return {
    implausible,
    basis:
      implausible.length > 0
        ? i18n.t('uncertainty.plausibleBasis', { basis: i18n.text(PLAUSIBLE_RANGES.growthRate!.basis) })
        : null,
    byInvestment,
  };
}
