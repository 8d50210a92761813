import {
  ACTUAL_TEXT_LIMITS,
  MAX_ACTUAL_VALUES,
  actualFigures,
  actualYearRange,
  type ActualFigure,
  type ActualUnit,
  type ActualValue,
} from '../data/actuals-types';
import type { LocalizedText } from '../data/provenance';
import type { PlanDataset } from '../data/plan-types';
import { actualsIssue, cellName, type ActualsIssue } from './actuals-issues';

/**
 * The actuals template as a table, and reading a filled one back (docs/scenario-format.md,
 * "Actuals files"). One row per figure and year, so that every value carries its own source:
 *
 * | 代码 Code | 指标 Figure | 单位 Unit | 年份 Year | 实际值 Actual | 来源文件 Source document | 来源日期 Source date | 备注 Note |
 *
 * The same table is the CSV and the XLSX; the header may be in either language. Pure: the cells come
 * from a spreadsheet reader (src/actuals-format/read-actuals-file.ts) or a CSV parser.
 */

/** The template's columns, in order. */
export const ACTUALS_COLUMNS = [
  'key',
  'figure',
  'unit',
  'year',
  'value',
  'document',
  'date',
  'note',
] as const;
export type ActualsColumn = (typeof ACTUALS_COLUMNS)[number];

/** Each column's header, in both languages (a file may use either). */
export const ACTUALS_HEADERS: Readonly<Record<ActualsColumn, LocalizedText>> = {
  key: { zh: '代码', en: 'Code' },
  figure: { zh: '指标', en: 'Figure' },
  unit: { zh: '单位', en: 'Unit' },
  year: { zh: '年份', en: 'Year' },
  value: { zh: '实际值', en: 'Actual value' },
  document: { zh: '来源文件', en: 'Source document' },
  date: { zh: '来源日期', en: 'Source date' },
  note: { zh: '备注', en: 'Note' },
};

/** How each unit is written in the files; a file may use the Chinese, the English or an alias. */
export const ACTUAL_UNIT_WORDS: Readonly<Record<ActualUnit, { zh: string; en: string; aliases: string[] }>> =
  {
    yi: { zh: '亿元', en: '100 million yuan', aliases: ['RMB 100m', 'yi'] },
    percent: { zh: '%', en: '%', aliases: ['％', 'percent'] },
    yiPerKm2: {
      zh: '亿元/km²',
      en: '100 million yuan/km²',
      aliases: ['亿元/km2', '亿元/平方公里', 'RMB 100m/km²'],
    },
    tcePer10kYuan: {
      zh: '吨标准煤/万元',
      en: 'tce per 10,000 yuan',
      aliases: ['吨标煤/万元', 'tce/10,000 yuan'],
    },
    firms: { zh: '家', en: 'firms', aliases: ['个'] },
    institutions: { zh: '个', en: 'institutions', aliases: ['家'] },
    people: { zh: '人', en: 'people', aliases: [] },
    patentsPer10k: { zh: '件/万人', en: 'per 10,000 employees', aliases: [] },
    tenThousandM2: { zh: '万平方米', en: '10,000 m²', aliases: ['万m²', '万m2'] },
    tenThousandUsd: { zh: '万美元', en: 'USD 10,000', aliases: [] },
    km2: { zh: 'km²', en: 'km²', aliases: ['km2', '平方公里', 'sq km'] },
  };

/** Most rows a file may have (a generous multiple of what a zone needs). */
export const MAX_ACTUALS_ROWS = 20_000;
/** Most problems reported for one file. */
export const MAX_REPORTED_ACTUALS_ISSUES = 50;

/** One cell as a reader gives it. */
export type ActualsCell = string | number | boolean | Date | null | undefined;

/** What reading a filled template gives: every value, or every problem (up to 50) and nothing. */
export type ActualsReadResult =
  | { readonly ok: true; readonly values: ActualValue[]; readonly emptyRows: number }
  | { readonly ok: false; readonly issues: ActualsIssue[] };

