/** The app's locales: Chinese first, English complete. */
export type Locale = 'zh-CN' | 'en';

const cache = new Map<string, Intl.NumberFormat>();

/** Return a cached Intl number formatter for the locale with a fixed number of decimals. */
export function numberFormatter(locale: Locale, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    cache.set(key, formatter);
  }
  return formatter;
}

/** Format a number for the locale with `decimals` decimals; non-finite values show as "—". */
export function formatNumber(locale: Locale, value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  // Avoid "-0.0" for tiny negatives.
  const rounded = Number(value.toFixed(decimals));
  return numberFormatter(locale, decimals).format(rounded === 0 ? 0 : rounded);
}

/** Format a fraction as a percentage number (0.093 → "9.3"), without the % sign. */
export function formatPercentNumber(locale: Locale, fraction: number, decimals: number): string {
  return formatNumber(locale, fraction * 100, decimals);
}

/** Digits grouped by commas in threes ("1,234", "12,345,678"), with an optional decimal part. */
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;
/** One comma between digits that is not a thousands group ("0,5", "1,25", "3,1416"): a decimal comma. */
const DECIMAL_COMMA = /^[-+]?\d*,\d+$/;

/**
 * Parse a number typed by a user in either locale: accepts full-width digits and punctuation, spaces,
 * a "%" suffix and the minus signs "-", "−", "－". A comma groups thousands where it does ("1,234",
 * "1,234.5"); a single comma that does not ("0,5", "2,75", as typed on a European keyboard) is read as
 * the decimal point, never dropped (which would make 0,5 into 5). Any other comma is refused.
 * @returns the number, or null when the text is not a number.
 */
export function parseUserNumber(text: string): number | null {
  let normalized = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[−－]/g, '-')
    .replace(/\s/g, '')
    .replace(/[%％]$/, '');
  if (normalized.includes(',')) {
    if (GROUPED.test(normalized)) normalized = normalized.replace(/,/g, '');
    else if (DECIMAL_COMMA.test(normalized)) normalized = normalized.replace(',', '.');
    else return null;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
