import { scenariosEqual } from '../scenario/updates';
import type { PlanDataset } from '../data/plan-types';
import type { ReferenceId } from '../data/references';
import { referenceScenario } from '../engine/reference-scenarios';
import type { CompareEntry, Comparison, WaterfallMeasure, WaterfallOutcome } from '../engine/compare';
import type { Scenario } from '../scenario/scenario';
import type { Issue } from '../scenario/issues';
import type { CompareLinkEncodeResult, CompareLinkEntry } from '../scenario-format/compare-link';
import {
  referenceIdOf,
  type StoredCompareKey,
  type StoredCompareSelection,
} from '../storage/compare-selection';
import {
  MAX_COMPARED_SCENARIOS,
  type ColumnSource,
  type CompareColumn,
  type CompareDeps,
  type CompareKey,
  type LinkedComparison,
  type LinkedScenario,
  type ReportState,
  type WaterfallBy,
  type WaterfallState,
} from './compare-types';
import { linkEntryOf, localKeyOf } from './compare-link-entry';

export * from './compare-types';

function isScenarioKey(key: CompareKey): boolean {
  return key !== 'plan';
}

/**
 * The compare view's state: which columns are compared (the plan's targets, the working draft,
 * saved scenarios, scenarios from an opened link) and which is the reference; the comparison and
 * the breakdown of a difference, both computed in the library worker. The user's own selection is
 * stored (src/storage/compare-selection.ts) and survives reloads; a comparison opened from a link
 * is shown in its place without being stored, until the user keeps it.
 */
export class CompareState {
  readonly dataset: PlanDataset;
  /** The user's own selection; null until they first choose (the view then proposes one). */
  own = $state.raw<StoredCompareSelection | null>(null);
  /** A comparison opened from a link, shown instead of the own selection; null when none. */
  linked = $state.raw<LinkedComparison | null>(null);
  /** Why the last link could not be opened; null when it could (or none was opened). */
  linkProblem = $state.raw<Issue | null>(null);
  /** Whether every assumption is listed, or only those that differ. */
  showAllAssumptions = $state(false);
  waterfallBy = $state<WaterfallBy>('group');
  waterfallMeasure = $state<WaterfallMeasure>('industrialOutput');
  report = $state.raw<ReportState>({ kind: 'idle' });
  waterfall = $state.raw<WaterfallState>({ kind: 'idle' });
  /** The pair the user chose for the breakdown; null for the default pair. */
  chosenPair = $state.raw<{ readonly from: CompareKey; readonly to: CompareKey } | null>(null);

  readonly #deps: CompareDeps;
  #waterfallRequest = '';
  /** The reference scenarios' assumptions, built once each (the worker computes their results). */
  readonly #references = new Map<ReferenceId, Scenario>();

