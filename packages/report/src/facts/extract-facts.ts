// Facts from the quantities of the report body: what each measures, whether it is a change or a
// level, and which year or span it is about, as last year's result or this year's target.

import type { Outline, OutlineSection } from "../structure/outline.js";
import { planStartYear } from "../structure/report-info.js";
import type { OutlineTheme } from "../structure/themes.js";
import { parseChineseNumeral } from "../text/chinese-numerals.js";
import type { TextLine } from "../text/lines.js";
import { splitSentences } from "../text/lines.js";
import type { Comparator, Direction, FactKind, FactStatus, PartRole } from "../types.js";
import {
  changeDirectionBefore,
  changeDirectionOverObject,
  dropComparison,
  leadingVerbOf,
  splitSubjects,
  tidyMetric,
} from "./metric.js";
import { findQuantities, type Quantity, reachesNewLevel } from "./quantities.js";
import { isMeasureUnit, isMoneyUnit } from "./units.js";

/** A fact with offsets into the cleaned text; the reader maps them to the input. */
export interface FactDraft {
  quote: string;
  metric: string;
  value: number;
  upperValue: number | null;
  unit: string;
  baseValue: number;
  baseUnit: string;
  kind: FactKind;
  direction: Direction;
  period: string;
  status: FactStatus;
  comparator: Comparator;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  section: number | null;
  theme: number | null;
  /** In the main expected targets paragraph. */
  headline: boolean;
}

export interface FactContext {
  text: string;
  lines: readonly TextLine[];
  outline: Outline;
  themes: readonly OutlineTheme[];
  fromLine: number;
  toLine: number;
  reportYear: number | null;
  /** Where the main expected targets stand, if found. */
  headline: { line: number; start: number; endLine: number } | null;
}

// ，。；！？：\n as code units, for the scans that run per quantity.
const isClauseBreak = (c: number) =>
  c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0xff1a || c === 10;
// ，。；！？：、\n（ end the words after a quantity; so do 和 及 与 unless they start a word.
const isHardRightBreak = (c: number) => isClauseBreak(c) || c === 0x3001 || c === 0xff08;
/** 和 及 与, and the characters after them that make a word rather than a conjunction (和美, 及时). */
const NOT_CONJUNCTION_AFTER: Record<string, string> = { 和: "美谐平顺睦", 及: "时早", 与: "会" };

function isRightBreak(text: string, at: number, unitEnd: number): boolean {
  const c = text.charCodeAt(at);
  if (isHardRightBreak(c)) return true;
  if (c !== 0x548c && c !== 0x53ca && c !== 0x4e0e) return false;
  if (at === unitEnd) return false;
  return !(NOT_CONJUNCTION_AFTER[text.charAt(at)] ?? "").includes(text.charAt(at + 1));
}

/** Words that turn the review to the past five years, until it turns back to last year. */
const FIVE_YEAR_CUE =
  /五年来|过去(?:的)?五年|回顾(?:过去)?五年|回望(?:过去)?五年|经过五年|(?<!今后|未来|下一个)的五年|这五年|五年间/;
/** `“十四五”期间累计…`: the five years, for this sentence only (unless it opens the paragraph). */
const PLAN_SPAN_CUE =
  /五年累计|“?十[一二三四五六七八九]?五”?(?:时期|期间|以来)(?!.{0,4}(?:规划|开局|收官|之年|目标))/;
const YEAR_CUE =
  /一年来|过去(?:的)?一年|刚刚过去的|^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:[，,]|是|以来)|^去年/;

/**
 * A paragraph opening on the next plan (`“十五五”时期是…`, `今后五年…`) inside a review part: the
 * part has turned to the plan's goals (北京: `二、“十四五”时期发展成就和“十五五”时期主要目标任务`).
 */
const NEXT_PLAN_CUE = /^(?:各位代表[！!，,]?)?(?:“?十([一二三四五六七八九]?)五”?时期|今后五年|未来五年)/;

/** A plan named by its number: `“十五五”规划纲要`, `第十五个五年规划`. */
const PLAN_NAMED = /(?:十([一二三四五六七八九]?)五”?|第十([一二三四五六七八九]?)个五年)规划/;

/**
 * `我们编制了“十五五”规划纲要（草案），提交大会审查`: a paragraph laying the next plan's draft
 * before the session, so the numbers after it are that plan's goals.
 */
function planDraftPresented(sentence: string): RegExpExecArray | null {
  if (!/草案|提请|提交|审查|审议/.test(sentence)) return null;
  return PLAN_NAMED.exec(sentence);
}

/** `year`: last year; `five`: the five years reviewed; `next`: the next plan's goals. */
type PeriodMode = "year" | "five" | "next";

/**
 * Extracts the facts of the body lines, each with metric, kind, direction, period, status and
 * comparator, in reading order. Offsets are into the cleaned text.
 *
 * @example
 * const facts = extractFacts({ text, lines, outline, themes, fromLine, toLine, reportYear: 2026, headline: null });
 * facts[0].metric // "地区生产总值"
 */
