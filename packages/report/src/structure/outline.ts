// The report's outline from its own Chinese numbering (一、 / （一） / 1. / （1）), never from
// Markdown levels, with the role of each top-level part.
import { parseChineseNumeral } from "../text/chinese-numerals.js";
import type { TextLine } from "../text/lines.js";
import type { PartRole } from "../types.js";
import type { ReportBody } from "./report-body.js";

export interface HeadingMatch {
  level: number;
  marker: string;
  ordinal: number | null;
  /** Heading text without marker and trailing punctuation. */
  title: string;
  /** Offsets within the line: the heading (marker to the end of its first sentence). */
  headingEnd: number;
  titleStart: number;
  titleEnd: number;
  /** Paragraph text follows the heading on the same line (`（一）持续推进协同发展。牢牢扭住…`). */
  runIn: boolean;
}

/** A section of the cleaned text (offsets into it). */
export interface OutlineSection {
  index: number;
  parent: number | null;
  level: number;
  marker: string;
  ordinal: number | null;
  title: string;
  role: PartRole;
  line: number;
  headingStart: number;
  headingEnd: number;
  start: number;
  end: number;
  runIn: boolean;
  /** Not written as a numbered heading: an unnumbered part, a government block, an annex. */
  implicit: boolean;
}

export interface Outline {
  sections: OutlineSection[];
  /** For each line, the deepest section it belongs to, or -1. */
  lineSection: Int32Array;
  /** For each line, the role of the text on it. */
  lineRole: PartRole[];
}

const LEVEL_PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^([一二三四五六七八九十]{1,3})、/],
  [1, /^第([一二三四五六七八九十]{1,3})部分[：:、]?/],
  [2, /^（([一二三四五六七八九十]{1,3})）/],
  [3, /^(\d{1,2})[.．、](?!\d)/],
  [4, /^（(\d{1,2})）/],
];

const STOPS = new Set(["。", "！", "？"]);

/**
 * Recognises a numbered heading at the start of a line.
 *
 * @example
 * matchHeading("（一）聚力产业培育，在特色发展上求突破")?.title // "聚力产业培育，在特色发展上求突破"
 * matchHeading("一是协同发展走深走实") // null
 */
export function matchHeading(text: string): HeadingMatch | null {
  for (const [level, pattern] of LEVEL_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const marker = m[0];
    const ordinalText = m[1] as string;
    const ordinal = /^\d+$/.test(ordinalText) ? Number(ordinalText) : parseChineseNumeral(ordinalText);
    let stop = -1;
    for (let i = marker.length; i < text.length; i++) {
      if (STOPS.has(text[i] as string)) {
        stop = i;
        break;
      }
    }
    const headingEnd = stop < 0 ? text.length : stop + 1;
    let titleEnd = stop < 0 ? text.length : stop;
    while (titleEnd > marker.length && /[：:，,；;、]/.test(text[titleEnd - 1] as string)) titleEnd--;
    const title = text.slice(marker.length, titleEnd);
    const runIn = stop >= 0 && text.length - headingEnd >= 2;
    // A heading is short; a long first sentence is a numbered paragraph, not a heading.
    if (title.length < 2 || title.length > 60) return null;
    if (!runIn && text.length > 70) return null;
    return { level, marker, ordinal, title, headingEnd, titleStart: marker.length, titleEnd, runIn };
  }
  return null;
}

const PROBLEMS = /存在(?:的)?(?:主要)?问题|问题(?:和|与|及)不足|困难和问题|短板(?:和|与)不足/;

const UNNUMBERED_PART =
  /(?:工作回顾|回顾$|目标任务|主要任务|主要工作|工作任务|工作安排|重点工作|总体要求|主要目标|政府自身建设|自身建设)/;

/**
 * The role of a part from its heading words: `工作回顾` is a review, a future five-year plan's
 * `主要目标任务` an outlook, `重点工作` / `总体要求` this year's tasks, `政府自身建设` the government.
 *
 * @example
 * roleOfHeading("“十五五”时期主要目标任务") // "outlook"
 */
