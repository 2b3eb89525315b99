// Turns a report as given (Markdown, PDF text, scraped pages) into one clean text the reader can
// scan, keeping for every character of it the range of the input it came from.
import type { SourceSpan } from "../types.js";

/** A cleaned text and, for each of its UTF-16 units, the input range `[starts[i], ends[i])` it stands for. */
export interface CleanText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/**
 * Maps a range of the cleaned text back to the input: from the first character's start to the last
 * character's end, so removed spaces and line breaks inside the range are covered.
 *
 * @example
 * const clean = cleanReportText("增长 4.6%");
 * toInputSpan(clean, 2, 6) // { start: 3, end: 7 }: "4.6%"
 */
export function toInputSpan(clean: CleanText, start: number, end: number): SourceSpan {
  const n = clean.text.length;
  if (n === 0) return { start: 0, end: 0 };
  const a = Math.max(0, Math.min(start, n - 1));
  const b = Math.max(a + 1, Math.min(end, n));
  return { start: clean.starts[a] ?? 0, end: clean.ends[b - 1] ?? 0 };
}

/**
 * Cleans a report for reading: drops HTML tags and comments, Markdown escapes (`\#`, `\*\*`, `1\.`),
 * emphasis and heading marks, note markers (`[12]`); folds full-width digits, letters and `％` to ASCII and half-width Chinese
 * punctuation to full width; removes spaces inside and around numbers and Chinese text; and joins
 * sentences that a page break split over lines (`增长\n\n8.7%`).
 *
 * @example
 * cleanReportText("增长\n\n8.7%；总额 1.2 万亩").text // "增长8.7%；总额1.2万亩"
 */
export function cleanReportText(input: string): CleanText {
  const unescaped = unescapeMarkdown(input);
  if (unescaped === null) return joinBrokenLines(removeSpaces(normalizeCharacters(input)));
  const normalized = normalizeCharacters(unescaped.text);
  // Offsets into the unescaped text, made offsets into the input as given.
  const { origin } = unescaped;
  const { starts, ends } = normalized;
  for (let k = 0; k < starts.length; k++) {
    starts[k] = origin[starts[k] as number] as number;
    ends[k] = (origin[(ends[k] as number) - 1] as number) + 1;
  }
  return joinBrokenLines(removeSpaces(normalized));
}

/** ASCII punctuation, which a backslash escapes in Markdown (CommonMark 2.4). */
const ESCAPABLE = new Uint8Array(128);
for (const c of "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") ESCAPABLE[c.charCodeAt(0)] = 1;
// A backslash ending a line is a hard line break (CommonMark 6.7), not text.
ESCAPABLE[10] = 1;
ESCAPABLE[13] = 1;

/**
 * Converters escape Markdown punctuation (`\# 标题`, `\*\*加粗\*\*`, `1\.`): the backslash is not
 * text. Returns the text without those backslashes and, for each of its code units (and one past
 * the end), the input offset it came from; null when the input has no escape.
 */
function unescapeMarkdown(input: string): { text: string; origin: Int32Array } | null {
  let at = input.indexOf("\\");
  while (at >= 0 && ESCAPABLE[input.charCodeAt(at + 1)] !== 1) at = input.indexOf("\\", at + 1);
  if (at < 0) return null;
  const n = input.length;
  const origin = new Int32Array(n + 1);
  const parts: string[] = [];
  let m = 0;
  let from = 0;
  for (let i = at; i < n; i++) {
    if (input.charCodeAt(i) !== 92 || ESCAPABLE[input.charCodeAt(i + 1)] !== 1) continue;
    parts.push(input.slice(from, i));
    for (let k = from; k < i; k++) origin[m++] = k;
    // The escaped character stands for itself; `\\` is one backslash; a line break stays one.
    from = i + 1;
    i++;
  }
  parts.push(input.slice(from));
  for (let k = from; k < n; k++) origin[m++] = k;
  origin[m] = n;
  return { text: parts.join(""), origin: origin.subarray(0, m + 1) };
}

// Decoding the collected code units as UTF-16 is the fastest way to make a string of them; the
// bytes of a Uint16Array are in platform order, so this holds on little-endian machines only.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder("utf-16le", { fatal: true });