export function extractFacts(ctx: FactContext): FactDraft[] {
  const { text, lines, outline, themes } = ctx;
  const themeByLine = new Map<number, OutlineTheme>();
  for (const t of themes) themeByLine.set(t.line, t);
  const facts: FactDraft[] = [];
  let mode: PeriodMode = "year";
  let modePart = -1;
  let nextPlan: number | null = null;
  let tasksSeen = false;

  for (let k = ctx.fromLine; k < ctx.toLine; k++) {
    const line = lines[k] as TextLine;
    if (line.text.length === 0) continue;
    const role = outline.lineRole[k] as PartRole;
    if (role === "tasks") tasksSeen = true;
    const sectionIndex = outline.lineSection[k] ?? -1;
    const section = sectionIndex >= 0 ? outline.sections[sectionIndex] : undefined;
    const part = section ? topSection(outline.sections, section) : undefined;
    if (role === "review" && part && part.index !== modePart) {
      modePart = part.index;
      mode =
        /十[一二三四五六七八九]?五|五年/.test(part.title) &&
        !/\d{4}年|[〇零一二三四五六七八九]{4}年/.test(part.title)
          ? "five"
          : "year";
    }
    const isHeadingLine = section !== undefined && section.line === k && !section.implicit;
    const quantities = findQuantities(text, line.start, line.end);
    const sentences = splitSentences(text, line.start, line.end);
    const theme = themeByLine.get(k);
    let q = 0;
    let first = true;
    for (const sentence of sentences) {
      // Where in the sentence a `“十四五”期间` clause starts: facts after it are about those years.
      let planAt = -1;
      let lastYearSentence = false;
      if (role === "review" && !isHeadingLine && first && mode !== "next") {
        const opening = text.slice(sentence.start, sentence.end);
        const next = NEXT_PLAN_CUE.exec(opening) ?? planDraftPresented(opening);
        const digit = next?.[1] ?? next?.[2];
        const plan =
          digit === undefined ? null : digit === "" ? 10 : 11 + "一二三四五六七八九".indexOf(digit);
        const reviewYear = yearInTitle(part?.title) ?? (ctx.reportYear ?? 0) - 1;
        if (next && (plan === null || planStartYear(plan) > reviewYear)) {
          mode = "next";
          nextPlan = plan === null ? null : planStartYear(plan);
        }
      }
      if (role === "review" && !isHeadingLine && mode !== "next") {
        const s = text.slice(sentence.start, sentence.end);
        const five = FIVE_YEAR_CUE.exec(s);
        const year = YEAR_CUE.exec(s);
        const plan = PLAN_SPAN_CUE.exec(s);
        if (five && (!year || year.index < five.index)) mode = "five";
        else if (year) mode = "year";
        else if (plan && first) mode = "five";
        if (plan && (!year || year.index < plan.index)) planAt = sentence.start + plan.index;
        // `2020年空气质量优良天数242天` inside the five years: that sentence is about last year.
        const reviewYear = yearInTitle(part?.title) ?? (ctx.reportYear ?? 0) - 1;
        lastYearSentence = mode === "five" && !plan && s.startsWith(`${reviewYear}年`);
      }
      first = false;
      const inSentence: Quantity[] = [];
      while (q < quantities.length && (quantities[q] as Quantity).start < sentence.end) {
        inSentence.push(quantities[q] as Quantity);
        q++;
      }
      if (inSentence.length === 0) {
        continue;
      }
      const drafts = readSentence(text, sentence.start, sentence.end, inSentence);
      const named = laterYearNamed(text, sentence.start, sentence.end, role, ctx.reportYear);
      const period =
        mode === "next" && role === "review"
          ? nextPlanPeriod(nextPlan, ctx.reportYear)
          : role === "other"
            ? (named ??
              unplacedPeriod(
                text.slice(sentence.start, sentence.end),
                part?.title ?? "",
                tasksSeen,
                ctx.reportYear,
              ))
            : (named ?? periodOf(role, lastYearSentence ? "year" : mode, part, ctx.reportYear));
      const planPeriod = planAt >= 0 ? periodOf(role, "five", part, ctx.reportYear) : null;
      const headline = ctx.headline !== null && k >= ctx.headline.line && k < ctx.headline.endLine;
      // `年均增长5.8%，2022年达到3520亿元`: a clause on the last year inside the five-year review.
      const yearClauseAt =
        role === "review" && mode === "five" && !named && !lastYearSentence
          ? yearClauseStart(
              text,
              sentence.start,
              sentence.end,
              yearInTitle(part?.title) ?? (ctx.reportYear ?? 0) - 1,
            )
          : -1;
      for (const d of drafts) {
        let own =
          yearClauseAt >= 0 && d.start > yearClauseAt
            ? periodOf(role, "year", part, ctx.reportYear)
            : planPeriod && !named && d.start > planAt
              ? planPeriod
              : period;
        // `两年平均增长5.2%`: an average over the years it names, ending with the year reviewed.
        const years = role === "review" && own?.status === "actual" ? /([两三])年平均/.exec(d.metric) : null;
        if (years && own && /^\d{4}$/.test(own.period)) {
          const last = Number(own.period);
          own = { period: `${last - (years[1] === "两" ? 1 : 2)}-${last}`, status: "actual" };
        }
        // `三年安排450亿元`: a sum a target spreads over the years it names, from this year on.
        if (own?.status === "target" && /^\d{4}$/.test(own.period)) {
          const years = yearsSpread(text, sentence.start, d.start);
          if (years > 1)
            own = { period: `${own.period}-${Number(own.period) + years - 1}`, status: "target" };
        }
        // `力争到2030年迈上4万亿元新台阶`: the level a goal sets, where a result `跃上…新台阶` passed it.
        const comparator =
          own?.status === "target" &&
          d.comparator === "gt" &&
          reachesNewLevel(text, d.start, d.end, sentence.start)
            ? "eq"
            : d.comparator;
        const inHeadline = headline && d.start >= (ctx.headline?.start ?? 0);
        // Spelled out rather than spread: a spread copy of this many fields is a slow object.
        facts.push({
          quote: d.quote,
          metric: d.metric,
          value: d.value,
          upperValue: d.upperValue,
          unit: d.unit,
          baseValue: d.baseValue,
          baseUnit: d.baseUnit,
          kind: d.kind,
          direction: d.direction,
          comparator,
          start: d.start,
          end: d.end,
          period: own?.period ?? "",
          status: own?.status ?? "actual",
          sentenceStart: sentence.start,
          sentenceEnd: sentence.end,
          section: sectionIndex >= 0 ? sectionIndex : null,
          theme: theme && d.start >= theme.start && d.end <= theme.end ? theme.index : null,
          headline: inHeadline,
        });
      }
    }
  }
  return facts;
}

const TARGET_CUE = /力争|确保|争取|预计|计划|目标|今年|明年|将|要/;
const ACTUAL_CUE = /一年来|过去一年|去年|上年|五年来|已经|累计|完成了|实现了|达到了/;

/**
 * A part the reader cannot place (`一、砥砺前行` with no review or plan words): its numbers are
 * still achievements or targets, told apart by the sentence's own words, else by whether this
 * year's tasks have begun before it.
 */
function unplacedPeriod(
  sentence: string,
  title: string,
  tasksSeen: boolean,
  reportYear: number | null,
): { period: string; status: FactStatus } {
  // `附件：2023年民生实事完成情况`: a part named for a past year or for what was done.
  const titleYear = yearInTitle(title);
  if (reportYear !== null && titleYear !== null && titleYear < reportYear)
    return { period: String(titleYear), status: "actual" };
  if (/完成情况|进展情况|工作情况/.test(title))
    return { period: reportYear === null ? "" : String(reportYear - 1), status: "actual" };
  const actual = ACTUAL_CUE.exec(sentence);
  const target = TARGET_CUE.exec(sentence);
  const isTarget = target && (!actual || target.index < actual.index) ? true : actual ? false : tasksSeen;
  if (reportYear === null) return { period: "", status: isTarget ? "target" : "actual" };
  return isTarget
    ? { period: String(reportYear), status: "target" }
    : { period: String(reportYear - 1), status: "actual" };
}

/**
 * How many years the clause before `at` spreads a sum over (`三年安排`, `未来两年投入`), else 1.
 */
function yearsSpread(text: string, sStart: number, at: number): number {
  let k = at;
  while (k > sStart && at - k < 30 && !isClauseBreak(text.charCodeAt(k - 1))) k--;
  const m = /^(?:未来|今后)?([两三四五])年(?:内|间)?(?:累计|共|共计)?(?:安排|投入|统筹|筹措|筹集)/.exec(
    text.slice(k, at),
  );
  return m ? " 一两三四五".indexOf(m[1] as string) : 1;
}

/** Where, inside a sentence, a clause opening on `year` starts (`，2022年达到…`), or -1. */
function yearClauseStart(text: string, start: number, end: number, year: number): number {
  // Searched within the sentence only: a search to the end of the text for every sentence is quadratic.
  const sentence = text.slice(start, end);
  const opening = `，${year}年`;
  for (let at = sentence.indexOf(opening); at >= 0; at = sentence.indexOf(opening, at + 1)) {
    // `2025年总量比2020年增加超7400亿元`: a gain over the years reviewed, not that year's level.
    let clauseEnd = at + 1;
    while (
      clauseEnd < sentence.length &&
      clauseEnd - at < 40 &&
      !isClauseBreak(sentence.charCodeAt(clauseEnd))
    )
      clauseEnd++;
    if (!/(?:比|较)\d{4}年/.test(sentence.slice(at + 6, clauseEnd))) return start + at + 1;
  }
  return -1;
}

