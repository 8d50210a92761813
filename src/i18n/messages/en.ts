import { formatEn } from './format.en';
import { libraryEn } from './library.en';
import { workbenchEn } from './workbench.en';
import type { MessageKey } from './zh';

/** English messages: every key of the Chinese list, complete (the type and a test check it). */
export const en: Record<MessageKey, string> = {
  ...workbenchEn,
  ...libraryEn,
  ...formatEn,
};
