// Chinese numerals as they appear in reports: ordinals of headings (十四), years (二〇二四) and
// counts (两, 三千).

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  "○": 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Reads a Chinese numeral: positional (`十四` → 14, `三千` → 3000, `一百零五` → 105) or digit by
 * digit as years are written (`二〇二四` → 2024). Returns null for anything else.
 *
 * @example
 * parseChineseNumeral("二〇二五") // 2025
 * parseChineseNumeral("十五") // 15
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let positional = false;
  for (const c of text) {
    if (SMALL_UNITS[c] !== undefined || BIG_UNITS[c] !== undefined) positional = true;
    else if (DIGITS[c] === undefined) return null;
  }
  if (!positional) {
    if (text.length === 1) return DIGITS[text] ?? null;
    let n = 0;
    for (const c of text) n = n * 10 + (DIGITS[c] as number);
    return n;
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (const c of text) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = d;
      sawDigit = true;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      section += (sawDigit ? digit : 1) * small;
      digit = 0;
      sawDigit = false;
      continue;
    }
    const big = BIG_UNITS[c] as number;
    section += digit;
    total += (section === 0 ? 1 : section) * big;
    section = 0;
    digit = 0;
    sawDigit = false;
  }
  return total + section + digit;
}