  /**
   * The selection proposed before the user chooses: the plan (the reference) and the three latest
   * saved scenarios, oldest first, with the working draft if fewer than two are saved.
   */
  readonly proposed = $derived.by((): StoredCompareSelection => {
    // The latest three, shown in the order they were saved: a story that builds up.
    const latest = [...this.#deps.library.items]
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .slice(0, MAX_COMPARED_SCENARIOS - 1)
      .reverse()
      .map((item): StoredCompareKey => `saved:${item.id}`);
    const keys: StoredCompareKey[] = ['plan', ...latest];
    if (latest.length < 2) keys.push('draft');
    return { keys, reference: 'plan' };
  });

  /** The column keys shown, in order: the link's when one is open, else the user's own (or the proposal). */
  readonly keys = $derived.by((): readonly CompareKey[] => {
    const wanted = this.linked?.keys ?? (this.own ?? this.proposed).keys;
    return wanted.filter((key) => this.#sourceOf(key) !== null);
  });

  /** The reference column's key; null when there is none. */
  readonly reference = $derived.by((): CompareKey | null => {
    const wanted = this.linked !== null ? this.linked.reference : (this.own ?? this.proposed).reference;
    if (wanted !== null && this.keys.includes(wanted)) return wanted;
    return this.keys[0] ?? null;
  });

  /** The columns shown, in order, with their assumptions. */
  readonly columns = $derived.by((): readonly CompareColumn[] =>
    this.keys.map((key) => {
      const source = this.#sourceOf(key)!;
      return { key, source, scenario: this.#scenarioOf(source) };
    }),
  );

  /** How many scenarios (not counting the plan) are compared. */
  readonly scenarioCount = $derived(this.keys.filter(isScenarioKey).length);

  /** Whether there is enough to compare: at least two columns, one of them a scenario. */
  readonly comparable = $derived(this.keys.length >= 2 && this.scenarioCount >= 1);

  /** The request the comparison answers, as text: the view recomputes when it changes. */
  readonly requestKey = $derived(
    JSON.stringify({
      keys: this.keys,
      reference: this.reference,
      scenarios: this.columns.map((column) => column.scenario),
    }),
  );

  /** Whether the comparison on screen answers the current selection, reference and scenarios. */
  readonly current = $derived(this.report.kind === 'ready' && this.report.requestKey === this.requestKey);

  /** The two columns whose difference is broken down: the user's choice if still shown, else the reference (or first scenario) and the next scenario. */
  readonly pair = $derived.by((): { readonly from: CompareKey; readonly to: CompareKey } | null => {
    const scenarios = this.keys.filter(isScenarioKey);
    const chosen = this.chosenPair;
    if (
      chosen !== null &&
      chosen.from !== chosen.to &&
      scenarios.includes(chosen.from) &&
      scenarios.includes(chosen.to)
    ) {
      return chosen;
    }
    if (scenarios.length < 2) return null;
    const from = this.reference !== null && isScenarioKey(this.reference) ? this.reference : scenarios[0]!;
    const to = scenarios.find((key) => key !== from)!;
    return { from, to };
  });

  /** Create the state and read the stored selection. */
  constructor(deps: CompareDeps) {
    this.#deps = deps;
    this.dataset = deps.workbench.dataset;
    this.own = deps.store.load();
  }

  #sourceOf(key: CompareKey): ColumnSource | null {
    if (key === 'plan') return { kind: 'plan' };
    if (key === 'draft') return { kind: 'draft' };
    const referenceId = referenceIdOf(key);
    if (referenceId !== null) return { kind: 'reference', id: referenceId };
    if (key.startsWith('ref:')) return null;
    if (key.startsWith('link:')) {
      const linked = this.linked?.scenarios.find((s) => s.key === key);
      return linked === undefined ? null : { kind: 'link', linked };
    }
    const id = key.slice('saved:'.length);
    const record = this.#deps.library.items.find((item) => item.id === id);
    return record === undefined ? null : { kind: 'saved', record };
  }

  #scenarioOf(source: ColumnSource): Scenario | null {
    switch (source.kind) {
      case 'plan':
        return null;
      case 'draft':
        return this.#deps.workbench.scenario;
      case 'reference':
        return this.referenceScenario(source.id);
      case 'saved':
        return source.record.scenario;
      case 'link':
        return source.linked.scenario;
    }
  }

  /** A reference scenario's assumptions (built once, then the same object). */
  referenceScenario(id: ReferenceId): Scenario {
    let scenario = this.#references.get(id);
    if (scenario === undefined) {
      scenario = referenceScenario(this.dataset, id);
      this.#references.set(id, scenario);
    }
    return scenario;
  }

  /** Whether a column can be added: the plan always, a scenario while fewer than four are compared. */
  canAdd(key: CompareKey): boolean {
    return this.keys.includes(key) || key === 'plan' || this.scenarioCount < MAX_COMPARED_SCENARIOS;
  }

  /** Add a column, or remove it; refused (false) when it would make more than four scenarios. */
  toggle(key: CompareKey): boolean {
    const keys = [...this.keys];
    const index = keys.indexOf(key);
    if (index >= 0) keys.splice(index, 1);
    else if (!this.canAdd(key)) return false;
    else if (key === 'plan') keys.unshift(key);
    else keys.push(key);
    const reference =
      this.reference !== null && keys.includes(this.reference) ? this.reference : (keys[0] ?? null);
    this.#select(keys, reference);
    return true;
  }

  /** Make a shown column the reference. */
  setReference(key: CompareKey): void {
    if (!this.keys.includes(key)) return;
    this.#select([...this.keys], key);
  }

  /** Choose the two columns whose difference is broken down. */
  setPair(from: CompareKey, to: CompareKey): void {
    this.chosenPair = { from, to };
  }

  #select(keys: CompareKey[], reference: CompareKey | null): void {
    if (this.linked !== null) {
      this.linked = { ...this.linked, keys, reference };
      return;
    }
    const stored = keys.filter((key): key is StoredCompareKey => !key.startsWith('link:'));
    const selection: StoredCompareSelection = {
      keys: stored,
      reference:
        reference !== null && !reference.startsWith('link:') ? (reference as StoredCompareKey) : null,
    };
    this.own = selection;
    this.#deps.store.save(selection);
  }

