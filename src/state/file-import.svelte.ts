import type { ActualValue } from '../data/actuals-types';
import type { PlanDataset } from '../data/plan-types';
import type { ImportWarning } from '../scenario/issues';
import type { ImportChoice, ImportClasses, ImportNaming } from '../scenario-format/import-plan';
import type { SavedScenario } from '../scenario-format/saved-scenario';
import type { Issue } from '../scenario/issues';

/** A file as the import reads it (a browser `File` is one). */
export interface ImportFile {
  readonly name: string;
  /** Size in bytes, checked before the file is read. */
  readonly size: number;
  text(): Promise<string>;
}

/** The library as an import sees it: what it holds, where messages go, and the all-or-nothing write. */
export interface ImportTarget {
  readonly items: readonly SavedScenario[];
  message:
    { readonly kind: 'importFailed'; readonly fileName: string; readonly issue: Issue } | object | null;
  applyImport(
    add: readonly SavedScenario[],
    replace: readonly SavedScenario[],
    skipped: number,
    warnings: readonly ImportWarning[],
  ): Promise<boolean>;
}

/** An import that waits for the user: some scenarios are in the library already, with other content. */
export interface PendingImport {
  /** The files' names, for the dialog. */
  readonly fileNames: readonly string[];
  readonly classes: ImportClasses;
  readonly incoming: readonly SavedScenario[];
  readonly warnings: readonly ImportWarning[];
}

/**
 * Importing scenario files into the library: read and check every file (all or nothing: one bad file
 * refuses the import, naming the file and the field), then add what is new. Scenarios the library
 * already holds unchanged (a backup imported again) are skipped without a word; when some differ,
 * the import waits for one choice for the whole import — skip them, keep both, or replace (see
 * {@link resolve}). The file formats load with the first import.
 */
export class FileImport {
  /** The import waiting for the user's choice, or null. */
  pending = $state.raw<PendingImport | null>(null);
  /** Whether files are being read. */
  busy = $state(false);

  readonly #library: ImportTarget;
  readonly #dataset: PlanDataset;

  constructor(library: ImportTarget, dataset: PlanDataset) {
    this.#library = library;
    this.#dataset = dataset;
  }

  /**
   * Read the files and import them: directly when nothing collides with the library (identical
   * scenarios are skipped), otherwise through {@link pending} and {@link resolve}.
   * @param naming how copies are named in the user's language (used by "keep both")
   */
  /** Given the actual figures a backup file carries (set by the app; see ActualsState.offer). */
  onActuals: ((values: ActualValue[]) => void) | null = null;
  /** The planner's periods this app holds (every version): scenarios built on them are checked against them. */
  knownDatasets: () => readonly PlanDataset[] = () => [];
  /**
   * Store the periods a file carries before its scenarios; resolves false when they cannot be stored
   * (then nothing is imported). Set by the app (DatasetsState.addCarried).
   */
  onDatasets: ((datasets: PlanDataset[]) => Promise<boolean>) | null = null;

  async readFiles(files: readonly ImportFile[], naming: ImportNaming = {}): Promise<void> {
    if (files.length === 0) return;
    this.busy = true;
    try {
      const [{ checkFileSize, decodeFile }, { classifyImport }] = await Promise.all([
        import('../scenario-format/file-format'),
        import('../scenario-format/import-plan'),
      ]);
      const incoming: SavedScenario[] = [];
      const warnings: ImportWarning[] = [];
      let actuals: ActualValue[] | undefined;
      const datasets: PlanDataset[] = [];
      for (const file of files) {
        const tooLarge = checkFileSize(file.size, file.name);
        if (tooLarge !== null) {
          this.#library.message = { kind: 'importFailed', fileName: file.name, issue: tooLarge };
          return;
        }
        const decoded = decodeFile(await file.text(), file.name, this.#dataset, [
          ...this.knownDatasets(),
          ...datasets,
        ]);
        if (!decoded.ok) {
          this.#library.message = { kind: 'importFailed', fileName: file.name, issue: decoded.error };
          return;
        }
        incoming.push(...decoded.scenarios);
        warnings.push(...decoded.warnings);
        actuals = decoded.actuals ?? actuals;
        datasets.push(...(decoded.datasets ?? []));
      }
      // The periods the scenarios are built on are stored first: a scenario never outlives its period.
      if (datasets.length > 0 && this.onDatasets !== null && !(await this.onDatasets(datasets))) {
        const { makeIssue } = await import('../scenario/issues');
        const issue = makeIssue('invalidDataset', 'datasets', {
          detail: 'a version of it is stored here already with other figures',
        });
        this.#library.message = {
          kind: 'importFailed',
          fileName: files[0]!.name,
          issue: { ...issue, fileName: files[0]!.name, issues: [issue] },
        };
        return;
      }
      // A backup's actual figures go to the actuals (which never overwrite different ones unasked).
      if (actuals !== undefined) this.onActuals?.(actuals);
      const classes = classifyImport(this.#library.items, incoming);
      const pending: PendingImport = {
        fileNames: files.map((file) => file.name),
        classes,
        incoming,
        warnings,
      };
      if (classes.differing.length > 0) {
        this.pending = pending;
        return;
      }
      await this.#apply(pending, 'skip', naming);
    } finally {
      this.busy = false;
    }
  }

  /** Finish the waiting import with the user's choice for every differing scenario; `cancel` imports nothing. */
  async resolve(choice: ImportChoice | 'cancel', naming: ImportNaming = {}): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (pending === null || choice === 'cancel') return;
    await this.#apply(pending, choice, naming);
  }

  async #apply(pending: PendingImport, choice: ImportChoice, naming: ImportNaming): Promise<void> {
    const { resolveImport } = await import('../scenario-format/import-plan');
    const { add, replace, skipped } = resolveImport(this.#library.items, pending.incoming, choice, naming);
    await this.#library.applyImport(add, replace, skipped, pending.warnings);
  }
}
