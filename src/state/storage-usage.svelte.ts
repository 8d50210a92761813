import type { StorageUsage } from './library-messages';

/**
 * How much browser storage the app uses and whether the browser keeps it under storage pressure;
 * persistent storage is asked for once, after the first explicit save (quality.md, "Data is never lost").
 */
export class StorageUsageState {
  current = $state.raw<StorageUsage>({ persisted: null, usage: null, quota: null });
  #persistAsked = false;

  /** Ask the browser how much storage is used and whether it is persistent. */
  async refresh(): Promise<void> {
    const storage = globalThis.navigator?.storage;
    if (storage === undefined) return;
    const [estimate, persisted] = await Promise.all([
      storage.estimate?.().catch(() => undefined),
      storage.persisted?.().catch(() => null),
    ]);
    this.current = {
      persisted: persisted ?? null,
      usage: estimate?.usage ?? null,
      quota: estimate?.quota ?? null,
    };
  }

  /** After a save: ask once for persistent storage (only where there is real storage), then re-read the usage. */
  afterSave(persistentStorage: boolean): void {
    if (!this.#persistAsked && persistentStorage) {
      this.#persistAsked = true;
      void globalThis.navigator?.storage?.persist?.().then(
        () => this.refresh(),
        () => undefined,
      );
    } else void this.refresh();
  }
}
