import type { IndicatorSectorId } from '../data/indicator-defaults';
import type { LeverId } from '../data/levers';
import type { ClusterId, PlanDataset } from '../data/plan-types';
import type { ReferenceId } from '../data/references';
import { referenceScenario } from '../engine/reference-scenarios';
import type { LinkSettings, ProjectSetting, Scenario, ScenarioUncertainty } from '../scenario/scenario';
import {
  withClusterOf,
  withConflictChoice,
  withCustomProject,
  withCustomProjectName,
  withHighTechShare,
  withIndicatorAssumption,
  withLever,
  withLinkEnabled,
  withOtherIndustryGrowth,
  withProducerServicesShare,
  withProject,
  withProjectDefaults,
  withThreshold,
  withTrajectoryValue,
  withUncertainty,
  withoutIndicatorAssumptions,
  withoutProject,
  withoutProjects,
  withoutTrajectory,
  type IndicatorAssumptionField,
} from '../scenario/updates';

/** What the edits work on: the current scenario, and where a changed one goes. */
export interface EditTarget {
  readonly dataset: PlanDataset;
  current(): Scenario;
  /**
   * Make `next` the working scenario, recording one undo step; changes with the same non-null `key`
   * in quick succession (a slider drag) merge into one step. `next` equal (===) to the current one
   * changes nothing.
   */
  apply(next: Scenario, key?: string | null): void;
}

/**
 * Every change a user can make to the working scenario, each one a pure updater
 * (src/scenario/updates.ts) applied to the current scenario: values in model units, ranges checked by
 * the caller (the controls) and by the one schema in the worker.
 */
export class ScenarioEdits {
  readonly #deps: EditTarget;

  constructor(deps: EditTarget) {
    this.#deps = deps;
  }

  /** The reference scenario the working scenario was built from: what "reset" returns to. */
  reference(): Scenario {
    return referenceScenario(this.#deps.dataset, this.#deps.current().reference);
  }

  /** A lever's value in the reference the scenario was built from, in model units. */
  defaultOf(clusterId: ClusterId, leverId: LeverId): number {
    return this.reference().clusters[clusterId][leverId];
  }

  /** Whether a lever is at its reference's value. */
  isDefault(clusterId: ClusterId, leverId: LeverId): boolean {
    return this.#deps.current().clusters[clusterId][leverId] === this.defaultOf(clusterId, leverId);
  }

  /** Set a lever of a cluster (model units; the caller has checked the range). */
  setLever(clusterId: ClusterId, leverId: LeverId, value: number): void {
    this.#deps.apply(
      withLever(this.#deps.current(), clusterId, leverId, value),
      `lever:${clusterId}:${leverId}`,
    );
  }

  /** Put one lever back to its reference's value. */
  resetLever(clusterId: ClusterId, leverId: LeverId): void {
    this.setLever(clusterId, leverId, this.defaultOf(clusterId, leverId));
  }

  /** Put every lever of a cluster back to its reference's values. */
  resetCluster(clusterId: ClusterId): void {
    this.#deps.apply(withClusterOf(this.#deps.current(), clusterId, this.reference()));
  }

  /** Put the whole scenario back to the reference it was built from. */
  resetAll(): void {
    this.#deps.apply(this.reference());
  }

  /** Start again from a reference scenario (one undo step): every assumption becomes the reference's. */
  startFrom(id: ReferenceId): void {
    this.#deps.apply(referenceScenario(this.#deps.dataset, id));
  }

  /** Switch a link between clusters on or off. */
  setLinkEnabled(linkId: keyof LinkSettings, enabled: boolean): void {
    this.#deps.apply(withLinkEnabled(this.#deps.current(), linkId, enabled));
  }

  /** Set the producer-services share (亿元 of revenue per 亿元 of added industrial output). */
  setProducerServicesShare(share: number): void {
    this.#deps.apply(withProducerServicesShare(this.#deps.current(), share), 'link:producerServices:share');
  }

  /** Set the growth rate of industry outside the clusters (fraction per year). */
  setOtherIndustryGrowth(value: number): void {
    this.#deps.apply(withOtherIndustryGrowth(this.#deps.current(), value), 'otherIndustryGrowth');
  }

  /** Set the scenario's ranges and Monte Carlo settings (validated by the caller); undefined removes them. */
  setUncertainty(uncertainty: ScenarioUncertainty | undefined): void {
    this.#deps.apply(withUncertainty(this.#deps.current(), uncertainty));
  }

  /** Set a status threshold (attainment fraction). */
  setThreshold(which: 'onTrack' | 'atRisk', value: number): void {
    this.#deps.apply(withThreshold(this.#deps.current(), which, value), `threshold:${which}`);
  }

  /** Choose which reading of a conflicting plan figure to use. */
  setConflictChoice(conflictId: string, readingIndex: number): void {
    this.#deps.apply(withConflictChoice(this.#deps.current(), conflictId, readingIndex));
  }

  /** Change settings of a key project (plan or own); the caller has checked the ranges. */
  setProject(id: string, change: Omit<ProjectSetting, 'id' | 'custom'>): void {
    this.#deps.apply(
      withProject(this.#deps.current(), id, change),
      `project:${id}:${Object.keys(change).sort().join(',')}`,
    );
  }

  /** Put a plan project back to its dataset defaults (switched off); a user project is left as it is. */
  resetProject(id: string): void {
    this.#deps.apply(withProjectDefaults(this.#deps.current(), id));
  }

  /** Add a user's own project to a cluster (on, no output yet); return its id. */
  addCustomProject(clusterId: ClusterId, name: string): string {
    const { scenario, id } = withCustomProject(this.#deps.current(), this.#deps.dataset, clusterId, name);
    this.#deps.apply(scenario);
    return id;
  }

  /** Rename a user's own project (the caller has checked the name: 1–100 characters). */
  renameCustomProject(id: string, name: string): void {
    this.#deps.apply(withCustomProjectName(this.#deps.current(), id, name), `project:${id}:name`);
  }

  /** Remove a user's own project. */
  removeCustomProject(id: string): void {
    this.#deps.apply(withoutProject(this.#deps.current(), id));
  }

  /** Put every plan project back to its defaults and remove the user's own projects. */
  resetProjects(): void {
    this.#deps.apply(withoutProjects(this.#deps.current()));
  }

  /** Enter an indicator's value for a year, or clear it (null) so it follows the default path again. */
  setTrajectoryValue(indicatorId: string, year: number, value: number | null): void {
    this.#deps.apply(
      withTrajectoryValue(this.#deps.current(), indicatorId, year, value),
      `trajectory:${indicatorId}:${year}`,
    );
  }

  /** Clear every value entered for an indicator. */
  resetTrajectory(indicatorId: string): void {
    this.#deps.apply(withoutTrajectory(this.#deps.current(), indicatorId));
  }

  /** Set an indicator assumption; undefined returns it to the dataset default. */
  setIndicatorAssumption(field: IndicatorAssumptionField, value: number | undefined): void {
    this.#deps.apply(withIndicatorAssumption(this.#deps.current(), field, value), `indicator:${field}`);
  }

  /** Set the high-tech share of a sector's added output; undefined returns it to the default. */
  setHighTechShare(sector: IndicatorSectorId, value: number | undefined): void {
    this.#deps.apply(withHighTechShare(this.#deps.current(), sector, value), `highTechShare:${sector}`);
  }

  /** Put every indicator assumption back to its default (entered trajectories are kept). */
  resetIndicatorAssumptions(): void {
    this.#deps.apply(withoutIndicatorAssumptions(this.#deps.current()));
  }
}
