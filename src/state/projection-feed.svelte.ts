import { tick, untrack } from 'svelte';
import type { Issue } from '../scenario/issues';
import type { Scenario } from '../scenario/scenario';
import { scenariosEqual } from '../scenario/updates';
import type {
  ClientStatus,
  PlanOverview,
  ProjectionClient,
  ProjectionReply,
  ProjectionResult,
  ReferenceOverview,
} from '../worker-client/projection-client';
import type { StartProjection } from './start-projection';
import type { WorkbenchDeps } from './workbench-types';

/**
 * The projection of the working scenario as the UI shows it: every change is sent to the worker
 * (latest wins), each answer replaces the result whole, and `renderedSeq` counts results once the DOM
 * shows them. The start scenario's projection, computed at build time, is shown at once without the
 * worker; the overview of the whole plan is asked for only while a view shows it.
 */
export class ProjectionFeed {
  /** Latest projection of the scenario (replaced whole). */
  result = $state.raw<ProjectionResult | null>(null);
  /** The whole-plan views' explanation of the latest projection, while a view asks for it (replaced whole). */
  overview = $state.raw<PlanOverview | null>(null);
  /** How many projection results have been shown, counted once the DOM is updated from each. */
  renderedSeq = $state(0);
  /** Problems the worker reported with the scenario (the shown result is then older). */
  issues = $state.raw<readonly Issue[]>([]);
  workerStatus = $state.raw<ClientStatus>({ kind: 'ready' });

  readonly #client: ProjectionClient;
  readonly #start: StartProjection | null;
  /** The scenario whose embedded projection is on screen: the worker's answers for it change nothing shown. */
  #embedded: Scenario | null = null;
  /** Projection results applied so far: what `renderedSeq` counts (the embedded one included). */
  #applied = 0;
  /** How many views show the plan overview now: it is computed only while one does. */
  #overviewViews = 0;
  /** The scenario last asked for. */
  #current: Scenario | null = null;

  /** @param start the build-time projection, when it was made with the app's dataset; else null */
  constructor(createClient: WorkbenchDeps['createClient'], start: StartProjection | null) {
    this.#start = start;
    this.#client = createClient(
      (_seq, scenario, reply) => this.#onReply(scenario, reply),
      (status) => (this.workerStatus = status),
    );
  }

  /** Project a scenario after an edit (or undo): the worker's answer replaces what is shown. */
  request(scenario: Scenario): void {
    // Once another scenario is asked for, the embedded projection is no longer on screen: an undo
    // back to the start scenario must show the worker's answer for it, not keep the last one.
    if (scenario !== this.#embedded) this.#embedded = null;
    this.#current = scenario;
    // The scenario is plain, immutable data: it is posted as it is (the one copy a lever move makes).
    this.#client.request(scenario, { overview: this.#overviewViews > 0 });
  }

  /**
   * Project a scenario just shown (at start, or opened): the projection embedded at build time when
   * it is the start scenario (the worker is still asked, to start it and for the overview), else the
   * worker's.
   */
  requestFirst(scenario: Scenario): void {
    this.#embedded = null;
    if (this.#start !== null && scenariosEqual(scenario, this.#start.scenario)) {
      this.#embedded = scenario;
      this.#show(this.#start.result);
    }
    this.request(scenario);
  }

  /**
   * Ask for the plan overview (indicators, key projects, parks) with every projection while a view
   * shows it; call the returned function when the view closes.
   */
  wantOverview(): () => void {
    this.#overviewViews++;
    // Called from a view's effect: the projection it asks for must not make the effect depend on the scenario.
    const current = this.#current;
    if (this.#overviewViews === 1 && current !== null) untrack(() => this.request(current));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#overviewViews--;
      if (this.#overviewViews === 0) this.overview = null;
    };
  }

  /** Ask the worker for the reference scenarios with their results (not coalesced with projections). */
  references(): Promise<ReferenceOverview[]> {
    return this.#client.references();
  }

  /** Stop the worker. */
  dispose(): void {
    this.#client.dispose();
  }

  #onReply(scenario: Scenario, reply: ProjectionReply): void {
    if (!reply.ok) {
      this.issues = reply.issues;
      return;
    }
    if (this.#overviewViews > 0) this.overview = reply.plan ?? this.overview;
    // The worker's answer for the scenario whose embedded projection is shown: the same numbers
    // (test/state/start-projection.svelte.test.ts), so only the overview is taken.
    if (scenario === this.#embedded) return;
    this.#show(reply.result);
  }

  #show(result: ProjectionResult): void {
    this.issues = [];
    this.result = result;
    const applied = ++this.#applied;
    // Announce the result only once every visible chart and table has been updated from it.
    void tick().then(() => {
      if (applied > this.renderedSeq) this.renderedSeq = applied;
    });
  }
}