function nextPlanPeriod(
  start: number | null,
  reportYear: number | null,
): { period: string; status: FactStatus } {
  const from = start ?? reportYear;
  return { period: from === null ? "" : `${from}-${from + 4}`, status: "target" };
}

function topSection(sections: readonly OutlineSection[], s: OutlineSection): OutlineSection {
  let t = s;
  while (t.parent !== null) t = sections[t.parent] as OutlineSection;
  return t;
}

function periodOf(
  role: PartRole,
  mode: PeriodMode,
  part: OutlineSection | undefined,
  reportYear: number | null,
): { period: string; status: FactStatus } | null {
  if (reportYear === null) return { period: "", status: role === "review" ? "actual" : "target" };
  if (role === "review") {
    const reviewYear = yearInTitle(part?.title) ?? reportYear - 1;
    if (mode === "five") {
      const plan = planInTitle(part?.title, reviewYear);
      return { period: plan ?? `${reviewYear - 4}-${reviewYear}`, status: "actual" };
    }
    return { period: String(reviewYear), status: "actual" };
  }
  if (role === "outlook") {
    const plan = planInTitle(part?.title, null);
    return { period: plan ?? `${reportYear}-${reportYear + 4}`, status: "target" };
  }
  if (role === "tasks" || role === "government") return { period: String(reportYear), status: "target" };
  return null;
}

/**
 * `到2025年，农林牧渔业总产值达1000亿元以上` in a 2023 report: a goal for the year the sentence names.
 * (A five-year plan's goals keep the plan's span.)
 */
function laterYearNamed(
  text: string,
  start: number,
  end: number,
  role: PartRole,
  reportYear: number | null,
): { period: string; status: FactStatus } | null {
  if (reportYear === null || (role !== "review" && role !== "tasks")) return null;
  // Most sentences name no year in digits: find one before running the pattern.
  let at = start + 4;
  while (at < end && !(text.charCodeAt(at) === 0x5e74 && isDigitCode(text.charCodeAt(at - 1)))) at++;
  if (at >= end) return null;
  const m = /(?:到|至|力争|预计|争取|确保|计划)(\d{4})年(?:底|末)?|(\d{4})年(?:底|末)?(?:前|以前)/.exec(
    text.slice(start, end),
  );
  if (!m) return null;
  const year = Number(m[1] ?? m[2]);
  const now = role === "review" ? reportYear - 1 : reportYear;
  return year > now && year <= reportYear + 15 ? { period: String(year), status: "target" } : null;
}

const titleYears = new Map<string, number | null>();

const isDigitCode = (c: number) => c >= 48 && c <= 57;

function yearInTitle(title: string | undefined): number | null {
  if (!title) return null;
  const known = titleYears.get(title);
  if (known !== undefined) return known;
  const year = readYearInTitle(title);
  // Headings repeat across reports of one place and year; a bounded cache keeps memory flat.
  if (titleYears.size > 1000) titleYears.clear();
  titleYears.set(title, year);
  return year;
}

function readYearInTitle(title: string): number | null {
  const m = /(\d{4}|[〇零○一二三四五六七八九]{4})年/.exec(title);
  if (!m) return null;
  const year = /^\d+$/.test(m[1] as string)
    ? Number(m[1])
    : parseChineseNumeral((m[1] as string).replace(/[零○]/g, "〇"));
  return year !== null && year > 1949 && year < 2200 ? year : null;
}

/** `十四五` in a heading → `2021-2025`; with `expectEnd`, only a plan ending that year. */
function planInTitle(title: string | undefined, expectEnd: number | null): string | null {
  const m = title ? /十([一二三四五六七八九]?)五/.exec(title) : null;
  const digits = "一二三四五六七八九";
  let n: number | null = null;
  if (m) n = 10 + (m[1] ? digits.indexOf(m[1] as string) + 1 : 0);
  if (n === null) return null;
  const start = planStartYear(n);
  if (expectEnd !== null && start + 4 !== expectEnd) return `${expectEnd - 4}-${expectEnd}`;
  return `${start}-${start + 4}`;
}

interface SentenceFact {
  quote: string;
  metric: string;
  value: number;
  upperValue: number | null;
  unit: string;
  baseValue: number;
  baseUnit: string;
  kind: FactKind;
  direction: Direction;
  comparator: Comparator;
  start: number;
  end: number;
}

/** How far back, in characters, the words of a clause are read. */
const CLAUSE_WINDOW = 200;

