/**
 * A dataset's version text names its family ("line") and its revision: "2018-2020.3" is the embedded
 * plan's third revision; a period a planner starts gets its own line, e.g. "2021-2025~k7m2", and
 * each saved edit a new revision ("2021-2025~k7m2.2"). Every scenario records the version it was
 * built on (`Scenario.datasetVersion`), so it opens against that revision and knows when a newer one
 * of its line exists.
 */

/** A version split into its line and revision. */
export interface DatasetVersion {
  readonly line: string;
  readonly revision: number;
}

const VERSION = /^(.+)\.([1-9]\d{0,5})$/;
const USER_LINE = /^(\d{4})-(\d{4})~([a-z0-9]{4,12})$/;

/** Split a version text; null when it is not "<line>.<revision>". */
export function parseDatasetVersion(version: string): DatasetVersion | null {
  const match = VERSION.exec(version);
  return match === null ? null : { line: match[1]!, revision: Number(match[2]) };
}

/** The version text of a line's revision. */
export function datasetVersionText(line: string, revision: number): string {
  return `${line}.${revision}`;
}

/** Whether a line is one a planner made (not the embedded plan's). */
export function isUserLine(line: string): boolean {
  return USER_LINE.test(line);
}

/** A new line for a period: its years and a random suffix that tells apart two periods of the same years. */
export function newLine(firstYear: number, targetYear: number, random: () => number = Math.random): string {
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += 'abcdefghijkmnpqrstuvwxyz23456789'[Math.floor(random() * 32)]!;
  return `${firstYear}-${targetYear}~${suffix}`;
}
