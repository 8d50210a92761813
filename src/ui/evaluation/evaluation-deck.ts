import type { ActualValue } from '../../data/actuals-types';
import type { PlanDataset } from '../../data/plan-types';
import { zoneOutputActuals, type Evaluation, type TargetEvaluation } from '../../engine/evaluation/evaluate';
import { FIT_LEVERS } from '../../engine/evaluation/back-fit';
import type { TargetStatus } from '../../engine/projection-types';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ActualsState } from '../../state/actuals.svelte';
import type { ChartModel } from '../charts/chart-view';
import type { ChartPalette } from '../charts/palette';
import { zoneChart, type ScenarioChart } from '../charts/scenario-charts';
import { waterfallChartModel, type WaterfallStep } from '../compare/waterfall-chart-vm';
import { formatDay } from '../export/scenario-meta';
import ChartSlide from '../present/ChartSlide.svelte';
import type { Presenter } from '../present/presenter.svelte';
import { defineSlide, type SlideDefinition } from '../present/slides';
import TableSlide from '../present/TableSlide.svelte';
import TitleSlide from '../present/TitleSlide.svelte';
import type { DataCell, DataColumn, DataRow, DataTableModel } from '../tables/data-table-model';
import {
  actualSources,
  clusterEvaluationChart,
  clusterSentence,
  signedYi,
  targetName,
  targetValue,
  type ActualSourceEntry,
} from './evaluation-vm';
import ExplainedSlide from './ExplainedSlide.svelte';

/** Source documents per slide: more would need type too small for a projector. */
export const SOURCES_PER_SLIDE = 6;

/** What the evaluation deck is built from. */
export interface EvaluationDeckInput {
  readonly dataset: PlanDataset;
  readonly evaluation: Evaluation;
  /** The actuals evaluated (for their sources and the last year). */
  readonly values: readonly ActualValue[];
  /** The presentation's date. */
  readonly date: Date;
}

/** A verdict drawn as a status (icon and words): reached as on track, missed as off track. */
const VERDICT_STATUS: Record<TargetEvaluation['verdict'], TargetStatus | null> = {
  reached: 'onTrack',
  missed: 'offTrack',
  unknown: null,
};

function column(id: string, header: string, numeric: boolean): DataColumn {
  return { id, header, fileHeader: header, numeric };
}

function plainHeading(name: string): DataRow['heading'] {
  return { name, unitText: null, unit: null, notes: [], fileName: name };
}

/** A line chart whose value axis reaches a little above its highest point (the target's mark is not cut). */
function withHeadroom(model: ChartModel<'line'>): ChartModel<'line'> {
  // Chart.js's option types are generic per scale id: copy them as plain records.
  const options = model.options as Record<string, any>;
  const scales = (options.scales ?? {}) as Record<string, Record<string, unknown>>;
  return {
    ...model,
    options: {
      ...options,
      scales: { ...scales, y: { ...scales.y, grace: '6%' } },
    } as ChartModel<'line'>['options'],
  };
}

/**
 * A bar's label in lines of about `width` characters, broken between words ("Intelligent
 * manufacturing" on two lines), so that neighbouring labels on the axis never run into each other.
 * Labels without spaces (Chinese) stay whole.
 */
export function wrapLabel(label: string, width = 14): string | string[] {
  const words = label.split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= 1 ? label : lines;
}

/** A bar chart with its category labels wrapped (Chart.js draws an array label as lines). */
function wrappedLabels(model: ChartModel<'bar'>): ChartModel<'bar'> {
  const labels = (model.data.labels ?? []).map((label) =>
    typeof label === 'string' ? wrapLabel(label) : label,
  );
  return { ...model, data: { ...model.data, labels } };
}

/** A change with its sign and one decimal, no unit, e.g. "+4.0" / "−12.3" (as the compare deck's bars). */
export function signedChange(i18n: I18n, value: number): string {
  const text = i18n.num(value, 1);
  return Number(value.toFixed(1)) > 0 ? `+${text}` : text.replace(/^-/, '−');
}

/** The end-of-period gap as the evaluation view writes it. */
function gapText(target: TargetEvaluation, i18n: I18n): string {
  if (target.gap === null) return '—';
  return target.id === 'outputIntensity' ? i18n.num(target.gap) : signedYi(i18n, target.gap);
}

