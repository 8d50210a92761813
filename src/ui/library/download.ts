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

/** A file name safe on Windows, macOS and Linux, from a user's scenario name and a date. */
export function safeFileName(base: string, date: Date, extension: string): string {
  const cleaned = base
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  const stamp = date.toISOString().slice(0, 10);
  return `${cleaned || 'scenario'}-${stamp}.${extension}`;
}
