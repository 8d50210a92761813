import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { type Scenario } from '../../src/engine';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { startScenario } from '../../src/state/start-scenario';
import { compareScenarios, decomposeDifference } from '../../src/engine/compare';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import { createSavedScenario, type SavedScenario } from '../../src/scenario-format/saved-scenario';
import { CompareState, type CompareKey } from '../../src/state/compare.svelte';
import { LibraryState } from '../../src/state/library.svelte';
import { WorkbenchState } from '../../src/state/workbench.svelte';
import type { StoredCompareSelection } from '../../src/storage/compare-selection';
import { CompareClient } from '../../src/worker-client/compare-client';
import type { LibraryWorker } from '../../src/worker-client/library-client';
import { ProjectionClient, type WorkerHandle } from '../../src/worker-client/projection-client';
import type { LibraryApi } from '../../workers/library-api';
import type { ProjectionApi } from '../../workers/projection-api';
import { createLibraryService } from '../../workers/library-service';
import { createProjectionService } from '../../workers/projection-service';

const ports: MessagePort[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const port of ports.splice(0)) port.close();
});

function libraryWorker(): LibraryWorker {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  expose(createLibraryService(), port1);
  return { api: wrap<LibraryApi>(port2), terminate: () => port1.close() };
}

function projectionWorker(): WorkerHandle {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  expose(createProjectionService(), port1);
  return { api: wrap<ProjectionApi>(port2), terminate: () => port1.close() };
}

/** A selection store in memory that counts its writes, standing in for localStorage. */
function memoryStore(initial: StoredCompareSelection | null = null) {
  return {
    value: initial,
    writes: 0,
    load() {
      return this.value;
    },
    save(selection: StoredCompareSelection) {
      this.value = selection;
      this.writes++;
      return true;
    },
  };
}

/** A workbench and a library in memory (no IndexedDB), with real workers on message channels. */
function makeApp() {
  const workbench = new WorkbenchState({
    dataset: PLAN_DATASET,
    draftStore: null,
    createClient: (onReply, onStatus) =>
      new ProjectionClient({ createWorker: projectionWorker, onReply, onStatus }),
  });
  const library = new LibraryState({
    connection: null,
    repository: null,
    workbench,
    appVersion: '0.1.0',
    createWorker: libraryWorker,
  });
  cleanups.push(() => {
    library.dispose();
    workbench.dispose();
  });
  return { workbench, library };
}

function makeCompare(app: ReturnType<typeof makeApp>, store = memoryStore()) {
  const compare = new CompareState({
    library: app.library,
    workbench: app.workbench,
    client: new CompareClient({ createWorker: libraryWorker }),
    store,
    appVersion: '0.1.0',
    now: () => 1_764_374_400_000,
  });
  cleanups.push(() => compare.dispose());
  return { compare, store };
}

const base = (): Scenario => defaultScenario(PLAN_DATASET);

function variant(growth: number, investment = 90): Scenario {
  const scenario = base();
  scenario.clusters.newMaterials.growthRate = growth;
  scenario.clusters.newMaterials.investmentPerYear = investment;
  return scenario;
}

let clock = 1_700_000_000_000;
function record(name: string, scenario: Scenario, id?: string): SavedScenario {
  clock += 1000;
  return createSavedScenario({ name, scenario }, { now: clock, appVersion: '0.1.0' }, id);
}

async function withSaved(app: ReturnType<typeof makeApp>, records: SavedScenario[]) {
  expect(await app.library.applyImport(records, [], 0)).toBe(true);
}

const saved = (r: SavedScenario): CompareKey => `saved:${r.id}`;