/** The attainment table: each target's value, the actual, 完成率, the gap and the verdict. */
export function attainmentTableModel(
  dataset: PlanDataset,
  evaluation: Evaluation,
  i18n: I18n,
): DataTableModel {
  const year = dataset.horizon.targetYear;
  return {
    title: i18n.t('eval.targets.heading', { year }),
    caption: null,
    rowHeader: i18n.t('eval.targets.target'),
    unitHeader: null,
    columns: [
      column('target', i18n.t('eval.targets.targetValue'), true),
      column('actual', i18n.t('eval.targets.actual'), true),
      column('attainment', i18n.t('eval.targets.attainment'), true),
      column('gap', i18n.t('eval.targets.gap'), true),
      column('verdict', i18n.t('eval.targets.verdict'), false),
    ],
    rows: evaluation.targets.map((target): DataRow => {
      const status = VERDICT_STATUS[target.verdict];
      const verdict: DataCell = { text: i18n.t(`eval.verdict.${target.verdict}`) };
      return {
        id: target.id,
        heading: plainHeading(targetName(dataset, target, i18n)),
        attrs: { 'data-target-id': target.id, 'data-verdict': target.verdict },
        cells: {
          target: { text: targetValue(target, target.target, i18n) },
          actual: {
            text: target.actual === null ? '—' : targetValue(target, target.actual, i18n),
            strong: true,
          },
          attainment: {
            text: target.attainment === null ? '—' : i18n.pct(target.attainment),
            attrs: { 'data-attainment': String(target.attainment ?? '') },
          },
          gap: { text: gapText(target, i18n), attrs: { 'data-gap': String(target.gap ?? '') } },
          verdict: status === null ? verdict : { ...verdict, status },
        },
      };
    }),
  };
}

/**
 * The zone's waterfall by cluster: plan path, each cluster's part (its three lever groups), other
 * assumptions, links, the fit's residual, actual. The parts add up to actual − plan path exactly.
 */
export function zoneWaterfallSteps(
  dataset: PlanDataset,
  evaluation: Evaluation,
  i18n: I18n,
): WaterfallStep[] | null {
  const w = evaluation.waterfall;
  const residual = evaluation.zoneResidual;
  if (w === null || residual === null) return null;
  const parts = [
    ...w.clusters.map((c) => {
      const cluster = dataset.clusters.find((x) => x.id === c.clusterId);
      return { label: cluster === undefined ? c.clusterId : i18n.text(cluster.name), value: c.total };
    }),
    { label: i18n.t('eval.why.other'), value: w.other },
    { label: i18n.t('eval.why.links'), value: w.links },
    { label: i18n.t('eval.why.residual'), value: residual },
  ].filter((part) => part.value !== 0);
  const steps: WaterfallStep[] = [
    { label: i18n.t('eval.why.plan'), value: w.from, start: 0, end: w.from, kind: 'total' },
  ];
  let level = w.from;
  for (const part of parts) {
    const end = level + part.value;
    steps.push({ ...part, start: level, end, kind: part.value < 0 ? 'down' : 'up' });
    level = end;
  }
  steps.push({ label: i18n.t('eval.why.actual'), value: level, start: 0, end: level, kind: 'total' });
  return steps;
}

/** One missed cluster's parts: plan path, growth, investment, land, elsewhere, fit residual, actual. */
export function clusterPartsModel(
  dataset: PlanDataset,
  explanation: Evaluation['clusters'][number],
  i18n: I18n,
): DataTableModel {
  const cluster = dataset.clusters.find((c) => c.id === explanation.clusterId);
  const parts: { id: string; label: string; value: number; end: boolean }[] = [
    { id: 'plan', label: i18n.t('eval.why.plan'), value: explanation.plan, end: true },
    { id: 'growth', label: i18n.t('eval.deck.part.growth'), value: explanation.growth, end: false },
    {
      id: 'investment',
      label: i18n.t('eval.deck.part.investment'),
      value: explanation.investment,
      end: false,
    },
    { id: 'land', label: i18n.t('eval.deck.part.land'), value: explanation.land, end: false },
    { id: 'elsewhere', label: i18n.t('eval.deck.part.elsewhere'), value: explanation.elsewhere, end: false },
    { id: 'residual', label: i18n.t('eval.why.residual'), value: explanation.fitResidual, end: false },
    { id: 'actual', label: i18n.t('eval.why.actual'), value: explanation.actual, end: true },
  ];
  return {
    title: cluster === undefined ? explanation.clusterId : i18n.text(cluster.name),
    caption: null,
    rowHeader: i18n.t('eval.deck.part'),
    unitHeader: null,
    columns: [column('value', i18n.t('unit.yi'), true)],
    rows: parts.map((part) => ({
      id: part.id,
      heading: plainHeading(part.label),
      attrs: { 'data-part': part.id },
      cells: {
        value: {
          text: part.end ? i18n.num(part.value) : signedChange(i18n, part.value),
          value: part.value,
          strong: part.end,
          attrs: { 'data-value': String(part.value) },
        },
      },
    })),
  };
}

