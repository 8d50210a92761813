/**
 * Problems and warnings found while reading saved scenarios, files and share links: a machine-readable
 * code with typed parameters (so the UI can word them per language) and an English sentence that names
 * the field and says how to fix it.
 */

/** The kinds of value a field may be expected to hold, as named in {@link IssueParams.wrongType}. */
export type ExpectedType = 'number' | 'text' | 'list' | 'object' | 'boolean';

/** The kinds of value found in a field of the wrong type. */
export type ReceivedType = 'number' | 'text' | 'list' | 'object' | 'null' | 'boolean' | 'other';

/** Why a share link counts as damaged (see {@link IssueParams.linkDamaged}). */
export type LinkDamage =
  /** A character outside the base64url alphabet, or a length no encoder produces. */
  | 'notBase64'
  /** Fewer bytes than the smallest possible link. */
  | 'tooShort'
  /** The CRC-32 of the compressed body does not match the one in the header. */
  | 'checksum'
  /** The body is not a complete zlib stream, or its Adler-32 does not match. */
  | 'compression'
  /** The unpacked bytes are not UTF-8 text. */
  | 'encoding'
  /** The unpacked text is not JSON. */
  | 'json';

/**
 * The parameters of each problem, by code. Every code and its parameters:
 *
 * Whole files:
 * - `fileTooLarge` — the file is over the size cap; refused before it is read as JSON.
 * - `fileEmpty` — 0 bytes, or only white space.
 * - `fileTruncated` — the JSON ends inside a string, object or list: the file was cut off.
 * - `notJson` — the text is not JSON (line and column of the error when the browser says).
 * - `tooDeep` — objects and lists nest deeper than {@link MAX_JSON_DEPTH}.
 * - `forbiddenKey` — a field named `__proto__`, `constructor` or `prototype`, anywhere.
 * - `notScenarioFile` — JSON, but not a scenario file (`format` is missing or another name).
 * - `newerFormat` — `formatVersion` is newer than this app reads: update the app.
 * - `noScenarios` — the file's list of scenarios is empty.
 * - `duplicateId` — two scenarios in one file, or two key-project settings of one scenario, share an id.
 *
 * Saved scenarios (in files, in storage, in links):
 * - `newerSchema` — the record's `schemaVersion` is newer than this app reads: update the app.
 * - `migrationFailed` — a migration step from an older record schema failed.
 * - `missingField` — a required field is absent.
 * - `wrongType` — a field holds the wrong kind of value (a string for a number, null, a list…).
 * - `notFinite` — a number is Infinity (JSON numbers beyond ±1.8e308 read as Infinity).
 * - `outOfRange` — a number outside its allowed range, or not whole where it must be.
 * - `textBlank` — a name, tag or id that is empty, or only spaces and invisible characters (U+200B …).
 * - `reservedId` — a user's own project takes the id of one of the plan's key projects.
 * - `textTooLong` — a text longer than allowed (lengths in UTF-16 code units).
 * - `tooManyItems` — a list longer than allowed (e.g. more than 30 tags).
 * - `duplicateTag` — the same tag twice on one scenario.
 * - `invalidOption` — a value that is not one of the allowed words (e.g. a distribution name).
 * - `datasetVersionMismatch` — the record's `datasetVersion` differs from its scenario's.
 * - `invalidActuals` — the file's `actuals` (a backup's actual figures) break their schema.
 * - `invalidDataset` — one of the file's `datasets` (the plan periods its scenarios are built on) breaks its schema.
 *
 * Share links:
 * - `linkMissing` — the address has no `#s=` part.
 * - `linkTooLong` — the fragment is longer than any link this app reads.
 * - `linkDamaged` — the link was cut or altered: bad characters, checksum, compression, text or JSON.
 * - `linkTooLarge` — the link unpacks to more than the size cap (a "zip bomb").
 * - `newerLink` — the link's format version is newer than this app reads: update the app.
 * - `unknownPeriod` — the link's scenarios are built on a planner's period this browser does not hold.
 */
