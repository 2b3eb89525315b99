// The reader's pipeline: clean the text (keeping the offset map), find the report in the file,
// outline it, read its header, themes and facts, draft the tasks, and report what went wrong.
import { extractFacts, type FactDraft } from "./facts/extract-facts.js";
import { buildOutline, type Outline, type OutlineSection, settleRoles } from "./structure/outline.js";
import { findReportBody } from "./structure/report-body.js";
import { type HeadingYears, planStartYear, readReportInfo } from "./structure/report-info.js";
import { findThemes, type OutlineTheme, policyFrames } from "./structure/themes.js";
import { draftTask, type TaskSource } from "./tasks/draft-tasks.js";
import { parseChineseNumeral } from "./text/chinese-numerals.js";
import { type CleanText, cleanReportText, toInputSpan } from "./text/clean-text.js";
import { splitLines, splitSentences, type TextLine } from "./text/lines.js";
import type {
  Fact,
  ReadReportOptions,
  ReadReportResult,
  ReportInfo,
  ReportIssue,
  Section,
  SourceSpan,
  Task,
  Theme,
} from "./types.js";
import { defaultUnitCatalogue } from "./units/default-units.js";

const EMPTY_INFO: ReportInfo = {
  title: null,
  place: null,
  level: "unknown",
  year: null,
  date: null,
  speaker: null,
  speakerTitle: null,
  sources: {},
};

/**
 * Reads a government work report (Markdown or plain text, as given) into its header, outline,
 * themes, quantified facts and drafted tasks. Every span points into `input` exactly as given.
 * Never throws on input: problems come back as `issues`.
 *
 * @example
 * const { report, facts, tasks } = readReport(text);
 * report.year; // 2026
 * facts.map(toFactRecord); // the FACTS.md wire format
 */
export function readReport(input: string, options: ReadReportOptions = {}): ReadReportResult {
  if (input.trim().length === 0) {
    return {
      report: { ...EMPTY_INFO, sources: {} },
      sections: [],
      themes: [],
      facts: [],
      tasks: [],
      issues: [{ code: "EMPTY_INPUT", severity: "error", message: "报告内容为空" }],
    };
  }
  const clean = cleanReportText(input);
  const lines = splitLines(clean.text);
  const body = findReportBody(lines);
  const outline = buildOutline(lines, body);
  const report = readReportInfo(clean, lines, body, headingYears(outline, clean.text));
  settleRoles(outline, lines, report.year, report.reviewedYear !== undefined);
  const outlineThemes = findThemes(lines, outline);
  const headline = findHeadline(lines, outline, body.startLine, body.endLine);
  const drafts = extractFacts({
    text: clean.text,
    lines,
    outline,
    themes: outlineThemes,
    fromLine: body.startLine,
    toLine: body.endLine,
    reportYear: report.year,
    headline,
  });

  const sections = outline.sections.map((s) => toSection(s, clean));
  const themes = outlineThemes.map((t) => toTheme(t, clean, input, outline));
  const facts = drafts.map((d, i) => toFact(d, i, clean));
  const tasks = buildTasks({
    clean,
    lines,
    outline,
    outlineThemes,
    drafts,
    facts,
    headline,
    report,
    options,
  });
  const issues = diagnose({ report, outline, facts, headline, body: body.salutationLine !== null });
  return { report, sections, themes, facts, tasks, issues };
}

function headingYears(outline: Outline, text: string): HeadingYears {
  const years: HeadingYears = { reviewYear: null, taskYear: null, reviewYearAt: null, taskYearAt: null };
  for (const s of outline.sections) {
    if (s.parent !== null) continue;
    const heading = text.slice(s.headingStart, s.headingEnd);
    const m = /(\d{4})年|([〇零○一二三四五六七八九]{4})年/.exec(heading);
    if (!m) {
      // `一、“十三五”时期经济社会发展回顾`: the review ends with the plan's last year.
      const plan = /十([一二三四五六七八九]?)五/.exec(s.title);
      if (plan && s.role === "review") {
        const n = plan[1] ? 11 + "一二三四五六七八九".indexOf(plan[1]) : 10;
        years.reviewYear ??= planStartYear(n) + 4;
      }
      continue;
    }
    const year = m[1] ? Number(m[1]) : (parseChineseNumeral((m[2] as string).replace(/[零○]/g, "〇")) ?? 0);
    const at = { start: s.headingStart + m.index, end: s.headingStart + m.index + m[0].length - 1 };
    if (s.role === "review" && years.reviewYear === null) {
      years.reviewYear = year;
      years.reviewYearAt = at;
    }
    if (s.role === "tasks" && years.taskYear === null) {
      years.taskYear = year;
      years.taskYearAt = at;
    }
  }
  return years;
}

const HEADLINE_PATTERNS = [
  /主要预期目标/,
  /预期目标(?:是|为)[：:]/,
  /主要目标(?:是|为)[：:]/,
  /(?:主要|发展)(?:目标|指标)(?:是|为)[：:]/,
];

