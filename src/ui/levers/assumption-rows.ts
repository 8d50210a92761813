import { DEFAULT_THRESHOLDS } from '../../data/levers';
import type { PlanDataset } from '../../data/plan-types';
import type { ScenarioDifference } from '../../engine/scenario-summary';
import type { I18n } from '../../i18n/i18n.svelte';
import { figureCatalogue, formatLever } from '../provenance/figure-catalogue';
import type { DataTableModel } from '../tables/data-table-model';

/** One assumption that differs from the scenario's reference, worded for a table: what, where, this scenario, the reference. */
export interface AssumptionRow {
  /** The cluster, or "zone". */
  readonly subject: string;
  readonly assumption: string;
  /** The scenario's value with its unit. */
  readonly scenario: string;
  /** The reference scenario's value with its unit ("—" where it has none). */
  readonly plan: string;
}

/** Word a scenario's differences from its reference (src/engine/scenario-summary.ts) as table rows. */
export function assumptionRows(
  differences: readonly ScenarioDifference[],
  dataset: PlanDataset,
  i18n: I18n,
): AssumptionRow[] {
  const zone = i18n.t('assumptions.zone');
  const catalogue = figureCatalogue(dataset, i18n);
  return differences.map((difference): AssumptionRow => {
    switch (difference.kind) {
      case 'lever': {
        const cluster = dataset.clusters.find((c) => c.id === difference.clusterId);
        return {
          subject: cluster === undefined ? difference.clusterId : i18n.text(cluster.name),
          assumption: i18n.t(`lever.${difference.leverId}`),
          scenario: formatLever(i18n, difference.leverId, difference.value),
          plan: formatLever(i18n, difference.leverId, difference.reference),
        };
      }
      case 'otherIndustryGrowth':
        return {
          subject: zone,
          assumption: i18n.t('workbench.otherIndustryGrowth'),
          scenario: `${i18n.num(difference.value * 100)}${i18n.t('unit.percentPerYear')}`,
          plan: `${i18n.num(difference.reference * 100)}${i18n.t('unit.percentPerYear')}`,
        };
      case 'link':
        return {
          subject: zone,
          assumption: i18n.t(`link.${difference.linkId}`),
          scenario: i18n.t(difference.enabled ? 'link.on' : 'link.off'),
          plan: i18n.t(difference.enabled ? 'link.off' : 'link.on'),
        };
      case 'conflict': {
        const entry = catalogue.find(
          (c) => c.figure.kind === 'conflict' && c.figure.conflictId === difference.conflictId,
        );
        const figure = entry?.figure.kind === 'conflict' ? entry.figure : null;
        const reading = figure?.readings[difference.reading];
        const planReading = figure?.readings[figure.defaultReading];
        return {
          subject: entry?.subject ?? difference.conflictId,
          assumption: i18n.t('provenance.conflictLong'),
          scenario: reading === undefined ? String(difference.reading + 1) : i18n.text(reading.label),
          plan: planReading === undefined ? i18n.t('targets.none') : i18n.text(planReading.label),
        };
      }
      case 'thresholds':
        return {
          subject: zone,
          assumption: i18n.t('assumptions.thresholds'),
          scenario: i18n.t('assumptions.thresholdsValue', {
            onTrack: i18n.pct(difference.onTrack, 0),
            atRisk: i18n.pct(difference.atRisk, 0),
          }),
          plan: i18n.t('assumptions.thresholdsValue', {
            onTrack: i18n.pct(DEFAULT_THRESHOLDS.onTrack, 0),
            atRisk: i18n.pct(DEFAULT_THRESHOLDS.atRisk, 0),
          }),
        };
      case 'ranges':
        return {
          subject: zone,
          assumption: i18n.t('assumptions.ranges'),
          scenario: i18n.t('assumptions.rangesValue', { count: difference.count }),
          plan: i18n.t('targets.none'),
        };
    }
  });
}

/** The assumptions that differ from the reference as a table: what, where, this scenario, the reference. */
export function assumptionTableModel(
  rows: readonly AssumptionRow[],
  i18n: I18n,
  title: string,
): DataTableModel {
  const text = (id: string, header: string) => ({ id, header, fileHeader: header, numeric: false });
  return {
    title,
    caption: null,
    rowHeader: i18n.t('assumptions.subject'),
    unitHeader: null,
    columns: [
      text('assumption', i18n.t('assumptions.assumption')),
      { ...text('scenario', i18n.t('assumptions.scenario')), numeric: true },
      { ...text('plan', i18n.t('assumptions.plan')), numeric: true },
    ],
    rows: rows.map((row, i) => ({
      id: String(i),
      heading: { name: row.subject, unitText: null, unit: null, notes: [], fileName: row.subject },
      cells: {
        assumption: { text: row.assumption },
        scenario: { text: row.scenario, strong: true },
        plan: { text: row.plan },
      },
    })),
  };
}
