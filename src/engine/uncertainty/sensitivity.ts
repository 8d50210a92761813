import type { PlanDataset } from '../../data/plan-types';
import type { LinkSettings, Scenario } from '../../scenario/scenario';
import { assertValidScenario } from '../validation';
import { assumptionKey, rangedAssumptions, type AssumptionRef } from './ranges';
import { attainment, targetFigureIndex, targetValue } from './target-figures';
import { compileTrialModel, parameterIndex, parametersOf, projectTrial } from './trial-model';
import type { SimulatedTargetId } from './types';

/** What a tornado bar moves: a ranged assumption, or a link between clusters switched off and on. */
export type TornadoSubject = AssumptionRef | { readonly kind: 'link'; readonly linkId: keyof LinkSettings };

/**
 * One bar of a tornado: a ranged assumption moved to its low and to its high value; or a link that
 * is on in the scenario, switched off (low: 0) and on (high: 1), so that its effect is attributed.
 */
export interface TornadoBar {
  readonly ref: TornadoSubject;
  /** {@link assumptionKey} of the assumption. */
  readonly key: string;
  /** The range's low and high values and the most likely value, model units. */
  readonly low: number;
  readonly high: number;
  readonly mostLikely: number;
  /** The target's target-year figure with the assumption at low / at high, all else most likely. */
  readonly valueAtLow: number;
  readonly valueAtHigh: number;
  /** The same as attainments of the target, fractions. */
  readonly attainmentAtLow: number;
  readonly attainmentAtHigh: number;
  /** |valueAtHigh − valueAtLow|: how far the assumption moves the target figure. */
  readonly swing: number;
}

/** One-at-a-time sensitivity of one target's target-year figure to every ranged assumption. */
export interface Tornado {
  readonly targetId: SimulatedTargetId;
  /** The target (亿元, or 亿元/km² for output intensity). */
  readonly target: number;
  /** The target-year figure and attainment with every assumption at its most likely value. */
  readonly baseValue: number;
  readonly baseAttainment: number;
  /** Bars by swing, largest first (ties keep the ranged-assumption order). */
  readonly bars: readonly TornadoBar[];
}

/**
 * Compute a tornado: for each ranged assumption, project the scenario twice, with that assumption
 * at its range's low and at its high value and every other assumption at its most likely value
 * (for a normal range, low and high are its 10th and 90th percentiles), and read the target's
 * target-year figure. Two kernel projections per ranged assumption; no randomness.
 * @throws ScenarioValidationError when the scenario or its ranges are invalid.
 */
export function tornado(dataset: PlanDataset, scenario: Scenario, targetId: SimulatedTargetId): Tornado {
  assertValidScenario(scenario, dataset);
  const model = compileTrialModel(dataset, scenario);
  const figure = targetFigureIndex(model, targetId);
  const target = targetValue(model, targetId);
  const params = parametersOf(model, scenario);
  const out = new Float64Array(model.outputLength);
  projectTrial(model, params, out);
  const baseValue = out[figure]!;
  const bars = rangedAssumptions(dataset, scenario).map((ranged): TornadoBar => {
    const index = parameterIndex(model, ranged.ref);
    const at = (value: number) => {
      params[index] = value;
      projectTrial(model, params, out);
      params[index] = ranged.mostLikely;
      return out[figure]!;
    };
    const valueAtLow = at(ranged.range.low);
    const valueAtHigh = at(ranged.range.high);
    return {
      ref: ranged.ref,
      key: assumptionKey(ranged.ref),
      low: ranged.range.low,
      high: ranged.range.high,
      mostLikely: ranged.mostLikely,
      valueAtLow,
      valueAtHigh,
      attainmentAtLow: attainment(valueAtLow, target),
      attainmentAtHigh: attainment(valueAtHigh, target),
      swing: Math.abs(valueAtHigh - valueAtLow),
    };
  });
  // Each link the scenario has on: its effect on the figure, as a bar from off to on.
  for (const linkId of ['producerServices', 'agriSupply'] as const) {
    if (!scenario.links[linkId].enabled) continue;
    const off: Scenario = {
      ...scenario,
      links: { ...scenario.links, [linkId]: { ...scenario.links[linkId], enabled: false } },
    };
    const offModel = compileTrialModel(dataset, off);
    const offOut = new Float64Array(offModel.outputLength);
    projectTrial(offModel, parametersOf(offModel, off), offOut);
    const valueAtLow = offOut[targetFigureIndex(offModel, targetId)]!;
    const swing = Math.abs(baseValue - valueAtLow);
    if (swing === 0) continue;
    bars.push({
      ref: { kind: 'link', linkId },
      key: `link.${linkId}`,
      low: 0,
      high: 1,
      mostLikely: 1,
      valueAtLow,
      valueAtHigh: baseValue,
      attainmentAtLow: attainment(valueAtLow, target),
      attainmentAtHigh: attainment(baseValue, target),
      swing,
    });
  }
  bars.sort((a, b) => b.swing - a.swing);
  return { targetId, target, baseValue, baseAttainment: attainment(baseValue, target), bars };
}