/** Where the main expected targets stand: from the words that announce them to `endLine`. */
export interface HeadlineRange {
  line: number;
  start: number;
  /** One past the last line of the targets (more than one line when they are listed one a line). */
  endLine: number;
}

/** The main expected targets: the first tasks-part line that states them. */
function findHeadline(
  lines: readonly TextLine[],
  outline: Outline,
  from: number,
  to: number,
): HeadlineRange | null {
  for (const pattern of HEADLINE_PATTERNS) {
    for (let k = from; k < to; k++) {
      if (outline.lineRole[k] !== "tasks") continue;
      const line = lines[k] as TextLine;
      const m = pattern.exec(line.text);
      if (!m) continue;
      if (/\d/.test(line.text.slice(m.index)))
        return { line: k, start: line.start + m.index, endLine: k + 1 };
      // `主要预期目标是：` with the targets listed on the lines after it.
      let end = k + 1;
      while (end < to) {
        const next = (lines[end] as TextLine).text;
        if (next.length === 0 && end === k + 1) {
          end++;
          continue;
        }
        if (
          next.length === 0 ||
          next.length > 80 ||
          !/\d/.test(next) ||
          /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(next)
        )
          break;
        end++;
      }
      if (end > k + 1) return { line: k, start: line.start + m.index, endLine: end };
    }
  }
  return null;
}

const sectionId = (index: number) => `section-${index + 1}`;
const themeId = (index: number) => `theme-${index + 1}`;

function toSection(s: OutlineSection, clean: CleanText): Section {
  return {
    id: sectionId(s.index),
    parentId: s.parent === null ? null : sectionId(s.parent),
    level: s.level,
    marker: s.marker,
    ordinal: s.ordinal,
    title: s.title,
    role: s.role,
    heading: toInputSpan(clean, s.headingStart, s.headingEnd),
    span: toInputSpan(clean, s.start, Math.max(s.end, s.headingEnd)),
  };
}

function toTheme(t: OutlineTheme, clean: CleanText, input: string, outline: Outline): Theme {
  const lead = toInputSpan(clean, t.leadStart, t.leadEnd);
  const before = input.slice(Math.max(0, lead.start - 8), lead.start);
  const bold =
    /(?:\\?\*\\?\*|\\?_\\?_|<b>|<strong>)\s*$/i.test(before) ||
    /^\s*(?:\\?\*\\?\*|\\?_\\?_)/.test(input.slice(lead.end - 1));
  const section = t.section === null ? undefined : outline.sections[t.section];
  return {
    id: themeId(t.index),
    sectionId: section ? sectionId(section.index) : null,
    title: t.title,
    bold,
    lead,
    span: toInputSpan(clean, t.start, t.end),
  };
}

function toFact(d: FactDraft, i: number, clean: CleanText): Fact {
  return {
    id: `fact-${i + 1}`,
    quote: d.quote,
    metric: d.metric,
    value: d.value,
    upperValue: d.upperValue,
    unit: d.unit,
    baseValue: d.baseValue,
    baseUnit: d.baseUnit,
    kind: d.kind,
    direction: d.direction,
    period: d.period,
    status: d.status,
    comparator: d.comparator,
    source: toInputSpan(clean, d.start, d.end),
    sentence: toInputSpan(clean, d.sentenceStart, d.sentenceEnd),
    sectionId: d.section === null ? null : sectionId(d.section),
    themeId: d.theme === null ? null : themeId(d.theme),
  };
}

interface TaskInputs {
  clean: CleanText;
  lines: readonly TextLine[];
  outline: Outline;
  outlineThemes: readonly OutlineTheme[];
  drafts: readonly FactDraft[];
  facts: readonly Fact[];
  headline: HeadlineRange | null;
  report: ReportInfo;
  options: ReadReportOptions;
}