  /** The request for the worker: one entry per column (plain data), and the reference's index. */
  #request(): { entries: CompareEntry[]; referenceIndex: number; columns: readonly CompareColumn[] } {
    const columns = this.columns;
    return {
      columns,
      entries: columns.map((column) =>
        column.scenario === null ? { kind: 'plan' } : { kind: 'scenario', scenario: column.scenario },
      ),
      referenceIndex: this.reference === null ? -1 : columns.findIndex((c) => c.key === this.reference),
    };
  }

  /** Compare the shown columns in the worker; the newest request wins. */
  async refresh(): Promise<void> {
    if (!this.comparable) {
      this.report = { kind: 'idle' };
      return;
    }
    const { entries, referenceIndex, columns } = this.#request();
    const requestKey = this.requestKey;
    if (this.report.kind !== 'ready') this.report = { kind: 'pending' };
    const result = await this.#deps.client.compare(entries, referenceIndex);
    if (result.kind === 'stale') return;
    this.report =
      result.kind === 'ok'
        ? { kind: 'ready', comparison: result.value, columns, requestKey }
        : { kind: 'failed', reason: result.reason, message: result.message };
  }

  /** Break the chosen pair's difference down in the worker; the newest request wins. */
  async refreshWaterfall(): Promise<void> {
    const pair = this.pair;
    const from = pair === null ? null : this.columns.find((c) => c.key === pair.from)?.scenario;
    const to = pair === null ? null : this.columns.find((c) => c.key === pair.to)?.scenario;
    if (pair === null || !from || !to) {
      this.#waterfallRequest = '';
      this.waterfall = { kind: 'idle' };
      return;
    }
    const request = JSON.stringify([pair, this.waterfallMeasure, from, to]);
    if (request === this.#waterfallRequest && this.waterfall.kind === 'ready') return;
    this.#waterfallRequest = request;
    if (this.waterfall.kind !== 'ready') this.waterfall = { kind: 'pending' };
    const result = await this.#deps.client.waterfall(from, to, this.waterfallMeasure);
    if (result.kind === 'stale') return;
    this.waterfall =
      result.kind === 'ok'
        ? { kind: 'ready', outcome: result.value, from: pair.from, to: pair.to }
        : { kind: 'failed', reason: result.reason, message: result.message };
  }

  /**
   * Open a comparison from a link (`#c=…`): its scenarios that this library holds unchanged (same
   * id and assumptions), or that equal the working draft, are shown as those; the others as
   * scenarios from the link. Nothing stored changes: the own selection comes back with
   * {@link leaveLink}, and {@link keepLink} saves the link's scenarios as new library records.
   * @returns whether the link could be opened (else {@link linkProblem} says why)
   */
  async openLink(fragment: string): Promise<boolean> {
    const { decodeCompareLink } = await import('../scenario-format/compare-link');
    const decoded = await decodeCompareLink(fragment, this.dataset);
    if (!decoded.ok) {
      this.linkProblem = decoded;
      return false;
    }
    this.linkProblem = null;
    const scenarios: LinkedScenario[] = [];
    const keys: CompareKey[] = [];
    for (const entry of decoded.content.entries) {
      if (entry.kind === 'plan') keys.push('plan');
      else {
        const local = localKeyOf(entry, this.#deps.library.items, this.#deps.workbench.scenario, (id) =>
          this.referenceScenario(id),
        );
        keys.push(local ?? this.#addLinked(entry, scenarios));
      }
    }
    const unique = keys.filter((key, index) => keys.indexOf(key) === index);
    this.linked = {
      scenarios,
      keys: unique,
      reference: keys[decoded.content.reference] ?? null,
      otherDatasets: decoded.otherDatasets,
    };
    this.chosenPair = null;
    return true;
  }

  #addLinked(entry: Exclude<CompareLinkEntry, { kind: 'plan' }>, scenarios: LinkedScenario[]): CompareKey {
    const key = `link:${scenarios.length}` as const;
    scenarios.push({
      key,
      name: entry.name,
      scenario: entry.scenario,
      savedId: entry.kind === 'saved' ? entry.id : null,
      fromDraft: entry.kind === 'draft',
    });
    return key;
  }

  /** Close the comparison from a link and show the own selection again. */
  leaveLink(): void {
    this.linked = null;
    this.chosenPair = null;
  }

  /**
   * Keep the comparison from a link as the own one: a linked scenario the library holds unchanged is
   * used as it is; the others are saved as new records (never over a stored one: a taken id or name
   * gets a copy's), then the selection is stored. False when the library refused the records (the
   * link stays open).
   * @param copyName names a copy whose name is taken, e.g. `方案甲（2）`
   */
  async keepLink(copyName: (name: string, n: number) => string): Promise<boolean> {
    const linked = this.linked;
    if (linked === null) return true;
    const [{ createSavedScenario }, { classifyImport, planImport }] = await Promise.all([
      import('../scenario-format/saved-scenario'),
      import('../scenario-format/import-plan'),
    ]);
    const now = (this.#deps.now ?? Date.now)();
    const incoming = linked.scenarios.map((s) =>
      s.savedId === null
        ? createSavedScenario(
            { name: s.name, scenario: s.scenario },
            { now, appVersion: this.#deps.appVersion },
          )
        : createSavedScenario(
            { name: s.name, scenario: s.scenario },
            { now, appVersion: this.#deps.appVersion },
            s.savedId,
          ),
    );
    const items = this.#deps.library.items;
    const identical = new Set(classifyImport(items, incoming).identical);
    const toAdd = incoming.filter((record) => !identical.has(record));
    const planned = planImport(items, toAdd, { copyName });
    if (planned.length > 0 && !(await this.#deps.library.applyImport(planned, [], identical.size)))
      return false;
    const ids = incoming.map((record) =>
      identical.has(record) ? record.id : planned[toAdd.indexOf(record)]!.id,
    );
    const idOf = new Map(linked.scenarios.map((s, i) => [s.key, ids[i]!]));
    const toStored = (key: CompareKey): StoredCompareKey =>
      key.startsWith('link:') ? `saved:${idOf.get(key as `link:${number}`)!}` : (key as StoredCompareKey);
    const keys = this.keys.map(toStored);
    const reference = this.reference === null ? null : toStored(this.reference);
    this.linked = null;
    this.own = { keys, reference };
    this.#deps.store.save(this.own);
    return true;
  }

  /**
   * Pack the shown comparison into a link (`#c=…`) that opens it on any machine: the scenarios
   * travel with it. Lazily loads the codec.
   * @param draftName the name the working draft's column carries in the link
   * @param referenceName names a reference scenario's column in the link, e.g. "规划路径"
   */
  async shareLink(
    draftName: string,
    referenceName: (id: ReferenceId) => string = (id) => id,
  ): Promise<CompareLinkEncodeResult> {
    const { encodeCompareLink } = await import('../scenario-format/compare-link');
    const entries = this.columns.map((column) => linkEntryOf(column, draftName, referenceName));
    const reference = Math.max(
      0,
      this.columns.findIndex((c) => c.key === this.reference),
    );
    return encodeCompareLink({ entries, reference });
  }

  /** Stop the worker. */
  dispose(): void {
    this.#deps.client.dispose();
  }
}
