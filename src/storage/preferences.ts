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

const CHANGES_SEEN_KEY = 'qianjiang-simulator.changes-seen';

/**
 * The model update whose "what changed" notice is current: shape 3 of the scenario (reference
 * scenarios, the corrected model). A later update with its own notice gets a new id.
 */
export const MODEL_UPDATE_ID = 'model-3';

/** Whether the user dismissed the notice of `update`; false when storage is unavailable. */
export function loadChangesSeen(update: string = MODEL_UPDATE_ID): boolean {
  try {
    return globalThis.localStorage?.getItem(CHANGES_SEEN_KEY) === update;
  } catch {
    return false;
  }
}

/** Remember that the notice of `update` was dismissed; false when storage refused (it shows again next time). */
export function saveChangesSeen(update: string = MODEL_UPDATE_ID): boolean {
  try {
    if (globalThis.localStorage === undefined) return false;
    globalThis.localStorage.setItem(CHANGES_SEEN_KEY, update);
    return true;
  } catch {
    return false;
  }
}
