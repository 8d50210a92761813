import { REFERENCE_IDS, type ReferenceId } from '../data/references';
import type { Scenario } from '../scenario/scenario';
import type { SavedScenario } from '../scenario-format/saved-scenario';
import type { CompareLinkEntry } from '../scenario-format/compare-link';
import { scenariosEqual } from '../scenario/updates';
import { referenceKey } from '../storage/compare-selection';
import type { CompareColumn, CompareKey } from './compare-types';

// How a compare link's entries map to the columns shown, both ways.

/**
 * What a compare link (`#c=…`) carries for one shown column: the plan's targets as such; a scenario
 * with its assumptions and the name it is shown under (a saved one with its id too). A reference
 * scenario travels as a scenario named after it; the receiver recognises it as that reference.
 * @param draftName the name the working draft's column carries in the link
 * @param referenceName names a reference scenario's column, e.g. "规划路径"
 */
export function linkEntryOf(
  column: CompareColumn,
  draftName: string,
  referenceName: (id: ReferenceId) => string,
): CompareLinkEntry {
  const { source } = column;
  switch (source.kind) {
    case 'plan':
      return { kind: 'plan' };
    case 'draft':
      return { kind: 'draft', name: draftName, scenario: column.scenario! };
    case 'reference':
      return { kind: 'draft', name: referenceName(source.id), scenario: column.scenario! };
    case 'saved':
      return { kind: 'saved', id: source.record.id, name: source.record.name, scenario: column.scenario! };
    case 'link':
      return source.linked.savedId === null
        ? { kind: 'draft', name: source.linked.name, scenario: column.scenario! }
        : { kind: 'saved', id: source.linked.savedId, name: source.linked.name, scenario: column.scenario! };
  }
}

/**
 * The local column a link's scenario is, if any: a saved scenario this library holds unchanged (same
 * id and assumptions), the working draft if equal to it, or a reference scenario sent as a scenario
 * named after it; null for a scenario to show as one from the link.
 */
export function localKeyOf(
  entry: Exclude<CompareLinkEntry, { kind: 'plan' }>,
  library: readonly SavedScenario[],
  draft: Scenario,
  referenceScenario: (id: ReferenceId) => Scenario,
): CompareKey | null {
  if (entry.kind === 'saved') {
    const record = library.find((item) => item.id === entry.id);
    if (record !== undefined && scenariosEqual(record.scenario, entry.scenario)) return `saved:${record.id}`;
    return null;
  }
  if (scenariosEqual(entry.scenario, draft)) return 'draft';
  const reference = REFERENCE_IDS.find((id) => scenariosEqual(entry.scenario, referenceScenario(id)));
  return reference === undefined ? null : referenceKey(reference);
}
