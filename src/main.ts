import { mount } from 'svelte';
import { APP_VERSION } from './data/app-version';
import startProjection from 'virtual:start-projection';
import { PLAN_DATASET } from './data/plan-dataset';
import { I18n, i18nContext } from './i18n/i18n.svelte';
import { CompareAccess, compareContext } from './state/compare-access.svelte';
import { LibraryState, libraryContext } from './state/library.svelte';
import { Navigation, navigationContext } from './state/navigation.svelte';
import { WorkbenchState, workbenchContext } from './state/workbench.svelte';
import { StorageConnection } from './storage/connection';
import { ActualsStore } from './storage/actuals-store';
import { ActualsState, actualsContext } from './state/actuals.svelte';
import { loadLocale } from './storage/preferences';
import { ScenarioRepository } from './storage/scenario-repository';
import { WorkingDraftStore, draftKeyOf } from './storage/working-draft';
import {
  hasStoredDatasets,
  loadActiveDatasetVersion,
  saveActiveDatasetVersion,
  savePendingDatasetAction,
  takePendingDatasetAction,
} from './storage/active-dataset';
import { DatasetsState, datasetsContext } from './state/datasets.svelte';
import { setWorkerDatasets } from './worker-client/worker-datasets';
import type { PlanDataset } from './data/plan-types';
import App from './ui/App.svelte';
import './ui/styles/tokens.css';
import './ui/styles/data-table.css';
import './ui/styles/link-button.css';
import './ui/styles/card.css';
import { createLibraryWorker } from './worker-client/library-client';
import { SupervisedWorker } from './worker-client/supervised-worker';
import type { LibraryApi, NextPeriodReply, RerunReply } from '../workers/library-api';
import { ProjectionClient, createBrowserWorker } from './worker-client/projection-client';

// Chinese comes with the app; a remembered English loads its messages while storage opens.
const i18n = new I18n('zh-CN');
const locale = loadLocale();

let connection: StorageConnection | null;
try {
  connection = new StorageConnection();
} catch {
  connection = null;
}

/** How long an evaluation, a new period or a re-run may take before its worker is restarted, ms. */
const EVALUATION_TIMEOUT_MS = 60_000;

/**
 * Build the app's state on `dataset` (the embedded plan, or the planner's period it was left on) and
 * the planner's `userDatasets` (every version, for scenarios built on them).
 */
