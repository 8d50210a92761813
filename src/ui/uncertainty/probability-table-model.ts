import type { PlanDataset } from '../../data/plan-types';
import type { TargetResult } from '../../engine/projection-types';
import type { SimulationResult } from '../../engine/uncertainty';
import type { StatusThresholds } from '../../scenario/scenario';
import type { I18n } from '../../i18n/i18n.svelte';
import type { DataTableModel } from '../tables/data-table-model';
import { dataColumn, targetHeading } from '../targets/target-table-model';
import { targetName, targetUnitKey } from './target-names';

/** Indices of P10, the median and P90 among the simulation's quantile levels (0.1, 0.25, 0.5, 0.75, 0.9). */
const P10 = 0;
const MEDIAN = 2;
const P90 = 4;

/** A reference scenario shown beside the simulation: its name and its (single) projection's targets. */
export interface ProbabilityReference {
  readonly name: string;
  readonly targets: readonly TargetResult[];
}

/**
 * The probability of reaching each target, as the uncertainty view shows it and its files hold it:
 * target, most likely value, P10, median and P90 in the row's unit (one decimal), and the chances
 * of being on track and at risk or better in % (one decimal); with a `reference`, a last column
 * with that reference scenario's target-year projection (one decimal) for comparison.
 */
export function probabilityTableModel(
  result: SimulationResult,
  dataset: PlanDataset,
  thresholds: StatusThresholds,
  i18n: I18n,
  reference: ProbabilityReference | null = null,
): DataTableModel {
  const percent = i18n.t('unit.percent');
  const caption = i18n.t('uncertainty.probCaption', {
    onTrack: i18n.pct(thresholds.onTrack, 0),
    atRisk: i18n.pct(thresholds.atRisk, 0),
  });
  return {
    title: i18n.t('uncertainty.probHeading'),
    caption:
      reference === null
        ? caption
        : `${caption} ${i18n.t('reference.uncertaintyNote', { name: reference.name, year: dataset.horizon.targetYear })}`,
    rowHeader: i18n.t('targets.indicator'),
    unitHeader: i18n.t('export.unitColumn'),
    columns: [
      dataColumn(i18n, 'target', i18n.t('targets.target'), { decimals: 1 }),
      dataColumn(i18n, 'mostLikely', i18n.t('uncertainty.colMostLikely'), { decimals: 1 }),
      dataColumn(i18n, 'p10', i18n.t('uncertainty.colP10'), { decimals: 1 }),
      dataColumn(i18n, 'median', i18n.t('uncertainty.colMedian'), { decimals: 1 }),
      dataColumn(i18n, 'p90', i18n.t('uncertainty.colP90'), { decimals: 1 }),
      dataColumn(i18n, 'pOnTrack', i18n.t('uncertainty.colOnTrack'), { unit: percent, decimals: 1 }),
      dataColumn(
        i18n,
        'pAtRisk',
        i18n.t('uncertainty.colAtRisk', { threshold: i18n.pct(thresholds.atRisk, 0) }),
        { unit: percent, decimals: 1 },
      ),
      ...(reference === null
        ? []
        : [
            dataColumn(i18n, 'reference', i18n.t('reference.column', { name: reference.name }), {
              decimals: 1,
            }),
          ]),
    ],
    rows: result.targets.map((t) => {
      // The exact figure rides along as data-value (the text is rounded): tests compare runs with it.
      const number = (value: number, strong = false) => ({
        text: i18n.num(value),
        value,
        strong,
        attrs: { 'data-value': String(value) },
      });
      const inReference = reference?.targets.find((candidate) => candidate.id === t.id);
      return {
        id: t.id,
        attrs: { 'data-target-id': t.id },
        heading: targetHeading(i18n, targetName(i18n, dataset, t.id), i18n.t(targetUnitKey(t.id))),
        cells: {
          target: number(t.target),
          mostLikely: number(t.mostLikely),
          p10: number(t.quantiles[P10]!),
          median: number(t.quantiles[MEDIAN]!, true),
          p90: number(t.quantiles[P90]!),
          pOnTrack: {
            text: i18n.pct(t.pOnTrack, 1),
            value: t.pOnTrack * 100,
            strong: true,
            bar: { fraction: t.pOnTrack, tone: 'neutral' },
            attrs: { 'data-p': String(t.pOnTrack) },
          },
          pAtRisk: {
            text: i18n.pct(t.pAtRiskOrBetter, 1),
            value: t.pAtRiskOrBetter * 100,
            attrs: { 'data-p': String(t.pAtRiskOrBetter) },
          },
          ...(inReference === undefined
            ? {}
            : {
                reference: {
                  ...number(inReference.projected),
                  attrs: { 'data-value': String(inReference.projected), 'data-status': inReference.status },
                },
              }),
        },
      };
    }),
  };
}
