/**
 * The plan's text as the data tests read it: numbered lines, the chapter, section and box each line
 * stands in, and whether a quote of the dataset is the plan's own words where its source says.
 *
 * Quotes (src/data/provenance.ts, `PlanSource.quote`) are verbatim, with " … " where words are left
 * out; a quote of 专栏1 (a table) gives words of a row's title, then cells of that row, in order,
 * separated by spaces ("年净利润 6.5" is the row "年净利润达到50亿元以上" and its 2017 cell).
 */

/** One line of the plan, numbered from 1 as in the plan's text file. */
export interface PlanLine {
  readonly n: number;
  readonly text: string;
}

/** Where a line stands: chapter, section and box numbers (null where it stands in none). */
export interface LinePlace {
  readonly chapter: number | null;
  readonly section: number | null;
  readonly box: number | null;
}

const NUMERALS = '一二三四五六七八九十';
const HEADING = new RegExp(
  `^(?:\\s*\\[bookmark:[^\\]]*\\])*\\s*(?:第([${NUMERALS}]+)章|第([${NUMERALS}]+)节|专栏(\\d+)|附件(\\d+)\\s*$)`,
);

function numeral(text: string): number {
  if (text === '十') return 10;
  const digits = [...text].map((c) => NUMERALS.indexOf(c) + 1);
  if (digits.length === 1) return digits[0]!;
  if (text.startsWith('十')) return 10 + digits[1]!;
  return digits[0]! * 10 + (digits[2] ?? 0);
}

/** Read the plan's text file into numbered lines. */
export function planLines(text: string): PlanLine[] {
  return text.split('\n').map((line, i) => ({ n: i + 1, text: line.replace(/\r$/, '') }));
}

/**
 * Read an excerpt written as "L<number><tab><the line>" per line (lines of the plan kept verbatim,
 * with their numbers in the plan).
 */
export function excerptLines(text: string): PlanLine[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('L'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { n: Number(line.slice(1, tab)), text: line.slice(tab + 1) };
    });
}

/** Whether a line is a heading: a chapter, section, box (专栏) or annex (附件). */
export function isHeading(line: string): boolean {
  return HEADING.test(line);
}

/** The chapter, section and box of every line (headings must be among the lines). */
export function placesOf(lines: readonly PlanLine[]): Map<number, LinePlace> {
  const places = new Map<number, LinePlace>();
  let place: LinePlace = { chapter: null, section: null, box: null };
  for (const line of [...lines].sort((a, b) => a.n - b.n)) {
    const m = HEADING.exec(line.text);
    if (m !== null) {
      if (m[1] !== undefined) place = { chapter: numeral(m[1]), section: null, box: null };
      else if (m[2] !== undefined) place = { ...place, section: numeral(m[2]), box: null };
      else if (m[3] !== undefined) place = { ...place, box: Number(m[3]) };
      else place = { chapter: null, section: null, box: null };
    }
    places.set(line.n, place);
  }
  return places;
}

/** Read a source's section ("第三章 第四节 专栏1", "第二章 第一节 一(三)") into chapter, section and box. */
export function placeOfSection(section: string): LinePlace {
  const chapter = new RegExp(`第([${NUMERALS}]+)章`).exec(section);
  const sec = new RegExp(`第([${NUMERALS}]+)节`).exec(section);
  const box = /专栏(\d+)/.exec(section);
  return {
    chapter: chapter === null ? null : numeral(chapter[1]!),
    section: sec === null ? null : numeral(sec[1]!),
    box: box === null ? null : Number(box[1]),
  };
}

/** Whether a line stands where a source's section says (a section's lines include its boxes). */
export function inPlace(line: LinePlace, wanted: LinePlace): boolean {
  if (wanted.chapter !== null && line.chapter !== wanted.chapter) return false;
  if (wanted.section !== null && line.section !== wanted.section) return false;
  if (wanted.box !== null && line.box !== wanted.box) return false;
  return true;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** The rows of a table laid out one cell per line: a title line, then its number cells. */
function tableRows(lines: readonly PlanLine[]): { title: string; cells: string[]; n: number }[] {
  const rows: { title: string; cells: string[]; n: number }[] = [];
  for (const line of lines) {
    const cell = line.text.trim();
    if (cell === '') continue;
    if (NUMBER.test(cell) && rows.length > 0) rows[rows.length - 1]!.cells.push(cell);
    else rows.push({ title: cell, cells: [], n: line.n });
  }
  return rows;
}

/** Whether a table quote (title words, then cells) fits a row. */
function fitsRow(quote: string, row: { title: string; cells: string[] }): boolean {
  const tokens = quote.split(/\s+/).filter((t) => t !== '' && t !== '…');
  let titleFrom = 0;
  let cellFrom = 0;
  for (const token of tokens) {
    if (NUMBER.test(token) && !row.title.includes(token, titleFrom)) {
      const at = row.cells.indexOf(token, cellFrom);
      if (at < 0) return false;
      cellFrom = at + 1;
      titleFrom = row.title.length;
    } else {
      if (cellFrom > 0) return false;
      const at = row.title.indexOf(token, titleFrom);
      if (at < 0) return false;
      titleFrom = at + token.length;
    }
  }
  return tokens.length > 0;
}

/**
 * The numbers of the lines where a quote is the plan's words, among the lines in the place its
 * section names: in 专栏1, the row's title line; elsewhere, one line holding every part in order.
 */
export function linesQuoting(
  quote: string,
  section: string,
  lines: readonly PlanLine[],
  places: ReadonlyMap<number, LinePlace>,
): number[] {
  const wanted = placeOfSection(section);
  const candidates = lines.filter((line) => {
    const place = places.get(line.n);
    return place !== undefined && inPlace(place, wanted);
  });
  if (wanted.box === 1) {
    return tableRows(candidates)
      .filter((row) => fitsRow(quote, row))
      .map((row) => row.n);
  }
  const parts = quote.split(' … ');
  return candidates
    .filter((line) => {
      let from = 0;
      for (const part of parts) {
        const at = line.text.indexOf(part, from);
        if (at < 0) return false;
        from = at + part.length;
      }
      return true;
    })
    .map((line) => line.n);
}

/** Every plan source with a quote inside a value, with its path. */
export function quotedSources(value: unknown, path = ''): { path: string; section: string; quote: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => quotedSources(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const own =
    'section' in value && 'quote' in value && typeof value.quote === 'string'
      ? [{ path, section: String(value.section), quote: value.quote }]
      : [];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, item]) => quotedSources(item, path ? `${path}.${key}` : key)),
  ];
}