/** The template as rows of cells, header first: every figure for every year given, filled where known. */
export function actualsTemplate(
  dataset: PlanDataset,
  years: readonly number[],
  known: readonly ActualValue[],
  locale: 'zh' | 'en',
): { header: string[]; rows: (string | number | null)[][] } {
  const header = ACTUALS_COLUMNS.map((column) => ACTUALS_HEADERS[column][locale]);
  const rows: (string | number | null)[][] = [];
  const byKey = new Map(known.map((value) => [`${value.key}|${value.year}`, value]));
  for (const figure of actualFigures(dataset)) {
    for (const year of years) {
      const value = byKey.get(`${figure.key}|${year}`);
      rows.push([
        figure.key,
        figure.name[locale],
        ACTUAL_UNIT_WORDS[figure.unit][locale],
        year,
        value?.value ?? null,
        value?.source.document ?? null,
        value?.source.date || null,
        value?.note || null,
      ]);
    }
  }
  return { header, rows };
}

/**
 * The years a template offers: the dataset's projected years, those of the plan evaluated (a later
 * period's) and every year already entered.
 */
export function templateYears(
  dataset: PlanDataset,
  known: readonly ActualValue[],
  plan: PlanDataset = dataset,
): number[] {
  const years = new Set<number>();
  for (const { horizon } of [dataset, plan]) {
    for (let year = horizon.baseYear + 1; year <= horizon.targetYear; year++) years.add(year);
  }
  for (const value of known) years.add(value.year);
  return [...years].sort((a, b) => a - b);
}

const text = (cell: ActualsCell): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell)
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .trim();
};

const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/** A cell's number: a number, or text of a plain decimal number (thousands commas allowed); null otherwise. */
export function cellToNumber(cell: ActualsCell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const t = text(cell).replace(/\s/g, '');
  if (!NUMBER.test(t)) return null;
  const value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** Whether a text cell is a formula a spreadsheet would run (CSV cells starting with = or @). */
function looksLikeFormula(cell: ActualsCell): boolean {
  return typeof cell === 'string' && /^\s*[=@]/.test(cell);
}

/**
 * A source date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (from those, with / or . between, from
 * "2019年3月1日", or from a date cell); null when it is none of them.
 */
export function normalizeDate(cell: ActualsCell): string | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return cell.toISOString().slice(0, 10);
  }
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1900 && cell <= 2100 ? String(cell) : null;
  }
  const t = text(cell).replace(/年|月/g, '-').replace(/日$/, '').replace(/[/.]/g, '-').replace(/-$/, '');
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  if (match === null) return null;
  const [, y, m, d] = match;
  if (Number(y) < 1900 || Number(y) > 2100) return null;
  if (m === undefined) return y!;
  if (Number(m) < 1 || Number(m) > 12) return null;
  const mm = m.padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  if (Number(d) < 1 || Number(d) > days) return null;
  return `${y}-${mm}-${d.padStart(2, '0')}`;
}

function unitMatches(unit: ActualUnit, written: string): boolean {
  const words = ACTUAL_UNIT_WORDS[unit];
  const norm = (s: string) => s.replace(/\s/g, '').toLowerCase();
  return [words.zh, words.en, ...words.aliases].some((w) => norm(w) === norm(written));
}

/**
 * Read a filled template: the header row must be the template's (in either language; columns after
 * the eighth are ignored); rows without an actual value are skipped; every other row must name a
 * figure of the template, its unit and a year in range, hold a number within the figure's range and
 * name its source document. All or nothing: any problem refuses the whole table.
 * @param formulas cells of the file that hold a formula (address → formula), from the XLSX reader
 */