/** Reads the quantities of one sentence, in order, so later ones can lean on earlier ones. */
function readSentence(
  text: string,
  sStart: number,
  sEnd: number,
  quantities: readonly Quantity[],
): SentenceFact[] {
  const out: SentenceFact[] = [];
  const notes: MetricNote[] = [];
  const fromTo = startingValues(text, sStart, quantities);
  const runs = listRuns(text, quantities);
  let prevRightEnd = -1;
  let prevClauseStart = sStart;
  let prevLeftStart = -1;
  // Where the verb after a partner count stands (`与28个国家缔结90对友城`): the next number's words start there.
  let partnerVerbAt = -1;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i] as Quantity;
    const prev = i > 0 ? (quantities[i - 1] as Quantity) : null;
    const next = i + 1 < quantities.length ? (quantities[i + 1] as Quantity) : null;

    // Scan back only to the previous quantity: a clause holding thousands of list items stays linear.
    let clauseStart = q.prefixStart;
    const scanFloor = prev ? Math.max(sStart, prev.prefixStart) : sStart;
    while (clauseStart > scanFloor && !isClauseBreak(text.charCodeAt(clauseStart - 1))) clauseStart--;
    if (clauseStart === scanFloor && prev && scanFloor > sStart) clauseStart = prevClauseStart;
    prevClauseStart = clauseStart;
    // No clause is read further back than a window: text without breaks stays linear.
    clauseStart = Math.max(clauseStart, q.prefixStart - CLAUSE_WINDOW);
    // Within a clause, the words before a number start after the previous quantity, and after
    // the `、` that ends the previous list item (`10个早夜市疏导区、49家便民菜店`).
    let leftStart = clauseStart;
    let listItem = false;
    if (prev && prev.end > clauseStart) {
      leftStart = prev.end;
      const between = text.slice(prev.end, q.prefixStart);
      const comma = between.lastIndexOf("、");
      if (comma >= 0) {
        leftStart = prev.end + comma + 1;
        listItem = true;
      } else if (/^[和及与]/.test(between)) {
        leftStart = prev.end + 1;
        listItem = true;
      }
    }
    // `惠及62个行政村11.97万人`: the words between belong to the number before.
    // `15家企业申领科技创新券448万元` differs: there the words are this number's own predicate.
    const prevNote = notes[notes.length - 1];
    if (prev && prevNote?.carry && prevRightEnd === q.prefixStart && prevRightEnd > prev.end) {
      leftStart = q.prefixStart;
    }
    // `培育产值超10亿元企业3家`: the number before bounds a kind of thing this one counts.
    if (prev && (prev.comparator === "gt" || prev.comparator === "gte") && prevLeftStart >= 0) {
      const between = text.slice(prev.end, q.prefixStart);
      // `10万元以上村达60%以上`: the verb leading to the share is no part of the kind.
      const kind = between.replace(/(?:达到|达|为|占比|占)$/, "");
      if (kind.length <= 8 && CLASS_NOUN.test(kind)) leftStart = prevLeftStart;
    }
    if (partnerVerbAt > leftStart && partnerVerbAt <= q.prefixStart) leftStart = partnerVerbAt;
    partnerVerbAt = -1;
    prevLeftStart = leftStart;
    let left = text.slice(leftStart, q.prefixStart);
    // `外贸进出口在对美贸易下降3成的情况下增长12%`: the circumstance is not what changed.
    const circumstance = prev ? /^的?(?:情况|背景|前提|形势)下/.exec(left) : null;
    if (circumstance && prev) {
      const head = text.slice(clauseStart, prev.prefixStart);
      const at = head.lastIndexOf("在");
      if (at > 0) left = head.slice(0, at) + left.slice(circumstance[0].length);
    }
    const partner = left.endsWith("与") || (left.endsWith("同") && !/[共相不协合陪]同$/.test(left));
    // `河南大学“双一流”建设和7所高校…`: a number after `和` opens a new item.
    const opensItem = /(?:[和、]|以及|(?<!参)与)$/.test(left);
    const itemWords = left;
    if (opensItem) left = "";

    // The words after a number end at a break or at the next number (scanned no further, so a
    // sentence of thousands of numbers stays linear).
    const rightLimit = next ? Math.min(sEnd, next.prefixStart) : sEnd;
    let rightEnd = q.end;
    // `1000个和美乡村`: a conjunction right after the unit, or inside a word (和美, 和谐), is no break.
    while (rightEnd < rightLimit && !isRightBreak(text, rightEnd, q.end)) rightEnd++;
    // `3个厂（站）稳定运行`: a short note in brackets is part of the noun.
    if (text.charCodeAt(rightEnd) === 0xff08 && rightEnd > q.end) {
      const close = text.slice(rightEnd, rightEnd + 7).indexOf("）") + rightEnd;
      if (close > rightEnd && close < sEnd) {
        rightEnd = close + 1;
        while (rightEnd < rightLimit && !isRightBreak(text, rightEnd, q.end)) rightEnd++;
      }
    }
    // `为超20000名视力、听力、肢体等残疾儿童…`: a list of kinds closed by `等` names the noun.
    const kinds = text.charCodeAt(rightEnd) === 0x3001 ? kindsListEnd(text, rightEnd, sEnd) : -1;
    if (kinds > 0) rightEnd = kinds;
    let runsIntoNext = false;
    if (next && next.prefixStart <= rightEnd) {
      rightEnd = Math.max(q.end, next.prefixStart);
      runsIntoNext = true;
    }
    let right = text.slice(q.end, rightEnd);
    // `与11家大企业签订总投资…`: the predicate of the next number is not part of the noun.
    const beneficiary = /(?:^|[，、])为$/.test(left);
    if (runsIntoNext || beneficiary || kinds > 0) right = cutAtPredicate(right);
    if (kinds > 0) right = afterList(right);
    // `总投资6074亿元的813个省市重点项目`, `总投资1.4亿元的城乡供水一体化工程`: the number
    // describes the noun after `的`.
    // `超过10%的有44种`: `的有` opens the count that follows, not a noun.
    if (/^的(?:共有|有|是|为)$/.test(right)) right = "";
    const attribute =
      right.startsWith("的") && (right.length > 1 || (next !== null && rightEnd === next.prefixStart));
    // `8个村12.36万平方米排前路建设`: a one-word noun between two quantities takes the rest.
    if (right.length > 0 && right.length <= 2 && next && rightEnd === next.prefixStart) {
      let nextRight = next.end;
      const limit = Math.min(sEnd, quantities[i + 2]?.prefixStart ?? sEnd);
      while (nextRight < limit && !isRightBreak(text, nextRight, next.end)) nextRight++;
      right += text.slice(next.end, nextRight);
    }
    right = right.replace(/^的/, "");
    // `迈上4万亿元新台阶`: the level passed, not a thing counted.
    if (/^[和及与、]$/.test(right) || /^新?(?:台阶|大关|关口)$/.test(right)) right = "";
    // `高速公路通车里程全国第四、突破1万公里`: a second predicate of the same subject, when
    // nothing is counted after the number.
    if (opensItem && right.length === 0 && leftStart === clauseStart && itemWords.endsWith("、"))
      left = itemWords.slice(0, -1).replace(RANK_AFTER_SUBJECT, "");
    // `赤字率拟按4%左右安排`: the plan's wording around a level, not a counted noun.
    if (/^(?:安排|执行|计算|编制)$/.test(right) && /(?:拟|将)?按(?:照)?$/.test(left)) {
      right = "";
      left = left.replace(/(?:拟|将)?按(?:照)?$/, "");
    }
    prevRightEnd = rightEnd;

    // Kind: a change when the words right before the number end with a change verb and nothing
    // is counted after it (`提升8条小街小巷` counts streets); later numbers of a list follow the first.
    const rate =
      q.baseUnit === "%" ||
      q.baseUnit === "百分点" ||
      q.baseUnit === "倍" ||
      q.baseUnit === "‰" ||
      q.baseUnit === "成";
    let direction: Direction = right.length === 0 || rate ? changeDirectionBefore(left) : null;
    // `一次性增加6万亿元地方专项债务限额`: money added to what follows is a change of it.
    if (direction === null && isMoneyUnit(q.baseUnit) && !attribute) direction = changeDirectionBefore(left);
    // `农房风貌提升26.4万户`, `林分优化提升200万亩`: 提升 names the work done to what is counted.
    if (
      direction === "up" &&
      !isMeasureOfChange(q.baseUnit) &&
      /提升$/.test(left) &&
      !/(?:数|量|规模|面积|产量)提升$/.test(left)
    )
      direction = null;
    if (direction === null && rate && right.length === 0) direction = changeDirectionOverObject(left);
    // `压减地下水超采量7.4亿立方米`, `降低企业成本200亿元`: a cut or rise the verb says of a
    // measured amount; `提升改造道路20公里`, `扩大…` name the work.
    if (direction === null && !rate && right.length === 0 && isMeasureOfChange(q.baseUnit)) {
      const over = changeDirectionOverObject(left);
      if (over !== null && !/(?:提升|扩大)[^，]{0,8}$/.test(left)) direction = over;
    }
    // `比上年多争取3.2亿元`, `较去年少2天`: more or less than before is a change.
    if (direction === null) direction = moreOrLessThanBefore(left);
    const prevFact = out[out.length - 1];
    // `压减时间58%、材料52%`: a list item naming only its object keeps the change of the first.
    const bareItem = left.length === 0 || (left.length <= 4 && rate && leadingVerbOf(left) === null);
    if (
      direction === null &&
      listItem &&
      bareItem &&
      prevFact?.kind === "change" &&
      prevFact.baseUnit === q.baseUnit
    ) {
      direction = prevFact.direction;
    }
    let kind: FactKind = direction === null ? "amount" : "change";
    // `增长1倍`, `3.2倍`, `不低于…的1.6倍`: a multiple is a change (FACTS.md), upward unless a fall
    // is said.
    if (q.baseUnit === "倍" && direction === null) {
      kind = "change";
      direction = /下降|减少|降低|缩小/.test(text.slice(clauseStart, q.start)) ? "down" : "up";
    }
    // `不低于当地最低生活保障标准的1.6倍`: a bound written before what the number is a part or
    // multiple of.
    let comparator = q.comparator;
    if (comparator === "eq" && left.endsWith("的")) {
      const bound = /(不低于|不少于|不高于|不超过|高于|低于|超过)[^，。；]{1,30}的$/.exec(left);
      if (bound) comparator = OF_BOUND[bound[1] as string] ?? "eq";
    }

    const endOf = fromTo.ends.get(i);
    if (endOf !== undefined) {
      // `从5.6万元增至7.8万元`: a level reached, measured by the words before `从`.
      direction = null;
      kind = "amount";
    }
    // `与28个国家缔结90对友城`: the partners counted are named by what is done with them.
    const partnerNote =
      partner && runsIntoNext && next && endOf === undefined ? partnerCount(text, right, next, sEnd) : null;
    if (partnerNote) partnerVerbAt = q.end + partnerNote.verbAt;
    const note = partnerNote
      ? { metric: partnerNote.metric, carry: "", counted: true }
      : endOf !== undefined
        ? { metric: endOf, carry: "", counted: false }
        : attribute
          ? {
              metric: (attributeNoun(text, q.end + 1, sEnd, quantities, i) ?? right) + measureWord(left),
              carry: "",
              counted: false,
            }
          : metricOf({
              text,
              left,
              right,
              listItem,
              clauseStart,
              sStart,
              notes,
              facts: out,
              quantities,
              index: i,
              run: runs[i] as { first: number; last: number },
              direction,
            });
    let metric = note.metric;
    if (metric.length > 40) metric = metric.slice(metric.length - 40);
    notes.push({ metric, carry: note.carry, counted: note.counted });
    out.push({
      quote: q.quote,
      metric,
      value: q.value,
      upperValue: q.upperValue,
      unit: q.unit,
      baseValue: q.baseValue,
      baseUnit: q.baseUnit,
      kind,
      direction: kind === "change" ? direction : null,
      comparator,
      start: q.start,
      end: q.end,
    });
  }
  shareListComparators(text, quantities, out);
  return fromTo.bases.size === 0 ? out : out.filter((_, k) => !fromTo.bases.has(k));
}

