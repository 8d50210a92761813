import type { PlanDataset } from '../../data/plan-types';
import type { ConflictFigure, Figure } from '../../data/provenance';
import type { Scenario } from '../../scenario/scenario';

/**
 * Every conflicting figure of the dataset, by conflict id, in dataset order: first those the
 * projection reads (park areas, cluster bases, targets and land, zone figures), then the indicators'.
 */
export function conflictFigures(dataset: PlanDataset): Map<string, ConflictFigure<number>> {
  const found = new Map<string, ConflictFigure<number>>();
  const visit = (figure: Figure<number> | null | undefined) => {
    if (figure?.kind === 'conflict' && !found.has(figure.conflictId)) found.set(figure.conflictId, figure);
  };
  for (const park of dataset.parks) visit(park.areaKm2);
  for (const cluster of dataset.clusters) {
    visit(cluster.base);
    visit(cluster.target);
    visit(cluster.producingLandBase);
  }
  const zone = dataset.zone;
  for (const figure of [
    zone.industrialOutputBase,
    zone.otherIndustryBase,
    zone.otherIndustryGrowth,
    zone.otherIndustryLand,
    zone.intensityBase,
    zone.otherIndustryInTarget,
    zone.industrialOutputTarget,
    zone.intensityTarget,
  ]) {
    visit(figure);
  }
  for (const indicator of dataset.indicators) {
    visit(indicator.base);
    visit(indicator.target);
  }
  return found;
}

/**
 * The ids of the conflicts whose reading changes a projection (its figures feed the engine), in
 * dataset order.
 */
export function modelConflictIds(dataset: PlanDataset): string[] {
  const ids = new Set<string>();
  const visit = (figure: Figure<number>) => {
    if (figure.kind === 'conflict') ids.add(figure.conflictId);
  };
  for (const park of dataset.parks) visit(park.areaKm2);
  for (const cluster of dataset.clusters) {
    visit(cluster.base);
    visit(cluster.target);
    visit(cluster.producingLandBase);
  }
  const zone = dataset.zone;
  for (const figure of [
    zone.industrialOutputBase,
    zone.otherIndustryLand,
    zone.intensityBase,
    zone.otherIndustryInTarget,
    zone.industrialOutputTarget,
    zone.intensityTarget,
  ]) {
    visit(figure);
  }
  return [...ids];
}

/**
 * The reading index a scenario uses for a conflict: its choice if it made a valid one, else the
 * dataset's default reading (as `readFigure` resolves it).
 */
export function readingOf(figure: ConflictFigure<number>, scenario: Scenario): number {
  const chosen = scenario.conflictChoices[figure.conflictId];
  return chosen !== undefined && figure.readings[chosen] !== undefined ? chosen : figure.defaultReading;
}
