import { compareEn } from './messages/compare.en';
import { compareZh } from './messages/compare.zh';
import { evaluationEn } from './messages/evaluation.en';
import { evaluationZh } from './messages/evaluation.zh';
import { periodsEn } from './messages/periods.en';
import { periodsZh } from './messages/periods.zh';
import { planEn } from './messages/plan.en';
import { planZh } from './messages/plan.zh';
import { uncertaintyEn } from './messages/uncertainty.en';
import { uncertaintyZh } from './messages/uncertainty.zh';

/**
 * The messages of the lazily loaded views, by area, both languages at once: for the tests (every
 * key in every language, a view's parts in isolation). The app itself loads an area per language on
 * first use (`I18n.useArea`, `loadMessages` in i18n.svelte.ts), so its words never weigh on start-up.
 */
export const LAZY_AREAS = {
  compare: { 'zh-CN': compareZh, en: compareEn },
  uncertainty: { 'zh-CN': uncertaintyZh, en: uncertaintyEn },
  plan: { 'zh-CN': planZh, en: planEn },
  evaluation: { 'zh-CN': evaluationZh, en: evaluationEn },
  periods: { 'zh-CN': periodsZh, en: periodsEn },
} as const;