/** The back-fit: each cluster's levers, plan path → fitted, and the error of the fit. */
export function fitTableModel(
  dataset: PlanDataset,
  evaluation: Evaluation,
  i18n: I18n,
): DataTableModel | null {
  const fit = evaluation.backFit;
  if (fit === null) return null;
  const levers = FIT_LEVERS.filter((id) => id !== 'landPace');
  const lever = (id: string, value: number) => (id === 'growthRate' ? i18n.pct(value) : i18n.num(value, 2));
  return {
    title: i18n.t('eval.fit.heading'),
    caption: null,
    rowHeader: i18n.t('eval.fit.cluster'),
    unitHeader: null,
    columns: [
      ...levers.map((id) => column(id, i18n.t(`lever.${id}`), true)),
      column('error', i18n.t('eval.fit.error'), true),
    ],
    rows: fit.clusters.map((c): DataRow => {
      const cluster = dataset.clusters.find((x) => x.id === c.clusterId);
      const cells: Record<string, DataCell> = {};
      for (const id of levers) {
        const found = c.levers.find((l) => l.leverId === id);
        cells[id] = {
          text:
            found === undefined
              ? '—'
              : i18n.t('eval.deck.fitValue', {
                  plan: lever(id, found.plan),
                  fitted: lever(id, found.fitted),
                }),
        };
      }
      cells['error'] = {
        text: c.fitted
          ? i18n.t('eval.fit.errorValue', { rmse: i18n.yi(c.rmse, 2), max: i18n.yi(c.maxError, 2) })
          : i18n.t('eval.fit.noData'),
        attrs: { 'data-max-error': String(c.maxError) },
      };
      return {
        id: c.clusterId,
        heading: plainHeading(cluster === undefined ? c.clusterId : i18n.text(cluster.name)),
        attrs: { 'data-cluster': c.clusterId },
        cells,
      };
    }),
  };
}

/** The fit's error in words: what the fit is, and its largest error relative to the actual. */
export function fitStatement(dataset: PlanDataset, evaluation: Evaluation, i18n: I18n): string[] {
  const fit = evaluation.backFit;
  if (fit === null) return [];
  const lines = [i18n.t('eval.fit.help')];
  let worst: { name: string; max: number; share: number } | null = null;
  for (const c of fit.clusters) {
    if (!c.fitted) continue;
    const last = c.years[c.years.length - 1];
    if (last === undefined) continue;
    const share = last.actual === 0 ? 0 : c.maxError / last.actual;
    if (worst === null || share > worst.share) {
      const cluster = dataset.clusters.find((x) => x.id === c.clusterId);
      worst = { name: cluster === undefined ? c.clusterId : i18n.text(cluster.name), max: c.maxError, share };
    }
  }
  if (worst !== null) {
    lines.push(
      i18n.t('eval.deck.fitWorst', {
        name: worst.name,
        max: i18n.yi(worst.max, 2),
        share: i18n.pct(worst.share),
      }),
    );
  }
  if (fit.clusters.some((c) => c.atBound)) lines.push(i18n.t('eval.fit.atBound'));
  return lines;
}

/** A source's figures grouped by year: "2020 年：新材料工业总产值，…；2021 年：…". */
export function figuresByYear(source: ActualSourceEntry, i18n: I18n): string {
  const years = [...new Set(source.figures.map((f) => f.year))].sort((a, b) => a - b);
  return years
    .map((year) =>
      i18n.t('eval.deck.source.year', {
        year,
        names: source.figures
          .filter((f) => f.year === year)
          .map((f) => f.name)
          .join(i18n.t('eval.sentence.join')),
      }),
    )
    .join(i18n.t('eval.deck.source.yearJoin'));
}