export function readActualsTable(
  rows: readonly (readonly ActualsCell[])[],
  dataset: PlanDataset,
  formulas: ReadonlyMap<string, string> = new Map(),
): ActualsReadResult {
  const issues: ActualsIssue[] = [];
  const add = (issue: ActualsIssue) => {
    if (issues.length < MAX_REPORTED_ACTUALS_ISSUES) issues.push(issue);
  };
  const header = rows[0];
  if (header === undefined || rows.every((row) => row.every((cell) => text(cell) === ''))) {
    return { ok: false, issues: [actualsIssue('fileEmpty', '', {})] };
  }
  const expected = ACTUALS_COLUMNS.map((c) => ACTUALS_HEADERS[c]);
  for (let c = 0; c < ACTUALS_COLUMNS.length; c++) {
    const found = text(header[c]);
    const want = expected[c]!;
    if (found !== want.zh && found.toLowerCase() !== want.en.toLowerCase()) {
      return {
        ok: false,
        issues: [actualsIssue('notTemplate', cellName(0, c), { found, expected: `${want.zh} / ${want.en}` })],
      };
    }
  }
  if (rows.length - 1 > MAX_ACTUALS_ROWS) {
    return {
      ok: false,
      issues: [actualsIssue('tooManyRows', '', { count: rows.length - 1, max: MAX_ACTUALS_ROWS })],
    };
  }
  const figures = new Map<string, ActualFigure>(actualFigures(dataset).map((f) => [f.key, f]));
  const years = actualYearRange(dataset);
  const col = (name: ActualsColumn) => ACTUALS_COLUMNS.indexOf(name);
  const seen = new Map<string, string>();
  const values: ActualValue[] = [];
  let emptyRows = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const cellAt = (name: ActualsColumn) => cellName(r, col(name));
    // A formula anywhere in the row's template columns is refused, even where it computed a number.
    let formula = false;
    for (let c = 0; c < ACTUALS_COLUMNS.length; c++) {
      const address = cellName(r, c);
      const f = formulas.get(address) ?? (looksLikeFormula(row[c]) ? text(row[c]) : undefined);
      if (f !== undefined) {
        add(actualsIssue('formula', address, { formula: f.slice(0, 100) }));
        formula = true;
      }
    }
    if (formula) continue;
    const rawValue = row[col('value')];
    if (text(rawValue) === '') {
      emptyRows++;
      continue;
    }
    const key = text(row[col('key')]);
    const figure = figures.get(key);
    if (figure === undefined) {
      add(actualsIssue('unknownFigure', cellAt('key'), { value: key.slice(0, 100) }));
      continue;
    }
    let ok = true;
    const unit = text(row[col('unit')]);
    if (!unitMatches(figure.unit, unit)) {
      const words = ACTUAL_UNIT_WORDS[figure.unit];
      add(
        actualsIssue('wrongUnit', cellAt('unit'), {
          value: unit.slice(0, 100),
          expected: words.zh === words.en ? words.zh : `${words.zh} / ${words.en}`,
        }),
      );
      ok = false;
    }
    const year = cellToNumber(row[col('year')]);
    if (year === null || !Number.isInteger(year) || year < years.min || year > years.max) {
      add(
        actualsIssue('yearOutOfRange', cellAt('year'), {
          value: text(row[col('year')]).slice(0, 100),
          ...years,
        }),
      );
      ok = false;
    }
    const value = cellToNumber(rawValue);
    if (value === null) {
      add(actualsIssue('notNumber', cellAt('value'), { value: text(rawValue).slice(0, 100) }));
      ok = false;
    } else if (value < figure.min || value > figure.max) {
      add(actualsIssue('valueOutOfRange', cellAt('value'), { value, min: figure.min, max: figure.max }));
      ok = false;
    }
    const document = text(row[col('document')]);
    if (document === '') {
      add(actualsIssue('sourceMissing', cellAt('document'), {}));
      ok = false;
    } else if (document.length > ACTUAL_TEXT_LIMITS.documentMaxLength) {
      add(
        actualsIssue('textTooLong', cellAt('document'), {
          length: document.length,
          maxLength: ACTUAL_TEXT_LIMITS.documentMaxLength,
        }),
      );
      ok = false;
    }
    const rawDate = row[col('date')];
    const date = text(rawDate) === '' ? '' : normalizeDate(rawDate);
    if (date === null) {
      add(actualsIssue('badDate', cellAt('date'), { value: text(rawDate).slice(0, 100) }));
      ok = false;
    }
    const note = text(row[col('note')]);
    if (note.length > ACTUAL_TEXT_LIMITS.noteMaxLength) {
      add(
        actualsIssue('textTooLong', cellAt('note'), {
          length: note.length,
          maxLength: ACTUAL_TEXT_LIMITS.noteMaxLength,
        }),
      );
      ok = false;
    }
    if (!ok) continue;
    const id = `${key}|${year}`;
    const first = seen.get(id);
    if (first !== undefined) {
      add(actualsIssue('duplicate', cellAt('key'), { key, year: year!, firstCell: first }));
      continue;
    }
    seen.set(id, cellAt('key'));
    values.push({ key, year: year!, value: value!, source: { document, date: date! }, note });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (values.length > MAX_ACTUAL_VALUES) {
    return {
      ok: false,
      issues: [actualsIssue('tooManyRows', '', { count: values.length, max: MAX_ACTUAL_VALUES })],
    };
  }
  return { ok: true, values, emptyRows };
}
