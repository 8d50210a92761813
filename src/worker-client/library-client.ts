import { wrap } from 'comlink';
import { PLAN_DATASET } from '../data/plan-dataset';
import { workerActiveDataset, workerKnownDatasets } from './worker-datasets';
import type { LibraryApi } from '../../workers/library-api';
import type { WorkerHandle } from './supervised-worker';

export type { NextPeriodReply } from '../../workers/library-api';

/** A library worker and the way to stop it. */
export type LibraryWorker = WorkerHandle<LibraryApi>;

/** Start the library worker (summaries of saved scenarios, comparisons). */
export function createLibraryWorker(): LibraryWorker {
  const worker = new Worker(new URL('../../workers/library.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<LibraryApi>(worker);
  // Messages are handled in order: the datasets arrive before the first request.
  const active = workerActiveDataset();
  const known = workerKnownDatasets();
  if (active !== null || known.length > 0) void api.useDatasets(active ?? PLAN_DATASET, known);
  return {
    api,
    terminate: () => worker.terminate(),
    onCrash: (listener) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        listener(event.message || 'the library worker stopped');
      }),
  };
}
