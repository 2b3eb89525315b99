// The shapes `readReport` returns. Every later part of Luoshi (server, web, CLI) reads these,
// so a change here is a change of contract: extend, do not rename.
import type { UnitCatalogue } from "./units/unit-catalogue.js";

/**
 * A half-open range of UTF-16 code units in the input exactly as given:
 * `input.slice(span.start, span.end)` shows the text as written, stray spaces included.
 */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

/** Level of government that delivers the report. */
export type GovernmentLevel = "national" | "province" | "city" | "county" | "unknown";

/** What the report says about itself: whose report, which year, who speaks. */
export interface ReportInfo {
  /** The title line as written, e.g. `政府工作报告`; null when the text has none. */
  title: string | null;
  /** The jurisdiction delivering the report, e.g. `湛河区`, `河南省`, `国务院`. */
  place: string | null;
  level: GovernmentLevel;
  /** The year the report is delivered in, which is the year its targets are for. */
  year: number | null;
  /**
   * For a year's work summary (`某市人民政府关于2024年工作总结的报告`), the year it reviews: its
   * results are that year's, its plans (`下一步打算`) are for `year`, the year after. Absent for a
   * work report.
   */
  reviewedYear?: number;
  /** Date of the session, ISO `YYYY-MM-DD`, when the text gives one. */
  date: string | null;
  /** Speaker's name and title (`马培翼`, `区长`) when the byline gives them. */
  speaker: string | null;
  speakerTitle: string | null;
  /** Where each of the above was read from, for provenance. */
  sources: Partial<Record<"title" | "place" | "year" | "date" | "speaker", SourceSpan>>;
}

/**
 * What a top-level part of the report does. `review`: last year's results (and, in paragraphs that
 * say so, the five-year review); `outlook`: a five-year plan's goals; `tasks`: this year's targets
 * and key work; `government`: the government's own conduct (政府自身建设); `other`: anything else.
 */
export type PartRole = "review" | "outlook" | "tasks" | "government" | "other";

/** A numbered heading of the report and everything under it, recovered from the Chinese numbering. */
export interface Section {
  id: string;
  parentId: string | null;
  /** Depth in the numbering scheme: 1 for `一、`, 2 for `（一）`, 3 for `1.`, 4 for `（1）`. */
  level: number;
  /** The numbering as written: `三、`, `（一）`, `1.`. Empty for an unnumbered part heading. */
  marker: string;
  /** 1-based position the marker states (`（三）` → 3); null when unnumbered. */
  ordinal: number | null;
  /** Heading text without marker, emphasis or trailing punctuation. */
  title: string;
  role: PartRole;
  /** The heading line. */
  heading: SourceSpan;
  /** From the heading to the start of the next section at the same or a higher level. */
  span: SourceSpan;
}

/**
 * A theme of the key-work part: a paragraph opened by a short lead-in sentence, in bold
 * (`**强化科技创新战略支撑。**`) or plain.
 */
export interface Theme {
  id: string;
  sectionId: string | null;
  /** The lead-in without its full stop: `强化科技创新战略支撑`. */
  title: string;
  bold: boolean;
  /** The lead-in as written. */
  lead: SourceSpan;
  /** The whole paragraph, continuation lines after a page break included. */
  span: SourceSpan;
}

export type FactKind = "amount" | "change";
export type Direction = "up" | "down" | null;
export type FactStatus = "actual" | "target";
export type Comparator = "eq" | "gte" | "gt" | "approx" | "lte" | "range";

/** One quantity the report states as an achievement or a target (see shared/eval/FACTS.md). */
export interface Fact {
  id: string;
  /** The quantity as written with spaces removed: `272.45亿元`, `5.5%左右`, `78个以上`. */
  quote: string;
  /** What is measured, in the report's own words: `地区生产总值`, `新建5G基站`. */
  metric: string;
  /** The number as written (`1.2` for `1.2万亩`); for a range, its lower end. */
  value: number;
  /** For `range` only: the upper end as written. */
  upperValue: number | null;
  /** The unit as written, magnitude included: `亿元`, `万亩`, `%`, `个百分点`. */
  unit: string;
  /** `value` in base units (万 = 1e4, 亿 = 1e8); percentages stay as they are. */
  baseValue: number;
  baseUnit: string;
  kind: FactKind;
  direction: Direction;
  /** The year or span the fact is about: `2025`, `2021-2025`, `2026`. */
  period: string;
  status: FactStatus;
  comparator: Comparator;
  /** The quantity in the input, from its first digit to the end of unit and comparator. */
  source: SourceSpan;
  /** The sentence that states it. */
  sentence: SourceSpan;
  sectionId: string | null;
  themeId: string | null;
}

/** A department suggested for a task, with the words of the task that suggested it. */
export interface UnitSuggestion {
  /** Standard name of the department, e.g. `发展和改革委员会`. */
  unit: string;
  /** Words found in the task text that map to this department. */
  triggers: string[];
}

export interface Milestone {
  name: string;
  /** ISO date `YYYY-MM-DD`. */
  due: string;
}

/**
 * A drafted entry of the task ledger. `headline`: the main expected targets paragraph;
 * `theme`: one theme of the key-work part.
 */
export interface Task {
  id: string;
  kind: "headline" | "theme";
  /** `强化科技创新战略支撑`, or `主要预期目标` for the headline group. */
  title: string;
  /** The numbered work area it stands in: `聚力产业培育，在特色发展上求突破`. */
  area: string | null;
  areaSectionId: string | null;
  themeId: string | null;
  /** The paragraph the task comes from. */
  source: SourceSpan;
  /** Its sentences, in order. */
  sentences: SourceSpan[];
  /** Ids of the target facts stated inside it. */
  targetFactIds: string[];
  leadUnit: UnitSuggestion | null;
  coUnits: UnitSuggestion[];
  /** ISO date; year end unless the text names an earlier one. */
  deadline: string;
  milestones: Milestone[];
}

/** Closed list of reader diagnostics. */
export type ReportIssueCode =
  | "EMPTY_INPUT"
  | "NOT_A_REPORT"
  | "YEAR_NOT_FOUND"
  | "PLACE_NOT_FOUND"
  | "NO_NUMBERED_PARTS"
  | "NO_TASK_PART"
  | "NO_HEADLINE_TARGETS";

/** A reader diagnostic: a value, never an exception. */
export interface ReportIssue {
  code: ReportIssueCode;
  severity: "error" | "warning" | "info";
  message: string;
  source?: SourceSpan;
}

/** How `readReport` reads: the topic → department rules for drafting tasks' units. */
export interface ReadReportOptions {
  /** Defaults to `defaultUnitCatalogue`. */
  units?: UnitCatalogue;
}

/** Everything `readReport` learns from one report. */
export interface ReadReportResult {
  report: ReportInfo;
  sections: Section[];
  themes: Theme[];
  facts: Fact[];
  tasks: Task[];
  issues: ReportIssue[];
}
