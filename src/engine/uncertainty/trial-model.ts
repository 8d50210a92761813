import type { ClusterId, PlanDataset } from '../../data/plan-types';
import type { Scenario, StatusThresholds } from '../../scenario/scenario';
import {
  LEVERS_PER_CLUSTER,
  allocateOutput,
  compileModel,
  leverParameter,
  otherGrowthParameter,
  parametersOf as kernelParameters,
  runKernel,
  type CompiledModel,
  type KernelOutput,
} from '../kernel';
import type { AssumptionRef } from './ranges';

export { LEVERS_PER_CLUSTER };

/**
 * A trial of the uncertainty engine is one run of the projection's kernel (src/engine/kernel.ts) —
 * the same arithmetic `project()` uses, so a trial equals `project()` of the drawn scenario by
 * construction. This module lays the figures the simulation, the tornado and goal seek read out in
 * one flat vector per trial.
 */
export interface TrialModel extends CompiledModel {
  /** Length of an output vector (see {@link TrialLayout}). */
  readonly outputLength: number;
  readonly layout: TrialLayout;
  /** Zone targets and the base intensity, 亿元 and 亿元/km². */
  readonly industrialOutputTarget: number;
  readonly intensityTarget: number;
  readonly intensityBase: number;
  readonly thresholds: StatusThresholds;
  /** The kernel's own arrays, reused by every trial of this model. */
  readonly run: KernelOutput;
}

/**
 * Where each figure of a trial lies in its output vector (all for every year index t = 0 … n−1):
 * cluster output, producing land, capacity and potential at `[block + c·n + t]`; zone figures at
 * `[block + t]` — industrial output and land as the targets measure them, output intensity 0
 * without land.
 */
export interface TrialLayout {
  readonly output: number;
  readonly land: number;
  readonly capacity: number;
  readonly potential: number;
  readonly industrialOutput: number;
  readonly otherIndustry: number;
  readonly industrialLand: number;
  readonly outputIntensity: number;
  readonly serviceRevenue: number;
}

/**
 * Compile the dataset, under the scenario's conflict readings, projects, links and thresholds, into a
 * trial model. The scenario's lever values go into the parameter vector.
 * @throws RangeError when the dataset is inconsistent (see resolveModel).
 */
export function compileTrialModel(dataset: PlanDataset, scenario: Scenario): TrialModel {
  const model = compileModel(dataset, scenario);
  const C = model.clusterCount;
  const n = model.yearCount;
  const layout: TrialLayout = {
    output: 0,
    land: C * n,
    capacity: 2 * C * n,
    potential: 3 * C * n,
    industrialOutput: 4 * C * n,
    otherIndustry: 4 * C * n + n,
    industrialLand: 4 * C * n + 2 * n,
    outputIntensity: 4 * C * n + 3 * n,
    serviceRevenue: 4 * C * n + 4 * n,
  };
  return {
    ...model,
    outputLength: 4 * C * n + 5 * n,
    layout,
    industrialOutputTarget: model.resolved.industrialOutputTarget,
    intensityTarget: model.resolved.intensityTarget,
    intensityBase: model.resolved.intensityBase,
    thresholds: { ...scenario.thresholds },
    run: allocateOutput(model),
  };
}

/** Index of an assumption in a parameter vector of the model. */
export function parameterIndex(model: TrialModel, ref: AssumptionRef): number {
  if (ref.kind === 'otherIndustryGrowth') return otherGrowthParameter(model);
  return leverParameter(clusterIndex(model, ref.clusterId), ref.leverId);
}

/** Index of a cluster in the model (dataset order). */
export function clusterIndex(model: TrialModel, clusterId: ClusterId): number {
  const c = model.resolved.clusters.findIndex((cluster) => cluster.id === clusterId);
  if (c < 0) throw new RangeError(`cluster ${clusterId} is not in the dataset`);
  return c;
}

/** Fill a parameter vector with the scenario's own (most likely) values. */
export function writeParameters(model: TrialModel, scenario: Scenario, params: Float64Array): Float64Array {
  params.set(kernelParameters(model, scenario));
  return params;
}

/** A new parameter vector holding the scenario's own values. */
export function parametersOf(model: TrialModel, scenario: Scenario): Float64Array {
  return kernelParameters(model, scenario);
}

/**
 * Project one trial: run the kernel for the assumptions in `params` and write the figures of
 * {@link TrialModel.layout} into `out`. Allocates nothing.
 * @param detail false to write only output, potential and the zone figures (the Monte Carlo path).
 */
export function projectTrial(
  model: TrialModel,
  params: Float64Array,
  out: Float64Array,
  detail = true,
): void {
  const run = model.run;
  runKernel(model, params, run);
  const L = model.layout;
  const n = model.yearCount;
  out.set(run.output, L.output);
  out.set(run.potential, L.potential);
  if (detail) {
    out.set(run.producingLand, L.land);
    out.set(run.capacity, L.capacity);
  }
  for (let t = 0; t < n; t++) {
    const land = run.targetLand[t]!;
    out[L.industrialOutput + t] = run.targetOutput[t]!;
    out[L.otherIndustry + t] = run.other[t]!;
    out[L.industrialLand + t] = land;
    out[L.outputIntensity + t] = land > 0 ? run.targetOutput[t]! / land : 0;
    out[L.serviceRevenue + t] = run.serviceRevenue[t]!;
  }
}