/** Collects UTF-16 code units with their input ranges; code units, not one-character strings, keep GC low. */
class TextBuilder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.codes = new Uint16Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
  }

  pushCode(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  push(s: string, start: number, end: number): void {
    for (let k = 0; k < s.length; k++) this.pushCode(s.charCodeAt(k), start, end);
  }

  lastCode(): number {
    return this.length > 0 ? (this.codes[this.length - 1] as number) : 0;
  }

  build(): CleanText {
    const codes = this.codes.subarray(0, this.length);
    let text = "";
    try {
      if (!LITTLE_ENDIAN) throw new RangeError("big-endian");
      text = UTF16.decode(new Uint8Array(codes.buffer, codes.byteOffset, codes.byteLength));
    } catch {
      // A lone surrogate (broken input) makes the strict decoder refuse; build it unit by unit.
      text = "";
      for (let k = 0; k < this.length; k += 4096) text += String.fromCharCode(...codes.subarray(k, k + 4096));
    }
    // Views, not copies: the arrays were sized for this text.
    return { text, starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }

  private grow(): void {
    const n = this.codes.length * 2;
    const codes = new Uint16Array(n);
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}

const HALF_TO_FULL: Record<number, number> = {
  40: 0xff08, // ( → （
  41: 0xff09, // ) → ）
  59: 0xff1b, // ; → ；
  33: 0xff01, // ! → ！
};

// Radicals that PDF text extraction returns for ordinary characters (U+2E80 block; NFKC folds
// the U+2F00 block but not these).
const CJK_RADICALS: Record<number, string> = {
  11987: "长",
  11973: "见",
  11977: "贝",
  11979: "车",
  11988: "门",
  11997: "食",
  12002: "马",
  11936: "民",
  11963: "业",
  11974: "角",
  11983: "阝",
  11991: "雨",
  12003: "骨",
  12009: "黄",
  12019: "龟",
};

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  middot: "·",
  mdash: "—",
  hellip: "…",
};

const isAsciiLetter = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");

/** Characters one by one: markup out, widths folded, punctuation made Chinese. */
function normalizeCharacters(input: string): CleanText {
  const out = new TextBuilder(input.length + 16);
  const n = input.length;
  let lineStart = true;
  // Where the last `-->` stands: an unclosed `<!--` is known at once, not by a search to the end.
  const lastCommentEnd = input.lastIndexOf("-->");
  // Inside a Markdown table row: where its closing `|` stands, and how many `|` came before.
  let tableRowEnd = -1;
  let tableCell = 0;
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);

    if (code === 10) {
      out.pushCode(10, i, i + 1);
      lineStart = true;
      i++;
      continue;
    }
    if (code === 13) {
      i++;
      continue;
    }

    if (lineStart) {
      lineStart = false;
      // Markdown heading marks and block quotes are layout, not numbering.
      let j = i;
      while (j < n && isBlank(input.charCodeAt(j))) j++;
      let k = j;
      while (k < n && input.charCodeAt(k) === 35) k++;
      if (k > j && k - j <= 6 && isBlank(input.charCodeAt(k))) {
        while (k < n && isBlank(input.charCodeAt(k))) k++;
        i = k;
        continue;
      }
      if (input.charCodeAt(j) === 62 && isBlank(input.charCodeAt(j + 1))) {
        i = j + 2;
        continue;
      }
      // A Markdown table row `| 地区生产总值增长 | 6%左右 |` reads as `地区生产总值增长6%左右。`: the
      // label runs into its first value, later values are listed, and the row ends a sentence.
      // The `| --- |` rule under the header is dropped.
      if (input.charCodeAt(j) === 124) {
        const end = lineEnd(input, j);
        if (input.charCodeAt(end.lastNonBlank) === 124 && end.lastNonBlank > j) {
          if (/^[|\-:\s]*$/.test(input.slice(j, end.at))) {
            i = Math.min(n, end.at + 1);
            lineStart = true;
            continue;
          }
          tableRowEnd = end.lastNonBlank;
          tableCell = 0;
        }
      }
    }
    if (tableRowEnd >= 0 && code === 124) {
      if (i === tableRowEnd) {
        out.pushCode(0x3002, i, i + 1);
        tableRowEnd = -1;
      } else {
        if (tableCell >= 2) out.pushCode(0x3001, i, i + 1);
        tableCell++;
      }
      i++;
      continue;
    }

    if (code < 128) {
      const next = input.charCodeAt(i + 1);
      if (code === 60) {
        // `<`
        const skip = skipMarkup(input, i, lastCommentEnd);
        if (skip > i) {
          // A block-level tag ends a line, an inline one (<sub>, <b>) disappears.
          const tag = input.slice(i, Math.min(skip, i + 6)).toLowerCase();
          if (/^<\/?(br|p|div|li|tr|h\d)\b/.test(tag) || tag.startsWith("<br")) {
            out.pushCode(10, i, skip);
            lineStart = true;
          }
          i = skip;
          continue;
        }
      } else if (code === 38) {
        // `&nbsp;` and other entities.
        const semi = input.slice(i, i + 10).indexOf(";") + i;
        if (semi > i && semi - i <= 8) {
          const decoded = decodeEntity(input.slice(i + 1, semi));
          if (decoded !== null) {
            out.push(decoded, i, semi + 1);
            i = semi + 1;
            continue;
          }
        }
      } else if ((code === 42 || code === 95) && next === code) {
        // Markdown emphasis (`**强化科技创新战略支撑。**`); runs of three or more too.
        let j = i;
        while (j < n && input.charCodeAt(j) === code) j++;
        i = j;
        continue;
      } else if (code === 91 && isDigitCode(next)) {
        // Note markers pointing into a glossary: `“双千工程”[1]项目`.
        let j = i + 1;
        while (j < n && j - i <= 4 && isDigitCode(input.charCodeAt(j))) j++;
        if (input.charCodeAt(j) === 93) {
          i = j + 1;
          continue;
        }
      } else if (code === 63 && next === 63) {
        // Scraped pages show lost spaces as runs of `?` (`县长?? 王?? 燕`).
        let j = i;
        while (j < n && input.charCodeAt(j) === 63) j++;
        out.pushCode(32, i, j);
        i = j;
        continue;
      } else if (code === 9) {
        out.pushCode(32, i, i + 1);
        i++;
        continue;
      }
      const full = HALF_TO_FULL[code];
      if (full !== undefined) {
        out.pushCode(full, i, i + 1);
      } else if (code === 58 || code === 44) {
        // Keep `12:30` and `1,000`; elsewhere these are Chinese punctuation typed half-width.
        const between = isDigitCode(out.lastCode()) && isDigitAt(input, i + 1);
        out.pushCode(between ? code : code === 58 ? 0xff1a : 0xff0c, i, i + 1);
      } else if (code === 63) {
        out.pushCode(0xff1f, i, i + 1);
      } else if (
        code === 46 &&
        out.lastCode() >= 0x3000 &&
        !isDigitAt(input, i + 1) &&
        input.charCodeAt(i + 1) !== 46
      ) {
        // A full stop typed as `.` after Chinese text (`新增市场主体3200户.`).
        out.pushCode(0x3002, i, i + 1);
      } else {
        out.pushCode(code, i, i + 1);
      }
      i++;
      continue;
    }

    if (code >= 0xff01 && code <= 0xff5e) {
      const ascii = code - 0xfee0;
      if (isAsciiAlnumCode(ascii) || FOLDED_SYMBOLS.has(ascii)) {
        out.pushCode(ascii, i, i + 1);
      } else if (ascii === 46 && (isDigitCode(out.lastCode()) || isDigitAt(input, i + 1))) {
        out.pushCode(46, i, i + 1);
      } else if (ascii === 46 && out.lastCode() >= 0x3000) {
        out.pushCode(0x3002, i, i + 1);
      } else {
        out.pushCode(code, i, i + 1);
      }
    } else if (code === 0x2015 || code === 0x2500) {
      // `――2023年1月30日在…会议上`: a horizontal bar typed for the dash.
      out.pushCode(0x2014, i, i + 1);
    } else if (code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003) {
      out.pushCode(32, i, i + 1);
    } else if (code === 0x200b || code === 0xfeff || code === 0x200e || code === 0x200f) {
      // zero-width marks
    } else if (code >= 0x2f00 && code <= 0x2fd5) {
      out.push(input.charAt(i).normalize("NFKC"), i, i + 1);
    } else if (code >= 0x2e80 && code <= 0x2ef3 && CJK_RADICALS[code] !== undefined) {
      out.push(CJK_RADICALS[code] as string, i, i + 1);
    } else {
      out.pushCode(code, i, i + 1);
    }
    i++;
  }
  return out.build();
}