export interface IssueParams {
  fileTooLarge: { readonly bytes: number; readonly maxBytes: number };
  fileEmpty: Readonly<Record<string, never>>;
  fileTruncated: Readonly<Record<string, never>>;
  notJson: { readonly line: number | null; readonly column: number | null };
  tooDeep: { readonly maxDepth: number };
  forbiddenKey: { readonly key: string };
  notScenarioFile: { readonly found: string };
  newerFormat: { readonly formatVersion: number; readonly supportedVersion: number };
  noScenarios: Readonly<Record<string, never>>;
  duplicateId: { readonly id: string; readonly firstPath: string };
  newerSchema: { readonly schemaVersion: number; readonly supportedVersion: number };
  migrationFailed: { readonly fromVersion: number; readonly toVersion: number; readonly detail: string };
  missingField: Readonly<Record<string, never>>;
  wrongType: { readonly expected: ExpectedType; readonly received: ReceivedType };
  notFinite: { readonly value: string };
  outOfRange: {
    readonly value: number;
    readonly min: number;
    readonly max: number;
    readonly integer: boolean;
  };
  textBlank: Readonly<Record<string, never>>;
  reservedId: { readonly id: string };
  textTooLong: { readonly length: number; readonly maxLength: number };
  tooManyItems: { readonly count: number; readonly maxItems: number };
  duplicateTag: { readonly tag: string; readonly firstPath: string };
  invalidOption: { readonly value: string; readonly options: readonly string[] };
  datasetVersionMismatch: { readonly recordVersion: string; readonly scenarioVersion: string };
  invalidActuals: { readonly detail: string };
  invalidDataset: { readonly detail: string };
  linkMissing: Readonly<Record<string, never>>;
  linkTooLong: { readonly length: number; readonly maxLength: number };
  linkDamaged: { readonly damage: LinkDamage };
  linkTooLarge: { readonly maxBytes: number };
  newerLink: { readonly linkVersion: number; readonly supportedVersion: number };
  unknownPeriod: { readonly version: string };
}

/** Machine-readable code of a problem; see {@link IssueParams} for each code's meaning. */
export type IssueCode = keyof IssueParams;

/**
 * One problem: its code, the path of the field (`scenarios[2].scenario.clusters.newMaterials.growthRate`,
 * '' for the whole input), typed parameters, and an English sentence naming the field and the fix.
 */
export type Issue = {
  [C in IssueCode]: {
    readonly code: C;
    readonly path: string;
    readonly params: IssueParams[C];
    readonly message: string;
  };
}[IssueCode];

/**
 * The parameters of each warning, by code. A warning never stops an import:
 * - `otherDatasetVersion` — `count` scenarios were made with another plan dataset than this app's; they
 *   were checked against the current dataset's ranges, but their results may differ from the author's.
 * - `migrated` — `count` scenarios were upgraded from an older record schema.
 */
export interface ImportWarningParams {
  otherDatasetVersion: {
    readonly datasetVersion: string;
    readonly currentVersion: string;
    readonly count: number;
  };
  migrated: { readonly fromVersion: number; readonly toVersion: number; readonly count: number };
}

/** Machine-readable code of a warning; see {@link ImportWarningParams}. */
export type ImportWarningCode = keyof ImportWarningParams;

/** One warning: code, path of the first field concerned, typed parameters and an English sentence. */
export type ImportWarning = {
  [C in ImportWarningCode]: {
    readonly code: C;
    readonly path: string;
    readonly params: ImportWarningParams[C];
    readonly message: string;
  };
}[ImportWarningCode];

/** Greatest nesting of objects and lists accepted in a file or link (a valid file needs 8). */
export const MAX_JSON_DEPTH = 32;

/** Field names refused anywhere in imported data: they could reach an object's prototype. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Join path segments into a readable path: `scenarios[2].scenario.clusters.newMaterials`; keys that are
 * not identifiers are quoted (`conflictChoices["a b"]`). An empty list gives ''.
 */
export function formatPath(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** Prefix a path with a parent path (either may be ''). */
export function joinPath(parent: string, child: string): string {
  if (parent === '') return child;
  if (child === '') return parent;
  return child.startsWith('[') ? parent + child : `${parent}.${child}`;
}

/** Name the kind of a JSON value, for {@link IssueParams.wrongType}. */
export function receivedTypeOf(value: unknown): ReceivedType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'number':
      return 'number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return 'other';
  }
}