describe('CompareState', { timeout: 20_000 }, () => {
  test('with nothing chosen, proposes the plan and the three latest saved scenarios (oldest first), the plan as reference', async () => {
    const app = makeApp();
    const records = [
      record('甲', variant(0.1)),
      record('乙', variant(0.2)),
      record('丙', variant(0.3)),
      record('丁', variant(0.4)),
    ];
    await withSaved(app, records);
    const { compare, store } = makeCompare(app);
    expect(compare.keys).toEqual(['plan', saved(records[1]!), saved(records[2]!), saved(records[3]!)]);
    expect(compare.reference).toBe('plan');
    expect(store.writes).toBe(0);
  });

  test('with fewer than two saved scenarios, the working draft is proposed too', async () => {
    const app = makeApp();
    const only = record('甲', variant(0.1));
    await withSaved(app, [only]);
    expect(makeCompare(app).compare.keys).toEqual(['plan', saved(only), 'draft']);
  });

  test('the selection and reference are stored and come back in a new state (a reload)', async () => {
    const app = makeApp();
    const [a, b, c] = [record('甲', variant(0.1)), record('乙', variant(0.2)), record('丙', variant(0.3))];
    await withSaved(app, [a, b, c]);
    const { compare, store } = makeCompare(app);
    compare.toggle('plan');
    compare.toggle('draft');
    compare.setReference(saved(b));
    expect(store.value).toEqual({ keys: [saved(a), saved(b), saved(c), 'draft'], reference: saved(b) });
    const again = makeCompare(app, memoryStore(store.value)).compare;
    expect(again.keys).toEqual(compare.keys);
    expect(again.reference).toBe(saved(b));
  });

  test('at most four scenarios; the plan can always be added; removing the reference moves it', async () => {
    const app = makeApp();
    const records = [0.1, 0.2, 0.3, 0.4, 0.5].map((g, i) => record(`方案${i}`, variant(g)));
    await withSaved(app, records);
    const { compare } = makeCompare(
      app,
      memoryStore({ keys: records.slice(0, 4).map(saved) as never, reference: saved(records[0]!) as never }),
    );
    expect(compare.scenarioCount).toBe(4);
    expect(compare.canAdd(saved(records[4]!))).toBe(false);
    expect(compare.toggle(saved(records[4]!))).toBe(false);
    expect(compare.toggle('plan')).toBe(true);
    expect(compare.keys[0]).toBe('plan');
    compare.toggle(saved(records[0]!));
    expect(compare.reference).toBe('plan');
  });

  test('the comparison is computed in the worker, equals the engine’s, and follows the working draft', async () => {
    const app = makeApp();
    const [a, b] = [record('甲', variant(0.15)), record('乙', variant(0.25, 120))];
    await withSaved(app, [a, b]);
    const { compare } = makeCompare(
      app,
      memoryStore({
        keys: ['plan', saved(a) as never, saved(b) as never, 'draft'],
        reference: saved(a) as never,
      }),
    );
    await compare.refresh();
    const expected = compareScenarios(
      PLAN_DATASET,
      [
        { kind: 'plan' },
        { kind: 'scenario', scenario: a.scenario },
        { kind: 'scenario', scenario: b.scenario },
        // The working draft: the scenario the app opens on.
        { kind: 'scenario', scenario: startScenario(PLAN_DATASET) },
      ],
      1,
    );
    expect(compare.report).toEqual({
      kind: 'ready',
      comparison: expected,
      columns: compare.columns,
      requestKey: compare.requestKey,
    });
    expect(compare.current).toBe(true);

    const before = compare.requestKey;
    app.workbench.edits.setLever('medicineHealth', 'investmentPerYear', 100);
    expect(compare.requestKey).not.toBe(before);
    expect(compare.current).toBe(false);
    await compare.refresh();
    const report = compare.report;
    const draftColumn = report.kind === 'ready' ? report.comparison.columns[3]! : null;
    expect(draftColumn?.kind === 'projected' && draftColumn.projection.clusters[1]!.years[0]!.output).toBe(
      3.9,
    );
    expect(compare.columns[3]!.scenario!.clusters.medicineHealth.investmentPerYear).toBe(100);
  });

  test('a reference scenario is a column: computed in the worker like the engine, stored, and sent by link as itself', async () => {
    const app = makeApp();
    const store = memoryStore({ keys: ['plan', 'draft'], reference: 'plan' });
    const { compare } = makeCompare(app, store);
    expect(compare.toggle('ref:trend')).toBe(true);
    compare.setReference('ref:trend');
    expect(compare.keys).toEqual(['plan', 'draft', 'ref:trend']);
    expect(store.value).toEqual({ keys: ['plan', 'draft', 'ref:trend'], reference: 'ref:trend' });
    const column = compare.columns[2]!;
    expect(column.source).toEqual({ kind: 'reference', id: 'trend' });
    expect(column.scenario).toEqual(referenceScenario(PLAN_DATASET, 'trend'));
    // Built once: the same object on every read, so the request does not change by itself.
    expect(compare.columns[2]!.scenario).toBe(column.scenario);
    expect(compare.scenarioCount).toBe(2);

    await compare.refresh();
    const expected = compareScenarios(
      PLAN_DATASET,
      [
        { kind: 'plan' },
        { kind: 'scenario', scenario: startScenario(PLAN_DATASET) },
        { kind: 'scenario', scenario: referenceScenario(PLAN_DATASET, 'trend') },
      ],
      2,
    );
    expect(compare.report.kind === 'ready' && compare.report.comparison).toEqual(expected);

    // A link carries the reference as a scenario named after it; opened, it is that reference again.
    const link = await compare.shareLink('工作草稿', (id) => `参照 ${id}`);
    if (!link.ok) throw new Error('too long');
    const receiver = makeCompare(makeApp(), memoryStore()).compare;
    expect(await receiver.openLink(link.fragment)).toBe(true);
    expect(receiver.keys).toEqual(['plan', 'draft', 'ref:trend']);
    expect(receiver.reference).toBe('ref:trend');
    expect(receiver.linked?.scenarios).toEqual([]);
  });

  test('a deleted scenario leaves the comparison; the stored selection is not rewritten for it', async () => {
    const app = makeApp();
    const [a, b] = [record('甲', variant(0.15)), record('乙', variant(0.25))];
    await withSaved(app, [a, b]);
    const store = memoryStore({
      keys: ['plan', saved(a) as never, saved(b) as never],
      reference: saved(b) as never,
    });
    const { compare } = makeCompare(app, store);
    await app.library.remove(b);
    expect(compare.keys).toEqual(['plan', saved(a)]);
    expect(compare.reference).toBe('plan');
    expect(store.writes).toBe(0);
  });

  test('the breakdown of the default pair equals the engine’s', async () => {
    const app = makeApp();
    const [a, b] = [record('甲', variant(0.15)), record('乙', variant(0.25, 150))];
    await withSaved(app, [a, b]);
    const { compare } = makeCompare(
      app,
      memoryStore({ keys: ['plan', saved(a) as never, saved(b) as never], reference: 'plan' }),
    );
    expect(compare.pair).toEqual({ from: saved(a), to: saved(b) });
    await compare.refreshWaterfall();
    expect(compare.waterfall).toEqual({
      kind: 'ready',
      outcome: decomposeDifference(PLAN_DATASET, a.scenario, b.scenario),
      from: saved(a),
      to: saved(b),
    });
    compare.setPair(saved(b), saved(a));
    expect(compare.pair).toEqual({ from: saved(b), to: saved(a) });
  });

  test('a link opened where the scenarios are saved shows them as they are, and stores nothing', async () => {
    const app = makeApp();
    const [a, b] = [record('甲', variant(0.15)), record('乙', variant(0.25))];
    await withSaved(app, [a, b]);
    const sender = makeCompare(
      app,
      memoryStore({
        keys: ['plan', saved(a) as never, saved(b) as never, 'draft'],
        reference: saved(b) as never,
      }),
    ).compare;
    const link = await sender.shareLink('工作草稿');
    if (!link.ok) throw new Error('too long');

    const store = memoryStore({ keys: ['plan', 'draft'], reference: 'draft' });
    const { compare } = makeCompare(app, store);
    expect(await compare.openLink(link.fragment)).toBe(true);
    expect(compare.keys).toEqual(['plan', saved(a), saved(b), 'draft']);
    expect(compare.reference).toBe(saved(b));
    expect(compare.linked?.scenarios).toEqual([]);
    compare.toggle('plan');
    expect(store.writes).toBe(0);
    compare.leaveLink();
    expect(compare.keys).toEqual(['plan', 'draft']);
    expect(compare.reference).toBe('draft');
  });

  test('a link opened on another machine shows its scenarios; keeping it saves them as new records', async () => {
    const sender = makeApp();
    const [a, b] = [record('甲', variant(0.15)), record('乙', variant(0.25))];
    await withSaved(sender, [a, b]);
    sender.workbench.edits.setLever('agriProcessing', 'growthRate', 0.2);
    const link = await makeCompare(
      sender,
      memoryStore({ keys: [saved(a) as never, saved(b) as never, 'draft'], reference: saved(a) as never }),
    ).compare.shareLink('草稿');
    if (!link.ok) throw new Error('too long');

    const receiver = makeApp();
    const elsewhere = record('甲', variant(0.05), a.id); // the same id holds another scenario here
    await withSaved(receiver, [elsewhere]);
    const store = memoryStore();
    const { compare } = makeCompare(receiver, store);
    await compare.openLink(link.fragment);
    expect(compare.keys).toEqual(['link:0', 'link:1', 'link:2']);
    expect(compare.columns.map((c) => c.source.kind === 'link' && c.source.linked.name)).toEqual([
      '甲',
      '乙',
      '草稿',
    ]);
    expect(compare.columns[2]!.scenario!.clusters.agriProcessing.growthRate).toBe(0.2);
    expect(store.writes).toBe(0);

    expect(await compare.keepLink((name, n) => `${name}（${n}）`)).toBe(true);
    expect(compare.linked).toBeNull();
    const names = receiver.library.items.map((item) => item.name).sort();
    // The taken id made a copy with a new id and a copy's name; nothing stored was overwritten.
    expect(names).toEqual(['乙', '甲', '甲（2）', '草稿'].sort());
    expect(receiver.library.items.find((item) => item.id === a.id)?.scenario).toEqual(elsewhere.scenario);
    expect(compare.keys).toHaveLength(3);
    expect(compare.keys.every((key) => key.startsWith('saved:'))).toBe(true);
    expect(compare.columns.map((c) => c.scenario)).toEqual([a.scenario, b.scenario, expect.anything()]);
    expect(store.value?.reference).toBe(compare.keys[0]);
  });

  test('a damaged link says why and changes nothing', async () => {
    const app = makeApp();
    const { compare, store } = makeCompare(app, memoryStore({ keys: ['plan', 'draft'], reference: 'plan' }));
    expect(await compare.openLink('#c=AQAAAAAAAAAAAAAAAAA')).toBe(false);
    expect(compare.linkProblem?.code).toBe('linkDamaged');
    expect(compare.linked).toBeNull();
    expect(compare.keys).toEqual(['plan', 'draft']);
    expect(store.writes).toBe(0);
  });
});
