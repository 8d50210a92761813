import type { ActualValue } from '../../data/actuals-types';
import type { ClusterId, PlanDataset } from '../../data/plan-types';
import type { Scenario } from '../../scenario/scenario';
import { decomposeDifference, type Waterfall } from '../compare/waterfall';
import { project } from '../project';
import type { ProjectionResult, TargetResult } from '../projection-types';
import { referenceScenario } from '../reference-scenarios';
import { actualSeries, type ActualSeries } from './actual-series';
import { backFit, type BackFit } from './back-fit';
import { zoneOutputActuals } from './zone-actuals';

export { zoneOutputActuals };

/**
 * The plan evaluated against the actuals (docs/evaluation.md): each target's actual attainment and
 * end-of-period gap, how far the plan path was off in each year, the back-fit, and the difference
 * between the plan path and the actual outcome broken down by cluster and lever. Pure.
 */

/** One year of a figure: the plan path's value beside the actual. */
export interface PathYear {
  readonly year: number;
  readonly plan: number;
  readonly actual: number;
  /** actual − plan. */
  readonly difference: number;
  /** difference ÷ plan (0 when the plan is 0). */
  readonly share: number;
}

/** What became of one target. */
export interface TargetEvaluation {
  /** The target's id (cluster id, `industrialOutput`, `outputIntensity`). */
  readonly id: string;
  readonly clusterId: ClusterId | null;
  readonly target: number;
  readonly targetYear: number;
  /** The actual of the target year; null when not entered. */
  readonly actual: number | null;
  /** actual ÷ target; null without an actual. */
  readonly attainment: number | null;
  /** actual − target (negative: missed by that much); null without an actual. */
  readonly gap: number | null;
  /** reached, missed, or not known yet. */
  readonly verdict: 'reached' | 'missed' | 'unknown';
  /** Each year with an actual: the plan path beside it. */
  readonly path: readonly PathYear[];
}

/** One cluster's miss explained: the plan path's target-year output to the actual one. */
export interface ClusterExplanation {
  readonly clusterId: ClusterId;
  /** Plan path's output in the target year, 亿元. */
  readonly plan: number;
  /** The actual output in the target year, 亿元. */
  readonly actual: number;
  /** actual − plan: the sum of the parts below, exactly. */
  readonly total: number;
  /** Parts of the plan path → back-fit difference in this cluster's output (Owen values of the waterfall). */
  readonly growth: number;
  readonly investment: number;
  readonly land: number;
  /** What moves through other clusters and assumptions (links, other industry): 0 for most clusters. */
  readonly elsewhere: number;
  /** actual − fitted in the target year: what the back-fit does not reproduce. */
  readonly fitResidual: number;
}

/** The evaluation of the plan against the actuals. */
export interface Evaluation {
  readonly series: ActualSeries;
  /** The plan path (reference scenario) and its projection. */
  readonly planPath: Scenario;
  readonly planProjection: ProjectionResult;
  readonly targets: readonly TargetEvaluation[];
  /** Null when no cluster has output actuals. */
  readonly backFit: BackFit | null;
  /** The back-fitted scenario's projection. */
  readonly fittedProjection: ProjectionResult | null;
  /** Zone industrial output: plan path → back-fit, by cluster and lever (the compare view's waterfall); null without a fit. */
  readonly waterfall: Waterfall | null;
  /** Actual − back-fit of zone industrial output in the target year (the waterfall's last bar); null without the actual. */
  readonly zoneResidual: number | null;
  /** Per cluster with an actual in the target year. */
  readonly clusters: readonly ClusterExplanation[];
}

function pathOf(plan: (year: number) => number, actuals: ReadonlyMap<number, number>): PathYear[] {
  return [...actuals]
    .sort((a, b) => a[0] - b[0])
    .map(([year, actual]) => {
      const p = plan(year);
      const difference = actual - p;
      return { year, plan: p, actual, difference, share: p === 0 ? 0 : difference / p };
    });
}

