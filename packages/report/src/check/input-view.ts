// The input as the checks see it: lines, paragraphs joined across page breaks, and a plain reading
// of any range (no spaces, emphasis marks or HTML) that maps every character back to the input.
import type { ReadReportResult, SourceSpan } from "../types.js";

export interface InputLine {
  readonly start: number;
  /** Before the newline. */
  readonly end: number;
}

/** A stretch of the input read without layout: `text[i]` came from `input[offsets[i]]`. */
export interface PlainText {
  readonly text: string;
  readonly offsets: readonly number[];
}

export interface InputView {
  readonly input: string;
  readonly lines: readonly InputLine[];
  /** The report itself: from its title or salutation to the page chrome after it (links, licences). */
  readonly body: SourceSpan;
  /** Paragraphs of the body: runs of lines that a page break split mid-sentence are one paragraph. */
  readonly paragraphs: readonly SourceSpan[];
  /** 0-based line of an offset. */
  lineAt(offset: number): number;
  plain(span: SourceSpan): PlainText;
  /** The input span of `plain.text.slice(from, to)`. */
  spanOf(plain: PlainText, from: number, to: number): SourceSpan;
}

const SENTENCE_CLOSE = /[。！？；：!?;:…”’」』）)】》*]\s*$/;
const HEADING_START =
  /^\s*(?:#{1,6}\s|\*\*\s*)?(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|——|各位代表)/;

const SALUTATION = /^\s*(?:\*\*)?各位代表[：:！!]/;
const TRAILER =
  /^\s*(?:[（(]责任编辑|分享到|上一篇|下一篇|相关报道|相关文章|相关阅读|本栏最新|阅读排行|免责声明|标签[：:]|本作品)/;

/**
 * The input as lines and paragraphs, limited to the report's body (`read` places its title and
 * headings; page chrome before the title and links after the closing words are left out).
 *
 * @example
 * viewInput(text, readReport(text)).paragraphs.length // 87 for the seed report
 */
export function viewInput(input: string, read?: ReadReportResult): InputView {
  const lines: InputLine[] = [];
  let start = 0;
  for (let i = 0; i <= input.length; i++) {
    if (i === input.length || input.charCodeAt(i) === 10) {
      const end = i > start && input.charCodeAt(i - 1) === 13 ? i - 1 : i;
      lines.push({ start, end });
      start = i + 1;
    }
  }
  const body = findBody(input, lines, read);
  const paragraphs = joinParagraphs(input, lines).filter((p) => p.start >= body.start && p.end <= body.end);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid] as InputLine).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    input,
    lines,
    body,
    paragraphs,
    lineAt,
    plain: (span) => plainOf(input, span),
    spanOf: (plain, from, to) => {
      const last = Math.max(from, to - 1);
      return { start: plain.offsets[from] ?? 0, end: (plain.offsets[last] ?? 0) + 1 };
    },
  };
}

function findBody(input: string, lines: readonly InputLine[], read?: ReadReportResult): SourceSpan {
  const starts: number[] = [];
  const salutation = lines.find((l) => SALUTATION.test(input.slice(l.start, l.end)));
  if (salutation) starts.push(salutation.start);
  if (read) {
    for (const span of [read.report.sources.title, read.report.sources.date, read.report.sources.place])
      if (span) starts.push(span.start);
    const first = read.sections[0];
    if (first) starts.push(first.heading.start);
  }
  const start = starts.length ? Math.min(...starts) : 0;
  const from = lines.findIndex((l) => l.end >= start);
  const trailer = lines.slice(Math.max(0, from)).find((l) => TRAILER.test(input.slice(l.start, l.end)));
  return { start: input.lastIndexOf("\n", start - 1) + 1, end: trailer ? trailer.start : input.length };
}

function joinParagraphs(input: string, lines: readonly InputLine[]): SourceSpan[] {
  const out: SourceSpan[] = [];
  let current: SourceSpan | null = null;
  for (const line of lines) {
    const text = input.slice(line.start, line.end);
    if (text.trim().length === 0) continue;
    const continues =
      current !== null &&
      !SENTENCE_CLOSE.test(input.slice(current.start, current.end)) &&
      !HEADING_START.test(text) &&
      !/^\s*#/.test(input.slice(current.start, current.end));
    if (current && continues) current = { start: current.start, end: line.end };
    else {
      if (current) out.push(current);
      current = { start: line.start, end: line.end };
    }
  }
  if (current) out.push(current);
  return out;
}

const isSpace = (c: string) => c === " " || c === "\t" || c === "\u3000" || c === "\u00a0";

function plainOf(input: string, span: SourceSpan): PlainText {
  let text = "";
  const offsets: number[] = [];
  let i = span.start;
  let lineStart = true;
  while (i < span.end) {
    const c = input[i] as string;
    if (c === "\n" || c === "\r") {
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const marks = /^\s*#{1,6}\s+/.exec(input.slice(i, i + 12));
      if (marks) {
        i += marks[0].length;
        continue;
      }
    }
    if (isSpace(c) || (c === "*" && input[i + 1] === "*") || (c === "*" && input[i - 1] === "*")) {
      i++;
      continue;
    }
    if (c === "<") {
      const close = input.indexOf(">", i);
      if (close > i && close - i < 40 && /^<\/?[a-zA-Z][^<>]*>$/.test(input.slice(i, close + 1))) {
        i = close + 1;
        continue;
      }
    }
    text += c;
    offsets.push(i);
    i++;
  }
  return { text, offsets };
}

/**
 * Sentences of a plain text, ending in `。！？` (a closing quote after the stop stays with it).
 *
 * @example
 * sentencesOf("甲。乙“丙！”") // [{ start: 0, end: 2 }, { start: 2, end: 7 }]
 */
export function sentencesOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== "。" && c !== "！" && c !== "？" && c !== "!" && c !== "?") continue;
    let e = i + 1;
    while (e < text.length && /[”’」』）)]/.test(text[e] as string)) e++;
    out.push({ start: s, end: e });
    s = e;
    i = e - 1;
  }
  if (s < text.length) out.push({ start: s, end: text.length });
  return out;
}
