/**
 * Problems found in an actuals file or entry, each naming the cell (or field) and saying how to mend
 * it. The UI words them per language from `code` and `params`; `message` is the English sentence.
 */

/** Parameters of each problem. */
export interface ActualsIssueParams {
  /** The file is larger than the cap. */
  fileTooLarge: { bytes: number; maxBytes: number };
  /** 0 bytes, or no rows. */
  fileEmpty: Record<string, never>;
  /** Not a spreadsheet this app reads (a damaged XLSX, or unzips to more than the cap). */
  notSpreadsheet: { detail: string };
  /** The header row is not the template's. */
  notTemplate: { found: string; expected: string };
  /** More data rows than the app accepts. */
  tooManyRows: { count: number; max: number };
  /** A cell holds a formula; enter the value itself. */
  formula: { formula: string };
  /** A code the template does not have. */
  unknownFigure: { value: string };
  /** The unit is not the figure's. */
  wrongUnit: { value: string; expected: string };
  /** The year is not a whole number in the allowed years. */
  yearOutOfRange: { value: string; min: number; max: number };
  /** A cell that must be a number holds something else. */
  notNumber: { value: string };
  /** A number outside the figure's range. */
  valueOutOfRange: { value: number; min: number; max: number };
  /** A value without its source document. */
  sourceMissing: Record<string, never>;
  /** A text longer than allowed. */
  textTooLong: { length: number; maxLength: number };
  /** A date not written YYYY, YYYY-MM or YYYY-MM-DD. */
  badDate: { value: string };
  /** The same figure and year twice. */
  duplicate: { key: string; year: number; firstCell: string };
}

/** The kind of problem. */
export type ActualsIssueCode = keyof ActualsIssueParams;

/** One problem, where it is, and how to mend it. */
export type ActualsIssue = {
  [C in ActualsIssueCode]: {
    readonly code: C;
    /** The cell, e.g. "E7" (spreadsheet address), or '' for the whole file. */
    readonly cell: string;
    readonly params: ActualsIssueParams[C];
    /** English sentence naming the cell and the fix. */
    readonly message: string;
  };
}[ActualsIssueCode];

const ENGLISH: { [C in ActualsIssueCode]: (p: ActualsIssueParams[C]) => string } = {
  fileTooLarge: (p) => `the file has ${p.bytes} bytes; at most ${p.maxBytes} are read`,
  fileEmpty: () => 'the file is empty',
  notSpreadsheet: (p) => `the file is not a spreadsheet this app reads (${p.detail})`,
  notTemplate: (p) => `the header is "${p.found}"; download the template and keep its header "${p.expected}"`,
  tooManyRows: (p) => `the file has ${p.count} rows; at most ${p.max} are read`,
  formula: (p) => `holds the formula "${p.formula}"; enter the value itself`,
  unknownFigure: (p) => `"${p.value}" is not a code of the template; copy the code from the template`,
  wrongUnit: (p) => `the unit is "${p.value}"; this figure is entered in ${p.expected}`,
  yearOutOfRange: (p) => `the year is "${p.value}"; it must be a whole year from ${p.min} to ${p.max}`,
  notNumber: (p) => `"${p.value}" is not a number; enter a plain number such as 123.4`,
  valueOutOfRange: (p) => `${p.value} is outside ${p.min} … ${p.max} for this figure`,
  sourceMissing: () => 'a value needs its source document (e.g. 黔江区统计公报 2019)',
  textTooLong: (p) => `the text has ${p.length} characters; at most ${p.maxLength}`,
  badDate: (p) => `the date "${p.value}" must be written YYYY, YYYY-MM or YYYY-MM-DD`,
  duplicate: (p) => `${p.key} ${p.year} is entered twice (first in ${p.firstCell}); keep one`,
};

/** Make a problem with its English sentence. */
export function actualsIssue<C extends ActualsIssueCode>(
  code: C,
  cell: string,
  params: ActualsIssueParams[C],
): ActualsIssue {
  const text = (ENGLISH[code] as (p: ActualsIssueParams[C]) => string)(params);
  return { code, cell, params, message: cell === '' ? text : `${cell}: ${text}` } as ActualsIssue;
}

/** The spreadsheet name of a column index (0 → A, 25 → Z, 26 → AA). */
export function columnName(index: number): string {
  let name = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** The address of a cell from its 0-based row and column, e.g. (6, 4) → "E7". */
export function cellName(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}
