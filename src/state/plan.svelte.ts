import type { ClusterId } from '../data/plan-types';
import type { WorkbenchState } from './workbench.svelte';

/** The parts of the whole-plan view. */
export const PLAN_TABS = ['indicators', 'parks', 'projects', 'details'] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

/**
 * What the whole-plan view shows: which part, the year its park schematic draws and the cluster
 * whose key projects are listed. The figures themselves come with each projection
 * (`WorkbenchState.overview`); scenario edits go through the workbench's methods.
 */
export class PlanViewState {
  tab = $state<PlanTab>('indicators');
  /** Calendar year the park schematic shows; the target year until the user picks another. */
  parkYear = $state<number>(0);
  /** The cluster whose projects are listed. */
  projectCluster = $state<ClusterId>('newMaterials');

  constructor(targetYear: number) {
    this.parkYear = targetYear;
  }
}

const states = new WeakMap<WorkbenchState, PlanViewState>();

/** The whole-plan view state of a workbench, created on first use and kept while the view is left. */
export function planStateFor(workbench: WorkbenchState): PlanViewState {
  let state = states.get(workbench);
  if (state === undefined) {
    state = new PlanViewState(workbench.dataset.horizon.targetYear);
    states.set(workbench, state);
  }
  return state;
}