export function roleOfHeading(title: string): PartRole | null {
  if (/政府自身建设|自身建设|建设人民满意/.test(title)) return "government";
  // `存在的问题`: where the year reviewed fell short, unless the heading goes on to the plans.
  if (PROBLEMS.test(title) && !/打算|计划|下一步|下步|措施|思路|目标|任务|安排/.test(title)) return "review";
  if (
    /回顾|过去(?:的)?(?:一|五)年|工作总结|主要成绩|工作情况|发展成就|主要成就|(?:工作|主要)成效|(?:完成|开展|进展|执行)情况/.test(
      title,
    )
  )
    return "review";
  if (/今后五年|未来五年|五年(?:奋斗)?目标|今后一个时期/.test(title)) return "outlook";
  const plan = /十[一二三四五六七八九]?五/.test(title);
  const year = /(?:\d{4}|[〇零○一二三四五六七八九]{4})年|今年|本年/.test(title);
  if (plan && !year && /目标|任务|规划|展望|时期/.test(title)) return "outlook";
  // `存在问题及下一步打算`, `2025年工作计划`: what a summary plans for the next year.
  if (/目标|任务|工作|安排|要求|取向|部署|举措|打算|计划/.test(title)) return "tasks";
  return null;
}

const GOVERNMENT_BLOCK =
  /^(?:各位代表[！!，,]?)?.{0,20}(?:政府自身建设|对政府(?:工作)?(?:自身建设)?提出了?新的更高要求|各级政府及其工作人员要)/;

/**
 * Builds the outline of the body: numbered headings nested by level, part roles, an unnumbered
 * government block inside the tasks part, and an annex that belongs to the report.
 *
 * @example
 * const lines = splitLines(cleanReportText(text).text);
 * buildOutline(lines, findReportBody(lines)).sections.map((s) => s.marker) // ["一、", "（一）", …]
 */
