// Lines and sentences of the cleaned text, as offset ranges into it.

/** A line of the cleaned text: `text.slice(start, end)`, without its newline. */
export interface TextLine {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Splits a text into lines with their offsets.
 *
 * @example
 * splitLines("一\n二").map((l) => l.text) // ["一", "二"]
 */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

// 。！？!? and the closing marks that stay with a stop: ” ’ 」 』 ）
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63;
const isClosing = (c: number) => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09;

/** A sentence as a range of the cleaned text. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits `text.slice(start, end)` into sentences ending in `。！？` (a closing quote after the
 * stop stays with the sentence).
 *
 * @example
 * splitSentences("甲。乙！", 0, 4) // [{ start: 0, end: 2 }, { start: 2, end: 4 }]
 */
export function splitSentences(text: string, start: number, end: number): SentenceRange[] {
  const out: SentenceRange[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (!isSentenceEnd(text.charCodeAt(i))) continue;
    let e = i + 1;
    while (e < end && (isSentenceEnd(text.charCodeAt(e)) || isClosing(text.charCodeAt(e)))) e++;
    out.push({ start: s, end: e });
    s = e;
    i = e - 1;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}