function createState(dataset: PlanDataset, userDatasets: readonly PlanDataset[]) {
  i18n.setHorizon(dataset.horizon);
  setWorkerDatasets(dataset === PLAN_DATASET ? null : dataset, userDatasets);
  const draftStore =
    connection === null
      ? null
      : new WorkingDraftStore(
          connection,
          dataset,
          draftKeyOf(dataset === PLAN_DATASET ? null : dataset.version),
        );
  const workbench = new WorkbenchState({
    dataset,
    draftStore,
    ...(connection === null ? {} : { storage: connection }),
    // Projected at build time: with no stored draft, the first numbers need no worker.
    startProjection,
    createClient: (onReply, onStatus) =>
      new ProjectionClient({ createWorker: createBrowserWorker, onReply, onStatus }),
  });
  connection?.beforeClose(() => workbench.flush());

  // Each saved scenario is checked against the version it was built on (older plan versions migrate to the plan).
  // The periods as they are now (one imported in this page included), once the state below exists.
  let periods: DatasetsState | null = null;
  const byVersion = new Map(userDatasets.map((d) => [d.version, d]));
  const datasetOf = (version: string) => periods?.find(version) ?? byVersion.get(version);
  const repository =
    connection === null
      ? null
      : new ScenarioRepository(connection, APP_VERSION, (version) => datasetOf(version) ?? PLAN_DATASET);
  const library = new LibraryState({
    connection,
    repository,
    draftStore,
    workbench,
    appVersion: APP_VERSION,
    createWorker: createLibraryWorker,
  });

  // The compare view's selection and results, created on first use (the compare view or a compare
  // link); its worker (a second library worker) starts on its first comparison.
  const compare = new CompareAccess(async () => {
    const [{ CompareState }, { CompareClient }, { loadCompareSelection, saveCompareSelection }] =
      await Promise.all([
        import('./state/compare.svelte'),
        import('./worker-client/compare-client'),
        import('./storage/compare-selection'),
      ]);
    return new CompareState({
      library,
      workbench,
      client: new CompareClient({ createWorker: createLibraryWorker }),
      store: { load: () => loadCompareSelection(), save: (selection) => saveCompareSelection(selection) },
      appVersion: APP_VERSION,
    });
  });

  // A library worker of its own for the evaluation, the next period and re-runs (the back-fit takes a
  // moment), started on first use; a call that hangs or a crash restarts it, the call fails with why.
  const evaluationWorker = new SupervisedWorker<LibraryApi>({
    create: createLibraryWorker,
    timeoutMs: EVALUATION_TIMEOUT_MS,
    name: 'evaluation',
  });

  // The zone's actuals, for the evaluation view (read when the view opens). They are the zone's, checked
  // against its first plan whichever period is open; the evaluation is of the period the app runs on.
  const actuals = new ActualsState({
    dataset: PLAN_DATASET,
    plan: dataset,
    store: connection === null ? null : new ActualsStore(connection, PLAN_DATASET),
    evaluate: (values) =>
      evaluationWorker.call((api) => api.evaluate(values.map((v) => ({ ...v, source: { ...v.source } })))),
  });

  // A backup imported into the library brings its actual figures along.
  library.importer.onActuals = (values) => void actuals.offer(values);
  // Read at start: the workbench's charts show the actual figures beside the projection.
  void actuals.load();

  // The plan periods: the embedded plan and the planner's datasets; opening another reloads on it.
  const datasets = new DatasetsState({
    active: dataset,
    embedded: PLAN_DATASET,
    initial: userDatasets,
    store: connection === null ? null : () => openDatasetStore(connection!),
    nextPeriod: (fromVersion, values, request) =>
      evaluationWorker.call(
        (api) =>
          api.nextPeriod(
            fromVersion,
            values.map((v) => ({ ...v, source: { ...v.source } })),
            request,
          ) as Promise<NextPeriodReply>,
      ),
    rerun: (scenario, toVersion) =>
      evaluationWorker.call((api) => api.rerun(scenario, toVersion) as Promise<RerunReply>),
    engineProblem: async (candidate) => {
      const { datasetEngineProblem } = await import('./engine/next-period/carry-scenario');
      return datasetEngineProblem(candidate);
    },
    switchTo: (version, action) => {
      void workbench.flush().finally(() => {
        saveActiveDatasetVersion(version);
        if (action !== null) savePendingDatasetAction(action);
        location.reload();
      });
    },
    appVersion: APP_VERSION,
  });
  periods = datasets;
  datasets.pending = takePendingDatasetAction();
  // A scenario file carries the periods its scenarios are built on: stored first, then the scenarios.
  library.importer.knownDatasets = () => datasets.datasets;
  library.importer.onDatasets = async (carried) => {
    const stored = await datasets.addCarried(carried);
    return stored;
  };
  // A saved scenario built on another known version opens the app on that version.
  library.openElsewhere = (record) => {
    if (record.datasetVersion === dataset.version) return false;
    const target =
      record.datasetVersion === PLAN_DATASET.version ? PLAN_DATASET : datasetOf(record.datasetVersion);
    if (target === undefined) return false;
    datasets.open(target.version, { kind: 'openRecord', id: record.id });
    return true;
  };

  return [
    workbenchContext(workbench),
    libraryContext(library),
    compareContext(compare),
    actualsContext(actuals),
    datasetsContext(datasets),
  ] as const;
}

function mountApp(contexts: ReturnType<typeof createState>): void {
  document.documentElement.lang = i18n.locale;
  const target = document.getElementById('app');
  if (target === null) throw new Error('index.html lacks the #app element');
  mount(App, {
    target,
    context: new Map<symbol, unknown>([i18nContext(i18n), ...contexts, navigationContext(new Navigation())]),
  });
}

/** The store of the planners' periods; its module (and the schema it checks with) loads on first use. */
function openDatasetStore(open: StorageConnection) {
  return import('./storage/dataset-store').then(({ DatasetStore }) => new DatasetStore(open));
}

/** The planner's datasets and the one to open on; read before start only when this browser has any. */
async function readDatasets(): Promise<{ dataset: PlanDataset; userDatasets: readonly PlanDataset[] }> {
  const wanted = loadActiveDatasetVersion();
  if (connection === null || (wanted === null && !hasStoredDatasets())) {
    return { dataset: PLAN_DATASET, userDatasets: [] };
  }
  try {
    const { datasets } = await (await openDatasetStore(connection)).list();
    return { dataset: datasets.find((d) => d.version === wanted) ?? PLAN_DATASET, userDatasets: datasets };
  } catch {
    return { dataset: PLAN_DATASET, userDatasets: [] };
  }
}

// No top-level await: it would make the bundler split the start-up code into many small chunks.
// A first visit (no planner's dataset) starts at once; otherwise the datasets are read first.
const start = (contexts: ReturnType<typeof createState>) => {
  if (locale === i18n.locale) mountApp(contexts);
  else
    void i18n
      .setLocale(locale)
      .catch(() => undefined)
      .then(() => mountApp(contexts));
};
if (connection === null || (loadActiveDatasetVersion() === null && !hasStoredDatasets())) {
  start(createState(PLAN_DATASET, []));
} else {
  void readDatasets().then(({ dataset, userDatasets }) => start(createState(dataset, userDatasets)));
}