function targetEvaluation(
  result: TargetResult,
  clusterId: ClusterId | null,
  actuals: ReadonlyMap<number, number>,
  plan: (year: number) => number,
): TargetEvaluation {
  const actual = actuals.get(result.year) ?? null;
  const attainment = actual === null ? null : result.target > 0 ? actual / result.target : null;
  const gap = actual === null ? null : actual - result.target;
  return {
    id: result.id,
    clusterId,
    target: result.target,
    targetYear: result.year,
    actual,
    attainment,
    gap,
    verdict: gap === null ? 'unknown' : gap >= -1e-9 ? 'reached' : 'missed',
    path: pathOf(plan, actuals),
  };
}

/** Evaluate the plan (its plan path) against the actuals. */
export function evaluatePlan(dataset: PlanDataset, values: readonly ActualValue[]): Evaluation {
  const series = actualSeries(dataset, values);
  const planPath = referenceScenario(dataset, 'planPath');
  const planProjection = project(dataset, planPath);
  const baseYear = dataset.horizon.baseYear;
  const targetYear = dataset.horizon.targetYear;
  const clusterPlan = (id: ClusterId) => (year: number) =>
    planProjection.clusters.find((c) => c.id === id)!.years[year - baseYear]!.output;
  const zoneActuals = zoneOutputActuals(dataset, series);
  const targets = planProjection.targets.map((result) => {
    if (result.subject.kind === 'cluster') {
      const id = result.subject.clusterId;
      return targetEvaluation(result, id, series.clusters[id].output, clusterPlan(id));
    }
    if (result.subject.indicatorId === 'industrialOutput') {
      return targetEvaluation(
        result,
        null,
        zoneActuals,
        (year) => planProjection.zone[year - baseYear]!.industrialOutput,
      );
    }
    return targetEvaluation(
      result,
      null,
      series.outputIntensity,
      (year) => planProjection.zone[year - baseYear]!.outputIntensity ?? 0,
    );
  });

  const anyOutput = dataset.clusters.some((c) => series.clusters[c.id].output.size > 0);
  if (!anyOutput) {
    return {
      series,
      planPath,
      planProjection,
      targets,
      backFit: null,
      fittedProjection: null,
      waterfall: null,
      zoneResidual: null,
      clusters: [],
    };
  }
  const fit = backFit(dataset, planPath, series);
  const fittedProjection = project(dataset, fit.scenario);
  const zoneOutcome = decomposeDifference(dataset, planPath, fit.scenario, 'industrialOutput');
  const waterfall = zoneOutcome.ok ? zoneOutcome.waterfall : null;
  const zoneActual = zoneActuals.get(targetYear);
  const zoneResidual =
    zoneActual === undefined
      ? null
      : zoneActual - fittedProjection.zone[targetYear - baseYear]!.industrialOutput;

  // Each cluster's own levers explain its output; what the other clusters' fitted levers move in it
  // (producer services follow industrial output) is "elsewhere". Only its own three groups are
  // decomposed: a few projections instead of every cluster's.
  const clusters: ClusterExplanation[] = [];
  for (const cluster of dataset.clusters) {
    const actual = series.clusters[cluster.id].output.get(targetYear);
    if (actual === undefined) continue;
    const own: Scenario = structuredClone(planPath);
    own.clusters[cluster.id] = { ...fit.scenario.clusters[cluster.id] };
    const outcome = decomposeDifference(dataset, planPath, own, `cluster:${cluster.id}`);
    if (!outcome.ok) continue;
    const w = outcome.waterfall;
    const parts = w.clusters.find((c) => c.clusterId === cluster.id)!;
    const fitted = fittedProjection.clusters.find((c) => c.id === cluster.id)!.years[targetYear - baseYear]!
      .output;
    clusters.push({
      clusterId: cluster.id,
      plan: w.from,
      actual,
      total: actual - w.from,
      growth: parts.growth,
      investment: parts.investment,
      land: parts.land,
      // Owen parts add up to w.to − w.from; the fitted scenario's output differs from w.to by this.
      elsewhere: fitted - w.from - parts.total,
      fitResidual: actual - fitted,
    });
  }
  return {
    series,
    planPath,
    planProjection,
    targets,
    backFit: fit,
    fittedProjection,
    waterfall,
    zoneResidual,
    clusters,
  };
}
