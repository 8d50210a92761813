import type { ProjectionReply } from '../../workers/projection-api';
import type { Scenario } from '../engine/scenario';

/** The start scenario and its projection, embedded in the app at build time (`virtual:start-projection`). */
export interface StartProjection {
  /** The dataset version it was computed against. */
  readonly datasetVersion: string;
  /** The scenario the app opens on (src/state/start-scenario.ts). */
  readonly scenario: Scenario;
  /** The projection worker's reply for it, as the worker would give it (computeMs 0). */
  readonly reply: Extract<ProjectionReply, { ok: true }>;
}
