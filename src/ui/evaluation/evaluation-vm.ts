import { actualFigures, type ActualValue } from '../../data/actuals-types';
import type { ClusterId, PlanDataset } from '../../data/plan-types';
import type { ClusterExplanation, Evaluation, TargetEvaluation } from '../../engine/evaluation/evaluate';
import type { MessageKey } from '../../i18n/messages/zh';
import type { ChartModel } from '../charts/chart-view';
import { withPaletteText, type ChartPalette } from '../charts/palette';

/** What the evaluation's words need: the i18n functions in use. */
export interface EvalText {
  t(key: MessageKey, params?: Record<string, string | number>): string;
  num(value: number, decimals?: number): string;
  pct(fraction: number, decimals?: number): string;
  yi(value: number, decimals?: number): string;
  text(value: { zh: string; en: string }): string;
}

/** A signed amount in 亿元, e.g. "−12.3 亿元" / "+4.0 亿元". */
export function signedYi(i18n: EvalText, value: number): string {
  const rounded = Math.abs(value) < 0.05 ? 0 : value;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${i18n.yi(Math.abs(rounded))}`;
}

/** A signed share, e.g. "−8.1%". */
export function signedPct(i18n: EvalText, fraction: number): string {
  const rounded = Math.abs(fraction) < 0.0005 ? 0 : fraction;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${i18n.pct(Math.abs(rounded))}`;
}

/** A target's name: its cluster's, or the zone figure's. */
export function targetName(dataset: PlanDataset, target: TargetEvaluation, i18n: EvalText): string {
  if (target.clusterId !== null) {
    const cluster = dataset.clusters.find((c) => c.id === target.clusterId);
    return cluster === undefined ? target.id : i18n.text(cluster.name);
  }
  return i18n.t(
    target.id === 'industrialOutput' ? 'eval.target.industrialOutput' : 'eval.target.outputIntensity',
  );
}

/** A value of a target in its unit (亿元, or 亿元/km² for the intensity). */
export function targetValue(target: TargetEvaluation, value: number, i18n: EvalText): string {
  return target.id === 'outputIntensity' ? `${i18n.num(value)} ${i18n.t('unit.yiPerKm2')}` : i18n.yi(value);
}

/** The statement of one target: reached / missed by how much, and the plan path's yearly difference. */
export function targetStatement(
  dataset: PlanDataset,
  target: TargetEvaluation,
  i18n: EvalText,
): string | null {
  const name = targetName(dataset, target, i18n);
  const value = (v: number) => targetValue(target, v, i18n);
  if (target.actual === null || target.gap === null || target.attainment === null) {
    // Mid-term: the target year is still ahead; the years entered so far against the plan path.
    if (target.path.length === 0) return null;
    const first = i18n.t('eval.statement.pending', {
      name,
      year: target.targetYear,
      target: value(target.target),
    });
    return i18n.t('eval.statement.joined', { first, path: pathText(target, i18n) });
  }
  const first =
    target.verdict === 'reached'
      ? i18n.t('eval.statement.reached', {
          name,
          year: target.targetYear,
          actual: value(target.actual),
          target: value(target.target),
          attainment: i18n.pct(target.attainment),
        })
      : i18n.t('eval.statement.missed', {
          name,
          year: target.targetYear,
          actual: value(target.actual),
          target: value(target.target),
          gap: value(-target.gap),
          share: i18n.pct(-target.gap / target.target),
        });
  if (target.path.length === 0) return first;
  return i18n.t('eval.statement.joined', { first, path: pathText(target, i18n) });
}

/** How far the plan path was off in each year with an actual. */
function pathText(target: TargetEvaluation, i18n: EvalText): string {
  const years = target.path
    .map((p) =>
      i18n.t('eval.statement.pathYear', {
        year: p.year,
        difference: target.id === 'outputIntensity' ? i18n.num(p.difference) : signedYi(i18n, p.difference),
        share: signedPct(i18n, p.share),
      }),
    )
    .join(i18n.t('eval.sentence.join'));
  return i18n.t('eval.statement.path', { years });
}

/** The planner's sentence of one cluster's miss, its largest parts first. */
export function clusterSentence(dataset: PlanDataset, c: ClusterExplanation, i18n: EvalText): string {
  const cluster = dataset.clusters.find((x) => x.id === c.clusterId)!;
  const name = i18n.text(cluster.name);
  const share = c.plan === 0 ? 0 : c.total / c.plan;
  const head = i18n.t(c.total < 0 ? 'eval.sentence.missed' : 'eval.sentence.exceeded', {
    name,
    total: i18n.yi(Math.abs(c.total)),
    share: i18n.pct(Math.abs(share)),
  });
  const parts: { value: number; key: MessageKey }[] = [
    {
      value: c.investment,
      key: c.investment < 0 ? 'eval.sentence.investmentDown' : 'eval.sentence.investmentUp',
    },
    { value: c.growth, key: c.growth < 0 ? 'eval.sentence.growthDown' : 'eval.sentence.growthUp' },
    { value: c.land, key: 'eval.sentence.land' },
    { value: c.elsewhere, key: 'eval.sentence.elsewhere' },
    { value: c.fitResidual, key: 'eval.sentence.residual' },
  ];
  const shown = parts
    .filter((p) => Math.abs(p.value) >= 0.05)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .map((p) => i18n.t(p.key, { value: signedYi(i18n, p.value) }));
  return `${head}${shown.join(i18n.t('eval.sentence.join'))}${i18n.t('eval.sentence.end')}`;
}

