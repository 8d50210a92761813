import { formatZh } from './format.zh';
import { libraryZh } from './library.zh';
import { workbenchZh } from './workbench.zh';

/**
 * Chinese messages: the app's first language and the master list of message keys. Each area of the
 * app keeps its messages in its own file (`<area>.zh.ts` beside `<area>.en.ts`); this joins them.
 */
export const zh = {
  ...workbenchZh,
  ...libraryZh,
  ...formatZh,
};

/** A message key. */
export type MessageKey = keyof typeof zh;
