import { wrap } from 'comlink';
import type { LibraryApi } from '../../workers/library-api';
import type { WorkerHandle } from './supervised-worker';

/** A library worker and the way to stop it. */
export type LibraryWorker = WorkerHandle<LibraryApi>;

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