const TYPE_WORDS: Record<ExpectedType | ReceivedType, string> = {
  number: 'a number',
  text: 'text',
  list: 'a list',
  object: 'an object',
  null: 'null',
  boolean: 'true or false',
  other: 'a value JSON cannot hold',
};

function field(path: string): string {
  return path === '' ? 'The top level' : path;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

const EXPORT_AGAIN = 'Correct it in the file, or export the scenario again from the app.';

/** Write the English sentence of a problem (without the file name; see the file decoder). */
function describe<C extends IssueCode>(code: C, path: string, params: IssueParams[C]): string {
  const p = params as IssueParams[IssueCode] & Record<string, unknown>;
  const at = field(path);
  switch (code) {
    case 'fileTooLarge': {
      const { bytes, maxBytes } = p as IssueParams['fileTooLarge'];
      const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
      return `The file is ${mb(bytes)}; files over ${mb(maxBytes)} are refused. Export fewer scenarios per file.`;
    }
    case 'fileEmpty':
      return 'The file is empty. Choose a file exported from the scenario library.';
    case 'fileTruncated':
      return 'The file ends too early: it was cut off while being copied or downloaded. Export or download it again.';
    case 'notJson': {
      const { line, column } = p as IssueParams['notJson'];
      const where = line === null ? '' : ` (at line ${line}, column ${column ?? 1})`;
      return `The file is not JSON${where}. Choose a .json file exported from the scenario library.`;
    }
    case 'tooDeep':
      return `${at} nests objects and lists more than ${(p as IssueParams['tooDeep']).maxDepth} levels deep; a scenario file never does. Choose a file exported from the scenario library.`;
    case 'forbiddenKey':
      return `${at} is a field named ${quote((p as IssueParams['forbiddenKey']).key)}, which is not allowed in scenario data (it could tamper with the app). Remove that field.`;
    case 'notScenarioFile':
      return `This is not a scenario file: its "format" field is ${(p as IssueParams['notScenarioFile']).found} instead of "qianjiang-scenarios". Choose a file exported from the scenario library.`;
    case 'newerFormat': {
      const { formatVersion, supportedVersion } = p as IssueParams['newerFormat'];
      return `${at} is ${formatVersion}: the file was made by a newer version of the app (this app reads file format up to ${supportedVersion}). Update the app, then import the file again.`;
    }
    case 'noScenarios':
      return `${at} is an empty list: the file holds no scenarios. Export at least one scenario.`;
    case 'duplicateId': {
      const { id, firstPath } = p as IssueParams['duplicateId'];
      return `${at} is ${quote(id)}, the same id as ${firstPath}; ids must be unique. Remove one of the two, or give it another id.`;
    }
    case 'newerSchema': {
      const { schemaVersion, supportedVersion } = p as IssueParams['newerSchema'];
      return `${at} is ${schemaVersion}: the scenario was made by a newer version of the app (this app reads record schema up to ${supportedVersion}); update the app to open it.`;
    }
    case 'migrationFailed': {
      const { fromVersion, toVersion, detail } = p as IssueParams['migrationFailed'];
      return `${at === 'The top level' ? 'The scenario' : at} could not be upgraded from record schema ${fromVersion} to ${toVersion}: ${detail}. Keep the file and report the problem.`;
    }
    case 'missingField':
      return `${at} is missing. ${EXPORT_AGAIN}`;
    case 'wrongType': {
      const { expected, received } = p as IssueParams['wrongType'];
      return `${at} is ${TYPE_WORDS[received]}; it must be ${TYPE_WORDS[expected]}. ${EXPORT_AGAIN}`;
    }
    case 'notFinite':
      return `${at} is ${(p as IssueParams['notFinite']).value} (a number too large to use); it must be a finite number. ${EXPORT_AGAIN}`;
    case 'outOfRange': {
      const { value, min, max, integer } = p as IssueParams['outOfRange'];
      const upper = max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`;
      const range = upper === '' ? `at least ${min}` : `from ${min}${upper}`;
      return `${at} is ${value}; it must be ${integer ? 'a whole number' : 'a number'} ${range}.`;
    }
    case 'textBlank':
      return `${at} is blank; it must hold at least one visible character (spaces and invisible characters such as zero-width spaces do not count).`;
    case 'reservedId':
      return `${at} is ${quote((p as IssueParams['reservedId']).id)}, the id of one of the plan's key projects; give the user's own project another id.`;
    case 'textTooLong': {
      const { length, maxLength } = p as IssueParams['textTooLong'];
      return `${at} has ${length} characters; it may have at most ${maxLength}. Shorten it.`;
    }
    case 'tooManyItems': {
      const { count, maxItems } = p as IssueParams['tooManyItems'];
      return `${at} has ${count} entries; at most ${maxItems} are allowed. Remove some.`;
    }
    case 'duplicateTag': {
      const { tag, firstPath } = p as IssueParams['duplicateTag'];
      return `${at} is ${quote(tag)}, the same tag as ${firstPath}; remove the repeated tag.`;
    }
    case 'invalidOption': {
      const { value, options } = p as IssueParams['invalidOption'];
      return `${at} is ${value}; it must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}.`;
    }
    case 'datasetVersionMismatch': {
      const { recordVersion, scenarioVersion } = p as IssueParams['datasetVersionMismatch'];
      return `${at} is ${quote(recordVersion)} but the scenario's own datasetVersion is ${quote(scenarioVersion)}; they must be the same. ${EXPORT_AGAIN}`;
    }
    case 'invalidDataset':
      return `${at} holds a plan period this app cannot use (${(p as IssueParams['invalidDataset']).detail}). ${EXPORT_AGAIN}`;
    case 'invalidActuals':
      return `${at} holds actual figures this app cannot use (${(p as IssueParams['invalidActuals']).detail}). ${EXPORT_AGAIN}`;
    case 'linkMissing':
      return 'The address holds no shared scenario (it has no "#s=" part). Ask the sender for the link again.';
    case 'linkTooLong': {
      const { length, maxLength } = p as IssueParams['linkTooLong'];
      return `The link has ${length} characters after "#"; links of this app have at most ${maxLength}. Ask the sender for a file export instead.`;
    }
    case 'linkDamaged':
      return 'The link is damaged (cut short or changed when it was copied), so it was not opened. Copy the whole link again, or ask the sender for a file export.';
    case 'linkTooLarge':
      return `The link unpacks to more than ${Math.round((p as IssueParams['linkTooLarge']).maxBytes / 1024)} kB; a shared scenario is never that large, so it was not opened.`;
    case 'newerLink': {
      const { linkVersion, supportedVersion } = p as IssueParams['newerLink'];
      return `The link was made by a newer version of the app (link format ${linkVersion}; this app reads up to ${supportedVersion}). Update the app, then open the link again.`;
    }
    case 'unknownPeriod':
      return `The link's scenario is built on the plan period ${quote((p as IssueParams['unknownPeriod']).version)}, which this browser does not hold. Import that period's file (Periods → import), then open the link again.`;
  }
  return `${at}: ${String(code)}`;
}

