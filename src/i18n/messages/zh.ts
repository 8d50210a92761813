import { compareZh } from './compare.zh';
import { formatZh } from './format.zh';
import { libraryZh } from './library.zh';
import { planZh } from './plan.zh';
import { presentZh } from './present.zh';
import { uncertaintyZh } from './uncertainty.zh';
import { workbenchZh } from './workbench.zh';

/**
 * Chinese messages: the app's first language and the master list of message keys. Each area of the
 * app keeps its messages in its own file (`<area>.zh.ts` beside `<area>.en.ts`); this joins them.
 */
export const zh = {
  ...workbenchZh,
  ...uncertaintyZh,
  ...libraryZh,
  ...formatZh,
  ...compareZh,
  ...presentZh,
  ...planZh,
};

/** A message key. */
export type MessageKey = keyof typeof zh;