/** Verbs done with partners (`与28个国家缔结…`). */
const WITH_PARTNER = /缔结|签订|签署|建立|结成|结为|开展|开通|达成|共建|合作/;

/**
 * `与28个国家缔结90对友城` → `缔结友城的国家`: a count of partners, with the verb that follows
 * it and the thing the next number counts; null when the words after the count hold no such verb.
 */
function partnerCount(
  text: string,
  right: string,
  next: Quantity,
  sEnd: number,
): { metric: string; verbAt: number } | null {
  const verb = WITH_PARTNER.exec(right);
  if (!verb || verb.index < 1) return null;
  let end = next.end;
  const limit = Math.min(sEnd, next.end + 12);
  while (end < limit && !isRightBreak(text, end, next.end)) end++;
  const object = text.slice(next.end, end);
  if (object.length === 0) return null;
  return { metric: `${right.slice(verb.index)}${object}的${right.slice(0, verb.index)}`, verbAt: verb.index };
}

/** `全国第四`, `居西部前列`: a rank said of a subject, which names no quantity. */
const RANK_AFTER_SUBJECT =
  /(?:居|位居|位列|排名|排)?(?:全国|全省|全市|全区|西部|中部|东部)?(?:第[一二三四五六七八九十\d]+(?:位|名)?|前列|首位)$/;

const OF_BOUND: Record<string, Comparator> = {
  不低于: "gte",
  不少于: "gte",
  不高于: "lte",
  不超过: "lte",
  高于: "gt",
  超过: "gt",
  低于: "lte",
};

/** A kind of thing a bound can define (`超10亿元企业`, `5000万元以上项目`). */
const CLASS_NOUN =
  /^(?:的)?[\u4e00-\u9fff]{0,6}(?:企业|项目|园区|集群|产业链|基地|平台|景区|商圈|品牌|乡镇|村|街道)$/;

/** Verbs that open a predicate after a counted noun (`大企业签订…`, `残疾儿童免费提供…`). */
const PREDICATE =
  /签订|签署|免费|提供|开展|实现|参加|参与|享受|获得|获评|入选|纳入|通过|落地|开工|投产|竣工|申领|接受|受益|覆盖|荣获|列入/;

/** `大企业签订总投资` → `大企业`: the noun before a predicate that follows it. */
function cutAtPredicate(noun: string): string {
  const m = PREDICATE.exec(noun);
  return m && m.index >= 2 ? noun.slice(0, m.index) : noun;
}

/**
 * End of a list of kinds closed by `等` and its noun (`视力、听力、智力等残疾儿童`), from the `、`
 * after the first kind; -1 when the clause holds no such list.
 */
function kindsListEnd(text: string, from: number, end: number): number {
  let k = from;
  let deng = -1;
  while (k < end && k - from <= 40) {
    const c = text.charCodeAt(k);
    if (isClauseBreak(c) || (c >= 48 && c <= 57)) break;
    if (c === 0x7b49 /* 等 */) deng = k;
    k++;
  }
  return deng > from && k - deng >= 3 ? k : -1;
}

/** Head nouns of what an attribute describes: projects, works, sites, agreements. */
const HEAD_NOUN =
  /项目|工程|基地|产业园|园区|协议|电站|中心|新城|小镇|生产线|产线|综合体|大桥|水库|医院|学校|学院|公园|景区|场馆|码头|机场|港口/g;

/**
 * The noun an attribute number describes (`投资5亿元的年出栏20万只肉羊养殖项目建设` →
 * `肉羊养殖项目`): after `的`, up to the head noun of the first item (or of the list when the
 * first item has none), past the capacities written in the name. Null when no head noun stands
 * in the clause.
 */
function attributeNoun(
  text: string,
  from: number,
  sEnd: number,
  quantities: readonly Quantity[],
  index: number,
): string | null {
  let end = from;
  const limit = Math.min(sEnd, from + 80);
  while (end < limit && !isClauseBreak(text.charCodeAt(end))) end++;
  let span = text.slice(from, end);
  // `22公里的城区道路、6个小区燃气管道…`, `…学院、投资8200万元的…基地`: a list of items, each
  // with its own number; the noun is the first item's.
  const next = /、(?:\d|总?投资)/.exec(span);
  if (next) span = span.slice(0, next.index);
  let cut = -1;
  HEAD_NOUN.lastIndex = 0;
  for (let m = HEAD_NOUN.exec(span); m; m = HEAD_NOUN.exec(span)) cut = m.index + m[0].length;
  if (cut < 0) return null;
  // `…能源项目务实合作`: the noun ends where the work done to it starts; `…医院综合楼` goes on.
  if (cut < span.length && !WORK_AFTER_NOUN.test(span.slice(cut))) cut = span.length;
  let nounStart = from;
  for (let k = index + 1; k < quantities.length; k++) {
    const q = quantities[k] as Quantity;
    if (q.start >= from + cut) break;
    if (q.start >= from && q.end <= from + cut) nounStart = q.end;
  }
  const noun = text.slice(nounStart, from + cut);
  return noun.length >= 2 ? afterList(noun) : null;
}

