import { PEER_INDICATOR_IDS, PEER_ZONES } from '../../data/peer-zones';
import { indicatorHeadingKey } from './plan-text';
import type { PlanDataset } from '../../data/plan-types';
import type { IndicatorStatus, IndicatorsResult } from '../../engine/indicators';
import type { PlanOverview } from '../../engine/plan-overview';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ExportCell, ExportColumn, ExportTable } from '../export/table-model';
import { indicatorBasis, targetYearShown } from '../indicators/indicator-basis';
import { paceOf, rowDecimals, unitText } from '../indicators/indicator-format';

/** Whose tables they are and what the files say under them. */
export interface PlanExportContext {
  readonly scenario: string;
  readonly notes: readonly string[];
}

const bracketed = (i18n: I18n, text: string, inner: string) => i18n.t('export.bracketed', { text, inner });

/**
 * The indicator system (专栏1) as it leaves the app: one row per indicator with its unit, what its
 * values are (model, derived, the plan's target path or as entered: a target path never reads as a
 * projection), its value per year, the target, the attainment (%) and status, and the pace the target
 * needs — each number with the decimals the table shows.
 */
export function indicatorTableExport(
  indicators: IndicatorsResult,
  dataset: PlanDataset,
  i18n: I18n,
  context: PlanExportContext,
): ExportTable {
  const years = indicators.years;
  const columns: ExportColumn[] = [
    { header: i18n.t('targets.indicator') },
    { header: i18n.t('export.unitColumn') },
    { header: i18n.t('plan.basisHeading') },
    ...years.map((year, t) => ({ header: t === 0 ? i18n.t('plan.yearBase', { year }) : String(year) })),
    { header: i18n.t('targets.target') },
    { header: bracketed(i18n, i18n.t('targets.attainment'), i18n.t('unit.percent')), decimals: 1 },
    { header: i18n.t('targets.status') },
    { header: i18n.t('plan.paceHeading') },
  ];
  const rows = indicators.rows.map((row): ExportCell[] => {
    const data = dataset.indicators.find((i) => i.id === row.id);
    const decimals = rowDecimals(row);
    const number = (value: number | null): ExportCell => (value === null ? null : { value, decimals });
    const pace = paceOf(i18n, row);
    return [
      data === undefined ? row.id : i18n.text(data.name),
      unitText(i18n, row.unit),
      i18n.t(`plan.basis.${indicatorBasis(row)}`),
      ...years.map((_, t) => number(row.values[t] ?? null)),
      number(row.target),
      row.attainment === null || row.status === 'planPath' ? null : row.attainment * 100,
      statusText(i18n, row.status),
      row.metInBase ? i18n.t('plan.pace.metInBase') : (pace.required ?? null),
    ];
  });
  return {
    title: i18n.t(indicatorHeadingKey(dataset)),
    scenario: context.scenario,
    columns,
    rows,
    notes: context.notes,
  };
}

/** An indicator's status in words; a value the model cannot compute says why (no producing land). */
function statusText(i18n: I18n, status: IndicatorStatus): string {
  if (status === 'planPath') return i18n.t('plan.status.planPath');
  if (status === 'noValue')
    return bracketed(i18n, i18n.t('plan.status.noValue'), i18n.t('plan.noLandReason'));
  return i18n.t(`status.${status}`);
}

/** The parks (一区五园) as they leave the app: producing land per year (km²), output and intensity. */
export function parkTableExport(
  overview: PlanOverview,
  dataset: PlanDataset,
  i18n: I18n,
  context: PlanExportContext,
): ExportTable {
  const years = overview.indicators.years;
  const last = years.length - 1;
  const km2 = i18n.t('unit.km2');
  const parkName = (id: string) => {
    const park = dataset.parks.find((p) => p.id === id);
    return park === undefined ? id : i18n.text(park.name);
  };
  const clusterName = (id: string) => {
    const cluster = dataset.clusters.find((c) => c.id === id);
    return cluster === undefined ? id : i18n.text(cluster.name);
  };
  const columns: ExportColumn[] = [
    { header: i18n.t('plan.parkColumn') },
    { header: bracketed(i18n, i18n.t('plan.parkArea'), km2), decimals: 2 },
    { header: i18n.t('plan.parkClusters') },
    ...years.map((year) => ({
      header: bracketed(i18n, i18n.t('plan.parkLandYear', { year }), km2),
      decimals: 2,
    })),
    ...years.map((year) => ({
      header: bracketed(i18n, i18n.t('plan.parkReadyYear', { year }), km2),
      decimals: 2,
    })),
    {
      header: bracketed(i18n, i18n.t('plan.parkOutput', { year: years[last]! }), i18n.t('unit.yi')),
      decimals: 1,
    },
    { header: i18n.t('plan.parkIntensityFile', { year: years[last]! }), decimals: 1 },
    { header: i18n.t('plan.parkLandBinds') },
  ];
  const rows = overview.parks.map((pool): ExportCell[] => {
    const end = pool.years[last]!;
    const binding = pool.landBindsFrom.filter((b) => b.year !== null);
    const binds =
      binding.length > 0
        ? binding
            .map((b) =>
              i18n.t('plan.parkBindsFrom', { cluster: clusterName(b.clusterId), year: b.year ?? '' }),
            )
            .join(i18n.t('summary.listSeparator'))
        : pool.fullFrom !== null
          ? i18n.t('plan.parkFullFrom', { year: pool.fullFrom })
          : i18n.t('plan.parkRoom', { spare: i18n.num(pool.areaKm2 - end.producingLand, 2) });
    return [
      pool.parkIds.map(parkName).join(' + '),
      pool.areaKm2,
      pool.clusterIds.map(clusterName).join(i18n.t('summary.listSeparator')),
      ...pool.years.map((y) => y.producingLand),
      ...pool.years.map((y) => y.readyLand),
      end.intensity === null ? null : end.industrialOutput,
      end.intensity,
      binds,
    ];
  });
  return {
    title: i18n.t('plan.parkHeading'),
    scenario: context.scenario,
    columns,
    rows,
    notes: context.notes,
  };
}

