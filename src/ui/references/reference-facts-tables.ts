import type { PlanDataset } from '../../data/plan-types';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ReferenceOverview } from '../../state/reference-results.svelte';
import type { DataColumn, DataRow, DataTableModel } from '../tables/data-table-model';
import { dataColumn, targetHeading } from '../targets/target-table-model';
import { fromPlanText } from '../plan/plan-text';
import { cagrText } from '../targets/target-rows';

/** A column whose unit is shown on screen too (in brackets after its name, as in its files). */
function withUnit(i18n: I18n, id: string, header: string, unit: string, decimals: number): DataColumn {
  const column = dataColumn(i18n, id, header, { unit, decimals });
  return { ...column, header: column.fileHeader };
}

/** The heading of a cluster's row: its name (no unit: the columns carry theirs). */
function clusterHeading(name: string) {
  return { name, unitText: null, unit: null, notes: [], fileName: name };
}

/**
 * What the plan path says each cluster's target takes, as the workbench shows it and its files hold
 * it: the overall growth needed (%), investment a year (亿元/年), the target-year intensity
 * (亿元/km²), producing land (km²) and land readied a year (km²/年), each to its shown decimals; a
 * last row adds up the four industrial clusters' investment. Null for any other reference.
 */
export function planPathTableModel(
  overview: ReferenceOverview,
  dataset: PlanDataset,
  i18n: I18n,
): DataTableModel | null {
  const facts = overview.facts.planPath;
  if (facts === null) return null;
  const year = dataset.horizon.targetYear;
  const number = (value: number, decimals: number) => ({ text: i18n.num(value, decimals), value });
  const rows: DataRow[] = facts.clusters.map((row) => {
    const cluster = dataset.clusters.find((c) => c.id === row.clusterId)!;
    return {
      id: row.clusterId,
      attrs: { 'data-cluster-id': row.clusterId },
      heading: clusterHeading(i18n.text(cluster.name)),
      cells: {
        cagr: { text: cagrText(i18n, row.cagr), value: row.cagr === null ? null : row.cagr * 100 },
        investment: { ...number(row.investmentPerYear, 1), strong: true },
        intensity: number(row.intensity, 1),
        land: number(row.landNeeded, 2),
        pace: number(row.landPace, 2),
      },
    };
  });
  rows.push({
    id: 'industrialTotal',
    attrs: { 'data-cluster-id': 'industrialTotal' },
    heading: clusterHeading(i18n.t('reference.industrialTotal')),
    cells: {
      investment: {
        ...number(facts.industrialInvestmentPerYear, 1),
        strong: true,
        attrs: {
          'data-ratio-2017': String(facts.industrialInvestmentPerYear / facts.industrialInvestment2017),
        },
      },
    },
  });
  return {
    title: i18n.t('reference.facts.planPath.title', { year }),
    caption: i18n.t('reference.facts.planPath.caption', { year }),
    rowHeader: i18n.t('reference.col.cluster'),
    unitHeader: null,
    columns: [
      withUnit(i18n, 'cagr', i18n.t('reference.col.cagr'), i18n.t('unit.percent'), 1),
      withUnit(i18n, 'investment', i18n.t('reference.col.investment'), i18n.t('unit.yiPerYear'), 1),
      withUnit(i18n, 'intensity', i18n.t('reference.col.intensity', { year }), i18n.t('unit.yiPerKm2'), 1),
      withUnit(i18n, 'land', i18n.t('reference.col.land', { year }), i18n.t('unit.km2'), 2),
      withUnit(i18n, 'pace', i18n.t('reference.col.pace'), i18n.t('unit.km2PerYear'), 2),
    ],
    rows,
  };
}

/**
 * The share of each cluster's target that its named projects back in the project-backed reference,
 * with that reference's target-year projection and attainment: % to one decimal (a bar on screen),
 * 亿元 to one decimal. Null for any other reference.
 */
