import { compareEn } from './compare.en';
import { formatEn } from './format.en';
import { libraryEn } from './library.en';
import { planEn } from './plan.en';
import { presentEn } from './present.en';
import { uncertaintyEn } from './uncertainty.en';
import { workbenchEn } from './workbench.en';
import type { MessageKey } from './zh';

/** English messages: every key of the Chinese list, complete (the type and a test check it). */
export const en: Record<MessageKey, string> = {
  ...workbenchEn,
  ...uncertaintyEn,
  ...libraryEn,
  ...formatEn,
  ...compareEn,
  ...presentEn,
  ...planEn,
};