function buildTasks(x: TaskInputs): Task[] {
  const { clean, outline } = x;
  const units = x.options.units ?? defaultUnitCatalogue;
  const sources: TaskSource[] = [];
  const spanOf = (start: number, end: number): SourceSpan => toInputSpan(clean, start, end);
  const sentencesOf = (start: number, end: number) =>
    splitSentences(clean.text, start, end).map((s) => spanOf(s.start, s.end));
  // Target facts by where they stand, gathered in one pass.
  const headlineTargets: string[] = [];
  const themeTargets = new Map<number, string[]>();
  const targets: Array<{ draft: FactDraft; id: string }> = [];
  x.drafts.forEach((d, i) => {
    if (d.status !== "target") return;
    const id = (x.facts[i] as Fact).id;
    if (d.headline) headlineTargets.push(id);
    else {
      targets.push({ draft: d, id });
      if (d.theme !== null) {
        const list = themeTargets.get(d.theme);
        if (list) list.push(id);
        else themeTargets.set(d.theme, [id]);
      }
    }
  });

  if (x.headline) {
    const line = x.lines[x.headline.endLine - 1] as TextLine;
    const sectionIndex = outline.lineSection[x.headline.line] ?? -1;
    const area = sectionIndex >= 0 ? workArea(outline, sectionIndex) : null;
    sources.push({
      kind: "headline",
      title: "主要预期目标",
      area: area?.title ?? null,
      areaSectionId: area ? sectionId(area.index) : null,
      themeId: null,
      text: clean.text.slice(x.headline.start, line.end),
      source: spanOf(x.headline.start, line.end),
      sentences: sentencesOf(x.headline.start, line.end),
      targetFactIds: headlineTargets,
    });
  }

  const themed = new Set<number>();
  for (const t of x.outlineThemes) {
    const sectionIndex = t.section ?? -1;
    if (sectionIndex >= 0) themed.add(workArea(outline, sectionIndex).index);
  }
  // Work areas in reading order, each followed by its themes; areas without themes are tasks too.
  const entries: Array<{ at: number; source: TaskSource }> = [];
  for (const t of x.outlineThemes) {
    const area = t.section === null ? null : workArea(outline, t.section);
    entries.push({
      at: t.start,
      source: {
        kind: "theme",
        title: t.title,
        area: area?.title ?? null,
        areaSectionId: area ? sectionId(area.index) : null,
        themeId: themeId(t.index),
        text: clean.text.slice(t.start, t.end),
        source: spanOf(t.start, t.end),
        sentences: sentencesOf(t.start, t.end),
        targetFactIds: themeTargets.get(t.index) ?? [],
      },
    });
  }
  const frames = policyFrames(outline);
  for (const s of outline.sections) {
    if (s.role !== "tasks" || s.level !== 2 || themed.has(s.index) || s.implicit) continue;
    if (frames.has(topSectionOf(outline, s.index))) continue;
    entries.push({
      at: s.start,
      source: {
        kind: "theme",
        title: s.title,
        area: s.title,
        areaSectionId: sectionId(s.index),
        themeId: null,
        text: clean.text.slice(s.start, s.end),
        source: spanOf(s.start, Math.max(s.end, s.headingEnd)),
        sentences: sentencesOf(s.headingEnd, s.end),
        targetFactIds: targets
          .filter((t) => t.draft.start >= s.start && t.draft.end <= s.end)
          .map((t) => t.id),
      },
    });
  }
  entries.sort((a, b) => a.at - b.at);
  for (const e of entries) sources.push(e.source);

  return sources.map((source, i) => {
    const drafted = draftTask(source, x.report.year, units);
    return {
      id: `task-${i + 1}`,
      kind: source.kind,
      title: source.title,
      area: source.area,
      areaSectionId: source.areaSectionId,
      themeId: source.themeId,
      source: source.source,
      sentences: source.sentences,
      targetFactIds: source.targetFactIds,
      leadUnit: drafted.leadUnit,
      coUnits: drafted.coUnits,
      deadline: drafted.deadline,
      milestones: drafted.milestones,
    };
  });
}

function topSectionOf(outline: Outline, index: number): number {
  let s = outline.sections[index] as OutlineSection;
  while (s.parent !== null) s = outline.sections[s.parent] as OutlineSection;
  return s.index;
}

/** The numbered work area a section stands in: the nearest section below the part level. */
function workArea(outline: Outline, index: number): OutlineSection {
  let s = outline.sections[index] as OutlineSection;
  while (s.parent !== null && s.level > 2) s = outline.sections[s.parent] as OutlineSection;
  return s;
}

function diagnose(x: {
  report: ReportInfo;
  outline: Outline;
  facts: readonly Fact[];
  headline: HeadlineRange | null;
  body: boolean;
}): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const hasParts = x.outline.sections.some((s) => s.level === 1 && !s.implicit);
  if (!x.body && x.outline.sections.length === 0 && x.facts.length === 0) {
    issues.push({
      code: "NOT_A_REPORT",
      severity: "error",
      message: "文本中未发现政府工作报告的结构或量化指标",
    });
    return issues;
  }
  if (x.report.year === null) {
    issues.push({ code: "YEAR_NOT_FOUND", severity: "warning", message: "未能识别报告年份" });
  }
  if (x.report.place === null) {
    issues.push({ code: "PLACE_NOT_FOUND", severity: "warning", message: "未能识别报告所属地区" });
  }
  if (!hasParts) {
    issues.push({
      code: "NO_NUMBERED_PARTS",
      severity: "info",
      message: "报告没有编号的部分标题（一、二、三）",
    });
  }
  if (!x.outline.lineRole.includes("tasks")) {
    issues.push({ code: "NO_TASK_PART", severity: "warning", message: "未找到今年重点工作部分" });
  }
  if (x.headline === null) {
    issues.push({ code: "NO_HEADLINE_TARGETS", severity: "info", message: "未找到主要预期目标段落" });
  }
  return issues;
}
