import type { PlanDataset } from '../data/plan-types';

/**
 * The datasets the app's workers run on for this page load: the active one (the embedded plan unless
 * a planner's period is open) and every version the planner has. Set once by src/main.ts before any
 * worker starts; each worker created afterwards (and each restarted one) is told them first.
 */
let active: PlanDataset | null = null;
let known: readonly PlanDataset[] = [];

/** Tell the workers started from now on to run on `dataset` (null: the embedded plan) and know `datasets`. */
export function setWorkerDatasets(dataset: PlanDataset | null, datasets: readonly PlanDataset[]): void {
  active = dataset;
  known = datasets;
}

/** The active dataset workers are told, or null for the embedded plan (which they hold already). */
export function workerActiveDataset(): PlanDataset | null {
  return active;
}

/** Every planner's dataset version the workers are told. */
export function workerKnownDatasets(): readonly PlanDataset[] {
  return known;
}
