import type { Locale } from '../i18n/number-format';

const LOCALE_KEY = 'qianjiang-simulator.locale';

/** Read the remembered interface language; Chinese when none was chosen or storage is unavailable. */
export function loadLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Remember the interface language (synchronous, so the next load starts in it without a flash). */
export function saveLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage refused (private mode, quota): the choice lasts for this session only.
  }
}