/** The sources table: each document with its date, how many actuals it gives and which. */
export function sourcesTableModel(
  sources: readonly ActualSourceEntry[],
  i18n: I18n,
  title: string,
): DataTableModel {
  return {
    title,
    caption: null,
    rowHeader: i18n.t('eval.table.source'),
    unitHeader: null,
    columns: [
      // Numeric: tabular digits, never split over two lines.
      column('date', i18n.t('eval.table.date'), true),
      column('count', i18n.t('eval.deck.source.count'), true),
      column('figures', i18n.t('eval.deck.source.figures'), false),
    ],
    rows: sources.map((source, index) => ({
      id: String(index),
      heading: plainHeading(source.document),
      attrs: { 'data-document': source.document },
      cells: {
        date: { text: source.date === '' ? '—' : source.date },
        count: { text: String(source.figures.length), value: source.figures.length },
        figures: { text: figuresByYear(source, i18n) },
      },
    })),
  };
}

/** The latest year with any actual; null without actuals. */
export function lastActualYear(values: readonly ActualValue[]): number | null {
  return values.length === 0 ? null : Math.max(...values.map((v) => v.year));
}

/**
 * The slides of the evaluation: title (plan, period, last actual year, date), target attainment,
 * the zone chart (plan path and actual points), the zone's waterfall, one slide per cluster that
 * missed its target (chart with actual points, its sentence, the waterfall's parts), the back-fit
 * with its error, and the source of every actual (several slides when there are many).
 */
