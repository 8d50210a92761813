import type { LeverId } from './levers';
import type { LocalizedText } from './provenance';

/**
 * What is plausible for a lever, as opposed to what the model allows (src/data/levers.ts): goal seek,
 * the multi-target solve and the lever panel's needed growth flag an answer beyond these, instead of
 * giving it silently. Each bound says what it rests on — the zone's own history in the plan where it
 * has one, else a stated judgement.
 */
export interface PlausibleRange {
  readonly min: number;
  readonly max: number;
  /** What the bounds rest on, shown with the flag. */
  readonly basis: LocalizedText;
}

export const PLAUSIBLE_RANGES: Partial<Record<LeverId, PlausibleRange>> = {
  growthRate: {
    min: -0.1,
    max: 0.148,
    basis: {
      zh: '园区自身历史：全区用电 2011–2017 年年均增长 14.8%（第二章 第一节 一(四)），为规划所载最快的持续增长；有机增长不含新投资，高于此难以置信。低于 −10% 意味着现有企业大面积停产。',
      en: 'The zone’s own history: district power use grew 14.8 % a year over 2011–2017 (第二章 第一节 一(四)), the fastest sustained growth the plan records; organic growth excludes new investment, so more is hard to believe. Below −10 % means existing plants closing on a large scale.',
    },
  },
  investmentPerYear: {
    min: 0,
    max: 193.2,
    basis: {
      zh: '园区自身历史：2017 年全区工业投资 193.2 亿元（第二章 第一节 一(一)）。一个集群每年投资超过 2017 年全区总额，难以置信。',
      en: 'The zone’s own history: its whole industrial investment in 2017 was RMB 19.32 bn (第二章 第一节 一(一)). One cluster investing more each year than the whole zone did is hard to believe.',
    },
  },
  landIntensity: {
    min: 20,
    max: 120,
    basis: {
      zh: '判断（规划与附件中的对标园区未给出地均产出）：全区目标 60 亿元/km²（专栏1）的两倍以上、或低于 2017 年 45 的一半，难以置信。',
      en: 'A judgement (neither the plan nor its peer zones give output per km²): more than twice the zone target of RMB 6 bn/km² (专栏1), or less than half of 2017’s 4.5, is hard to believe.',
    },
  },
  outputPerInvestment: {
    min: 0.3,
    max: 2,
    basis: {
      zh: '判断：工业园区每亿元投资达产后年产值一般在 0.5–1.5 亿元；超出 0.3–2 难以置信。',
      en: 'A judgement: industrial parks usually see RMB 0.5–1.5 of annual output per yuan invested; outside 0.3–2 is hard to believe.',
    },
  },
};

/** Whether a lever value lies outside what is plausible (false for levers without a stated range). */
export function implausible(lever: LeverId, value: number): boolean {
  const range = PLAUSIBLE_RANGES[lever];
  return range !== undefined && (value < range.min || value > range.max);
}
