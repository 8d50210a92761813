/**
 * Split a category label into lines of about `width` characters so that long names fit under a
 * bar group: Chinese text anywhere, other text at spaces. Returns the text itself when it is short.
 */
export function wrapLabel(text: string, width: number): string | string[] {
  if (text.length <= width) return text;
  if (/\p{Script=Han}/u.test(text)) {
    const lines: string[] = [];
    for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
    return lines;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
