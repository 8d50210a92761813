import type { Locale } from './number-format';
import { en } from './messages/en';
import { zh, type MessageKey } from './messages/zh';
import { LAZY_AREAS } from './lazy-areas';

/** Every message of every area, per locale: what the completeness tests check. Not used by the app. */
export const ALL_MESSAGES: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': {
    ...zh,
    ...LAZY_AREAS.compare['zh-CN'],
    ...LAZY_AREAS.uncertainty['zh-CN'],
    ...LAZY_AREAS.plan['zh-CN'],
    ...LAZY_AREAS.evaluation['zh-CN'],
    ...LAZY_AREAS.periods['zh-CN'],
  },
  en: {
    ...en,
    ...LAZY_AREAS.compare.en,
    ...LAZY_AREAS.uncertainty.en,
    ...LAZY_AREAS.plan.en,
    ...LAZY_AREAS.evaluation.en,
    ...LAZY_AREAS.periods.en,
  } as Record<MessageKey, string>,
};
