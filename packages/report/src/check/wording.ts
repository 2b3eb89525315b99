// Wording slips: one set phrase spelt two ways (两降一增 / 两降一升), a sentence written twice,
// a quotation mark or bracket left without its partner.
import type { SourceSpan } from "../types.js";
import type { CheckFinding } from "./check-types.js";
import { type InputView, sentencesOf } from "./input-view.js";

const NUMERALS = /[一二三四五六七八九十两百千万]/;
// Characters that say the same thing in a numbered slogan: 两降一增 = 两降一升.
const SAME_SENSE = ["增升提涨加高", "降减低少下压"];

function sameSense(a: string, b: string): boolean {
  return SAME_SENSE.some((group) => group.includes(a) && group.includes(b));
}

interface Phrase {
  text: string;
  spans: SourceSpan[];
}

/**
 * Numbered slogans in quotation marks that differ in one character of the same sense
 * (`“两降一增”` and `“两降一升”`): one thing named two ways.
 *
 * @example
 * checkNearTwins(view) // “两降一增” … “两降一升” → NEAR_TWIN_PHRASE on "两降一升"
 */
export function checkNearTwins(view: InputView): CheckFinding[] {
  const phrases = new Map<string, Phrase>();
  const quoted = /“([^“”\n]{3,8})”/g;
  quoted.lastIndex = view.body.start;
  for (let m = quoted.exec(view.input); m && m.index < view.body.end; m = quoted.exec(view.input)) {
    const text = m[1] as string;
    if (!NUMERALS.test(text) || /[\s，。、：；*]/.test(text)) continue;
    const phrase = phrases.get(text) ?? { text, spans: [] };
    phrase.spans.push({ start: m.index + 1, end: m.index + 1 + text.length });
    phrases.set(text, phrase);
  }
  const list = [...phrases.values()];
  const findings: CheckFinding[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i] as Phrase;
      const b = list[j] as Phrase;
      if (a.text.length !== b.text.length) continue;
      let differ = -1;
      let count = 0;
      for (let k = 0; k < a.text.length; k++) {
        if (a.text[k] !== b.text[k]) {
          differ = k;
          count++;
        }
      }
      if (count !== 1 || !sameSense(a.text[differ] as string, b.text[differ] as string)) continue;
      // The rarer spelling is the likelier slip; on a tie, the later one.
      const [kept, odd] =
        a.spans.length > b.spans.length ? [a, b] : b.spans.length > a.spans.length ? [b, a] : [a, b];
      findings.push({
        code: "NEAR_TWIN_PHRASE",
        severity: "warning",
        message: `“${odd.text}”与第${view.lineAt((kept.spans[0] as SourceSpan).start) + 1}行的“${kept.text}”只差一字（“${odd.text[differ]}”与“${kept.text[differ]}”同义），说的是同一件事；同一提法全文应统一写法。`,
        source: odd.spans[0] as SourceSpan,
        related: [...odd.spans.slice(1), ...kept.spans],
      });
    }
  }
  return findings;
}

const MIN_DUPLICATE = 15;
/** This many repeated sentences in a row are one repeated passage, reported once. */
const MIN_REPEATED_RUN = 3;

interface Repeat {
  span: SourceSpan;
  first: SourceSpan;
  /** Order of the repeat and of its first copy among the sentences long enough to compare. */
  at: number;
  firstAt: number;
}

/**
 * A sentence of fifteen characters or more written twice in the report (spaces and emphasis
 * aside); three or more in a row are a repeated passage, reported once (a scraped page or a paste
 * that holds the text twice gives one finding, not hundreds). Scraped pages repeat the opening in a
 * summary line ending in `......`; such lines and truncated sentences are not sentences of the
 * report.
 *
 * @example
 * checkDuplicateSentences(view) // the second copy of a sentence → DUPLICATE_SENTENCE
 */
export function checkDuplicateSentences(view: InputView): CheckFinding[] {
  const seen = new Map<string, { span: SourceSpan; at: number }>();
  const repeats: Repeat[] = [];
  let count = 0;
  for (const paragraph of view.paragraphs) {
    const raw = view.input.slice(paragraph.start, paragraph.end);
    if (/(?:\.{3,}|…{1,2})\s*$/.test(raw) || /^\s*(?:内容摘要|摘要|导读)[：:]/.test(raw)) continue;
    const plain = view.plain(paragraph);
    for (const s of sentencesOf(plain.text)) {
      const text = plain.text.slice(s.start, s.end);
      if (text.length < MIN_DUPLICATE || !/[。！？]”?$/.test(text)) continue;
      const span = view.spanOf(plain, s.start, s.end);
      const at = count++;
      const first = seen.get(text);
      if (first) repeats.push({ span, first: first.span, at, firstAt: first.at });
      else seen.set(text, { span, at });
    }
  }
  return runsOf(repeats).map((run) => findingForRun(view, run));
}

