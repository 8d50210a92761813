import { getContext } from 'svelte';
import type { LocalizedText } from '../data/provenance';
import { en } from './messages/en';
import { zh, type MessageKey } from './messages/zh';
import { formatNumber, type Locale } from './number-format';
import { sectionsInEnglish } from './plan-sections';

/** Messages per locale: the start-up areas, joined by the areas of lazy views as they load. */
export const MESSAGES: Record<Locale, Partial<Record<MessageKey, string>>> = {
  'zh-CN': { ...zh },
  en: { ...en },
};

/** Add an area's messages (both locales), e.g. when a lazily loaded view's module loads. */
export function registerMessages(area: Readonly<Record<Locale, Readonly<Record<string, string>>>>): void {
  Object.assign(MESSAGES['zh-CN'], area['zh-CN']);
  Object.assign(MESSAGES.en, area.en);
}

/** Replace `{name}` placeholders with the given parameters. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** The current language and everything that depends on it: messages, numbers, plan texts. */
export class I18n {
  locale = $state<Locale>('zh-CN');

  constructor(locale: Locale) {
    this.locale = locale;
  }

  /** Translate a message key, filling `{name}` placeholders. */
  t(key: MessageKey, params?: Record<string, string | number>): string {
    // A key of an area not loaded yet shows as the key: visible, never an exception.
    return interpolate(MESSAGES[this.locale][key] ?? key, params);
  }

  /** Pick the current language's side of a bilingual plan text (in English, section headings too). */
  text(value: LocalizedText): string {
    return this.locale === 'zh-CN' ? value.zh : sectionsInEnglish(value.en);
  }

  /** Name a section of the plan in the current language, e.g. 第四章 第一节 → "Ch. 4 §1". */
  section(section: string): string {
    return this.locale === 'zh-CN' ? section : sectionsInEnglish(section);
  }

  /** Format a number with fixed decimals in the locale's format. */
  num(value: number, decimals = 1): string {
    return formatNumber(this.locale, value, decimals);
  }

  /** Format a fraction as a percentage with its sign, e.g. 0.093 → "9.3%". */
  pct(fraction: number, decimals = 1): string {
    return `${formatNumber(this.locale, fraction * 100, decimals)}%`;
  }

  /** Format an amount in 亿元 with its unit. */
  yi(value: number, decimals = 1): string {
    return `${this.num(value, decimals)} ${this.t('unit.yi')}`;
  }
}

const KEY = Symbol('i18n');

/** The context entry that makes an I18n instance available to a component tree mounted with it. */
export function i18nContext(i18n: I18n): [symbol, I18n] {
  return [KEY, i18n];
}

/** Get the I18n instance of the component tree. */
export function getI18n(): I18n {
  return getContext<I18n>(KEY);
}