export function projectBackedTableModel(
  overview: ReferenceOverview,
  dataset: PlanDataset,
  i18n: I18n,
): DataTableModel | null {
  const shares = overview.facts.backedShare;
  if (shares === null) return null;
  const year = dataset.horizon.targetYear;
  const percent = i18n.t('unit.percent');
  return {
    title: i18n.t('reference.facts.projectBacked.title'),
    caption: i18n.t(
      fromPlanText(dataset)
        ? 'reference.facts.projectBacked.caption'
        : 'reference.facts.projectBacked.captionPeriod',
      { year },
    ),
    rowHeader: i18n.t('reference.col.cluster'),
    unitHeader: null,
    columns: [
      withUnit(i18n, 'share', i18n.t('reference.col.backedShare'), percent, 1),
      withUnit(i18n, 'projected', i18n.t('reference.col.projected', { year }), i18n.t('unit.yi'), 1),
      withUnit(i18n, 'attainment', i18n.t('reference.col.attainment'), percent, 1),
    ],
    rows: dataset.clusters.map((cluster) => {
      const share = shares[cluster.id];
      const target = overview.targets.find(
        (t) => t.subject.kind === 'cluster' && t.subject.clusterId === cluster.id,
      );
      return {
        id: cluster.id,
        attrs: { 'data-cluster-id': cluster.id },
        heading: clusterHeading(i18n.text(cluster.name)),
        cells: {
          share:
            share === null
              ? { text: i18n.t('reference.alreadyMet'), value: null }
              : {
                  text: i18n.pct(share, 1),
                  value: share * 100,
                  strong: true,
                  bar: { fraction: Math.min(1, Math.max(0, share)), tone: 'neutral' as const },
                  attrs: { 'data-share': String(share) },
                },
          ...(target === undefined
            ? {}
            : {
                projected: { text: i18n.num(target.projected), value: target.projected },
                attainment: {
                  text: i18n.pct(target.attainment, 1),
                  value: target.attainment * 100,
                  bar: { fraction: Math.min(1, Math.max(0, target.attainment)), tone: target.status },
                },
              }),
        },
      };
    }),
  };
}

/**
 * Every target against every reference scenario: the target, then each reference's target-year
 * attainment in % (one decimal; a bar coloured by its status on screen, the status in words in files).
 */
export function referenceTargetsTableModel(
  overviews: readonly ReferenceOverview[],
  dataset: PlanDataset,
  i18n: I18n,
): DataTableModel | null {
  const first = overviews[0];
  if (first === undefined) return null;
  const year = dataset.horizon.targetYear;
  const percent = i18n.t('unit.percent');
  return {
    title: i18n.t('reference.facts.targets.title', { year }),
    caption: i18n.t('reference.facts.targets.caption', { year }),
    rowHeader: i18n.t('targets.indicator'),
    unitHeader: i18n.t('export.unitColumn'),
    columns: [
      dataColumn(i18n, 'target', i18n.t('targets.target'), { decimals: 1 }),
      ...overviews.map((overview) =>
        dataColumn(i18n, overview.id, i18n.t(`reference.${overview.id}.short`), {
          unit: percent,
          decimals: 1,
        }),
      ),
    ],
    rows: first.targets.map((target): DataRow => {
      const subject = target.subject;
      const cluster =
        subject.kind === 'cluster' ? dataset.clusters.find((c) => c.id === subject.clusterId) : undefined;
      const intensity = target.id === 'outputIntensity';
      const name =
        cluster !== undefined
          ? i18n.text(cluster.name)
          : i18n.t(intensity ? 'targets.outputIntensity' : 'targets.industrialOutput');
      const cells: Record<string, DataRow['cells'][string]> = {
        target: { text: i18n.num(target.target), value: target.target },
      };
      for (const overview of overviews) {
        const t = overview.targets.find((candidate) => candidate.id === target.id);
        if (t === undefined) continue;
        cells[overview.id] = {
          text: i18n.pct(t.attainment, 1),
          value: t.attainment * 100,
          bar: { fraction: Math.min(1, Math.max(0, t.attainment)), tone: t.status },
          attrs: { 'data-status': t.status, 'data-attainment': String(t.attainment) },
        };
      }
      return {
        id: target.id,
        attrs: { 'data-target-id': target.id },
        heading: targetHeading(i18n, name, i18n.t(intensity ? 'unit.yiPerKm2' : 'unit.yi')),
        cells,
      };
    }),
  };
}
