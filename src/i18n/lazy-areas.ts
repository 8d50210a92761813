import { compareEn } from './messages/compare.en';
import { compareZh } from './messages/compare.zh';
import { planEn } from './messages/plan.en';
import { planZh } from './messages/plan.zh';
import { uncertaintyEn } from './messages/uncertainty.en';
import { uncertaintyZh } from './messages/uncertainty.zh';

/**
 * The messages of the lazily loaded views, by area. A view registers its area when its module loads
 * (`registerMessages(LAZY_AREAS.compare)`), before it renders, so its words never weigh on start-up.
 */
export const LAZY_AREAS = {
  compare: { 'zh-CN': compareZh, en: compareEn },
  uncertainty: { 'zh-CN': uncertaintyZh, en: uncertaintyEn },
  plan: { 'zh-CN': planZh, en: planEn },
} as const;