const WORK_AFTER_NOUN =
  /^(?:务实|加快|全面|顺利|尽快|稳步|有序|主体)?(?:建设|合作|完工|开工|投产|竣工|落地|推进|实施|运营|改造|提升|签约|开业|启用|投用|建成)/;

/** `谋划启动总投资` → `总投资`: what an attribute number measures, without the verbs before it. */
function measureWord(left: string): string {
  const m =
    /(?:总投资|投资额|投资|总规模|规模|总面积|建筑面积|占地面积|面积|总里程|里程|全长|总长|总产值|产值|总额|资金|总装机|装机容量|容量|产能|占地)$/.exec(
      left,
    );
  return m ? m[0] : "";
}

/** `提高到`, `跃升到`, `缩小至`, `提高到2025年的`: what leads from a starting value to the level reached. */
const TO_LEVEL = /^[\u4e00-\u9fff]{0,3}(?:到|至)(?:(?:\d{4}年|“十[一二三四五六七八九]?五”末)(?:底|末)?的?)?$/;

/**
 * `地区生产总值从11.37万亿元提高到14.58万亿元`: the starting value is only the base of the change
 * (FACTS.md); the end value is the fact, measured by the words before `从`. Returns the indexes of
 * the starting values and, for each end value, its metric.
 */
function startingValues(
  text: string,
  sStart: number,
  quantities: readonly Quantity[],
): { bases: Set<number>; ends: Map<number, string> } {
  const bases = new Set<number>();
  const ends = new Map<number, string>();
  for (let i = 0; i + 1 < quantities.length; i++) {
    const q = quantities[i] as Quantity;
    const next = quantities[i + 1] as Quantity;
    if (!TO_LEVEL.test(text.slice(q.end, next.prefixStart))) continue;
    let clauseStart = q.prefixStart;
    const floor = Math.max(sStart, q.prefixStart - CLAUSE_WINDOW);
    while (clauseStart > floor && !isClauseBreak(text.charCodeAt(clauseStart - 1))) clauseStart--;
    const head = text.slice(clauseStart, q.prefixStart);
    const from = Math.max(head.lastIndexOf("从"), head.lastIndexOf("由"));
    if (from < 0) continue;
    // The starting values: this one and the list items before it after `从`.
    let first = i;
    while (first > 0) {
      const before = quantities[first - 1] as Quantity;
      if (before.start < clauseStart + from) break;
      if (!/^[、和]$/.test(text.slice(before.end, (quantities[first] as Quantity).prefixStart))) break;
      first--;
    }
    const count = i - first + 1;
    const subject = tidyMetric(
      head.slice(0, from).replace(/(?:上年|去年|“十[一二三四五六七八九]?五”末)?$/, ""),
    );
    const subjects = splitSubjects(subject);
    for (let k = first; k <= i; k++) bases.add(k);
    for (let k = 0; k < count && i + 1 + k < quantities.length; k++) {
      ends.set(i + 1 + k, (subjects.length === count ? subjects[k] : subject) ?? subject);
    }
  }
  return { bases, ends };
}

/**
 * `分别增长5.5%、6.5%左右`: a bound written after the last item of a list covers all of them;
 * `接连突破8万亿元、9万亿元`: one written before the first covers the items after it.
 */
function shareListComparators(text: string, quantities: readonly Quantity[], facts: SentenceFact[]): void {
  const n = facts.length;
  const joined = (i: number) =>
    /^[、和及]$/.test(
      text.slice((quantities[i] as Quantity).end, (quantities[i + 1] as Quantity).prefixStart),
    );
  const bare = (q: Quantity) => q.end === q.unitEnd && q.prefixStart === q.start;
  // Only a bound after the number (`…以上`) reaches back; `超过10%的有44种、超过20%的…` bounds its
  // own item. `保持在1000万亩、400万吨以上`: the bound covers the list, whatever the units.
  let after: Comparator | null = null;
  for (let i = n - 1; i >= 0; i--) {
    const q = quantities[i] as Quantity;
    const f = facts[i] as SentenceFact;
    if (after !== null && f.comparator === "eq" && bare(q)) f.comparator = after;
    else if (f.comparator === "range" || f.comparator === "eq" || q.end === q.unitEnd) after = null;
    else after = f.comparator;
    if (i > 0 && !joined(i - 1)) after = null;
  }
  // A bound before the first item reaches forward over items in the same unit.
  let before: Comparator | null = null;
  for (let i = 0; i < n; i++) {
    const q = quantities[i] as Quantity;
    const f = facts[i] as SentenceFact;
    if (before !== null && f.comparator === "eq" && bare(q) && q.baseUnit === facts[i - 1]?.baseUnit)
      f.comparator = before;
    else if (q.prefixStart !== q.start && f.comparator !== "range") before = f.comparator;
    else before = null;
    if (i + 1 < n && !joined(i)) before = null;
  }
}

interface MetricNote {
  metric: string;
  /** What a later item of the same list borrows: the verb, or the words before a counted noun. */
  carry: string;
  /** The quantity was followed by the noun it counts (`8条道路`). */
  counted: boolean;
}

const UNIT_NOUN: Record<string, string> = { 人: "人口", 万人: "人口", 户: "户" };

/** What `metricOf` reads around one quantity. */
interface MetricInput {
  text: string;
  /** The words before the number in its clause (after the previous quantity). */
  left: string;
  /** The noun after the unit, if the number counts one (`8条道路`). */
  right: string;
  listItem: boolean;
  clauseStart: number;
  sStart: number;
  notes: readonly MetricNote[];
  facts: readonly SentenceFact[];
  quantities: readonly Quantity[];
  index: number;
  /** The list the quantity stands in. */
  run: { first: number; last: number };
  direction: Direction;
}

/**
 * `申报市级非遗项目9项、区级29项` → `申报区级非遗项目`: a short item that swaps one modifier of the
 * item before for its own (`市级` → `区级`, `公办` → `民办`).
 */
function parallelModifier(prevMetric: string, item: string): string | null {
  if (item.length < 2 || item.length > 3) return null;
  const last = item[item.length - 1] as string;
  for (let at = prevMetric.indexOf(last); at >= 0; at = prevMetric.indexOf(last, at + 1)) {
    const from = at + 1 - item.length;
    if (from < 0) continue;
    if (prevMetric.slice(from, at + 1) === item) return null;
    // The rest of the name must follow the modifier: `市级非遗项目` has `非遗项目` after `市级`.
    if (prevMetric.length - (at + 1) >= 2) return prevMetric.slice(0, from) + item + prevMetric.slice(at + 1);
  }
  return null;
}

/**
 * `为全省养老护理员开展职业技能培训超5万人次`: whom the work is for is not what is counted; the
 * metric starts at the work.
 */
function dropBeneficiary(metric: string): string {
  if (!/^(?:为|给|向)/.test(metric)) return metric;
  const work = /开展|提供|实施|组织|举办|发放|办理|落实|开设|安排/.exec(metric);
  return work && work.index >= 3 ? metric.slice(work.index) : metric;
}

