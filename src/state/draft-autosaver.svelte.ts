import type { Scenario } from '../scenario/scenario';
import type { DraftOrigin } from '../storage/database';
import type { WorkingDraftStore } from '../storage/working-draft';

/** How long after the last change the working draft is written, ms. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Where the working draft stands, as the status line says it:
 * - `notSaved`: nothing of what is on screen has been written yet (a fresh start, or storage still opening);
 * - `pending` / `saving`: a change waits for its write / is being written;
 * - `saved`: what is on screen is what storage holds (a write committed, or the draft was just read);
 * - `blocked`: another tab of an older version holds the database: work goes on in memory, not saved yet;
 * - `unavailable` / `quota`: storage failed / is full; the work stays on screen;
 * - `readOnly`: a newer version of the app owns the data; nothing is written here;
 * - `preview`: a scenario from a link is shown; the stored draft is left alone.
 */
export type DraftState =
  'notSaved' | 'pending' | 'saving' | 'saved' | 'blocked' | 'unavailable' | 'quota' | 'readOnly' | 'preview';

/** What the autosaver writes: the working scenario and the saved scenario it came from. */
export interface DraftContent {
  readonly scenario: Scenario;
  readonly origin: DraftOrigin | null;
}

/**
 * Writes the working draft 400 ms after the last change, and at once on {@link flush} (pagehide,
 * a hidden tab). Only a committed write makes the state `saved`. Writes wait at the gate until the
 * workbench has decided what to do with the stored draft ({@link open}), so that nothing stored is
 * overwritten before it was read.
 */
export class DraftAutosaver {
  state = $state<DraftState>('notSaved');

  readonly #store: WorkingDraftStore | null;
  readonly #content: () => DraftContent;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #writing: Promise<void> = Promise.resolve();
  #busy = false;
  #suspended = false;
  #previewing = false;
  /** A change waits to be written. */
  #pending = false;
  /** Resolves once the stored draft was read and writes may go ahead. */
  readonly #gate: Promise<void>;
  #openGate: () => void = () => undefined;

  /**
   * @param store null when storage could not be opened at all (the state is then `unavailable`)
   * @param content what to write, read at the moment of writing (never a Svelte proxy)
   */
  constructor(store: WorkingDraftStore | null, content: () => DraftContent) {
    this.#store = store;
    this.#content = content;
    this.#gate = new Promise((resolve) => (this.#openGate = resolve));
    if (store === null) this.state = 'unavailable';
  }

  /** Whether there is a store to write to. */
  get available(): boolean {
    return this.#store !== null;
  }

  /** Let writes through: the stored draft was read (or kept aside) and may now be replaced. */
  open(): void {
    this.#openGate();
  }

  /** Storage waits for another tab: say so until a write commits. */
  markBlocked(): void {
    if (this.state === 'notSaved' || this.state === 'pending' || this.state === 'saving')
      this.state = 'blocked';
  }

  /** What is on screen is what storage holds (the draft was just read from it). */
  markSaved(): void {
    if (this.#store !== null && !this.#previewing) this.state = 'saved';
  }

  /** A link preview starts (`true`) or ends: while it lasts nothing is written. */
  setPreview(previewing: boolean): void {
    this.#previewing = previewing;
    if (previewing) {
      this.#clearTimer();
      this.state = 'preview';
    } else {
      this.state = this.#store === null ? 'unavailable' : this.#suspended ? 'readOnly' : 'saved';
    }
  }

  /** Stop writing for good (a newer app version owns the data); edits stay on screen. */
  suspend(): void {
    this.#suspended = true;
    this.#clearTimer();
    if (this.#store !== null && !this.#previewing) this.state = 'readOnly';
  }

  /** Note a change: write it after {@link AUTOSAVE_DELAY_MS} unless another change comes first. */
  schedule(): void {
    // A link preview is an unsaved copy: its changes are not the working draft's.
    if (this.#store === null || this.#suspended || this.#previewing) return;
    if (this.state !== 'blocked') this.state = 'pending';
    this.#clearTimer();
    this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
    this.#pending = true;
  }

  /** Write the working draft now if a change is waiting (pagehide, hidden tab, before leaving). */
  flush(): Promise<void> {
    this.#clearTimer();
    if (this.#store === null || !this.#pending || this.#suspended || this.#previewing) return this.#writing;
    this.#pending = false;
    const store = this.#store;
    const { scenario, origin } = this.#content();
    if (this.state !== 'blocked') this.state = 'saving';
    // Start the write in this task when nothing else is being written (pagehide leaves no later turn).
    const write = async () => {
      await this.#gate;
      await store.save(scenario, origin);
    };
    const run = this.#busy ? this.#writing.then(write) : write();
    this.#busy = true;
    this.#writing = run
      .finally(() => (this.#busy = false))
      .then(
        () => {
          if (!this.#pending && (this.state === 'saving' || this.state === 'blocked')) this.state = 'saved';
        },
        (error: unknown) => {
          // The work stays on screen; the stored draft is the last one that committed.
          const kind = (error as { kind?: string } | null)?.kind;
          this.state = kind === 'quota' ? 'quota' : kind === 'newerVersion' ? 'readOnly' : 'unavailable';
        },
      );
    return this.#writing;
  }

  /** Stop the timer; nothing more is written. */
  dispose(): void {
    this.#clearTimer();
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
