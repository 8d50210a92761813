import type { PlanDataset } from '../../data/plan-types';
import { startYearRange } from '../../data/scenario-limits';
import { conflictFigures, parseScenario } from '../../scenario/schema';
import type { Issue } from '../../scenario/issues';
import type { Scenario } from '../../scenario/scenario';
import { project } from '../project';
import type { TargetStatus } from '../projection-types';
import { referenceScenarios } from '../reference-scenarios';

/**
 * Re-run a scenario on another version of its dataset (docs/scenario-format.md, "Datasets"): its own
 * assumptions are kept; what the new version no longer has (a key project, a year, a reading) is
 * dropped and said; then both projections side by side, target by target.
 */

/** What carrying a scenario over changed in it. */
export type CarryChange =
  | { readonly kind: 'projectDropped'; readonly projectId: string }
  | {
      readonly kind: 'startYearMoved';
      readonly projectId: string;
      readonly from: number;
      readonly to: number;
    }
  | { readonly kind: 'trajectoryDropped'; readonly indicatorId: string; readonly year: string }
  | { readonly kind: 'readingDropped'; readonly conflictId: string };

/** One target on both versions. */
export interface RerunTarget {
  readonly id: string;
  readonly year: number;
  readonly before: {
    readonly target: number;
    readonly projected: number;
    readonly status: TargetStatus;
  } | null;
  readonly after: {
    readonly target: number;
    readonly projected: number;
    readonly status: TargetStatus;
  } | null;
}

/** A scenario carried over to another dataset version, and what it changed. */
export type CarryOutcome =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      readonly changes: readonly CarryChange[];
      readonly targets: readonly RerunTarget[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Carry `scenario` (built on `from`) over to `to`, and project it on both. */
export function carryScenario(scenario: Scenario, from: PlanDataset, to: PlanDataset): CarryOutcome {
  const changes: CarryChange[] = [];
  const next: Scenario = structuredClone(scenario);
  next.datasetVersion = to.version;
  const planIds = new Set((to.keyProjects ?? []).map((p) => p.id));
  const years = startYearRange(to);
  if (next.projects !== undefined) {
    next.projects = next.projects.filter((p) => {
      if (p.custom !== undefined || planIds.has(p.id)) return true;
      changes.push({ kind: 'projectDropped', projectId: p.id });
      return false;
    });
    for (const p of next.projects) {
      if (p.startYear === undefined) continue;
      const moved = Math.min(years.max, Math.max(years.min, p.startYear));
      if (moved !== p.startYear) {
        changes.push({ kind: 'startYearMoved', projectId: p.id, from: p.startYear, to: moved });
        p.startYear = moved;
      }
    }
  }
  const trajectories = next.indicators?.trajectories;
  if (trajectories !== undefined) {
    const known = new Set(to.indicators.map((i) => i.id));
    for (const [indicatorId, values] of Object.entries(trajectories)) {
      for (const year of Object.keys(values)) {
        const y = Number(year);
        if (!known.has(indicatorId) || y <= to.horizon.baseYear || y > to.horizon.targetYear) {
          changes.push({ kind: 'trajectoryDropped', indicatorId, year });
          delete values[year];
        }
      }
      if (Object.keys(values).length === 0) delete trajectories[indicatorId];
    }
  }
  const conflicts = new Set(conflictFigures(to).map((f) => f.conflictId));
  for (const conflictId of Object.keys(next.conflictChoices)) {
    if (!conflicts.has(conflictId)) {
      changes.push({ kind: 'readingDropped', conflictId });
      delete next.conflictChoices[conflictId];
    }
  }
  const checked = parseScenario(next, to);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  const before = project(from, scenario).targets;
  const after = project(to, checked.value).targets;
  const ids = [...new Set([...before.map((t) => t.id), ...after.map((t) => t.id)])];
  const pick = (t: (typeof before)[number] | undefined) =>
    t === undefined ? null : { target: t.target, projected: t.projected, status: t.status };
  const targets = ids.map((id) => {
    const b = before.find((t) => t.id === id);
    const a = after.find((t) => t.id === id);
    return { id, year: (a ?? b)!.year, before: pick(b), after: pick(a) };
  });
  return { ok: true, scenario: checked.value, changes, targets };
}

/** What keeps the engine from projecting a dataset, in words; null when its references project. */
export function datasetEngineProblem(dataset: PlanDataset): string | null {
  try {
    for (const { scenario } of referenceScenarios(dataset)) {
      const checked = parseScenario(scenario, dataset);
      if (!checked.ok) return checked.issues[0]!.message;
      project(dataset, checked.value);
    }
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
