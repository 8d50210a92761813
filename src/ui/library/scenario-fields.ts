import * as v from 'valibot';
import { NameSchema, TagsSchema } from '../../scenario-format/saved-scenario';
import { PARSE_CONFIG } from '../../scenario/schema-rules';

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

/**
 * Check typed scenario details with the record's own schema (the one that checks files and links):
 * a name with at least one visible character (spaces and zero-width characters do not count), at
 * most 200 characters; valid tags. Null when they can be saved.
 */
export function checkFields(name: string, tags: readonly string[]): FieldsProblem | null {
  const trimmed = name.trim();
  const nameCheck = v.safeParse(NameSchema, trimmed, PARSE_CONFIG);
  if (!nameCheck.success) {
    return nameCheck.issues.some((issue) => issue.type === 'max_length')
      ? { kind: 'nameTooLong', length: trimmed.length }
      : { kind: 'nameRequired' };
  }
  if (!v.safeParse(TagsSchema, [...tags], PARSE_CONFIG).success) return { kind: 'tagsInvalid' };
  return null;
}
