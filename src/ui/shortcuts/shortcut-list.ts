import type { MessageKey } from '../../i18n/messages/zh';

/** A key as printed on the keyboard; "Mod" is Ctrl (⌘ on a Mac), "Space" is worded per language. */
export type KeyName = string;

/** One action and the key combinations that do it (any one of them). */
export interface Shortcut {
  /** Alternatives; each is a combination pressed together, e.g. [["Mod", "Shift", "Z"]]. */
  readonly keys: readonly (readonly KeyName[])[];
  readonly action: MessageKey;
}

/** Shortcuts grouped by where they apply. */
export interface ShortcutGroup {
  readonly title: MessageKey;
  readonly shortcuts: readonly Shortcut[];
}

/** Every keyboard action of the app, as the shortcuts panel lists them. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'shortcuts.general',
    shortcuts: [
      { keys: [['?']], action: 'shortcuts.help' },
      { keys: [['Esc']], action: 'shortcuts.escape' },
      { keys: [['Mod', 'S']], action: 'shortcuts.save' },
      { keys: [['Mod', 'Z']], action: 'shortcuts.undo' },
      {
        keys: [
          ['Mod', 'Shift', 'Z'],
          ['Mod', 'Y'],
        ],
        action: 'shortcuts.redo',
      },
      { keys: [['Mod', 'P']], action: 'shortcuts.print' },
      { keys: [['Tab'], ['Shift', 'Tab']], action: 'shortcuts.focus' },
      { keys: [['Enter'], ['Space']], action: 'shortcuts.activate' },
    ],
  },
  {
    title: 'shortcuts.presentation',
    shortcuts: [
      { keys: [['→'], ['↓'], ['PageDown'], ['Space']], action: 'shortcuts.next' },
      { keys: [['←'], ['↑'], ['PageUp']], action: 'shortcuts.prev' },
      { keys: [['Home']], action: 'shortcuts.first' },
      { keys: [['End']], action: 'shortcuts.last' },
      { keys: [['F']], action: 'shortcuts.fullscreen' },
      { keys: [['Esc']], action: 'shortcuts.exit' },
    ],
  },
  {
    title: 'shortcuts.editing',
    shortcuts: [
      { keys: [['←'], ['→'], ['↑'], ['↓']], action: 'shortcuts.slider' },
      { keys: [['PageUp'], ['PageDown']], action: 'shortcuts.sliderPage' },
      { keys: [['Home'], ['End']], action: 'shortcuts.sliderEnds' },
      { keys: [['Enter']], action: 'shortcuts.commit' },
    ],
  },
];
