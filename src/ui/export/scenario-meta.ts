import { APP_VERSION } from '../../data/app-version';
import type { PlanDataset } from '../../data/plan-types';
import type { I18n } from '../../i18n/i18n.svelte';
import type { Locale } from '../../i18n/number-format';
import type { WorkbenchState } from '../../state/workbench.svelte';

/** What identifies a scenario's slides, report, images and tables: its name, the date and versions. */
export interface ScenarioMeta {
  /** The scenario's name as the user knows it (or its reference's, e.g. "规划路径", or "unsaved scenario"). */
  readonly name: string;
  /** When the slides, report or file were made. */
  readonly date: Date;
  /** The plan dataset's version, e.g. "2018-2020.2". */
  readonly datasetVersion: string;
  /** The app's version (package.json). */
  readonly appVersion: string;
}

/**
 * Name the working scenario as the scenario bar does: link preview, saved name, the reference it is
 * (unchanged, e.g. "规划路径"), or an unsaved scenario.
 */
export function workingScenarioName(
  workbench: Pick<WorkbenchState, 'preview' | 'origin' | 'dirty' | 'scenario'>,
  i18n: I18n,
): string {
  return (
    workbench.preview?.name ??
    workbench.origin?.name ??
    (workbench.dirty ? i18n.t('scenario.unsavedCopy') : i18n.t(`reference.${workbench.scenario.reference}`))
  );
}

/** Describe the working scenario for a slide footer, a report or an exported file, dated `date`. */
export function workingScenarioMeta(workbench: WorkbenchState, i18n: I18n, date = new Date()): ScenarioMeta {
  return {
    name: workingScenarioName(workbench, i18n),
    date,
    datasetVersion: workbench.dataset.version,
    appVersion: APP_VERSION,
  };
}

/** Write a calendar date in the locale's long form, e.g. "2026年11月26日" or "November 26, 2026". */
export function formatDay(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** The source line written under exported charts and tables: plan, scenario, versions and date. */
export function sourceLine(i18n: I18n, dataset: PlanDataset, meta: ScenarioMeta): string {
  return i18n.t('export.source', {
    plan: i18n.text(dataset.title),
    scenario: meta.name,
    dataset: meta.datasetVersion,
    app: meta.appVersion,
    date: formatDay(i18n.locale, meta.date),
  });
}
