import type { ScenarioSummary } from '../../engine/scenario-summary';
import type { Scenario } from '../../scenario/scenario';
import type { TargetResult } from '../../engine/projection-types';
import type { I18n } from '../../i18n/i18n.svelte';
import type { WorkbenchState } from '../../state/workbench.svelte';
import { summarizeScenarioInWorker } from '../../worker-client/summarize-scenario';
import { versusReferenceTableModel } from '../references/versus-reference-model';
import { clusterCharts, zoneChart } from '../charts/scenario-charts';
import { formatDay, workingScenarioName } from '../export/scenario-meta';
import { assumptionRows, assumptionTableModel } from '../levers/assumption-rows';
import { targetNarrative } from '../targets/target-narrative';
import { gapText, targetRows } from '../targets/target-rows';
import { targetTableModel } from '../targets/target-table-model';
import type { ChartPalette } from '../charts/palette';
import ChartSlide from './ChartSlide.svelte';
import type { Presenter } from './presenter.svelte';
import { defineSlide, type SlideDefinition } from './slides';
import TableSlide from './TableSlide.svelte';
import TitleSlide from './TitleSlide.svelte';

/** Assumption rows per slide: more would need type too small for a projector. */
export const ASSUMPTIONS_PER_SLIDE = 8;

/** The key figures shown under a target's chart: projection, target, gap, attainment with status. */
function targetFacts(i18n: I18n, target: TargetResult) {
  return [
    { label: i18n.t('targets.projected'), value: i18n.yi(target.projected) },
    { label: i18n.t('targets.target'), value: i18n.yi(target.target, 0) },
    { label: i18n.t('targets.gap'), value: gapText(i18n, target.gap) },
    {
      label: i18n.t('targets.attainment'),
      value: `${i18n.pct(target.attainment)} · ${i18n.t(`status.${target.status}`)}`,
      status: target.status,
    },
  ];
}

/**
 * The slides of one scenario: overview in plain words, the zone chart, the target table, one chart
 * per cluster, then the assumptions that differ from the reference the scenario was built from,
 * named (several slides if there are many).
 * @param summary the scenario's differences from its reference; null leaves the assumption slides out.
 */
export function scenarioSlides(
  workbench: WorkbenchState,
  i18n: I18n,
  summary: ScenarioSummary | null,
  palette: ChartPalette,
): SlideDefinition[] {
  const dataset = workbench.dataset;
  const planTitle = i18n.text(dataset.title);
  const name = workingScenarioName(workbench, i18n);
  const result = workbench.result;
  const overview = i18n.t('present.slideTitle');
  const reference = i18n.t(`reference.${workbench.scenario.reference}`);
  if (result === null) {
    return [
      defineSlide(
        'overview',
        overview,
        TitleSlide,
        { planTitle, name, lines: [i18n.t('present.noResult')] },
        { hideTitle: true },
      ),
    ];
  }
  const rows = targetRows(result, dataset, i18n);
  const differences = summary?.differences ?? null;
  const slides: SlideDefinition[] = [
    defineSlide(
      'overview',
      overview,
      TitleSlide,
      {
        planTitle,
        name,
        lines: targetNarrative(
          rows,
          dataset,
          i18n,
          differences === null ? null : { count: differences.length, reference },
        ),
      },
      { hideTitle: true },
    ),
  ];
  const zone = zoneChart(result, dataset, i18n, palette);
  const zoneTarget = result.targets.find((t) => t.id === 'industrialOutput');
  if (zone !== null && zoneTarget !== undefined) {
    slides.push(
      defineSlide('zone', zone.title, ChartSlide, { chart: zone, facts: targetFacts(i18n, zoneTarget) }),
    );
  }
  slides.push(
    defineSlide('targets', i18n.t('present.slideTargets', { year: dataset.horizon.targetYear }), TableSlide, {
      model: targetTableModel(rows, i18n),
      testId: 'slide-target-table',
    }),
  );
  const against = workbench.references.of(workbench.scenario.reference);
  if (against !== null) {
    slides.push(
      defineSlide('versus-reference', i18n.t('reference.versus.slide'), TableSlide, {
        model: versusReferenceTableModel(rows, against.targets, reference, dataset.horizon.targetYear, i18n),
        testId: 'slide-versus-reference',
      }),
    );
  }
  for (const chart of clusterCharts(result, dataset, i18n, palette)) {
    slides.push(
      defineSlide(`cluster-${chart.id}`, chart.title, ChartSlide, {
        chart,
        facts: targetFacts(i18n, chart.target),
      }),
    );
  }
  if (differences !== null) {
    const assumptions = assumptionRows(differences, dataset, i18n);
    const parts = Math.max(1, Math.ceil(assumptions.length / ASSUMPTIONS_PER_SLIDE));
    for (let part = 0; part < parts; part++) {
      const title =
        parts === 1
          ? i18n.t('present.slideAssumptions', { reference })
          : i18n.t('present.slideAssumptionsPart', { part: part + 1, parts, reference });
      slides.push(
        defineSlide(`assumptions-${part + 1}`, title, TableSlide, {
          model: assumptionTableModel(
            assumptions.slice(part * ASSUMPTIONS_PER_SLIDE, (part + 1) * ASSUMPTIONS_PER_SLIDE),
            i18n,
            title,
          ),
          testId: 'slide-assumptions',
          empty: i18n.t('assumptions.none', { reference }),
        }),
      );
    }
  }
  return slides;
}

/**
 * Present the working scenario: summarize it against its reference (in a worker), then open the deck
 * (slides are light, whatever the screen's scheme: charts take the light `palette`).
 * Call `presenter.enterFullscreen()` in the click handler before this, while the gesture lasts.
 */
export async function presentWorkingScenario(
  presenter: Presenter,
  workbench: WorkbenchState,
  i18n: I18n,
  palette: ChartPalette,
): Promise<void> {
  const snapshot = workbench.scenario;
  const [summary] = await Promise.all([
    summarizeScenarioInWorker(snapshot).catch(() => null),
    // The slide against the reference needs its results; without them the deck goes on without it.
    workbench.references.load(),
  ]);
  const date = new Date();
  presenter.open({
    label: () => i18n.t('present.deckLabel', { name: workingScenarioName(workbench, i18n) }),
    meta: () => ({
      scenario: workingScenarioName(workbench, i18n),
      date: formatDay(i18n.locale, date),
      datasetVersion: workbench.dataset.version,
    }),
    slides: () => scenarioSlides(workbench, i18n, summary, palette),
  });
}
