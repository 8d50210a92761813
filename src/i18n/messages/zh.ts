import type { compareZh } from './compare.zh';
import type { evaluationZh } from './evaluation.zh';
import { formatZh } from './format.zh';
import { libraryZh } from './library.zh';
import { linksZh } from './links.zh';
import type { periodsZh } from './periods.zh';
import type { planZh } from './plan.zh';
import { presentZh } from './present.zh';
import { referenceZh } from './reference.zh';
import type { uncertaintyZh } from './uncertainty.zh';
import { workbenchZh } from './workbench.zh';

/**
 * Chinese messages loaded with the app: the areas its start-up screens use. Each area of the app keeps
 * its messages in its own file (`<area>.zh.ts` beside `<area>.en.ts`). The areas of lazily loaded views
 * (compare, uncertainty, the whole plan) load with those views, and English loads when chosen
 * (`loadMessages` in `src/i18n/i18n.svelte.ts`); `src/i18n/all-messages.ts` joins every area for the tests.
 */
export const zh = {
  ...workbenchZh,
  ...libraryZh,
  ...formatZh,
  ...presentZh,
  ...referenceZh,
  ...linksZh,
};

/** A message key, of any area. */
export type MessageKey =
  | keyof typeof zh
  | keyof typeof compareZh
  | keyof typeof uncertaintyZh
  | keyof typeof planZh
  | keyof typeof evaluationZh
  | keyof typeof periodsZh;
