import { INDICATOR_SECTOR_IDS } from '../data/indicator-defaults';
import { CLUSTER_IDS, type PlanDataset } from '../data/plan-types';
import {
  INDICATOR_ASSUMPTION_LIMITS,
  indicatorValueRange,
  trajectoryIndicatorIds,
} from '../data/indicator-catalogue';
import type { ValidationIssue } from './validation';
import { PROJECT_LIMITS, startYearRange } from '../data/scenario-limits';

/**
 * Validation of the scenario's key projects (`projects`) and indicator settings (`indicators`), both
 * optional: absent fields are fine and take the dataset's defaults. Issues have the same shape as the
 * engine's other validation issues (path, value, allowed range or words, an English message).
 */

function numberIssue(
  issues: ValidationIssue[],
  path: string,
  value: unknown,
  min: number,
  max: number,
  integer: boolean,
): void {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value));
  if (ok) return;
  issues.push({
    path,
    value: String(value),
    min,
    max,
    integer,
    message: `${path} is ${String(value)}; it must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`,
  });
}

function refuseIssue(
  issues: ValidationIssue[],
  path: string,
  value: unknown,
  expected: string,
  allowed?: readonly string[],
): void {
  const shown = typeof value === 'object' && value !== null ? '(object)' : String(value);
  issues.push({
    path,
    value: shown,
    min: Number.NaN,
    max: Number.NaN,
    integer: false,
    message: `${path} is ${shown === '(object)' ? 'an object' : shown}; it must be ${expected}.`,
    ...(allowed ? { allowed } : {}),
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Check `scenario.projects`: a list of project settings with valid, unique ids and values in range. */
function validateProjects(issues: ValidationIssue[], projects: unknown, dataset: PlanDataset): void {
  if (!Array.isArray(projects)) {
    refuseIssue(issues, 'projects', projects, 'a list of project settings');
    return;
  }
  numberIssue(issues, 'projects.length', projects.length, 0, PROJECT_LIMITS.maxProjects, true);
  const planIds = new Set((dataset.keyProjects ?? []).map((project) => project.id));
  const seen = new Set<string>();
  const years = startYearRange(dataset);
  projects.forEach((item: unknown, index) => {
    const path = `projects[${index}]`;
    if (!isObject(item)) {
      refuseIssue(issues, path, item, 'a project setting { id, enabled, startYear, … }');
      return;
    }
    const id = item.id;
    if (typeof id !== 'string' || id.trim() === '' || id.length > PROJECT_LIMITS.idMaxLength) {
      refuseIssue(issues, `${path}.id`, id, `text of 1 to ${PROJECT_LIMITS.idMaxLength} characters`);
    } else if (seen.has(id)) {
      refuseIssue(issues, `${path}.id`, id, 'an id no other project setting of the scenario has');
    } else {
      seen.add(id);
    }
    if (item.enabled !== undefined && typeof item.enabled !== 'boolean') {
      refuseIssue(issues, `${path}.enabled`, item.enabled, 'true or false', ['true', 'false']);
    }
    if (item.startYear !== undefined)
      numberIssue(issues, `${path}.startYear`, item.startYear, years.min, years.max, true);
    for (const field of ['rampUpShare', 'annualOutput', 'landKm2'] as const) {
      const limits = PROJECT_LIMITS[field];
      if (item[field] !== undefined)
        numberIssue(issues, `${path}.${field}`, item[field], limits.min, limits.max, false);
    }
    if (item.custom !== undefined) {
      const custom = item.custom;
      if (!isObject(custom)) {
        refuseIssue(issues, `${path}.custom`, custom, 'an object { name, clusterId }');
        return;
      }
      if (typeof id === 'string' && planIds.has(id)) {
        refuseIssue(issues, `${path}.id`, id, "an id that is not one of the plan's key projects");
      }
      const name = custom.name;
      if (typeof name !== 'string' || name.trim() === '' || name.length > PROJECT_LIMITS.nameMaxLength) {
        refuseIssue(
          issues,
          `${path}.custom.name`,
          name,
          `text of 1 to ${PROJECT_LIMITS.nameMaxLength} characters`,
        );
      }
      if (!(CLUSTER_IDS as readonly unknown[]).includes(custom.clusterId)) {
        refuseIssue(
          issues,
          `${path}.custom.clusterId`,
          custom.clusterId,
          `a cluster (${CLUSTER_IDS.join(', ')})`,
          CLUSTER_IDS,
        );
      }
    }
  });
}

/** Check `scenario.indicators`: trajectories of the indicators the model does not derive, and the assumptions. */
function validateIndicators(issues: ValidationIssue[], indicators: unknown, dataset: PlanDataset): void {
  if (!isObject(indicators)) {
    refuseIssue(issues, 'indicators', indicators, 'an object of indicator settings');
    return;
  }
  const trajectories = indicators.trajectories;
  if (trajectories !== undefined) {
    if (!isObject(trajectories)) {
      refuseIssue(issues, 'indicators.trajectories', trajectories, 'an object of trajectories per indicator');
    } else {
      const ids = trajectoryIndicatorIds(dataset);
      const years: string[] = [];
      for (let year = dataset.horizon.baseYear + 1; year <= dataset.horizon.targetYear; year++) {
        years.push(String(year));
      }
      for (const [indicatorId, values] of Object.entries(trajectories)) {
        const path = `indicators.trajectories.${indicatorId}`;
        const indicator = dataset.indicators.find((i) => i.id === indicatorId);
        if (indicator === undefined || !ids.includes(indicatorId)) {
          refuseIssue(issues, path, indicatorId, 'an indicator the model does not derive', ids);
          continue;
        }
        if (!isObject(values)) {
          refuseIssue(issues, path, values, 'an object of values per year');
          continue;
        }
        const range = indicatorValueRange(indicator.unit);
        for (const [year, value] of Object.entries(values)) {
          // Written as the file formats write a key that is not a name: …rndIntensity["2019"].
          const yearPath = `${path}[${JSON.stringify(year)}]`;
          if (!years.includes(year)) {
            refuseIssue(issues, yearPath, year, `a projected year (${years.join(', ')})`, years);
            continue;
          }
          numberIssue(issues, yearPath, value, range.min, range.max, false);
        }
      }
    }
  }
  const shares = indicators.highTechShareOfNew;
  if (shares !== undefined) {
    if (!isObject(shares)) {
      refuseIssue(issues, 'indicators.highTechShareOfNew', shares, 'an object of shares per sector');
    } else {
      for (const [sector, value] of Object.entries(shares)) {
        const path = `indicators.highTechShareOfNew.${sector}`;
        if (!(INDICATOR_SECTOR_IDS as readonly string[]).includes(sector)) {
          refuseIssue(
            issues,
            path,
            sector,
            `a sector (${INDICATOR_SECTOR_IDS.join(', ')})`,
            INDICATOR_SECTOR_IDS,
          );
          continue;
        }
        const limits = INDICATOR_ASSUMPTION_LIMITS.highTechShareOfNew;
        numberIssue(issues, path, value, limits.min, limits.max, false);
      }
    }
  }
  for (const field of [
    'valueAddedRateOfNew',
    'energyOfNew',
    'energyImprovement',
    'profitMarginOfNew',
  ] as const) {
    const limits = INDICATOR_ASSUMPTION_LIMITS[field];
    if (indicators[field] !== undefined) {
      numberIssue(issues, `indicators.${field}`, indicators[field], limits.min, limits.max, false);
    }
  }
}

/**
 * List the problems of a scenario's `projects` and `indicators` fields (each optional) against the
 * dataset; an empty list when both are absent or valid. Never throws.
 */
export function validatePlanSettings(
  input: { readonly projects?: unknown; readonly indicators?: unknown },
  dataset: PlanDataset,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (input.projects !== undefined) validateProjects(issues, input.projects, dataset);
  if (input.indicators !== undefined) validateIndicators(issues, input.indicators, dataset);
  return issues;
}