/** Where the line holding `from` ends, and its last character that is not a space. */
function lineEnd(input: string, from: number): { at: number; lastNonBlank: number } {
  let at = input.indexOf("\n", from);
  if (at < 0) at = input.length;
  let last = at - 1;
  while (last > from && (isBlank(input.charCodeAt(last)) || input.charCodeAt(last) === 13)) last--;
  return { at, lastNonBlank: last };
}

/** ASCII symbols whose full-width forms are folded: `％` is `%`. */
const FOLDED_SYMBOLS = new Set([37, 43, 45, 47, 126, 35, 61, 60, 62, 42, 38, 64]);

const isBlank = (c: number) => c === 32 || c === 9;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiAlnumCode = (c: number) => isDigitCode(c) || isLetterCode(c);

function isDigitAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/** End of an HTML tag or comment starting at `i`, or `i` when there is none. */
function skipMarkup(s: string, i: number, lastCommentEnd: number): number {
  if (s.startsWith("<!--", i)) {
    const end = lastCommentEnd >= i + 4 ? s.indexOf("-->", i + 4) : -1;
    return end < 0 ? i : end + 3;
  }
  const next = s[i + 1] ?? "";
  if (!(isAsciiLetter(next) || next === "/" || next === "!")) return i;
  const limit = Math.min(s.length, i + 300);
  for (let j = i + 1; j < limit; j++) {
    const c = s[j];
    if (c === ">") return j + 1;
    if (c === "<" || c === "\n") return i;
  }
  return i;
}