/** The land ledger as it leaves the app: per cluster, the land its target needs against its parks'. */
export function ledgerTableExport(
  overview: PlanOverview,
  dataset: PlanDataset,
  i18n: I18n,
  context: PlanExportContext,
): ExportTable {
  const year = dataset.horizon.targetYear;
  const km2 = i18n.t('unit.km2');
  const clusterName = (id: string) => {
    const cluster = dataset.clusters.find((c) => c.id === id);
    return cluster === undefined ? id : i18n.text(cluster.name);
  };
  const poolName = (index: number) =>
    (overview.parks[index]?.parkIds ?? [])
      .map((id) => {
        const park = dataset.parks.find((p) => p.id === id);
        return park === undefined ? id : i18n.text(park.name);
      })
      .join(' + ');
  const columns: ExportColumn[] = [
    { header: i18n.t('plan.ledgerCluster') },
    { header: bracketed(i18n, i18n.t('plan.ledgerTarget', { year }), i18n.t('unit.yi')), decimals: 0 },
    {
      header: bracketed(i18n, i18n.t('plan.ledgerIntensity', { year }), i18n.t('unit.yiPerKm2')),
      decimals: 1,
    },
    { header: bracketed(i18n, i18n.t('plan.ledgerNeeded'), km2), decimals: 2 },
    { header: bracketed(i18n, i18n.t('plan.ledgerProducing', { year }), km2), decimals: 2 },
    { header: bracketed(i18n, i18n.t('plan.parkReadyYear', { year }), km2), decimals: 2 },
    { header: i18n.t('plan.ledgerParks') },
    { header: bracketed(i18n, i18n.t('plan.ledgerAvailable'), km2), decimals: 2 },
    { header: bracketed(i18n, i18n.t('plan.ledgerBalanceNumber'), km2), decimals: 2 },
  ];
  const rows = overview.ledger.map((row): ExportCell[] => [
    clusterName(row.clusterId),
    row.target,
    row.intensityAtTarget,
    row.landNeeded,
    row.producingLand,
    row.readyLand,
    poolName(row.poolIndex),
    row.available,
    -row.shortfall,
  ]);
  return {
    title: i18n.t('plan.ledgerHeading'),
    scenario: context.scenario,
    columns,
    rows,
    notes: context.notes,
  };
}

/**
 * Qianjiang beside the peer zones the plan cites, as it leaves the app (values as the table rounds
 * them): Qianjiang's target-year column holds the scenario's value where the model derives the
 * indicator and the plan's target where it does not, and the next column says which.
 */
export function peerTableExport(
  indicators: IndicatorsResult,
  dataset: PlanDataset,
  i18n: I18n,
  context: PlanExportContext,
): ExportTable {
  const baseYear = indicators.years[0]!;
  const targetYear = indicators.years[indicators.years.length - 1]!;
  const columns: ExportColumn[] = [
    { header: i18n.t('targets.indicator') },
    { header: i18n.t('export.unitColumn') },
    { header: i18n.t('plan.peerQianjiang', { year: baseYear }) },
    { header: i18n.t('plan.peerQianjiangEnd', { year: targetYear }) },
    { header: i18n.t('plan.peerBasisHeading', { year: targetYear }) },
    { header: i18n.t('plan.peerQianjiangTarget', { year: targetYear }) },
    ...PEER_ZONES.map((zone) => ({
      header: `${i18n.text(zone.name)} ${i18n.t(zone.yearBasis === 'stated' ? 'plan.peerYear' : 'plan.peerYearReport', { year: zone.year })}`,
    })),
  ];
  const output = indicators.rows.find((r) => r.id === 'industrialOutput');
  const yi = (value: number | undefined | null): ExportCell =>
    value === undefined || value === null ? null : { value, decimals: 1 };
  const scale: ExportCell[] = [
    i18n.t('plan.peerScale'),
    i18n.t('unit.yi'),
    yi(output?.values[0]),
    yi(output?.projected),
    output === undefined ? null : i18n.t('plan.peerBasis.scenario'),
    yi(output?.target),
    ...PEER_ZONES.map((zone): ExportCell =>
      zone.scale === null
        ? null
        : { value: zone.scale.figure.value, decimals: zone.scale.figure.value >= 10000 ? 0 : 1 },
    ),
  ];
  const rows = PEER_INDICATOR_IDS.flatMap((id): ExportCell[][] => {
    const data = dataset.indicators.find((i) => i.id === id);
    const row = indicators.rows.find((r) => r.id === id);
    if (data === undefined || row === undefined) return [];
    const decimals = rowDecimals(row);
    const number = (value: number | null): ExportCell => (value === null ? null : { value, decimals });
    const shown = targetYearShown(row);
    return [
      [
        i18n.text(data.name),
        unitText(i18n, data.unit),
        number(row.base),
        number(shown.value),
        i18n.t(`plan.peerBasis.${shown.basis}`),
        number(row.target),
        ...PEER_ZONES.map((zone): ExportCell => {
          const peer = zone.figures[id];
          return peer === undefined
            ? null
            : { value: peer.figure.value, decimals: Number.isInteger(peer.figure.value) ? 0 : 1 };
        }),
      ],
    ];
  });
  return {
    title: i18n.t('plan.peersHeading'),
    scenario: context.scenario,
    columns,
    rows: [scale, ...rows],
    notes: context.notes,
  };
}
