/**
 * Provenance of every figure in the plan dataset.
 *
 * A figure is one of four kinds, and the type system makes a figure without provenance impossible:
 * - `plan`: stated in the plan, with the section it stands in;
 * - `derived`: computed from plan figures, with the formula and the sections it uses;
 * - `estimate`: NOT IN PLAN — a value the model needs, with the reasoning behind it;
 * - `conflict`: the plan gives two or more readings; all are kept with their sources and one is the default.
 */

/** Text in both languages of the app. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

/** Where a figure stands in the plan: the plan's own heading, e.g. "第二章 第一节 (二)". */
export interface PlanSource {
  /** The plan's section heading, in Chinese as the plan writes it. */
  readonly section: string;
  /**
   * The words of the plan that state the figure, where they help a reader find it: verbatim, with
   * " … " where words are left out. A quote of 专栏1 (a table) gives words of a row's title and then
   * the row's cells, in order, separated by spaces (e.g. "年净利润 6.5": the row "年净利润达到50亿元以上",
   * its 2017 cell).
   */
  readonly quote?: string;
}

/** A figure stated by the plan. */
export interface PlanFigure<T> {
  readonly kind: 'plan';
  readonly value: T;
  readonly source: PlanSource;
}

/** A figure computed from plan figures. */
export interface DerivedFigure<T> {
  readonly kind: 'derived';
  readonly value: T;
  /** How it is computed, e.g. "135.4 ÷ 45". */
  readonly formula: LocalizedText;
  /** The plan sections of the inputs. */
  readonly sources: readonly PlanSource[];
}

/** A figure the plan does not give (NOT IN PLAN): an editable estimate with its reasoning. */
export interface EstimateFigure<T> {
  readonly kind: 'estimate';
  readonly value: T;
  readonly reasoning: LocalizedText;
}

/** One reading of a figure the plan states inconsistently. */
export interface ConflictReading<T> {
  readonly value: T;
  /** Where the plan states the reading; for a derived reading, where it states the figure it is computed from. */
  readonly source: PlanSource;
  readonly label: LocalizedText;
  /**
   * Present when the plan does not state this reading but it follows from plan figures (a derived
   * reading, e.g. 7 ÷ 201 = 3.5 %): how it is computed, naming the sections of its inputs.
   */
  readonly formula?: LocalizedText;
}

/** A figure the plan states in two or more ways (CONFLICT); `value` is the default reading's value. */
export interface ConflictFigure<T> {
  readonly kind: 'conflict';
  readonly value: T;
  /** The identifier a scenario uses to choose a reading. */
  readonly conflictId: string;
  readonly readings: readonly ConflictReading<T>[];
  /** Index into `readings` of the default reading. */
  readonly defaultReading: number;
  /** Why the default was chosen. */
  readonly note: LocalizedText;
}

/**
 * A figure that happened: an actual of a year, from a statistical document (a later plan period's
 * base figures are the last actual year's, src/engine/next-period/).
 */
export interface ActualFigureValue<T> {
  readonly kind: 'actual';
  readonly value: T;
  /** The calendar year it is the actual of. */
  readonly year: number;
  /** The document it is taken from and its date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"; '' when not known). */
  readonly source: { readonly document: string; readonly date: string };
}

/** A figure with its provenance. */
export type Figure<T = number> =
  PlanFigure<T> | DerivedFigure<T> | EstimateFigure<T> | ConflictFigure<T> | ActualFigureValue<T>;

/** Make a plan figure. */
export function plan<T>(value: T, section: string, quote?: string): PlanFigure<T> {
  return quote === undefined
    ? { kind: 'plan', value, source: { section } }
    : { kind: 'plan', value, source: { section, quote } };
}

/** Make a figure derived from plan figures. */
export function derived<T>(value: T, formula: LocalizedText, sections: readonly string[]): DerivedFigure<T> {
  return { kind: 'derived', value, formula, sources: sections.map((section) => ({ section })) };
}

/** Make an estimate (NOT IN PLAN) with its reasoning. */
export function estimate<T>(value: T, reasoning: LocalizedText): EstimateFigure<T> {
  return { kind: 'estimate', value, reasoning };
}

/** Make a figure from an actual of `year`, with its document and date. */
export function actual<T>(value: T, year: number, document: string, date: string): ActualFigureValue<T> {
  return { kind: 'actual', value, year, source: { document, date } };
}

/** Make a conflicting figure; its value is the default reading's. */
export function conflict<T>(
  conflictId: string,
  readings: readonly ConflictReading<T>[],
  defaultReading: number,
  note: LocalizedText,
): ConflictFigure<T> {
  const chosen = readings[defaultReading];
  if (chosen === undefined) {
    throw new RangeError(`conflict ${conflictId}: default reading ${defaultReading} does not exist`);
  }
  return { kind: 'conflict', value: chosen.value, conflictId, readings, defaultReading, note };
}

/**
 * Read a figure under the scenario's choice of readings.
 * @param choices conflictId → index of the chosen reading; absent means the default reading.
 */
export function readFigure<T>(figure: Figure<T>, choices: Readonly<Record<string, number>> = {}): T {
  if (figure.kind !== 'conflict') return figure.value;
  const index = choices[figure.conflictId];
  const reading = index === undefined ? undefined : figure.readings[index];
  return reading === undefined ? figure.value : reading.value;
}
