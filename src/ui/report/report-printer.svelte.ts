import { getContext, setContext } from 'svelte';

/** The printable reports. */
export type ReportKind = 'scenario' | 'comparison' | 'evaluation';

/** Whether the printable report is open, and whether it should print itself once it is drawn. */
export class ReportPrinter {
  /** The report view is on screen (and is what the browser prints). */
  open = $state(false);
  /** Call `window.print()` as soon as the report is ready (set by the "print report" button and Ctrl+P). */
  printWhenReady = $state(false);
  /** Which report: the working scenario's (A4 portrait), the comparison's (A4 landscape) or the evaluation's (A4 portrait). */
  kind = $state<ReportKind>('scenario');
  #returnFocus: HTMLElement | null = null;

  /** Open a report; with `print`, the print dialog follows as soon as the report is ready. */
  show(print: boolean, kind: ReportKind = 'scenario'): void {
    if (!this.open) {
      this.#returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
    this.printWhenReady = print;
    this.kind = kind;
    this.open = true;
  }

  /** Close the report and give focus back to where it was. */
  close(): void {
    this.open = false;
    this.printWhenReady = false;
    const target = this.#returnFocus;
    this.#returnFocus = null;
    queueMicrotask(() => target?.focus());
  }
}

const KEY = Symbol('report-printer');

/** Create the app's report printer and make it available to the component tree (call in App). */
export function provideReportPrinter(): ReportPrinter {
  const printer = new ReportPrinter();
  setContext(KEY, printer);
  return printer;
}

/** Get the report printer of the component tree. */
export function getReportPrinter(): ReportPrinter {
  return getContext<ReportPrinter>(KEY);
}
