import { localIsoDate } from '../../i18n/dates';

/** Offer text to the user as a file download (UTF-8). */
export function downloadText(fileName: string, text: string, mimeType = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }));
}

/** Offer a blob to the user as a file download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is freed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name safe on Windows, macOS and Linux, from a user's scenario name (or several parts: the
 * scenario's name, then what the file holds) and the local date, e.g. "方案A-2020 年目标对照-2026-11-26.csv".
 */
export function safeFileName(base: string | readonly string[], date: Date, extension: string): string {
  const parts = (typeof base === 'string' ? [base] : base)
    .map((part) =>
      part
        .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part, i, all) => part !== '' && all.indexOf(part) === i);
  const cleaned = parts.join('-').slice(0, 120).trim();
  return `${cleaned || 'scenario'}-${localIsoDate(date)}.${extension}`;
}