/**
 * `我省在全国占比超过10%的有44种、超过20%的有23种`: a count named by the threshold before it;
 * later items borrow what the first one measures (`全国占比`).
 */
function namedByThreshold(
  text: string,
  clauseStart: number,
  q: Quantity,
  prev: MetricNote | undefined,
): MetricNote {
  const clause = text.slice(clauseStart, q.prefixStart);
  const tidy = (w: string) => tidyMetric(w.replace(/的?(?:共有|有|为|是)$/, "")).replace(/^在/, "");
  let words = tidy(clause.slice(clause.lastIndexOf("、") + 1));
  if (THRESHOLD.exec(words)?.index === 0) {
    const first = THRESHOLD.exec(clause);
    if (first) words = tidy(clause.slice(0, first.index)) + words;
  }
  return { metric: words, carry: prev?.carry ?? "", counted: false };
}

const THRESHOLD = /超过|高于|低于|不足|不低于|达到/;

const TOTAL_OF_BEFORE = /^(?:总量|总数|总额|总计|规模|余额|占比|比重)$/;

/** Units a change is measured in whatever is counted (`亩产提升10.1斤`, `优良天数提升25天`). */
function isMeasureOfChange(baseUnit: string): boolean {
  return isMeasureUnit(baseUnit) && baseUnit !== "亩" && baseUnit !== "公顷" && baseUnit !== "平方米";
}

function metricOf(input: MetricInput): MetricNote {
  const {
    text,
    left,
    right,
    listItem,
    clauseStart,
    sStart,
    notes,
    facts,
    quantities,
    index,
    run,
    direction,
  } = input;
  const q = quantities[index] as Quantity;
  const prev = notes[notes.length - 1];
  const prevMetric = prev?.metric;

  // `城镇、农村居民人均可支配收入分别增长5.6%和6.4%`: one subject per number.
  const respectively = distributeRespectively(text, clauseStart, sStart, facts, quantities, index, run);
  if (respectively) return { metric: respectively, carry: "", counted: false };

  // `在先进材料、高端装备等关键领域实施100项…`: where it happens is not what is counted.
  const words0 = left.replace(/^在.{1,30}?(?:领域|方面|行业|地区|区域|环节)/, "");
  if (right.length > 0) {
    // The words before a counted noun are its verb: `顺利完成5万亩高标准农田建设` keeps 完成;
    // `为超20000名…儿童` says whom the work is for.
    const verbPart = tidyMetric(words0, true).replace(/^(?:为|给|向)$/, "");
    let metric: string;
    if (verbPart.length === 0) {
      metric = (listItem && prev ? prev.carry : "") + right;
    } else if (left.endsWith("等")) {
      // `稻香路南延、中银路等8条道路完工通车`: the list names the items; the noun follows.
      metric = (leadingVerbOf(left) ?? "") + right;
    } else {
      metric = verbPart + right;
    }
    const carry =
      verbPart.length === 0
        ? listItem && prev
          ? prev.carry
          : ""
        : (leadingVerbOf(verbPart) ?? (verbPart.length <= 4 ? verbPart : ""));
    return { metric, carry, counted: true };
  }

  let metric = dropBeneficiary(tidyMetric(afterList(words0)));
  if (/^(?:共有|有|为|是)$/.test(metric)) return namedByThreshold(text, clauseStart, q, prev);
  // `一般公共预算收入增长2%、支出首次超过6000亿元`: the other of a pair sharing the head before.
  const paired = prevMetric ? pairedHead(subjectOf(prevMetric), metric) : null;
  if (paired) return { metric: paired, carry: "", counted: false };
  if (metric.length === 0 && prev) {
    // `惠及62个行政村11.97万人`, `惠及居民1682户5060人`.
    // `年均增长5.8%，2022年达到3520亿元`: a level after a change measures what the change does.
    const before = direction === null ? subjectOf(prevMetric ?? "") : (prevMetric ?? "");
    metric = prev.counted ? prev.carry + (UNIT_NOUN[q.baseUnit] ?? "") : before || (prevMetric ?? "");
    return { metric, carry: prev.carry, counted: false };
  }
  if (direction !== null && isBareChange(metric) && prevMetric) {
    // `地区生产总值272.45亿元，增长4.7%`: the change is of the quantity before.
    return { metric: subjectOf(prevMetric) + metric, carry: "", counted: false };
  }
  if ((metric.length === 0 || isBareChange(metric)) && !prev) {
    // `加大研发经费投入力度，全年增长10%`, `推进幸福河湖建设，年底前达到45条`: the clause before names it.
    metric = previousClause(text, sStart, clauseStart) + metric;
  }
  // `收入增长4.6%，总量首次突破1900亿元`: an adverb after the total does not change what it totals.
  const total = metric.replace(/^(总量|总数|总额|总计|规模|余额)(?:首次|再次|累计|已经|已)$/, "$1");
  if (TOTAL_OF_BEFORE.test(total) && prevMetric) {
    // `新增上市公司45家、总量达1224家`: the total of what the item before counts.
    metric = subjectOf(prevMetric).replace(/^(?:累计)?(?:新增|新建|建成|新培育|培育)/, "") + total;
    return { metric, carry: "", counted: false };
  }
  if (listItem && prev && leadingVerbOf(metric) === null) {
    // `争取增发国债项目38个、资金20.43亿元`; `新增A 10家、B 2家`.
    const prevIsVerbPhrase =
      prevMetric !== undefined && prevMetric.length >= 6 && leadingVerbOf(prevMetric) !== null;
    // A bare attribute in another unit (`项目38个、资金20.43亿元`) belongs to the item before; a
    // parallel item in the same unit (`压减时间58%、材料52%`) or a level (`区级`) takes its verb.
    // `改造农村公路41.8公里、危桥1座` are two things the verb counts.
    const prevUnit = facts[facts.length - 1]?.baseUnit;
    const attribute =
      metric.length <= 2 &&
      !metric.endsWith("级") &&
      prevIsVerbPhrase &&
      prevUnit !== q.baseUnit &&
      prevUnit !== undefined &&
      !isMeasureUnit(prevUnit);
    const parallel = attribute ? null : parallelModifier(prevMetric ?? "", metric);
    // `发放救助补助资金127.8亿元、惠及461万人次`: whom the item before reached.
    const reached = REACH_VERB.test(metric) && prevMetric ? reachedBy(prevMetric) : null;
    metric = attribute ? prevMetric + metric : reached ? reached + metric : (parallel ?? prev.carry + metric);
  }
  return { metric, carry: leadingVerbOf(metric) ?? "", counted: false };
}

/** Words that come in pairs under one head (`一般公共预算收入` / `…支出`). */
const PAIRED_WORDS: Record<string, string> = {
  收入: "支出",
  支出: "收入",
  进口: "出口",
  出口: "进口",
  存款: "贷款",
  贷款: "存款",
  流入: "流出",
  流出: "流入",
};

/**
 * `支出首次` after `一般公共预算收入` → `一般公共预算支出`: an item naming only the other word of a
 * pair takes the head the first item named, keeping its own change verb; null otherwise.
 */