/** Repeats whose sentences, and whose first copies, follow each other. */
function runsOf(repeats: readonly Repeat[]): Repeat[][] {
  const runs: Repeat[][] = [];
  for (const r of repeats) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && r.at === last.at + 1 && r.firstAt === last.firstAt + 1) run.push(r);
    else runs.push([r]);
  }
  return runs.flatMap((run) => (run.length >= MIN_REPEATED_RUN ? [run] : run.map((r) => [r])));
}

function findingForRun(view: InputView, run: readonly Repeat[]): CheckFinding {
  const head = run[0] as Repeat;
  const tail = run[run.length - 1] as Repeat;
  const lineOf = (span: SourceSpan) => view.lineAt(span.start) + 1;
  if (run.length === 1) {
    return {
      code: "DUPLICATE_SENTENCE",
      severity: "warning",
      message: `这句话与第${lineOf(head.first)}行的一句完全相同；同一句话在报告中出现两次，多为复制粘贴时重复，请删去其一或改写。`,
      source: head.span,
      related: [head.first],
    };
  }
  const from = lineOf(head.first);
  const to = lineOf(tail.first);
  return {
    code: "DUPLICATE_SENTENCE",
    severity: "warning",
    message: `从这里起连续${run.length}句与第${from === to ? from : `${from}至${to}`}行的一段完全相同；整段文字出现两次，多为复制粘贴时重复，请删去其一。`,
    source: { start: head.span.start, end: tail.span.end },
    related: [{ start: head.first.start, end: tail.first.end }],
  };
}

const PAIRS: Record<string, string> = {
  "“": "”",
  "‘": "’",
  "（": "）",
  "(": ")",
  "《": "》",
  "【": "】",
  "「": "」",
};
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
const NAMES: Record<string, string> = {
  "“": "双引号",
  "‘": "单引号",
  "（": "括号",
  "(": "括号",
  "《": "书名号",
  "【": "方括号",
  "「": "引号",
};

/**
 * Quotation marks and brackets without their partner, paragraph by paragraph (a page break inside
 * a quotation does not end the paragraph).
 *
 * @example
 * checkUnbalancedPairs(view) // 开展“技能培训行动。 → UNBALANCED_PAIR on "“"
 */
export function checkUnbalancedPairs(view: InputView): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const input = view.input;
  for (const paragraph of view.paragraphs) {
    const stack: Array<{ char: string; at: number }> = [];
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const c = input[i] as string;
      if (PAIRS[c] !== undefined) {
        stack.push({ char: c, at: i });
        continue;
      }
      const open = CLOSERS.get(c);
      if (open === undefined) continue;
      // `1）` and `a)` as list markers at a line start close nothing.
      const lineStart = view.lines[view.lineAt(i)]?.start ?? 0;
      if (/^\s*(?:[0-9a-zA-Z]{1,2}|[一二三四五六七八九十]{1,3})$/.test(input.slice(lineStart, i))) continue;
      const top = stack[stack.length - 1];
      if (
        top &&
        (top.char === open || (open === "(" && top.char === "（") || (open === "（" && top.char === "("))
      ) {
        stack.pop();
        continue;
      }
      const index = stack.map((s) => s.char).lastIndexOf(open);
      if (index >= 0) {
        // The openers above it were never closed.
        for (const lost of stack.splice(index)) if (lost.char !== open) findings.push(unclosed(view, lost));
        continue;
      }
      findings.push({
        code: "UNBALANCED_PAIR",
        severity: "error",
        message: `这个“${c}”前面没有与之对应的“${open}”；${NAMES[open] ?? "标点"}应成对使用。`,
        source: { start: i, end: i + 1 },
      });
    }
    for (const lost of stack) findings.push(unclosed(view, lost));
  }
  return findings;
}

function unclosed(view: InputView, lost: { char: string; at: number }): CheckFinding {
  const close = PAIRS[lost.char] as string;
  const after = view.input.slice(lost.at + 1, lost.at + 13).replace(/\s+/g, "");
  return {
    code: "UNBALANCED_PAIR",
    severity: "error",
    message: `“${lost.char}${after}…”中的“${lost.char}”在本段内没有对应的“${close}”；${NAMES[lost.char] ?? "标点"}应成对使用。`,
    source: { start: lost.at, end: lost.at + 1 },
  };
}