/** Build a problem with its English message. */
export function makeIssue<C extends IssueCode>(code: C, path: string, params: IssueParams[C]): Issue {
  return { code, path, params, message: describe(code, path, params) } as Issue;
}

/** Move a problem under a parent path (`name` → `scenarios[3].name`), rewriting its message. */
export function issueUnder(parent: string, issue: Issue): Issue {
  const params = issue.params as IssueParams[IssueCode];
  const rebased: Record<string, unknown> = { ...params };
  if ('firstPath' in params) rebased['firstPath'] = joinPath(parent, params.firstPath);
  return makeIssue(issue.code, joinPath(parent, issue.path), rebased as IssueParams[typeof issue.code]);
}

/** Build a warning with its English message. */
export function makeWarning<C extends ImportWarningCode>(
  code: C,
  path: string,
  params: ImportWarningParams[C],
): ImportWarning {
  let message: string;
  if (code === 'otherDatasetVersion') {
    const { datasetVersion, currentVersion, count } = params as ImportWarningParams['otherDatasetVersion'];
    message = `${count} scenario${count === 1 ? ' was' : 's were'} made with plan dataset ${quote(datasetVersion)}; this app uses ${quote(currentVersion)}. They were checked against the current dataset: review their results.`;
  } else {
    const { fromVersion, toVersion, count } = params as ImportWarningParams['migrated'];
    message = `${count} scenario${count === 1 ? ' was' : 's were'} upgraded from record schema ${fromVersion} to ${toVersion}.`;
  }
  return { code, path, params, message } as ImportWarning;
}
