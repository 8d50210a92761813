/// <reference types="vite-plugin-pwa/vanillajs" />
import type { WorkbenchState } from '../../state/workbench.svelte';

/** What the app does when the service worker reports something. */
export interface ServiceWorkerEvents {
  /** A new version is installed and waits: ask the user (never reload by ourselves). */
  readonly onUpdateReady: () => void;
  /** The first install finished: the app now works offline. */
  readonly onOfflineReady: () => void;
  /** A new version took control of this page (after the user's "reload", or from another tab). */
  readonly onControllerChanged: () => void;
}

/**
 * Register the app's service worker (precache of every built file, vite-plugin-pwa / Workbox) and
 * report its events. Returns the function that activates a waiting new version; it does not reload.
 * Without service-worker support (or in the dev server) nothing happens.
 */
export async function registerServiceWorker(events: ServiceWorkerEvents): Promise<() => Promise<void>> {
  if (!('serviceWorker' in navigator)) return async () => undefined;
  const { registerSW } = await import('virtual:pwa-register');
  return registerSW({
    onNeedRefresh: events.onUpdateReady,
    onOfflineReady: events.onOfflineReady,
    // Given, so that workbox-window never reloads the page on its own.
    onNeedReload: events.onControllerChanged,
    onRegisterError: () => {
      // No offline support this time (e.g. private mode); the app works online as before.
    },
  });
}

/**
 * Whether reloading now would lose work: a link preview or edits kept only in memory (storage
 * unavailable or full), or edits to a saved scenario not yet saved to the library. The autosaved
 * working draft itself survives a reload (after `flush()`).
 */
export function hasUnsavedWork(workbench: WorkbenchState): boolean {
  return (
    workbench.preview !== null ||
    workbench.draftState === 'unavailable' ||
    workbench.draftState === 'quota' ||
    (workbench.dirty && workbench.origin !== null)
  );
}
