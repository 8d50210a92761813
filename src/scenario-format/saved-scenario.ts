/**
 * The saved-scenario record: the one shape used by storage, export files and share links, with its
 * valibot schema. Pure: no DOM, no storage.
 */
import * as v from 'valibot';
import type { PlanDataset } from '../data/plan-types';
import { SCENARIO_TEXT_LIMITS } from '../data/scenario-limits';
import { SCENARIO_SCHEMA_VERSION } from '../scenario/migrations';
import type { Scenario } from '../scenario/scenario';
import { checkWith, scenarioSchema, type Checked } from '../scenario/schema';
import { numberIn, objectWith, sameText, textOf, uniqueTextList } from '../scenario/schema-rules';

/** A scenario as kept in the library, written to files and (in part) carried by share links. */
export interface SavedScenario {
  /** Opaque unique id (a UUID for records made by this app), 1–128 characters. */
  id: string;
  /** Name shown in the library: 1–200 characters, not only spaces. */
  name: string;
  /** Free notes, at most 20,000 characters ('' for none). */
  notes: string;
  /** At most 30 tags, each 1–40 characters and not only spaces; no two equal once trimmed. */
  tags: string[];
  /** When the record was first saved, ms since the epoch (a whole number). */
  createdAt: number;
  /** When the record was last saved, ms since the epoch (a whole number). */
  updatedAt: number;
  /** Save counter: 1 for a new record, +1 on every save; lets a writer detect a concurrent save. */
  revision: number;
  /** Version of the plan dataset the scenario was made with; always equals `scenario.datasetVersion`. */
  datasetVersion: string;
  /** Version of the app that last wrote the record. */
  appVersion: string;
  /** Shape version of this record and its scenario (`SCENARIO_SCHEMA_VERSION` once migrated). */
  schemaVersion: number;
  /** The assumptions. */
  scenario: Scenario;
}

/** The part of a saved scenario a share link carries: no id, dates, revision or app version. */
export interface SharedScenario {
  /** Name, as in {@link SavedScenario.name}. */
  name: string;
  /** Notes, as in {@link SavedScenario.notes}. */
  notes: string;
  /** Tags, as in {@link SavedScenario.tags}. */
  tags: string[];
  /** Version of the plan dataset the scenario was made with (`scenario.datasetVersion`). */
  datasetVersion: string;
  /** The assumptions. */
  scenario: Scenario;
}

/** Limits on a saved scenario's texts and lists (lengths in UTF-16 code units, as `String.length`). */
export const SAVED_SCENARIO_LIMITS = {
  idMaxLength: 128,
  nameMaxLength: 200,
  notesMaxLength: 20_000,
  tagsMaxCount: 30,
  tagMaxLength: 40,
  versionMaxLength: SCENARIO_TEXT_LIMITS.versionMaxLength,
} as const;

/** Latest time a JavaScript Date can hold, ms since the epoch: the upper bound of timestamps. */
export const MAX_TIMESTAMP = 8.64e15;

const L = SAVED_SCENARIO_LIMITS;

/** valibot schema of a scenario's name: 1–200 characters, not only spaces. */
export const NameSchema = textOf(L.nameMaxLength, true);
/** valibot schema of a scenario's notes: at most 20,000 characters. */
export const NotesSchema = textOf(L.notesMaxLength, false);
/** valibot schema of a scenario's tags: at most 30, each 1–40 characters, no two equal once trimmed. */
export const TagsSchema = uniqueTextList(textOf(L.tagMaxLength, true), L.tagsMaxCount);

function buildRecordSchema(dataset: PlanDataset) {
  const fields = objectWith({
    id: textOf(L.idMaxLength, true),
    name: NameSchema,
    notes: NotesSchema,
    tags: TagsSchema,
    createdAt: numberIn(0, MAX_TIMESTAMP, true),
    updatedAt: numberIn(0, MAX_TIMESTAMP, true),
    revision: numberIn(1, Number.MAX_SAFE_INTEGER, true),
    datasetVersion: textOf(L.versionMaxLength, true),
    appVersion: textOf(L.versionMaxLength, true),
    schemaVersion: numberIn(SCENARIO_SCHEMA_VERSION, SCENARIO_SCHEMA_VERSION, true),
    scenario: scenarioSchema(dataset),
  });
  return v.pipe(
    fields,
    sameText<v.InferOutput<typeof fields>>(['datasetVersion'], ['scenario', 'datasetVersion']),
  );
}