export function buildOutline(lines: readonly TextLine[], body: ReportBody): Outline {
  const from = body.salutationLine ?? body.startLine;
  const annex = body.annexLine ?? body.endLine;
  const candidates: Array<{ line: TextLine; match: HeadingMatch }> = [];
  for (let k = from; k < annex; k++) {
    const line = lines[k] as TextLine;
    const match = matchHeading(line.text);
    if (match) candidates.push({ line, match });
  }
  const numberedParts = candidates.filter((c) => c.match.level === 1).length;

  const sections: OutlineSection[] = [];
  const open: number[] = [];
  const push = (s: Omit<OutlineSection, "index" | "parent" | "end">) => {
    while (
      open.length > 0 &&
      (sections[open[open.length - 1] as number] as OutlineSection).level >= s.level
    ) {
      const closed = sections[open.pop() as number] as OutlineSection;
      closed.end = s.start;
    }
    const parent = open.length > 0 ? (open[open.length - 1] as number) : null;
    // Spelled out rather than spread: a spread copy is a slow object.
    const section: OutlineSection = {
      index: sections.length,
      parent,
      level: s.level,
      marker: s.marker,
      ordinal: s.ordinal,
      title: s.title,
      role: s.role,
      line: s.line,
      headingStart: s.headingStart,
      headingEnd: s.headingEnd,
      start: s.start,
      end: s.start,
      runIn: s.runIn,
      implicit: s.implicit,
    };
    sections.push(section);
    open.push(section.index);
    return section;
  };

  let candidate = 0;
  let currentPartRole: PartRole | null = null;
  let partLikeSeen = false;
  for (let k = from; k < annex; k++) {
    const line = lines[k] as TextLine;
    const next = candidates[candidate];
    if (next && next.line.index === k) {
      candidate++;
      const m = next.match;
      const headingRole = roleOfHeading(m.title);
      // Without `一、` parts, a `（一）2023年工作回顾` heading may be a part itself.
      const partLike =
        numberedParts === 0 &&
        m.level === 2 &&
        (headingRole === "review" || headingRole === "outlook" || (partLikeSeen && headingRole !== null));
      if (partLike) partLikeSeen = true;
      const role: PartRole =
        m.level === 1 || partLike
          ? (headingRole ?? "other")
          : headingRole === "government"
            ? "government"
            : headingRole === "review" && currentPartRole === "tasks" && PROBLEMS.test(m.title)
              ? "review"
              : (currentPartRole ?? "other");
      if (m.level === 1 || partLike) currentPartRole = role;
      push({
        level: m.level,
        marker: m.marker,
        ordinal: m.ordinal,
        title: m.title,
        role,
        line: k,
        headingStart: line.start,
        headingEnd: line.start + m.headingEnd,
        start: line.start,
        runIn: m.runIn,
        implicit: false,
      });
      continue;
    }
    if (line.text.length === 0) continue;
    if (
      numberedParts < 2 &&
      line.text.length <= 30 &&
      !/[，。；]/.test(line.text) &&
      UNNUMBERED_PART.test(line.text)
    ) {
      const role = roleOfHeading(line.text) ?? "other";
      currentPartRole = role;
      push({
        level: 1,
        marker: "",
        ordinal: null,
        title: line.text.replace(/[：:]$/, ""),
        role,
        line: k,
        headingStart: line.start,
        headingEnd: line.end,
        start: line.start,
        runIn: false,
        implicit: true,
      });
      continue;
    }
    if (currentPartRole === "tasks" && GOVERNMENT_BLOCK.test(line.text)) {
      currentPartRole = "government";
      const stop = firstStop(line.text);
      push({
        level: 1,
        marker: "",
        ordinal: null,
        title: "政府自身建设",
        role: "government",
        line: k,
        headingStart: line.start,
        headingEnd: line.start + stop,
        start: line.start,
        runIn: true,
        implicit: true,
      });
    }
  }

  if (body.annexLine !== null) {
    const line = lines[body.annexLine] as TextLine;
    let title = line.text;
    if (/^附件\s*\d*[：:]?$/.test(title)) {
      const nextLine = lines.slice(body.annexLine + 1, body.endLine).find((l) => l.text.length > 0);
      if (nextLine) title = `${title} ${nextLine.text}`;
    }
    push({
      level: 1,
      marker: "",
      ordinal: null,
      title,
      // `附件：2023年民生实事完成情况` reports what was done; `2026年省十件民生实事` sets it out.
      role: /完成情况|进展情况|回顾/.test(title)
        ? "review"
        : /民生实事|今年|目标|任务/.test(title)
          ? "tasks"
          : "other",
      line: body.annexLine,
      headingStart: line.start,
      headingEnd: line.end,
      start: line.start,
      runIn: false,
      implicit: true,
    });
  }

  const bodyEnd = body.endLine > 0 ? (lines[body.endLine - 1] as TextLine).end : 0;
  for (const k of open) (sections[k] as OutlineSection).end = bodyEnd;

  // A report with no part headings (a page that starts at the tasks) reads by its content; so
  // does the text before the first part heading, which some reports open with last year's review.
  const firstPart = sections.find((s) => s.level === 1);
  const defaultRole: PartRole = firstPart
    ? preambleRole(lines, from, firstPart.line)
    : roleOfUnheadedText(lines, from, body.endLine);
  for (const s of sections) {
    if (s.parent === null && s.level > 1 && s.role === "other") s.role = defaultRole;
  }

  const lineSection = new Int32Array(lines.length).fill(-1);
  const lineRole: PartRole[] = new Array(lines.length).fill("other");
  let si = 0;
  const stack: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as TextLine;
    while (si < sections.length && (sections[si] as OutlineSection).line === k) stack.push(si++);
    while (
      stack.length > 0 &&
      (sections[stack[stack.length - 1] as number] as OutlineSection).end <= line.start
    ) {
      stack.pop();
    }
    if (k < from || k >= body.endLine) continue;
    const deepest = stack[stack.length - 1];
    if (deepest !== undefined) {
      lineSection[k] = deepest;
      lineRole[k] = (sections[deepest] as OutlineSection).role;
    } else {
      lineRole[k] = defaultRole;
    }
  }
  return { sections, lineSection, lineRole };
}

