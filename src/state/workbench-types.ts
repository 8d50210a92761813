/** The workbench's vocabulary: where the working scenario came from, what it tells at start, what it needs. */
import type { PlanDataset } from '../data/plan-types';
import type { Issue } from '../scenario/issues';
import type { Scenario } from '../scenario/scenario';
import type { ConnectionState } from '../storage/connection';
import type { DraftOrigin } from '../storage/database';
import type { WorkingDraftStore } from '../storage/working-draft';
import type { StartProjection } from './start-projection';
import type { ClientStatus, ProjectionClient, ProjectionReply } from '../worker-client/projection-client';

/** The saved scenario the working draft was opened from, as the workbench shows it. */
export interface WorkingOrigin extends DraftOrigin {
  readonly name: string;
}

/** A one-off notice about how the app started or what happened to the stored draft (dismissible). */
export type StartupNotice =
  | { kind: 'restored'; migratedFrom: number | null }
  | { kind: 'otherDataset'; version: string; migratedFrom: number | null }
  /** The stored draft could not be used; it was kept aside untouched (the library lists it). */
  | { kind: 'draftKept'; reason: 'unreadable' | 'superseded'; issue: Issue | null }
  /** The stored draft was written by a newer version: shown read-only, nothing is written. */
  | { kind: 'draftNewer'; issue: Issue }
  /** Another tab (an older version) holds the database: the app computes in memory until it closes. */
  | { kind: 'storageBlocked' }
  | null;

/** The part of the storage connection the workbench watches: whether opening waits for another tab. */
export interface StorageStatus {
  readonly state: ConnectionState;
  subscribe(listener: (state: ConnectionState) => void): () => void;
}

/** What the workbench needs from outside: the dataset, a projection client and the draft store. */
export interface WorkbenchDeps {
  readonly dataset: PlanDataset;
  readonly createClient: (
    onReply: (seq: number, scenario: Scenario, reply: ProjectionReply) => void,
    onStatus: (status: ClientStatus) => void,
  ) => ProjectionClient;
  /** Null when storage could not be opened. */
  readonly draftStore: WorkingDraftStore | null;
  /** The connection's state, to notice a blocked upgrade; absent in tests without storage. */
  readonly storage?: StorageStatus;
  /**
   * The start scenario and its projection computed at build time (`virtual:start-projection`): the
   * first numbers need no worker when no stored draft differs from it. Null to always ask the worker.
   */
  readonly startProjection?: StartProjection | null;
}
