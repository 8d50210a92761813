import type { PlanDataset } from '../../data/plan-types';
import type { Figure } from '../../data/provenance';
import type { Scenario } from '../../scenario/scenario';
import type { I18n } from '../../i18n/i18n.svelte';
import { figureCatalogue, type CataloguedFigure } from '../provenance/figure-catalogue';
import type { TargetRow } from '../targets/target-rows';

/** A numbered note on a figure of the target table that is an estimate or a conflict. */
export interface Footnote {
  readonly n: number;
  /** What the figure is, e.g. "新材料 2020 年目标". */
  readonly subject: string;
  /** The estimate's reasoning or the conflict's readings with their sources. */
  readonly text: string;
}

/** An estimated (or conflicting) default assumption the scenario keeps, with its reasoning. */
export interface EstimateNote {
  readonly subject: string;
  readonly text: string;
}

/** The report's notes: numbers for the target table's cells, the notes, and the estimates kept. */
export interface ReportFootnotes {
  /** Note number of a target-table cell, keyed `<target id>:base` or `<target id>:target`. */
  readonly refs: ReadonlyMap<string, number>;
  readonly notes: readonly Footnote[];
  readonly estimatesUsed: readonly EstimateNote[];
}

/** Explain an estimate or a conflict under the scenario's choice of readings; null for plan figures. */
export function explainFigure(
  entry: CataloguedFigure,
  choices: Readonly<Record<string, number>>,
  i18n: I18n,
): string | null {
  const figure = entry.figure;
  if (figure.kind === 'estimate') {
    return i18n.t('report.estimate', {
      value: entry.format(figure.value),
      reasoning: i18n.text(figure.reasoning),
    });
  }
  if (figure.kind !== 'conflict') return null;
  const chosenIndex = choices[figure.conflictId] ?? figure.defaultReading;
  const chosen = figure.readings[chosenIndex] ?? figure.readings[figure.defaultReading]!;
  const others = figure.readings
    .filter((reading) => reading !== chosen)
    .map((reading) =>
      i18n.t('report.reading', {
        label: i18n.text(reading.label),
        source: i18n.section(reading.source.section),
      }),
    );
  return i18n.t('report.conflict', {
    chosen: i18n.text(chosen.label),
    source: i18n.section(chosen.source.section),
    others: others.join(i18n.t('summary.listSeparator')),
    note: i18n.text(figure.note),
  });
}

/** Whether the scenario still uses a default assumption's value (a changed lever needs no note). */
function keeps(entry: CataloguedFigure, scenario: Scenario): boolean {
  if (entry.leverId !== undefined && entry.clusterId !== undefined) {
    const clusters = scenario.clusters as Record<string, Record<string, number>>;
    return clusters[entry.clusterId]?.[entry.leverId] === entry.figure.value;
  }
  return true;
}

/**
 * Number the notes of a report: each estimate or conflict among the target table's base-year values
 * and targets (in table order, one number per figure), and list the estimated default assumptions the
 * scenario keeps, a figure shared by several clusters once.
 */
export function reportFootnotes(
  rows: readonly TargetRow[],
  dataset: PlanDataset,
  scenario: Scenario,
  i18n: I18n,
): ReportFootnotes {
  const catalogue = figureCatalogue(dataset, i18n);
  const entryOf = (figure: Figure<number>) => catalogue.find((entry) => entry.figure === figure);
  const refs = new Map<string, number>();
  const numbers = new Map<Figure<number>, number>();
  const notes: Footnote[] = [];
  for (const row of rows) {
    for (const [column, figure] of [
      ['base', row.baseFigure],
      ['target', row.targetFigure],
    ] as const) {
      if (figure.kind !== 'estimate' && figure.kind !== 'conflict') continue;
      let n = numbers.get(figure);
      if (n === undefined) {
        const entry = entryOf(figure);
        const text = entry === undefined ? null : explainFigure(entry, scenario.conflictChoices, i18n);
        if (entry === undefined || text === null) continue;
        n = notes.length + 1;
        numbers.set(figure, n);
        notes.push({ n, subject: entry.subject, text });
      }
      refs.set(`${row.target.id}:${column}`, n);
    }
  }
  const groups = new Map<Figure<number>, CataloguedFigure[]>();
  for (const entry of catalogue) {
    if (entry.role !== 'assumption') continue;
    if (entry.figure.kind !== 'estimate' && entry.figure.kind !== 'conflict') continue;
    if (numbers.has(entry.figure) || !keeps(entry, scenario)) continue;
    groups.set(entry.figure, [...(groups.get(entry.figure) ?? []), entry]);
  }
  const separator = i18n.t('summary.listSeparator');
  const [open, close] = i18n.locale === 'zh-CN' ? ['（', '）'] : [' (', ')'];
  const estimatesUsed = [...groups.values()].flatMap((entries): EstimateNote[] => {
    const first = entries[0]!;
    const text = explainFigure(first, scenario.conflictChoices, i18n);
    if (text === null) return [];
    const leverId = first.leverId;
    const sameLever = leverId !== undefined && entries.every((entry) => entry.leverId === leverId);
    const subject =
      sameLever && entries.length > 1
        ? `${i18n.t(`lever.${leverId}`)}${open}${entries
            .map((entry) => i18n.text(dataset.clusters.find((c) => c.id === entry.clusterId)!.name))
            .join(separator)}${close}`
        : entries.map((entry) => entry.subject).join(separator);
    return [{ subject, text }];
  });
  return { refs, notes, estimatesUsed };
}
