import { unzipSync, strFromU8 } from 'fflate';
import type { PlanDataset } from '../data/plan-types';
import { actualsIssue } from './actuals-issues';
import { readActualsTable, type ActualsCell, type ActualsReadResult } from './actuals-table';

/**
 * Read an actuals file — the template filled in Excel or WPS and saved as XLSX, or as CSV — all or
 * nothing (docs/scenario-format.md, "Actuals files"). XLSX cells are read with read-excel-file (the
 * sibling of the writer the app uses), CSV with csv-parse; both load on first use.
 */

/** Largest file read, bytes (2 MiB: a filled template of every figure for 20 years is under 100 kB). */
export const MAX_ACTUALS_FILE_BYTES = 2 * 1024 * 1024;
/** Largest total an XLSX may unzip to, bytes: a "zip bomb" is refused before it is inflated. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/** Refuse a file by its size before reading it; null when it may be read. */
export function checkActualsFileSize(bytes: number): ActualsReadResult | null {
  if (bytes > MAX_ACTUALS_FILE_BYTES) {
    return {
      ok: false,
      issues: [actualsIssue('fileTooLarge', '', { bytes, maxBytes: MAX_ACTUALS_FILE_BYTES })],
    };
  }
  if (bytes === 0) return { ok: false, issues: [actualsIssue('fileEmpty', '', {})] };
  return null;
}

const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Cells holding a formula in a worksheet's XML: address → formula text. */
export function formulaCells(sheetXml: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of sheetXml.matchAll(/<c\b[^>]*\br="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/c>/g)) {
    const formula = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(match[2]!);
    if (formula !== null) found.set(match[1]!, `=${formula[1] ?? ''}`);
  }
  return found;
}

function notSpreadsheet(detail: string): ActualsReadResult {
  return { ok: false, issues: [actualsIssue('notSpreadsheet', '', { detail })] };
}

async function readXlsx(bytes: Uint8Array, dataset: PlanDataset): Promise<ActualsReadResult> {
  let total = 0;
  let sheetXml: string;
  try {
    const files = unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new RangeError('unzips to more than 50 MB');
        return /^xl\/worksheets\/sheet1\.xml$/.test(file.name);
      },
    });
    const sheet = files['xl/worksheets/sheet1.xml'];
    if (sheet === undefined) return notSpreadsheet('no worksheet');
    sheetXml = strFromU8(sheet);
  } catch (error) {
    return notSpreadsheet(error instanceof RangeError ? error.message : 'damaged XLSX');
  }
  let rows: ActualsCell[][];
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const copy = bytes.slice().buffer;
    rows = (await readSheet(copy)) as ActualsCell[][];
  } catch {
    return notSpreadsheet('damaged XLSX');
  }
  return readActualsTable(rows, dataset, formulaCells(sheetXml));
}

async function readCsv(bytes: Uint8Array, dataset: PlanDataset): Promise<ActualsReadResult> {
  let textContent: string;
  try {
    textContent = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return notSpreadsheet('not UTF-8 text: save the CSV as "CSV UTF-8"');
  }
  if (textContent.includes('\u0000')) return notSpreadsheet('binary data');
  let rows: string[][];
  try {
    const { parse } = await import('csv-parse/browser/esm/sync');
    rows = parse(textContent, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    return notSpreadsheet(`CSV: ${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'}`);
  }
  return readActualsTable(rows, dataset);
}

/**
 * Read an actuals file's bytes: XLSX (recognised by its zip signature) or CSV (UTF-8, with or
 * without a byte-order mark). Never throws.
 */
export async function readActualsFile(bytes: Uint8Array, dataset: PlanDataset): Promise<ActualsReadResult> {
  const sized = checkActualsFileSize(bytes.length);
  if (sized !== null) return sized;
  return isZip(bytes) ? readXlsx(bytes, dataset) : readCsv(bytes, dataset);
}
