import type { ProjectionResult, Scenario, ValidationIssue } from '../src/engine';

/**
 * Answer of one projection: the result with its compute time, or the scenario's validation issues.
 * A projection that crashes is not a reply: the call rejects instead.
 */
export type ProjectionReply =
  | {
      readonly ok: true;
      /** The engine's projection of the scenario. */
      readonly result: ProjectionResult;
      /** Time the engine took inside the service, in milliseconds (performance.now()). */
      readonly computeMs: number;
    }
  | {
      readonly ok: false;
      /** Every field out of range, each with its path and allowed range; never empty. */
      readonly issues: ValidationIssue[];
    };

/**
 * The projection worker's contract: the one interface both the worker and the UI import (with
 * `import type`). Everything crossing it is plain, structured-cloneable data.
 */
export interface ProjectionApi {
  /** Project a scenario against the service's plan dataset; refuse an invalid one with its issues. */
  project(scenario: Scenario): ProjectionReply;
}