/**
 * Settles the roles the headings alone could not: a part about a past year (`一、2023年工作情况`)
 * is a review; a part whose heading names no role reads by its content. In a year's work summary
 * (`summary`), whatever is not a plan is the review of the year, `今年以来` included.
 *
 * @example
 * settleRoles(outline, lines, 2024); // `一、2023年工作情况` becomes a review
 */
export function settleRoles(
  outline: Outline,
  lines: readonly TextLine[],
  reportYear: number | null,
  summary = false,
): void {
  const { sections } = outline;
  if (summary) {
    for (const s of sections) if (s.role === "other") s.role = "review";
    for (let k = 0; k < lines.length; k++)
      if (outline.lineRole[k] === "other") outline.lineRole[k] = "review";
  }
  for (const part of sections) {
    if (part.parent !== null || part.level !== 1 || part.implicit) continue;
    const year = /(\d{4})年/.exec(part.title);
    if (
      reportYear !== null &&
      part.role === "tasks" &&
      year &&
      Number(year[1]) < reportYear &&
      !/目标|任务|安排|要求|计划|部署/.test(part.title)
    ) {
      part.role = "review";
    } else if (part.role === "other") {
      const first = part.line + 1;
      const last = lines.findIndex((l) => l.start >= part.end);
      part.role = roleOfUnheadedText(lines, first, last < 0 ? lines.length : last);
    } else continue;
    for (const s of sections) {
      if (s.index > part.index && s.start < part.end && s.role !== "government") s.role = part.role;
    }
  }
  for (let k = 0; k < lines.length; k++) {
    const at = outline.lineSection[k] ?? -1;
    if (at >= 0) outline.lineRole[k] = (sections[at] as OutlineSection).role;
  }
  // `二、存在问题及下一步打算`: its paragraphs on the problems, before the first that turns to the
  // next steps, are still about the year reviewed.
  for (const part of sections) {
    if (part.parent !== null || part.role !== "tasks" || !PROBLEMS.test(part.title)) continue;
    for (let k = part.line + 1; k < lines.length; k++) {
      const line = lines[k] as TextLine;
      if (line.start >= part.end || outline.lineSection[k] !== part.index) break;
      if (NEXT_STEPS.test(line.text)) break;
      if (line.text.length > 0) outline.lineRole[k] = "review";
    }
  }
}

/** Words that turn from the problems to the plans. */
const NEXT_STEPS =
  /下一步|下步|明年|新的一年|今后|(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:工作|重点|主要|是)/;

function firstStop(text: string): number {
  for (let i = 0; i < text.length; i++) if (STOPS.has(text[i] as string)) return i + 1;
  return text.length;
}

/** The text between the salutation and the first part heading: a review if it reads like one. */
function preambleRole(lines: readonly TextLine[], from: number, to: number): PartRole {
  for (let k = from; k < to; k++) {
    const t = (lines[k] as TextLine).text;
    if (
      /一年来|过去(?:的)?一年|五年来|过去五年|^(?:\d{4}|[〇零一二三四五六七八九]{4})年[，,是]/.test(t) &&
      /\d/.test(t)
    ) {
      return "review";
    }
  }
  return "other";
}

function roleOfUnheadedText(lines: readonly TextLine[], from: number, to: number): PartRole {
  let tasks = 0;
  let review = 0;
  for (let k = from; k < to; k++) {
    const t = (lines[k] as TextLine).text;
    if (/预期目标|今年|重点工作|要坚持|力争|确保/.test(t)) tasks++;
    if (/一年来|过去一年|五年来|回顾/.test(t)) review++;
  }
  if (tasks === 0 && review === 0) return "other";
  return tasks >= review ? "tasks" : "review";
}
