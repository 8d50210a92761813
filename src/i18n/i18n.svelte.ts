import { getContext } from 'svelte';
import type { LocalizedText } from '../data/provenance';
import { zh, type MessageKey } from './messages/zh';
import { formatNumber, type Locale } from './number-format';
import { sectionsInEnglish } from './plan-sections';

/**
 * Messages per locale, filled as they are needed: the Chinese start-up areas come with the app; the
 * English ones load when English is chosen (or was remembered); each lazy view's area loads with the
 * view, in the languages in use.
 */
export const MESSAGES: Record<Locale, Partial<Record<MessageKey, string>>> = {
  'zh-CN': { ...zh },
  en: {},
};

/** A set of messages loaded together: the start-up screens', or a lazily loaded view's. */
export type MessageArea = 'start' | 'compare' | 'uncertainty' | 'plan' | 'evaluation' | 'periods';

type Messages = Readonly<Record<string, string>>;

/** Where each area's messages come from, per locale. */
const LOADERS: Record<Locale, Record<MessageArea, () => Promise<Messages>>> = {
  'zh-CN': {
    start: async () => zh,
    compare: () => import('./messages/compare.zh').then((m) => m.compareZh),
    uncertainty: () => import('./messages/uncertainty.zh').then((m) => m.uncertaintyZh),
    plan: () => import('./messages/plan.zh').then((m) => m.planZh),
    evaluation: () => import('./messages/evaluation.zh').then((m) => m.evaluationZh),
    periods: () => import('./messages/periods.zh').then((m) => m.periodsZh),
  },
  en: {
    start: () => import('./messages/en').then((m) => m.en),
    compare: () => import('./messages/compare.en').then((m) => m.compareEn),
    uncertainty: () => import('./messages/uncertainty.en').then((m) => m.uncertaintyEn),
    plan: () => import('./messages/plan.en').then((m) => m.planEn),
    evaluation: () => import('./messages/evaluation.en').then((m) => m.evaluationEn),
    periods: () => import('./messages/periods.en').then((m) => m.periodsEn),
  },
};

/** Areas loaded (or loading) per locale. */
const loading: Record<Locale, Map<MessageArea, Promise<void>>> = {
  'zh-CN': new Map([['start', Promise.resolve()]]),
  en: new Map(),
};
/** Areas the app uses so far: a language switched to loads all of them first. */
const inUse = new Set<MessageArea>(['start']);

/** Load the messages of `areas` (by default every area in use) in a locale; each area loads once. */
export function loadMessages(locale: Locale, areas: Iterable<MessageArea> = inUse): Promise<void> {
  const pending = [...areas].map((area) => {
    let load = loading[locale].get(area);
    if (load === undefined) {
      load = LOADERS[locale][area]().then((messages) => {
        Object.assign(MESSAGES[locale], messages);
      });
      // A failed load (e.g. offline before the first visit cached it) may be retried.
      load.catch(() => loading[locale].delete(area));
      loading[locale].set(area, load);
    }
    return load;
  });
  return Promise.all(pending).then(() => undefined);
}

/** Add an area's messages (both locales) at once, e.g. in tests of a lazy view's parts. */
export function registerMessages(area: Readonly<Record<Locale, Messages>>): void {
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

  /** Start in a locale whose start-up messages are loaded (always Chinese; else see {@link setLocale}). */
  constructor(locale: Locale) {
    this.locale = locale;
  }

  /** Switch the language once its messages, of every area in use, have loaded. */
  async setLocale(locale: Locale): Promise<void> {
    await loadMessages(locale);
    this.locale = locale;
  }

  /** Load a lazily loaded view's messages in the current language (others load when switched to). */
  async useArea(area: MessageArea): Promise<void> {
    inUse.add(area);
    await loadMessages(this.locale, [area]);
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
