import { mount } from 'svelte';
import { APP_VERSION } from './data/app-version';
import startProjection from 'virtual:start-projection';
import { PLAN_DATASET } from './data/plan-dataset';
import { I18n, i18nContext } from './i18n/i18n.svelte';
import { CompareState, compareContext } from './state/compare.svelte';
import { LibraryState, libraryContext } from './state/library.svelte';
import { Navigation, navigationContext } from './state/navigation.svelte';
import { WorkbenchState, workbenchContext } from './state/workbench.svelte';
import { StorageConnection } from './storage/connection';
import { ActualsStore } from './storage/actuals-store';
import { ActualsState, actualsContext } from './state/actuals.svelte';
import { loadCompareSelection, saveCompareSelection } from './storage/compare-selection';
import { loadLocale } from './storage/preferences';
import { ScenarioRepository } from './storage/scenario-repository';
import { WorkingDraftStore } from './storage/working-draft';
import App from './ui/App.svelte';
import './ui/styles/tokens.css';
import './ui/styles/data-table.css';
import './ui/styles/card.css';
import { CompareClient } from './worker-client/compare-client';
import { createLibraryWorker } from './worker-client/library-client';
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

const draftStore = connection === null ? null : new WorkingDraftStore(connection, PLAN_DATASET);
const workbench = new WorkbenchState({
  dataset: PLAN_DATASET,
  draftStore,
  ...(connection === null ? {} : { storage: connection }),
  // Projected at build time: with no stored draft, the first numbers need no worker.
  startProjection,
  createClient: (onReply, onStatus) =>
    new ProjectionClient({ createWorker: createBrowserWorker, onReply, onStatus }),
});
connection?.beforeClose(() => workbench.flush());

const repository = connection === null ? null : new ScenarioRepository(connection, APP_VERSION, PLAN_DATASET);
const library = new LibraryState({
  connection,
  repository,
  draftStore,
  workbench,
  appVersion: APP_VERSION,
  createWorker: createLibraryWorker,
});

// The compare view's selection and results; its worker (a second library worker) starts on first use.
const compare = new CompareState({
  library,
  workbench,
  client: new CompareClient({ createWorker: createLibraryWorker }),
  store: { load: () => loadCompareSelection(), save: (selection) => saveCompareSelection(selection) },
  appVersion: APP_VERSION,
});

// The zone's actuals, for the evaluation view (read when the view opens).
const actuals = new ActualsState({
  dataset: PLAN_DATASET,
  store: connection === null ? null : new ActualsStore(connection, PLAN_DATASET),
  evaluate: (() => {
    // A library worker of its own, started on the first evaluation (the back-fit takes a moment).
    let worker: ReturnType<typeof createLibraryWorker> | null = null;
    return async (values) => {
      worker ??= createLibraryWorker();
      return worker.api.evaluate(values.map((v) => ({ ...v, source: { ...v.source } })));
    };
  })(),
});

// A backup imported into the library brings its actual figures along.
library.importer.onActuals = (values) => void actuals.offer(values);
// Read at start: the workbench's charts show the actual figures beside the projection.
void actuals.load();

function mountApp(): void {
  document.documentElement.lang = i18n.locale;
  const target = document.getElementById('app');
  if (target === null) throw new Error('index.html lacks the #app element');
  mount(App, {
    target,
    context: new Map<symbol, unknown>([
      i18nContext(i18n),
      workbenchContext(workbench),
      libraryContext(library),
      compareContext(compare),
      navigationContext(new Navigation()),
      actualsContext(actuals),
    ]),
  });
}

// No top-level await: it would make the bundler split the start-up code into many small chunks.
if (locale === i18n.locale) mountApp();
else
  void i18n
    .setLocale(locale)
    .catch(() => undefined)
    .then(mountApp);
