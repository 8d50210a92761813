import type { TargetStatus } from '../../engine/projection-types';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ChartPalette } from '../charts/palette';
import type { ScenarioChart } from '../charts/scenario-charts';
import { formatDay } from '../export/scenario-meta';
import ChartSlide from '../present/ChartSlide.svelte';
import type { Presenter } from '../present/presenter.svelte';
import { defineSlide, type SlideDefinition } from '../present/slides';
import TableSlide from '../present/TableSlide.svelte';
import TitleSlide from '../present/TitleSlide.svelte';
import {
  attainmentChart,
  overlayCharts,
  signedChange,
  type ComparedColumns,
  type WaterfallView,
} from './compare-charts';
import { compareDataTable, compareSummary, comparedNames } from './compare-summary';
import { subjectName } from './compare-table-vm';

/** The breakdown to show on its slide (the one on screen), or null when there is none. */
export interface DeckWaterfall {
  readonly build: (palette: ChartPalette) => WaterfallView | null;
}

/**
 * The slides of a comparison: an overview in plain words, one slide per target with every
 * scenario's path and its value, attainment and status, the attainment of every target side by side,
 * the breakdown of why two scenarios differ (waterfall), and the assumptions that differ.
 */
export function compareSlides(
  compared: ComparedColumns,
  waterfall: DeckWaterfall,
  i18n: I18n,
  palette: ChartPalette,
): SlideDefinition[] {
  const { comparison, dataset, names } = compared;
  const year = comparison.targetYear;
  const slides: SlideDefinition[] = [
    defineSlide(
      'overview',
      i18n.t('present.slideTitle'),
      TitleSlide,
      {
        planTitle: i18n.text(dataset.title),
        name: comparedNames(compared, ' · '),
        lines: compareSummary(compared, i18n),
        subtitle: i18n.t('compare.deck.subtitle'),
      },
      { hideTitle: true },
    ),
  ];
  const overlays = overlayCharts(compared, i18n, palette);
  for (const row of comparison.outcomes.filter((r) => r.kind === 'attainment')) {
    const id = row.id.slice('attainment.'.length);
    const overlay = overlays.find((o) => o.id === (id === 'industrialOutput' ? 'zone' : id));
    const output = comparison.outcomes.find((r) => r.id === `output.${id}`);
    const name = subjectName(row.subject, dataset, i18n);
    const title = i18n.t('compare.deck.targetSlide', { name, year });
    const facts = row.cells.flatMap((cell, index) => {
      if (comparison.columns[index]?.kind !== 'projected' || cell.value === null) return [];
      const value = output?.cells[index]?.value;
      const status: TargetStatus | undefined = cell.status ?? undefined;
      return [
        {
          label: names[index] ?? '',
          value: [
            value == null
              ? null
              : output?.unit === 'yiPerKm2'
                ? `${i18n.num(value)} ${i18n.t('unit.yiPerKm2')}`
                : i18n.yi(value),
            i18n.pct(cell.value),
            status === undefined ? null : i18n.t(`status.${status}`),
          ]
            .filter((part) => part !== null)
            .join(' · '),
          ...(status === undefined ? {} : { status }),
        },
      ];
    });
    if (overlay !== undefined) {
      const chart: ScenarioChart<'line'> = {
        id: `target-${id}`,
        title,
        description: overlay.label,
        unit: i18n.t('unit.yi'),
        targetValue: overlay.target,
        model: overlay.model,
      };
      slides.push(defineSlide(`target-${id}`, title, ChartSlide, { chart, facts }));
    } else {
      // A target without a yearly path (land intensity): its figures as a table.
      slides.push(
        defineSlide(`target-${id}`, title, TableSlide, {
          model: compareDataTable(
            {
              ...compared,
              comparison: {
                ...comparison,
                outcomes: comparison.outcomes.filter((r) => r.id.endsWith(`.${id}`)),
              },
            },
            i18n,
            ['outcomes', 'targets'],
            title,
          ),
          testId: `slide-target-${id}`,
        }),
      );
    }
  }
  const attainment = attainmentChart(compared, i18n, palette);
  slides.push(
    defineSlide('attainment', attainment.title, ChartSlide, {
      chart: {
        id: 'attainment',
        title: attainment.title,
        description: attainment.label,
        unit: '%',
        targetValue: 100,
        model: attainment.model,
      },
    }),
  );
  const why = waterfall.build(palette);
  if (why !== null) {
    const title = i18n.t('compare.deck.waterfallSlide', { measure: why.measure, from: why.from, to: why.to });
    slides.push(
      defineSlide('waterfall', title, ChartSlide, {
        chart: {
          id: 'waterfall',
          title,
          description: why.label,
          unit: i18n.t('unit.yi'),
          targetValue: why.w.to,
          model: why.model,
        },
        facts: [
          { label: why.from, value: i18n.yi(why.w.from) },
          { label: why.to, value: i18n.yi(why.w.to) },
          {
            label: i18n.t('compare.deck.difference'),
            value: `${signedChange(i18n, why.w.total)} ${i18n.t('unit.yi')}`,
          },
        ],
      }),
    );
  }
  const differing = comparison.assumptions.filter((row) => row.differs).length;
  const assumptionsTitle = i18n.t('compare.deck.assumptionsSlide');
  slides.push(
    defineSlide('assumptions', assumptionsTitle, TableSlide, {
      model: compareDataTable(compared, i18n, ['assumptions'], assumptionsTitle),
      testId: 'slide-compare-assumptions',
      empty: differing === 0 ? i18n.t('compare.assumptions.none') : '',
    }),
  );
  return slides;
}

/**
 * Present a comparison full screen (slides are light: charts take the light `palette`). Call
 * `presenter.enterFullscreen()` in the click handler before this, while the gesture lasts.
 */
export function presentComparison(
  presenter: Presenter,
  compared: () => ComparedColumns | null,
  waterfall: DeckWaterfall,
  i18n: I18n,
  palette: ChartPalette,
): void {
  const date = new Date();
  presenter.open({
    label: () => {
      const current = compared();
      return i18n.t('compare.deck.label', { names: current === null ? '' : comparedNames(current, '、') });
    },
    meta: () => {
      const current = compared();
      return {
        scenario: current === null ? '' : comparedNames(current, ' · '),
        date: formatDay(i18n.locale, date),
        datasetVersion: current?.comparison.datasetVersion ?? '',
      };
    },
    slides: () => {
      const current = compared();
      return current === null ? [] : compareSlides(current, waterfall, i18n, palette);
    },
  });
}