function decodeEntity(name: string): string | null {
  const named = ENTITIES[name];
  if (named !== undefined) return named;
  const m = /^#(x[0-9a-fA-F]{1,6}|\d{1,7})$/.exec(name);
  if (!m) return null;
  const body = m[1] as string;
  const cp = body.startsWith("x") ? Number.parseInt(body.slice(1), 16) : Number.parseInt(body, 10);
  return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : null;
}

/**
 * Removes spaces except between two Latin words (`Public domain`) or two numbers; spaces around
 * numbers and inside Chinese text come from PDF conversion or layout (`1.2 万亩`, `丁 磊`).
 */
function removeSpaces(src: CleanText): CleanText {
  const { text, starts, ends } = src;
  const out = new TextBuilder(text.length);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32) {
      out.pushCode(c, starts[i] as number, ends[i] as number);
      continue;
    }
    let j = i;
    while (j < n && text.charCodeAt(j) === 32) j++;
    const before = out.lastCode();
    const after = text.charCodeAt(j);
    // `5 G基站` glues; `2025 Annual` keeps its space.
    const loneLetterAfterNumber =
      isDigitCode(before) && isLetterCode(after) && !isLetterCode(text.charCodeAt(j + 1));
    const keep =
      isAsciiAlnumCode(before) &&
      isAsciiAlnumCode(after) &&
      (isLetterCode(before) || isLetterCode(after)) &&
      !loneLetterAfterNumber;
    if (keep) out.pushCode(32, starts[i] as number, ends[j - 1] as number);
    i = j - 1;
  }
  return out.build();
}

const SENTENCE_END = new Set(["。", "！", "？", "；", "：", "…", "!", "?", ";", ":"]);
const CLOSERS = new Set(["”", "’", "」", "』", "）", ")", "】", "》", '"', "*"]);
// A short line ending in one of these cannot be a complete title or heading.
const DANGLING_END = new Set([
  "的",
  "和",
  "与",
  "及",
  "在",
  "是",
  "为",
  "把",
  "将",
  "对",
  "从",
  "向",
  "以",
  "了",
  "、",
  "，",
  "“",
  "（",
  "等",
  "并",
  "或",
  "由",
  "按",
  "于",
]);

