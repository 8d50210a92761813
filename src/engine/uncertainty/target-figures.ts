import type { TrialModel } from './trial-model';
import { clusterIndex } from './trial-model';
import type { SimulatedTargetId } from './types';

/** Every target a simulation, a tornado or a goal seek can aim at, in the order project() lists them. */
export function targetIds(model: TrialModel): SimulatedTargetId[] {
  return [...model.resolved.clusters.map((c) => c.id), 'industrialOutput', 'outputIntensity'];
}

/** Where a target's target-year figure lies in a trial's output vector. */
export function targetFigureIndex(model: TrialModel, id: SimulatedTargetId): number {
  const n = model.yearCount;
  const last = n - 1;
  if (id === 'industrialOutput') return model.layout.industrialOutput + last;
  if (id === 'outputIntensity') return model.layout.outputIntensity + last;
  return model.layout.output + clusterIndex(model, id) * n + last;
}

/** A target's target-year target (亿元, or 亿元/km² for output intensity). */
export function targetValue(model: TrialModel, id: SimulatedTargetId): number {
  if (id === 'industrialOutput') return model.industrialOutputTarget;
  if (id === 'outputIntensity') return model.intensityTarget;
  return model.target[clusterIndex(model, id)]!;
}

/** Attainment of an "at least" target, fraction: as evaluateTarget() in project.ts computes it. */
export function attainment(projected: number, target: number): number {
  return target > 0 ? projected / target : projected >= target ? 1 : 0;
}