function pairedHead(prevSubject: string, item: string): string | null {
  const m = /^(收入|支出|进口|出口|存款|贷款|流入|流出)(?:首次|再次|均|也|累计|同比)?(.*)$/.exec(item);
  if (!m) return null;
  const word = m[1] as string;
  const other = PAIRED_WORDS[word] as string;
  if (!prevSubject.endsWith(other) || prevSubject.length <= other.length) return null;
  const rest = m[2] as string;
  if (rest.length > 0 && !isBareChange(rest)) return null;
  return prevSubject.slice(0, -other.length) + word + rest;
}

/** Verbs that say whom or what the item before reached; alone they name nothing. */
const REACH_VERB = /^(?:惠及|带动|覆盖|服务|受益)$/;

/** `发放困难群众救助补助资金` → `困难群众救助补助`: the thing itself, without its verb and money word. */
function reachedBy(metric: string): string | null {
  const verb = leadingVerbOf(metric);
  const thing = metric.slice(verb?.length ?? 0).replace(/(?:资金|金额|总额|款)$/, "");
  return thing.length >= 2 ? thing : null;
}

/**
 * `争取中央预算内投资、超长期国债等政策性资金` → `争取政策性资金`: the category after 等 names what
 * is measured; a list of activities (`开展A、B等大型活动`) stays, as it says which activities.
 */
function afterList(words: string): string {
  const dengAt = words.lastIndexOf("等");
  if (dengAt < 0 || words.length - dengAt - 1 < 2 || words.endsWith("活动")) return words;
  // `举办“保马”等赛事`, `建设某某学院等创新平台`: one example names the kind; only a list gives
  // way to its category.
  if (!/[、和与及]/.test(words.slice(0, dengAt))) return words;
  return (leadingVerbOf(words) ?? "") + words.slice(dengAt + 1);
}

function subjectOf(metric: string): string {
  return metric.replace(/(?:年均)?(?:增长|下降|增幅|降幅|提高|降低|减少|增加|净增|净减)$/, "");
}

function previousClause(text: string, sStart: number, clauseStart: number): string {
  if (clauseStart <= sStart) return "";
  let s = clauseStart - 1;
  while (s > sStart && !isClauseBreak(text.charCodeAt(s - 1))) s--;
  const clause = tidyMetric(text.slice(s, clauseStart - 1));
  return clause.length > 16 ? clause.slice(clause.length - 16) : clause;
}

function tidyVerb(verb: string): string {
  return dropComparison(verb)
    .replace(
      /(?:(?:增长|增加|提高|提升|上升|下降|降低|减少|扩大|缩小|增|降)(?:到|至|为)|稳定在|保持在|控制在|达到|完成|达|为|至|到|均|再)+$/,
      "",
    )
    .replace(/^(?:再|均)/, "");
}

function moreOrLessThanBefore(left: string): Direction {
  // `每月多了300元补贴`: `多了`, `少了` say by how much something grew or shrank.
  // `比去年预算高0.2个百分点`: higher or lower than before, said last.
  const m =
    /(?:比|较)(?:上年|去年|上一年|同期|上年同期|年初)(多|少)[\u4e00-\u9fff]{0,4}$/.exec(left) ??
    /(?:比|较)(?:上年|去年|上一年|同期|上年同期|年初)[\u4e00-\u9fff]{0,4}(高|低)$/.exec(left) ??
    /(?<![最许众较至])(多|少)了$/.exec(left);
  return m ? (m[1] === "多" || m[1] === "高" ? "up" : "down") : null;
}

function isBareChange(metric: string): boolean {
  return /^(?:年均|可比|实际|名义|[两三]年平均|平均)?(?:增长|下降|增幅|降幅|提高|降低|减少|增加|增速|涨幅|上涨|回落|净增|净减)$/.test(
    metric,
  );
}

/** For each quantity, the run it belongs to: quantities joined only by `、`, `和`, `及` (`增长5.6%和6.4%`). */
function listRuns(text: string, quantities: readonly Quantity[]): Array<{ first: number; last: number }> {
  const runs: Array<{ first: number; last: number }> = [];
  let first = 0;
  for (let i = 0; i < quantities.length; i++) {
    const next = quantities[i + 1];
    const joined =
      next !== undefined && /^[、和及]$/.test(text.slice((quantities[i] as Quantity).end, next.prefixStart));
    if (!joined) {
      const run = { first, last: i };
      for (let k = first; k <= i; k++) runs.push(run);
      first = i + 1;
    }
  }
  return runs;
}

/** The metrics of the last `count` amounts before `before`, in reading order. */
function lastAmounts(facts: readonly SentenceFact[], before: number, count: number): string[] {
  const out: string[] = [];
  for (let k = facts.length - 1; k >= 0 && out.length < count; k--) {
    const f = facts[k] as SentenceFact;
    if (f.kind === "amount" && f.start < before) out.push(f.metric);
  }
  return out.reverse();
}

function distributeRespectively(
  text: string,
  clauseStart: number,
  sStart: number,
  facts: readonly SentenceFact[],
  quantities: readonly Quantity[],
  i: number,
  run: { first: number; last: number },
): string | null {
  const position = i - run.first;
  const head = (quantities[run.first] as Quantity).prefixStart;
  const clause = text.slice(clauseStart, Math.max(clauseStart, head));
  const at = clause.lastIndexOf("分别");
  if (at < 0) {
    // `城乡居民人均可支配收入分别完成32296元、11516元，同比增长10.2%、13.9%`: a bare change
    // over a list answers the list of amounts before it, item by item.
    const count = run.last - run.first + 1;
    if (count < 2 || clause.length > 12) return null;
    const verb = tidyMetric(clause);
    if (!isBareChange(verb)) return null;
    const amounts = lastAmounts(facts, clauseStart, count);
    if (amounts.length < count) return null;
    return subjectOf(amounts[position] as string) + verb;
  }
  const subjectText = clause.slice(0, at);
  const verb = tidyVerb(clause.slice(at + 2));
  let subjects = subjectText.length > 0 ? splitSubjects(tidyMetric(subjectText)) : [];
  if (subjects.length < 2 && subjectText.length === 0 && clauseStart > sStart) {
    // `研发费用加计扣除政策享受户数与金额，分别增长21.43%和42.68%`.
    const before = text.slice(Math.max(sStart, clauseStart - 1 - CLAUSE_WINDOW), clauseStart - 1);
    const lastClause = before.slice(Math.max(before.lastIndexOf("，"), before.lastIndexOf("；")) + 1);
    const split = /\d/.test(lastClause) ? [] : splitSubjects(tidyMetric(lastClause));
    if (split.length >= 2) subjects = split;
  }
  if (subjects.length < 2) {
    // `接待游客1529万人次，实现综合效益157.8亿元，分别同比增长36%、37%`: the amounts before.
    const amounts = lastAmounts(facts, clauseStart, Math.max(2, run.last - run.first + 1)).map(subjectOf);
    // `覆盖率分别提高10.5、22.3、41个百分点`: one subject named for the whole list.
    if (amounts.length < 2) return subjects.length === 1 ? (subjects[0] as string) + verb : null;
    subjects = amounts;
  }
  const subject = subjects[Math.min(position, subjects.length - 1)] as string;
  return subject + verb;
}