export function evaluationSlides(
  input: EvaluationDeckInput,
  i18n: I18n,
  palette: ChartPalette,
): SlideDefinition[] {
  const { dataset, evaluation, values, date } = input;
  const { baseYear, targetYear } = dataset.horizon;
  const sources = actualSources(dataset, values, i18n);
  const count = (verdict: TargetEvaluation['verdict']) =>
    evaluation.targets.filter((t) => t.verdict === verdict).length;
  const last = lastActualYear(values);
  const slides: SlideDefinition[] = [
    defineSlide(
      'overview',
      i18n.t('present.slideTitle'),
      TitleSlide,
      {
        planTitle: i18n.text(dataset.title),
        name: i18n.t('eval.report.title', { from: baseYear + 1, to: targetYear }),
        subtitle: i18n.t('eval.report.kicker'),
        lines: [
          i18n.t('eval.deck.period', { from: baseYear + 1, to: targetYear, base: baseYear }),
          ...(last === null ? [] : [i18n.t('eval.deck.lastYear', { year: last })]),
          i18n.t('eval.deck.verdicts', {
            year: targetYear,
            reached: count('reached'),
            missed: count('missed'),
            unknown: count('unknown'),
          }),
          i18n.t('eval.deck.count', { count: values.length, sources: sources.length }),
          i18n.t('eval.deck.date', { date: formatDay(i18n.locale, date) }),
        ],
      },
      { hideTitle: true },
    ),
    defineSlide('targets', i18n.t('eval.targets.heading', { year: targetYear }), TableSlide, {
      model: attainmentTableModel(dataset, evaluation, i18n),
      testId: 'slide-evaluation-targets',
    }),
  ];

  const zone = zoneChart(
    evaluation.planProjection,
    dataset,
    i18n,
    palette,
    zoneOutputActuals(dataset, evaluation.series),
  );
  const zoneTarget = evaluation.targets.find((t) => t.id === 'industrialOutput');
  if (zone !== null && zoneTarget !== undefined) {
    const title = i18n.t('eval.deck.zoneSlide');
    const status = VERDICT_STATUS[zoneTarget.verdict];
    slides.push(
      defineSlide('zone', title, ChartSlide, {
        chart: { ...zone, title },
        facts: [
          {
            label: i18n.t('eval.targets.targetValue'),
            value: targetValue(zoneTarget, zoneTarget.target, i18n),
          },
          {
            label: i18n.t('eval.targets.actual'),
            value: zoneTarget.actual === null ? '—' : targetValue(zoneTarget, zoneTarget.actual, i18n),
          },
          { label: i18n.t('eval.targets.gap'), value: gapText(zoneTarget, i18n) },
          {
            label: i18n.t('eval.targets.attainment'),
            value: `${zoneTarget.attainment === null ? '—' : i18n.pct(zoneTarget.attainment)} · ${i18n.t(
              `eval.verdict.${zoneTarget.verdict}`,
            )}`,
            ...(status === null ? {} : { status }),
          },
        ],
      }),
    );
  }

  const steps = zoneWaterfallSteps(dataset, evaluation, i18n);
  if (steps !== null) {
    const title = i18n.t('eval.why.heading', { year: targetYear });
    const first = steps[0]!;
    const end = steps[steps.length - 1]!;
    const chart: ScenarioChart<'bar'> = {
      id: 'waterfall',
      title,
      description: `${title}: ${steps
        .map((s) => `${s.label} ${s.kind === 'total' ? i18n.num(s.value) : signedChange(i18n, s.value)}`)
        .join(i18n.t('eval.sentence.join'))}`,
      unit: i18n.t('unit.yi'),
      targetValue: end.value,
      model: wrappedLabels(
        waterfallChartModel(
          steps,
          {
            yAxis: i18n.t('chart.yAxisYi'),
            formatChange: (v) => signedChange(i18n, v),
            formatTotal: (v) => i18n.num(v),
          },
          palette,
        ),
      ),
    };
    slides.push(
      defineSlide('waterfall', title, ChartSlide, {
        chart,
        facts: [
          { label: i18n.t('eval.why.plan'), value: i18n.yi(first.value) },
          { label: i18n.t('eval.why.actual'), value: i18n.yi(end.value) },
          { label: i18n.t('eval.deck.difference'), value: signedYi(i18n, end.value - first.value) },
        ],
      }),
    );
  }

  for (const target of evaluation.targets) {
    if (target.verdict !== 'missed' || target.clusterId === null) continue;
    const explanation = evaluation.clusters.find((c) => c.clusterId === target.clusterId);
    if (explanation === undefined) continue;
    const name = targetName(dataset, target, i18n);
    const title = i18n.t('eval.deck.clusterSlide', { name, year: targetYear });
    const chart: ScenarioChart<'line'> = {
      id: `cluster-${target.clusterId}`,
      title,
      description: `${name}: ${i18n.t('eval.chart.heading')}`,
      unit: i18n.t('unit.yi'),
      targetValue: target.target,
      model: withHeadroom(clusterEvaluationChart(evaluation, target.clusterId, target.target, i18n, palette)),
    };
    slides.push(
      defineSlide(`cluster-${target.clusterId}`, title, ExplainedSlide, {
        lines: [clusterSentence(dataset, explanation, i18n)],
        chart,
        model: clusterPartsModel(dataset, explanation, i18n),
        testId: 'slide-evaluation-cluster',
      }),
    );
  }

  const fitModel = fitTableModel(dataset, evaluation, i18n);
  if (fitModel !== null) {
    slides.push(
      defineSlide('fit', i18n.t('eval.fit.heading'), ExplainedSlide, {
        lines: fitStatement(dataset, evaluation, i18n),
        model: fitModel,
        testId: 'slide-evaluation-fit',
      }),
    );
  }

  const parts = Math.max(1, Math.ceil(sources.length / SOURCES_PER_SLIDE));
  for (let part = 0; part < parts; part++) {
    const title =
      parts === 1
        ? i18n.t('eval.report.sources')
        : i18n.t('eval.deck.sourcesPart', { part: part + 1, parts });
    slides.push(
      defineSlide(`sources-${part + 1}`, title, TableSlide, {
        model: sourcesTableModel(
          sources.slice(part * SOURCES_PER_SLIDE, (part + 1) * SOURCES_PER_SLIDE),
          i18n,
          title,
        ),
        testId: 'slide-evaluation-sources',
      }),
    );
  }
  return slides;
}

/**
 * Present the evaluation full screen (slides are light: charts take the light `palette`). The
 * slides follow the actuals while the deck is open; while they are re-evaluated the last slides stay.
 * Call `presenter.enterFullscreen()` in the click handler before this, while the gesture lasts.
 */
export function presentEvaluation(
  presenter: Presenter,
  actuals: ActualsState,
  i18n: I18n,
  palette: ChartPalette,
): void {
  const date = new Date();
  const { baseYear, targetYear } = actuals.plan.horizon;
  let shown: SlideDefinition[] = [];
  presenter.open({
    label: () => i18n.t('eval.deck.label', { from: baseYear + 1, to: targetYear }),
    meta: () => ({
      scenario: i18n.t('eval.deck.footer', { year: lastActualYear(actuals.values) ?? targetYear }),
      date: formatDay(i18n.locale, date),
      datasetVersion: actuals.plan.version,
    }),
    slides: () => {
      const evaluation = actuals.current;
      if (evaluation !== null) {
        shown = evaluationSlides(
          { dataset: actuals.plan, evaluation, values: actuals.values, date },
          i18n,
          palette,
        );
      }
      return shown;
    },
  });
}
