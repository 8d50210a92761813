import type { PlanDataset } from '../data/plan-types';
import { resolveIndicatorAssumptions } from './indicators';
import { resolveProjects } from './key-projects';
import type { Scenario } from '../scenario/scenario';

/**
 * How scenarios differ in their whole-plan settings (key projects, indicator assumptions and
 * entered trajectories), for the library's summaries and the side-by-side comparison. Pure.
 */

/** What a scenario sets beyond the plan's defaults in the whole-plan views. */
export interface PlanSettingsSummary {
  /** Plan projects switched on. */
  readonly planProjectsOn: number;
  /** The user's own projects (on or off). */
  readonly customProjects: number;
  /** Indicator assumptions that differ from the dataset's defaults. */
  readonly assumptionsChanged: number;
  /** Indicators with at least one value entered. */
  readonly trajectoriesEntered: number;
}

/** Count what a scenario sets beyond the plan's defaults; all zero for a scenario without the fields. */
export function summarizePlanSettings(dataset: PlanDataset, scenario: Scenario): PlanSettingsSummary {
  const projects = resolveProjects(dataset, scenario);
  const mine = resolveIndicatorAssumptions(dataset, scenario);
  const plan = resolveIndicatorAssumptions(dataset, {});
  let assumptionsChanged = 0;
  if (mine !== null && plan !== null) {
    for (const [sector, value] of Object.entries(mine.highTechShareOfNew)) {
      if (value !== plan.highTechShareOfNew[sector as keyof typeof plan.highTechShareOfNew])
        assumptionsChanged++;
    }
    for (const field of [
      'valueAddedRateOfNew',
      'energyOfNew',
      'energyImprovement',
      'profitMarginOfNew',
    ] as const) {
      if (mine[field] !== plan[field]) assumptionsChanged++;
    }
  }
  return {
    planProjectsOn: projects.filter((p) => !p.custom && p.enabled).length,
    customProjects: projects.filter((p) => p.custom).length,
    assumptionsChanged,
    trajectoriesEntered: Object.values(scenario.indicators?.trajectories ?? {}).filter(
      (values) => Object.keys(values).length > 0,
    ).length,
  };
}

/** What a row of the whole-plan settings diff is about. */
export type PlanSettingSubject =
  | {
      readonly kind: 'project';
      readonly projectId: string;
      readonly field: 'enabled' | 'startYear' | 'rampUpShare' | 'annualOutput' | 'landKm2';
    }
  | { readonly kind: 'indicatorAssumption'; readonly field: string }
  | { readonly kind: 'trajectory'; readonly indicatorId: string; readonly year: number };

/** One whole-plan setting across compared scenarios. */
export interface PlanSettingRow {
  /** Stable id, e.g. `project.glassFibre.startYear`, `indicator.highTechShareOfNew.newMaterials`, `trajectory.highTechEnterprises.2020`. */
  readonly id: string;
  readonly subject: PlanSettingSubject;
  /** One value per column (1/0 for a project switched on/off; null: the column has no scenario, or no such project or entry). */
  readonly values: readonly (number | null)[];
  /** Whether two columns with values differ. */
  readonly differs: boolean;
  /** Per column: whether its value differs from the reference column's. */
  readonly differsFromReference: readonly boolean[];
}

/**
 * List the whole-plan settings in which the compared scenarios differ: each project's on/off, start
 * year, ramp-up, output and land (plan projects in dataset order, then the user projects of every
 * column), each indicator assumption, and each entered trajectory value. Only rows where some column
 * differs are returned, so scenarios that set nothing give no rows.
 * @param scenarios one entry per column; null for a column without a scenario (the plan's targets)
 * @param referenceIndex the reference column, or −1 for none
 */
export function diffPlanSettings(
  dataset: PlanDataset,
  scenarios: readonly (Scenario | null)[],
  referenceIndex: number,
): PlanSettingRow[] {
  const rows: PlanSettingRow[] = [];
  const same = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12;
  const add = (id: string, subject: PlanSettingSubject, values: (number | null)[]) => {
    // Columns with a scenario; a missing project or entry (null) differs from any value.
    const columns = values.filter((_, i) => scenarios[i] !== null);
    const differs = columns.some((v) => !same(v, columns[0]!));
    if (!differs) return;
    const reference = values[referenceIndex] ?? null;
    const hasReference = referenceIndex >= 0 && scenarios[referenceIndex] !== null;
    rows.push({
      id,
      subject,
      values,
      differs,
      differsFromReference: values.map(
        (v, i) => hasReference && i !== referenceIndex && scenarios[i] !== null && !same(v, reference),
      ),
    });
  };

  const resolved = scenarios.map((s) => (s === null ? null : resolveProjects(dataset, s)));
  const ids: string[] = [];
  for (const list of resolved) for (const p of list ?? []) if (!ids.includes(p.id)) ids.push(p.id);
  for (const projectId of ids) {
    for (const field of ['enabled', 'startYear', 'rampUpShare', 'annualOutput', 'landKm2'] as const) {
      add(
        `project.${projectId}.${field}`,
        { kind: 'project', projectId, field },
        resolved.map((list) => {
          const p = list?.find((q) => q.id === projectId);
          if (p === undefined) return null;
          return field === 'enabled' ? (p.enabled ? 1 : 0) : p[field];
        }),
      );
    }
  }

  const assumptions = scenarios.map((s) => (s === null ? null : resolveIndicatorAssumptions(dataset, s)));
  const first = assumptions.find((a) => a !== null) ?? null;
  if (first !== null) {
    for (const sector of Object.keys(first.highTechShareOfNew)) {
      add(
        `indicator.highTechShareOfNew.${sector}`,
        { kind: 'indicatorAssumption', field: `highTechShareOfNew.${sector}` },
        assumptions.map(
          (a) => a?.highTechShareOfNew[sector as keyof typeof first.highTechShareOfNew] ?? null,
        ),
      );
    }
    for (const field of [
      'valueAddedRateOfNew',
      'energyOfNew',
      'energyImprovement',
      'profitMarginOfNew',
    ] as const) {
      add(
        `indicator.${field}`,
        { kind: 'indicatorAssumption', field },
        assumptions.map((a) => a?.[field] ?? null),
      );
    }
  }

  const entries = new Map<string, { indicatorId: string; year: number }>();
  for (const s of scenarios) {
    for (const [indicatorId, values] of Object.entries(s?.indicators?.trajectories ?? {})) {
      for (const year of Object.keys(values))
        entries.set(`${indicatorId}.${year}`, { indicatorId, year: Number(year) });
    }
  }
  for (const [key, { indicatorId, year }] of entries) {
    add(
      `trajectory.${key}`,
      { kind: 'trajectory', indicatorId, year },
      scenarios.map((s) =>
        s === null ? null : (s.indicators?.trajectories?.[indicatorId]?.[String(year)] ?? null),
      ),
    );
  }
  return rows;
}
