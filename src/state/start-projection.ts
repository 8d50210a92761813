import type { ProjectionResult } from '../engine/projection-types';
import type { Scenario } from '../scenario/scenario';

/** The start scenario and its projection, embedded in the app at build time (`virtual:start-projection`). */
export interface StartProjection {
  /** The dataset version it was computed against. */
  readonly datasetVersion: string;
  /** The scenario the app opens on (src/state/start-scenario.ts). */
  readonly scenario: Scenario;
  /**
   * Its projection, as the projection worker gives it. The whole-plan overview (key projects'
   * names and texts) is left to the worker: it is not needed for the first numbers.
   */
  readonly result: ProjectionResult;
}
