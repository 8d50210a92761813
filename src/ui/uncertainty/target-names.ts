import type { PlanDataset } from '../../data/plan-types';
import type { SimulatedTargetId } from '../../engine/uncertainty';
import type { I18n } from '../../i18n/i18n.svelte';

/** Every target of the plan the uncertainty view reports on, in the order of the target table. */
export function simulatedTargets(dataset: PlanDataset): SimulatedTargetId[] {
  return [...dataset.clusters.map((c) => c.id), 'industrialOutput', 'outputIntensity'];
}

/** A target's name in the current language: the cluster's name, or the zone indicator's. */
export function targetName(i18n: I18n, dataset: PlanDataset, id: SimulatedTargetId): string {
  if (id === 'industrialOutput') return i18n.t('targets.industrialOutput');
  if (id === 'outputIntensity') return i18n.t('targets.outputIntensity');
  const cluster = dataset.clusters.find((c) => c.id === id);
  return cluster === undefined ? id : i18n.text(cluster.name);
}

/** The unit message key of a target's figure. */
export function targetUnitKey(id: SimulatedTargetId): 'unit.yi' | 'unit.yiPerKm2' {
  return id === 'outputIntensity' ? 'unit.yiPerKm2' : 'unit.yi';
}