interface Line {
  start: number;
  end: number;
}

/**
 * Joins a line to the next non-empty one when a page break or a bold span cut a sentence: the
 * first does not end a sentence and is not a heading, title or byline, and the second does not
 * start a heading, salutation or subtitle.
 */
function joinBrokenLines(src: CleanText): CleanText {
  const { text } = src;
  const lines: Line[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ start: s, end: i });
      s = i + 1;
    }
  }
  // Hard-wrapped text with indented paragraphs (PDF, fixed-width export): the indent, not the
  // line end, says where a paragraph starts.
  const wrapAt = wrapWidth(src, lines);
  const width = wrapAt > 0 && indentsParagraphs(src, lines) ? wrapAt : 0;
  // drop[k] = true when the newline run after line k is removed.
  const removeFrom: number[] = [];
  const removeTo: number[] = [];
  let i = 0;
  // The text accumulated on the current output line, for the length rules.
  let currentLen = 0;
  let currentFirst = "";
  // The current output line already holds a finished sentence: a numbered paragraph, not a heading.
  let currentHasSentence = false;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.end === line.start) {
      i++;
      continue;
    }
    if (currentLen === 0) {
      currentFirst = text.slice(line.start, Math.min(line.end, line.start + 12));
      currentHasSentence = false;
    }
    currentLen += line.end - line.start;
    if (!currentHasSentence) currentHasSentence = holdsSentenceEnd(text, line.start, line.end - 1);
    let j = i + 1;
    while (j < lines.length && j - i <= 4 && (lines[j] as Line).end === (lines[j] as Line).start) j++;
    const next = lines[j];
    if (!next || j - i > 4) {
      currentLen = 0;
      i = j;
      continue;
    }
    const a = text.slice(Math.max(line.start, line.end - 40), line.end);
    const aStartsLine = currentFirst;
    const b = text.slice(next.start, Math.min(next.end, next.start + 40));
    const bWhole = next.end - next.start <= 40 ? b : null;
    // Hard-wrapped text: an indented line after a sentence's end starts a paragraph; a line filled
    // to the width goes on, a heading line included, unless a short line without a full stop
    // (a heading) follows its last sentence.
    const endsSentence = SENTENCE_END.has(lastMeaningfulChar(a));
    const paragraphStart = width > 0 && endsSentence && isIndented(src, next.start);
    const nextLength = inputLength(src, next);
    const wrapped =
      width > 0 &&
      j === i + 1 &&
      !paragraphStart &&
      isFullLine(inputLength(src, line), width) &&
      !HEADING_START.test(b) &&
      !NOT_CONTINUATION.test(b) &&
      (!endsSentence ||
        isFullLine(nextLength, width) ||
        SENTENCE_END.has(lastMeaningfulChar(text.slice(Math.max(next.start, next.end - 4), next.end))));
    if (
      wrapped ||
      (!paragraphStart && shouldJoin(aStartsLine, a, currentLen, b, bWhole, currentHasSentence))
    ) {
      removeFrom.push(line.end);
      removeTo.push(next.start);
    } else {
      currentLen = 0;
    }
    i = j;
  }
  if (removeFrom.length === 0) return src;
  const out = new TextBuilder(text.length);
  let r = 0;
  for (let k = 0; k < text.length; k++) {
    if (r < removeFrom.length && k === removeFrom[r]) {
      k = (removeTo[r] as number) - 1;
      r++;
      continue;
    }
    out.pushCode(text.charCodeAt(k), src.starts[k] as number, src.ends[k] as number);
  }
  return out.build();
}

/** A line filled to the wrap width; digits and Latin letters are narrow, so it may hold more. */
const isFullLine = (length: number, width: number) => length >= width - 1 && length <= width + 10;

/**
 * The width a hard-wrapped text is wrapped at, or 0 when its lines are paragraphs: the most common
 * length of the longer lines, when at least half of them are that long.
 */
