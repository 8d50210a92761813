import { mount } from 'svelte';
import { APP_VERSION } from './data/app-version';
import { PLAN_DATASET } from './data/plan-dataset';
import { I18n, i18nContext } from './i18n/i18n.svelte';
import { CompareState, compareContext } from './state/compare.svelte';
import { LibraryState, libraryContext } from './state/library.svelte';
import { Navigation, navigationContext } from './state/navigation.svelte';
import { WorkbenchState, workbenchContext } from './state/workbench.svelte';
import { StorageConnection } from './storage/connection';
import { loadCompareSelection, saveCompareSelection } from './storage/compare-selection';
import { loadLocale } from './storage/preferences';
import { ScenarioRepository } from './storage/scenario-repository';
import { WorkingDraftStore } from './storage/working-draft';
import App from './ui/App.svelte';
import './ui/styles/tokens.css';
import './ui/styles/data-table.css';
import { CompareClient } from './worker-client/compare-client';
import { createLibraryWorker } from './worker-client/library-client';
import { ProjectionClient, createBrowserWorker } from './worker-client/projection-client';

const i18n = new I18n(loadLocale());
document.documentElement.lang = i18n.locale;

let connection: StorageConnection | null;
try {
  connection = new StorageConnection();
} catch {
  connection = null;
}

const workbench = new WorkbenchState({
  dataset: PLAN_DATASET,
  draftStore: connection === null ? null : new WorkingDraftStore(connection),
  createClient: (onReply, onStatus) =>
    new ProjectionClient({ createWorker: createBrowserWorker, onReply, onStatus }),
});
connection?.beforeClose(() => workbench.flush());

const repository = connection === null ? null : new ScenarioRepository(connection, APP_VERSION);
const library = new LibraryState({
  connection,
  repository,
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
  ]),
});
