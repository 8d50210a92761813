import type { PlanDataset } from '../../data/plan-types';
import type { TargetStatus } from '../../engine/projection-types';
import type { I18n } from '../../i18n/i18n.svelte';
import type { TargetRow } from './target-rows';

/**
 * Say in plain language what a projection means for the plan's targets: the zone's headline, how
 * many targets are met, which ones are at risk or off track, where land holds output back and (when
 * known) how many assumptions differ from the reference scenario it was built from, named. Returns
 * one sentence per entry.
 * @param differences how many assumptions differ from the reference, and the reference's name in the
 *   current language (e.g. "规划路径"); null when not known.
 */
export function targetNarrative(
  rows: readonly TargetRow[],
  dataset: PlanDataset,
  i18n: I18n,
  differences: { readonly count: number; readonly reference: string } | null,
): string[] {
  const out: string[] = [];
  const list = (items: readonly string[]) => items.join(i18n.t('summary.listSeparator'));
  const zone = rows.find((row) => row.target.id === 'industrialOutput');
  if (zone !== undefined) {
    out.push(
      i18n.t('summary.zone', {
        year: dataset.horizon.targetYear,
        output: i18n.yi(zone.target.projected),
        target: i18n.yi(zone.target.target, 0),
        attainment: i18n.pct(zone.target.attainment),
        status: i18n.t(`status.${zone.target.status}`),
      }),
    );
  }
  const named = (status: TargetStatus) =>
    rows.filter((row) => row.target.status === status).map((r) => r.name);
  const onTrack = named('onTrack');
  const atRisk = named('atRisk');
  const offTrack = named('offTrack');
  out.push(
    i18n.t('summary.count', {
      total: rows.length,
      onTrack: onTrack.length,
      atRisk: atRisk.length,
      offTrack: offTrack.length,
    }),
  );
  if (onTrack.length > 0) out.push(i18n.t('summary.met', { list: list(onTrack) }));
  if (atRisk.length > 0) out.push(i18n.t('summary.atRisk', { list: list(atRisk) }));
  if (offTrack.length > 0) out.push(i18n.t('summary.offTrack', { list: list(offTrack) }));
  const land = rows.flatMap((row) =>
    row.landBindsFrom === null
      ? []
      : [i18n.t('summary.landItem', { cluster: row.name, year: row.landBindsFrom })],
  );
  if (land.length > 0) out.push(i18n.t('summary.land', { list: list(land) }));
  if (differences !== null) {
    const { count, reference } = differences;
    if (count === 0) out.push(i18n.t('summary.planDefaults', { reference }));
    else if (count === 1) out.push(i18n.t('summary.assumptionOne', { reference }));
    else out.push(i18n.t('summary.assumptions', { count, reference }));
  }
  return out;
}
