import { mount } from 'svelte';
import { PLAN_DATASET } from './data/plan-dataset';
import { I18n, i18nContext } from './i18n/i18n.svelte';
import { Navigation, navigationContext } from './state/navigation.svelte';
import { WorkbenchState, workbenchContext } from './state/workbench.svelte';
import { loadLocale } from './storage/preferences';
import { WorkingDraftStore } from './storage/working-draft';
import App from './ui/App.svelte';
import { ProjectionClient, createBrowserWorker } from './worker-client/projection-client';

const i18n = new I18n(loadLocale());
document.documentElement.lang = i18n.locale;

let draftStore: WorkingDraftStore | null;
try {
  draftStore = WorkingDraftStore.open();
} catch {
  draftStore = null;
}

const workbench = new WorkbenchState({
  dataset: PLAN_DATASET,
  draftStore,
  createClient: (onReply, onStatus) =>
    new ProjectionClient({ createWorker: createBrowserWorker, onReply, onStatus }),
});

const target = document.getElementById('app');
if (target === null) throw new Error('index.html lacks the #app element');
mount(App, {
  target,
  context: new Map<symbol, unknown>([
    i18nContext(i18n),
    workbenchContext(workbench),
    navigationContext(new Navigation()),
  ]),
});
