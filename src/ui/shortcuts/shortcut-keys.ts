/**
 * Whether a key event comes from a field that takes typed text (where "?" is a character, not a
 * shortcut): text-like inputs, text areas, selects and editable content.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file'].includes(target.type);
}

/** Whether the key event is the shortcuts panel's key ("?", or the full-width "？" of Chinese input). */
export function isHelpKey(event: KeyboardEvent): boolean {
  return (event.key === '?' || event.key === '？') && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Whether the key event is Ctrl (⌘ on a Mac) with the letter `letter` and no Alt. */
export function isModKey(event: KeyboardEvent, letter: string): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === letter;
}
