import type { ClusterId, PlanDataset } from '../data/plan-types';
import { LEVERS, type LeverId } from '../data/levers';
import { referenceScenario } from './reference-scenarios';
import { project } from './project';
import type { ProjectionResult } from './projection-types';
import type { Scenario } from '../scenario/scenario';
import { validateScenario } from '../scenario/schema';

/** One way a scenario departs from the reference scenario it was built from. */
export type ScenarioDifference =
  | {
      readonly kind: 'lever';
      readonly clusterId: ClusterId;
      readonly leverId: LeverId;
      /** The scenario's value, model units. */
      readonly value: number;
      /** The reference's value, model units. */
      readonly reference: number;
    }
  | { readonly kind: 'otherIndustryGrowth'; readonly value: number; readonly reference: number }
  | { readonly kind: 'link'; readonly linkId: 'producerServices' | 'agriSupply'; readonly enabled: boolean }
  | { readonly kind: 'conflict'; readonly conflictId: string; readonly reading: number }
  | { readonly kind: 'thresholds'; readonly onTrack: number; readonly atRisk: number }
  | { readonly kind: 'ranges'; readonly count: number };

/** The headline result of a scenario: its 2020 (target-year) zone output and how many targets it meets. */
export interface ScenarioHeadline {
  /** Zone industrial output in the target year, 亿元. */
  readonly industrialOutput: number;
  /** Its attainment of the zone target, fraction. */
  readonly attainment: number;
  readonly targetsOnTrack: number;
  readonly targetsTotal: number;
}

/** A plain-language summary's content: what differs from its reference, and the headline result. */
export interface ScenarioSummary {
  readonly differences: readonly ScenarioDifference[];
  /** Null when the scenario cannot be projected with this dataset (its issues are then listed). */
  readonly headline: ScenarioHeadline | null;
  /** Field paths of invalid assumptions, if any. */
  readonly invalidFields: readonly string[];
}

/** Summarize a scenario against the reference scenario it records it was built from. Pure. */
export function summarizeScenario(dataset: PlanDataset, scenario: Scenario): ScenarioSummary {
  const invalid = validateScenario(scenario, dataset);
  const plan = invalid.length === 0 ? referenceScenario(dataset, scenario.reference) : null;
  const differences: ScenarioDifference[] = [];
  if (plan !== null) {
    for (const cluster of dataset.clusters) {
      for (const lever of LEVERS) {
        const value = scenario.clusters[cluster.id][lever.id];
        const planValue = plan.clusters[cluster.id][lever.id];
        if (Math.abs(value - planValue) > 1e-12) {
          differences.push({
            kind: 'lever',
            clusterId: cluster.id,
            leverId: lever.id,
            value,
            reference: planValue,
          });
        }
      }
    }
    if (Math.abs(scenario.otherIndustryGrowth - plan.otherIndustryGrowth) > 1e-12) {
      differences.push({
        kind: 'otherIndustryGrowth',
        value: scenario.otherIndustryGrowth,
        reference: plan.otherIndustryGrowth,
      });
    }
    for (const linkId of ['producerServices', 'agriSupply'] as const) {
      const enabled = scenario.links[linkId].enabled;
      if (enabled !== plan.links[linkId].enabled) differences.push({ kind: 'link', linkId, enabled });
    }
    for (const [conflictId, reading] of Object.entries(scenario.conflictChoices)) {
      differences.push({ kind: 'conflict', conflictId, reading });
    }
    const { onTrack, atRisk } = scenario.thresholds;
    if (onTrack !== plan.thresholds.onTrack || atRisk !== plan.thresholds.atRisk) {
      differences.push({ kind: 'thresholds', onTrack, atRisk });
    }
    const ranges = scenario.uncertainty
      ? Object.values(scenario.uncertainty.clusters).reduce(
          (n, levers) => n + Object.keys(levers ?? {}).length,
          0,
        ) + (scenario.uncertainty.otherIndustryGrowth ? 1 : 0)
      : 0;
    if (ranges > 0) differences.push({ kind: 'ranges', count: ranges });
  }
  if (invalid.length > 0) {
    return { differences, headline: null, invalidFields: invalid.map((issue) => issue.path) };
  }
  return { differences, headline: headlineOf(project(dataset, scenario)), invalidFields: [] };
}

/** The headline of a projection: the zone's industrial output in the target year and the targets on track. */
export function headlineOf(result: ProjectionResult): ScenarioHeadline {
  const zone = result.targets.find((t) => t.id === 'industrialOutput');
  return {
    industrialOutput: zone?.projected ?? 0,
    attainment: zone?.attainment ?? 0,
    targetsOnTrack: result.targets.filter((t) => t.status === 'onTrack').length,
    targetsTotal: result.targets.length,
  };
}
