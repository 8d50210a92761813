import { SAVED_SCENARIO_LIMITS } from '../../scenario-format/saved-scenario';

/** Why typed scenario details were refused. */
export type FieldsProblem =
  | { readonly kind: 'nameRequired' }
  | { readonly kind: 'nameTooLong'; readonly length: number }
  | { readonly kind: 'tagsInvalid' };

/** Split a comma-separated tag list (ASCII or full-width commas), trimmed, without empties or repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** Check typed scenario details; null when they can be saved. */
export function checkFields(name: string, tags: readonly string[]): FieldsProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return { kind: 'nameRequired' };
  if (trimmed.length > SAVED_SCENARIO_LIMITS.nameMaxLength)
    return { kind: 'nameTooLong', length: trimmed.length };
  if (tags.length > SAVED_SCENARIO_LIMITS.tagsMaxCount) return { kind: 'tagsInvalid' };
  if (tags.some((tag) => tag.length > SAVED_SCENARIO_LIMITS.tagMaxLength)) return { kind: 'tagsInvalid' };
  return null;
}
