const NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** Read a Chinese numeral up to 99 (一 … 九十九). */
export function chineseNumeral(text: string): number {
  if (text === '十') return 10;
  const ten = text.indexOf('十');
  if (ten < 0) return NUMERALS[text] ?? Number.NaN;
  const tens = ten === 0 ? 1 : (NUMERALS[text.slice(0, ten)] ?? Number.NaN);
  const units = ten === text.length - 1 ? 0 : (NUMERALS[text.slice(ten + 1)] ?? Number.NaN);
  return tens * 10 + units;
}

const N = '[一二三四五六七八九十]+';

/**
 * Write the plan's section headings in English inside a text: 第四章 → "Ch. 4", 第一节 → "§1",
 * 专栏1 → "Box 1", 附件1 → "Annex 1", 一(二) → "1(2)". Other text is left as it is.
 */
export function sectionsInEnglish(text: string): string {
  return text
    .replace(new RegExp(`第(${N})章`, 'g'), (_, n: string) => `Ch. ${chineseNumeral(n)}`)
    .replace(new RegExp(`第(${N})节`, 'g'), (_, n: string) => `§${chineseNumeral(n)}`)
    .replace(/专栏\s?(\d+)/g, 'Box $1')
    .replace(/附件\s?(\d+)/g, 'Annex $1')
    .replace(
      new RegExp(`(${N})\\((${N})\\)`, 'g'),
      (_, a: string, b: string) => `${chineseNumeral(a)}(${chineseNumeral(b)})`,
    )
    .replace(new RegExp(`\\((${N})\\)`, 'g'), (_, n: string) => `(${chineseNumeral(n)})`);
}