function wrapWidth(src: CleanText, lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    const n = inputLength(src, l);
    if (n < 16) continue;
    long++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  if (long < 8) return 0;
  let width = 0;
  let best = 0;
  for (const [n, c] of counts) {
    if (c > best || (c === best && n < width)) {
      best = c;
      width = n;
    }
  }
  if (width > 80) return 0;
  let full = 0;
  for (const l of lines) if (isFullLine(inputLength(src, l), width)) full++;
  return full * 2 >= long ? width : 0;
}

/** How many characters of the input a line stands for, from its first to its last (markup and notes included). */
function inputLength(src: CleanText, line: Line): number {
  if (line.end <= line.start) return 0;
  return (src.ends[line.end - 1] as number) - (src.starts[line.start] as number);
}

/** True when a few lines start indented: the text marks its paragraphs so. */
function indentsParagraphs(src: CleanText, lines: readonly Line[]): boolean {
  let indented = 0;
  let nonEmpty = 0;
  for (const l of lines) {
    if (l.end === l.start) continue;
    nonEmpty++;
    if (isIndented(src, l.start)) indented++;
  }
  return indented >= 3 && indented * 30 >= nonEmpty;
}

/** True when the input had spaces (a paragraph indent) before the line starting at `start`. */
function isIndented(src: CleanText, start: number): boolean {
  if (start <= 0 || start >= src.text.length) return false;
  return (src.starts[start] as number) > (src.ends[start - 1] as number);
}

const HEADING_START =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|第[一二三四五六七八九十]+部分)/;
const BYLINE = /^.{0,20}(?:人民政府)?.{0,3}(?:省长|市长|县长|区长|州长|旗长|盟长|总理|主席)/;
const NOT_CONTINUATION =
  /^(?:——|—|各位代表|附件|附：|注：|注释|※|\[|（责任编辑|分享到|上一篇|下一篇|相关|标签|免责声明|来源：|时间：|作者：|发文|标题：|正文：)/;

// A line cannot start with these: it continues the one before (`主要目标` / `是：…`).
const CONTINUATION_START = /^(?:[是为][：:]|[的了等和及与、，。；）”%])/;

/** True when `text.slice(from, to)` holds a full stop, exclamation or question mark. */
function holdsSentenceEnd(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return true;
  }
  return false;
}

function shouldJoin(
  lineHead: string,
  a: string,
  lineLen: number,
  b: string,
  bWhole: string | null,
  holdsSentence: boolean,
): boolean {
  const last = lastMeaningfulChar(a);
  if (last === "" || SENTENCE_END.has(last)) return false;
  if (a.endsWith("...") || a.endsWith("……")) return false;
  // A numbered heading stands alone; a numbered paragraph (`（一）抓投资扩内需，…。…退减`) that a
  // bold span cut mid-sentence goes on.
  if (HEADING_START.test(lineHead) && !holdsSentence) return false;
  if (/会议上$|会议$/.test(a)) return false;
  // A title: `政府工作报告`, `某市人民政府关于2024年工作总结的报告`.
  if (/(?:政府工作报告|的报告|工作总结)$/.test(a) && lineLen <= 40) return false;
  if (HEADING_START.test(b) || NOT_CONTINUATION.test(b)) return false;
  if (bWhole !== null && (/政府工作报告$/.test(bWhole) || BYLINE.test(bWhole) || /：$/.test(bWhole)))
    return false;
  if (lineHead.startsWith("——") && lineLen <= 40) {
    // A session line broken in two: `——2026年1月26日在广东省第十四届` / `人民代表大会第五次会议上`.
    return bWhole !== null && /会议上?$/.test(bWhole);
  }
  const lastRaw = a[a.length - 1] ?? "";
  // Prose (long, or with commas inside) that stops mid-sentence goes on; a short bare line is a title.
  if (lineLen >= 20 || /[，、；]/.test(a) || CONTINUATION_START.test(b)) return true;
  return DANGLING_END.has(lastRaw) || isAsciiLetter(lastRaw);
}

function lastMeaningfulChar(a: string): string {
  let k = a.length - 1;
  while (k >= 0 && CLOSERS.has(a[k] as string)) k--;
  if (k < 0) return "";
  // `…。”` ends a sentence; `…“一地一策”` does not.
  return a[k] as string;
}