/** One bar of the plan-path-to-actual waterfall. */
export interface WaterfallBar {
  readonly label: string;
  /** The step (亿元); for the two ends, the level. */
  readonly value: number;
  readonly kind: 'end' | 'step';
  /** Where the bar starts and ends (亿元). */
  readonly from: number;
  readonly to: number;
}

/**
 * The zone's waterfall: plan path, each cluster's lever groups, other assumptions, links, the fit
 * residual, actual. The steps add up to actual − plan path exactly (the residual closes the fit's gap).
 */
export function waterfallBars(
  dataset: PlanDataset,
  evaluation: Evaluation,
  i18n: EvalText,
): WaterfallBar[] | null {
  const w = evaluation.waterfall;
  if (w === null || evaluation.zoneResidual === null) return null;
  const bars: WaterfallBar[] = [
    { label: i18n.t('eval.why.plan'), value: w.from, kind: 'end', from: 0, to: w.from },
  ];
  let level = w.from;
  const step = (label: string, value: number) => {
    if (Math.abs(value) < 1e-9) return;
    bars.push({ label, value, kind: 'step', from: level, to: level + value });
    level += value;
  };
  for (const c of w.clusters) {
    const cluster = dataset.clusters.find((x) => x.id === c.clusterId)!;
    const name = i18n.text(cluster.name);
    step(i18n.t('eval.why.growth', { cluster: name }), c.growth);
    step(i18n.t('eval.why.investment', { cluster: name }), c.investment);
    step(i18n.t('eval.why.land', { cluster: name }), c.land);
  }
  step(i18n.t('eval.why.other'), w.other);
  step(i18n.t('eval.why.links'), w.links);
  step(i18n.t('eval.why.residual'), evaluation.zoneResidual);
  bars.push({ label: i18n.t('eval.why.actual'), value: level, kind: 'end', from: 0, to: level });
  return bars;
}

/** One cluster's chart: the plan path and back-fit by year, the actual points, the target. */
export function clusterEvaluationChart(
  evaluation: Evaluation,
  clusterId: ClusterId,
  target: number,
  i18n: EvalText,
  palette: ChartPalette,
): ChartModel<'line'> {
  const plan = evaluation.planProjection.clusters.find((c) => c.id === clusterId)!;
  const fitted = evaluation.fittedProjection?.clusters.find((c) => c.id === clusterId) ?? null;
  const actual = evaluation.series.clusters[clusterId].output;
  const years = plan.years.map((y) => y.year);
  const base = plan.years[0]!.output;
  const colour = palette.clusters[clusterId];
  return withPaletteText(
    {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: [
          {
            label: i18n.t('eval.chart.plan'),
            data: plan.years.map((y) => y.output),
            borderColor: colour,
            backgroundColor: colour,
            borderDash: [2, 3],
            pointRadius: 0,
          },
          ...(fitted === null
            ? []
            : [
                {
                  label: i18n.t('eval.chart.fitted'),
                  data: fitted.years.map((y) => y.output),
                  borderColor: palette.mostLikely,
                  backgroundColor: palette.mostLikely,
                  borderDash: [6, 4],
                  pointRadius: 0,
                },
              ]),
          {
            label: i18n.t('eval.chart.actual'),
            data: years.map((year, t) => (t === 0 ? base : (actual.get(year) ?? null))),
            borderColor: palette.text,
            backgroundColor: palette.text,
            showLine: false,
            pointRadius: 4,
            pointStyle: 'rectRot',
            order: -1,
          },
          {
            label: i18n.t('eval.chart.target'),
            data: years.map((_, t) => (t === years.length - 1 ? target : null)),
            borderColor: palette.target,
            backgroundColor: palette.target,
            showLine: false,
            pointRadius: 6,
            pointStyle: 'line',
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 18 } } },
        scales: { y: { beginAtZero: true, title: { display: true, text: i18n.t('unit.yi') } } },
      },
    },
    palette,
  );
}

/** One source document cited by the actuals, with the figures it gives. */
export interface ActualSourceEntry {
  readonly document: string;
  /** Its date as cited ('' when not known). */
  readonly date: string;
  /** Each actual it gives (figure name and year), in the actuals' order. */
  readonly figures: readonly { readonly name: string; readonly year: number }[];
}

/** Every source the actuals of the plan's years cite (document and date), in the order they first cite them. */
export function actualSources(
  dataset: PlanDataset,
  values: readonly ActualValue[],
  i18n: EvalText,
): ActualSourceEntry[] {
  const bySource = new Map<
    string,
    { document: string; date: string; figures: { name: string; year: number }[] }
  >();
  const names = new Map(actualFigures(dataset).map((f) => [f.key, f.name]));
  const { baseYear, targetYear } = dataset.horizon;
  for (const value of values) {
    // Only the actuals the evaluation uses: the plan's projected years.
    if (value.year <= baseYear || value.year > targetYear) continue;
    const key = `${value.source.document}|${value.source.date}`;
    const entry = bySource.get(key) ?? {
      document: value.source.document,
      date: value.source.date,
      figures: [],
    };
    const found = names.get(value.key);
    const name = found === undefined ? value.key : i18n.text(found);
    if (!entry.figures.some((f) => f.name === name && f.year === value.year)) {
      entry.figures.push({ name, year: value.year });
    }
    bySource.set(key, entry);
  }
  return [...bySource.values()];
}
