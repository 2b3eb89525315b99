// Drafts the task ledger from the key-work part: the main expected targets as one group, then one
// task per theme (or per numbered work area that has no themes), with units, deadline and milestones.
import type { Milestone, SourceSpan, UnitSuggestion } from "../types.js";
import { suggestUnits } from "../units/suggest-units.js";
import type { UnitCatalogue } from "../units/unit-catalogue.js";

/** What the reader knows about one task before it is drafted. */
export interface TaskSource {
  kind: "headline" | "theme";
  title: string;
  area: string | null;
  areaSectionId: string | null;
  themeId: string | null;
  /** The task's text as cleaned, for units and deadline. */
  text: string;
  source: SourceSpan;
  sentences: SourceSpan[];
  targetFactIds: string[];
}

export interface DraftedTask {
  leadUnit: UnitSuggestion | null;
  coUnits: UnitSuggestion[];
  deadline: string;
  milestones: Milestone[];
}

const QUARTER_ENDS: ReadonlyArray<readonly [string, number, number]> = [
  ["一季度末", 3, 31],
  ["二季度末", 6, 30],
  ["三季度末", 9, 30],
];

const MONTH_DEADLINE = /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:底|末)?(?:前|以前|之前)/g;
const PERIOD_DEADLINES: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:第)?一季度(?:末)?(?:前|完成|以前)/, 3],
  [/上半年(?:前|完成|内)?(?:完成|建成|投用)|年中(?:前|完成)/, 6],
  [/前三季度|三季度(?:末)?(?:前|完成)/, 9],
];

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The deadline a task's text names, if earlier than the year end (`6月底前` → June 30), else
 * the year end.
 *
 * @example
 * deadlineOf("力争6月底前建成投用", 2026) // "2026-06-30"
 * deadlineOf("全年新增就业8000人", 2026) // "2026-12-31"
 */
export function deadlineOf(text: string, year: number | null): string {
  if (year === null) return "";
  let month = 12;
  for (const m of text.matchAll(MONTH_DEADLINE)) {
    const raw = m[1] as string;
    const n = /^\d+$/.test(raw) ? Number(raw) : chineseMonth(raw);
    if (n >= 1 && n <= 12 && n < month) month = n;
  }
  for (const [pattern, m] of PERIOD_DEADLINES) if (m < month && pattern.test(text)) month = m;
  return isoDate(year, month, lastDay(year, month));
}

/**
 * Quarterly milestones up to the deadline, the deadline itself last.
 *
 * @example
 * milestonesUntil("2026-06-30").map((m) => m.due) // ["2026-03-31", "2026-06-30"]
 */
export function milestonesUntil(deadline: string): Milestone[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline);
  if (!m) return [];
  const year = Number(m[1]);
  const out: Milestone[] = [];
  for (const [name, month, day] of QUARTER_ENDS) {
    const due = isoDate(year, month, day);
    if (due < deadline) out.push({ name, due });
  }
  out.push({ name: deadline.endsWith("-12-31") ? "年底完成" : "完成时限", due: deadline });
  return out;
}

/**
 * Adds lead and co-units, deadline and milestones to a task.
 *
 * @example
 * draftTask(source, 2026, defaultUnitCatalogue).deadline // "2026-12-31"
 */
export function draftTask(source: TaskSource, year: number | null, units: UnitCatalogue): DraftedTask {
  const suggestion = suggestUnits({ title: source.title, text: source.text }, units);
  const deadline = deadlineOf(source.text, year);
  return {
    leadUnit: suggestion.lead,
    coUnits: suggestion.co,
    deadline,
    milestones: milestonesUntil(deadline),
  };
}

function chineseMonth(s: string): number {
  const digits = "一二三四五六七八九";
  if (s === "十") return 10;
  if (s.startsWith("十")) return 10 + digits.indexOf(s.slice(1)) + 1;
  return digits.indexOf(s) + 1;
}

function lastDay(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] as number;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