const RECORD_SCHEMAS = new WeakMap<PlanDataset, ReturnType<typeof buildRecordSchema>>();

/**
 * valibot schema of a {@link SavedScenario} in the current shape, for a dataset: its texts, times and
 * revision, `datasetVersion` equal to the scenario's, and the scenario checked by the one scenario
 * schema; fields it does not know are kept as they are.
 */
export function savedScenarioSchema(dataset: PlanDataset): v.GenericSchema<unknown, SavedScenario> {
  let schema = RECORD_SCHEMAS.get(dataset);
  if (schema === undefined) {
    schema = buildRecordSchema(dataset);
    RECORD_SCHEMAS.set(dataset, schema);
  }
  return schema as unknown as v.GenericSchema<unknown, SavedScenario>;
}

/**
 * Check that a value is a {@link SavedScenario} in the current shape whose scenario the engine can
 * project with this dataset, and return a fresh copy of it. Refuses `__proto__`/`constructor`/
 * `prototype` keys anywhere. Paths are relative to the record. Never throws.
 */
export function parseSavedScenario(value: unknown, dataset: PlanDataset): Checked<SavedScenario> {
  return checkWith(savedScenarioSchema(dataset), value);
}

/**
 * Make a new id: `crypto.randomUUID()` where the page is a secure context, else a version-4 UUID from
 * `crypto.getRandomValues` (which plain-http intranet pages still have).
 */
export function newScenarioId(): string {
  const random = globalThis.crypto;
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Trim tags, dropping empty and repeated ones. */
function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

/** What the app knows when it writes a record. */
export interface WriteContext {
  /** Time of the save, ms since the epoch (a whole number). */
  readonly now: number;
  /** Version of the app writing the record. */
  readonly appVersion: string;
}

/**
 * Make a new record (revision 1, created and updated now) from a name, notes, tags and a scenario. The
 * name and tags are trimmed, and empty or repeated tags dropped; `datasetVersion` is taken from the
 * scenario. Does not validate: run {@link parseSavedScenario} before storing.
 * @param id the record's id; a fresh {@link newScenarioId} when omitted
 */
export function createSavedScenario(
  content: { name: string; notes?: string; tags?: readonly string[]; scenario: Scenario },
  context: WriteContext,
  id: string = newScenarioId(),
): SavedScenario {
  const tags = cleanTags(content.tags ?? []);
  return {
    id,
    name: content.name.trim(),
    notes: content.notes ?? '',
    tags,
    createdAt: context.now,
    updatedAt: context.now,
    revision: 1,
    datasetVersion: content.scenario.datasetVersion,
    appVersion: context.appVersion,
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    scenario: content.scenario,
  };
}

/**
 * Make the next revision of a record: the changes applied (name and tags trimmed, empty or repeated tags
 * dropped), `revision` + 1,
 * `updatedAt` now, `appVersion` this app's; every other field, known or not, kept.
 */
export function reviseSavedScenario(
  record: SavedScenario,
  changes: Partial<Pick<SavedScenario, 'name' | 'notes' | 'tags' | 'scenario'>>,
  context: WriteContext,
): SavedScenario {
  const scenario = changes.scenario ?? record.scenario;
  return {
    ...record,
    ...changes,
    name: (changes.name ?? record.name).trim(),
    tags: changes.tags === undefined ? record.tags : cleanTags(changes.tags),
    scenario,
    datasetVersion: scenario.datasetVersion,
    revision: record.revision + 1,
    updatedAt: context.now,
    appVersion: context.appVersion,
    schemaVersion: SCENARIO_SCHEMA_VERSION,
  };
}
