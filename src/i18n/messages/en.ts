import { formatEn } from './format.en';
import { libraryEn } from './library.en';
import { linksEn } from './links.en';
import { presentEn } from './present.en';
import { referenceEn } from './reference.en';
import { workbenchEn } from './workbench.en';
import type { zh } from './zh';

/** English messages loaded with the app: every key of the Chinese start-up list (the type checks it). */
export const en: Record<keyof typeof zh, string> = {
  ...workbenchEn,
  ...libraryEn,
  ...formatEn,
  ...presentEn,
  ...referenceEn,
  ...linksEn,
};
