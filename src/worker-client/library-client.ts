import { wrap, type Remote } from 'comlink';
import type { LibraryApi } from '../../workers/library-api';

/** A library worker and the way to stop it. */
export interface LibraryWorker {
  readonly api: Remote<LibraryApi>;
  terminate(): void;
  /** Register the listener to call when the worker fails outside a call (its 'error' event). */
  onCrash?(listener: (message: string) => void): void;
}

/** Start the library worker (summaries of saved scenarios, comparisons). */
export function createLibraryWorker(): LibraryWorker {
  const worker = new Worker(new URL('../../workers/library.worker.ts', import.meta.url), { type: 'module' });
  return {
    api: wrap<LibraryApi>(worker),
    terminate: () => worker.terminate(),
    onCrash: (listener) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        listener(event.message || 'the library worker stopped');
      }),
  };
}
