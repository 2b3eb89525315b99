// The status engine: completion against time-based expected progress (序时进度) or a milestone plan,
// and a status with its reason in words. Pure: dates in, numbers and words out; no I/O, no clock.

import { dateInWords } from "../words.js";

export type Status = "done" | "on_track" | "lagging" | "seriously_lagging" | "overdue";
export type Comparator = "eq" | "gte" | "gt" | "approx" | "lte" | "range";

/** How far behind expected progress an item may fall, in percentage points, before it is flagged. */
export interface Thresholds {
  laggingPp: number;
  seriouslyLaggingPp: number;
}

export const defaultThresholds: Thresholds = { laggingPp: 5, seriouslyLaggingPp: 15 };

/**
 * `cumulative`: a quantity built up over the year (新建5G基站78个), compared with the elapsed share.
 * `level`: a rate or level that should hold at any time (经济增长6%, 失业率5.5%以内), expected in full.
 */
export type Measure = "cumulative" | "level";

export interface TargetInput {
  metric: string;
  unit: string;
  comparator: Comparator;
  measure: Measure;
  kind: "amount" | "change";
  direction: "up" | "down" | null;
  targetValue: number;
  upperValue: number | null;
  baseline: number | null;
  /** The latest accepted value, or null before any. */
  currentValue: number | null;
}

export interface MilestoneInput {
  name: string;
  /** ISO date. */
  due: string;
  /** ISO date the milestone was met, or null. */
  done: string | null;
}

export interface Schedule {
  /** ISO dates: when the work starts (usually 1 January of the plan year) and its deadline. */
  start: string;
  deadline: string;
  today: string;
  milestones: readonly MilestoneInput[];
}

export interface Assessment {
  status: Status;
  /** Share done, 0 and up (1 = target met); may exceed 1. */
  completion: number;
  /** Share that should be done by today, 0..1. */
  expected: number;
  reason: string;
}

const severity: Record<Status, number> = {
  done: 0,
  on_track: 1,
  lagging: 2,
  seriously_lagging: 3,
  overdue: 4,
};

/** Decides whether a target is a quantity to accumulate or a level to hold, from its unit and comparator. */
export function classifyMeasure(target: Pick<TargetInput, "unit" | "comparator" | "kind">): Measure {
  if (target.comparator === "lte") return "level";
  if (/[%‰]|百分点/.test(target.unit)) return "level";
  return target.kind === "change" ? "level" : "cumulative";
}

/** Share of the time from start to deadline that has passed by today (both ends counted), 0..1. */
export function elapsedShare(start: string, deadline: string, today: string): number {
  const total = daysBetween(start, deadline) + 1;
  if (total <= 0) return 1;
  return clamp((daysBetween(start, today) + 1) / total, 0, 1);
}

/** Share of the milestones due by today, or null when there are none. */
export function milestoneExpected(milestones: readonly MilestoneInput[], today: string): number | null {
  if (milestones.length === 0) return null;
  return milestones.filter((m) => m.due <= today).length / milestones.length;
}

/** Completion of one target from its latest value, respecting comparator and direction. */
export function targetCompletion(target: TargetInput): number | null {
  const v = target.currentValue;
  if (v === null) return null;
  const goal = target.targetValue;
  const lowerIsBetter =
    target.comparator === "lte" || (target.direction === "down" && target.kind === "amount");
  if (lowerIsBetter) {
    if (v <= goal) return 1;
    return v === 0 ? 0 : Math.max(0, goal / v);
  }
  if (target.comparator === "range" && target.upperValue !== null && target.measure === "level") {
    if (v >= goal && v <= target.upperValue) return 1;
    if (v > target.upperValue) return v === 0 ? 0 : target.upperValue / v;
  }
  // A 下降 change target is reported as the size of the fall achieved, with or without its sign.
  const achieved = target.kind === "change" && target.direction === "down" ? Math.abs(v) : v;
  if (target.baseline !== null && target.measure === "cumulative" && goal !== target.baseline) {
    return Math.max(0, (achieved - target.baseline) / (goal - target.baseline));
  }
  if (goal === 0) return achieved >= 0 ? 1 : 0;
  return Math.max(0, achieved / goal);
}

/** Status of one target on a schedule, with the reason in words. */
export function assessTarget(target: TargetInput, schedule: Schedule, thresholds: Thresholds): Assessment {
  const completion = targetCompletion(target);
  const expected =
    target.measure === "level"
      ? 1
      : (milestoneExpected(schedule.milestones, schedule.today) ??
        elapsedShare(schedule.start, schedule.deadline, schedule.today));
  return classify(completion, expected, schedule, thresholds, target.measure);
}

/** Status of an item: from its targets, or from its milestones where it has no numeric target. */
export function assessItem(
  targets: readonly TargetInput[],
  schedule: Schedule,
  thresholds: Thresholds,
): Assessment & { targets: Assessment[] } {
  if (targets.length === 0) {
    if (schedule.milestones.length > 0) {
      const done = schedule.milestones.filter((m) => m.done !== null).length / schedule.milestones.length;
      const expected = milestoneExpected(schedule.milestones, schedule.today) ?? 0;
      return { ...classify(done, expected, schedule, thresholds, "cumulative", "节点"), targets: [] };
    }
    const expected = elapsedShare(schedule.start, schedule.deadline, schedule.today);
    if (schedule.today > schedule.deadline) {
      return {
        status: "overdue",
        completion: 0,
        expected,
        reason: `已过完成时限（${dateInWords(schedule.deadline)}），无量化指标和节点可核对`,
        targets: [],
      };
    }
    return {
      status: "on_track",
      completion: 0,
      expected,
      reason: "无量化指标和节点，按时限推进",
      targets: [],
    };
  }
  const assessed = targets.map((t) => assessTarget(t, schedule, thresholds));
  let worst = 0;
  assessed.forEach((a, i) => {
    if (severity[a.status] > severity[(assessed[worst] as Assessment).status]) worst = i;
  });
  const worstAssessment = assessed[worst] as Assessment;
  const completion = mean(assessed.map((a) => Math.min(1, a.completion)));
  const expected = mean(assessed.map((a) => a.expected));
  const reason =
    assessed.length === 1 ? worstAssessment.reason : `${targets[worst]?.metric}：${worstAssessment.reason}`;
  return { status: worstAssessment.status, completion, expected, reason, targets: assessed };
}

export interface StatusSummary {
  count: number;
  byStatus: Record<Status, number>;
  /** Completion weighted by each item's weight, each item's completion capped at 1. */
  completion: number;
}

/** Counts by status and the weighted completion of a group of items (a unit, an area, a plan). */
export function summariseStatuses(
  items: readonly { status: Status; completion: number; weight: number }[],
): StatusSummary {
  const byStatus: Record<Status, number> = {
    done: 0,
    on_track: 0,
    lagging: 0,
    seriously_lagging: 0,
    overdue: 0,
  };
  let weighted = 0;
  let weights = 0;
  for (const item of items) {
    byStatus[item.status]++;
    weighted += Math.min(1, item.completion) * item.weight;
    weights += item.weight;
  }
  return { count: items.length, byStatus, completion: weights === 0 ? 0 : weighted / weights };
}

function classify(
  completion: number | null,
  expected: number,
  schedule: Schedule,
  thresholds: Thresholds,
  measure: Measure,
  noun = "",
): Assessment {
  const done = completion ?? 0;
  const pastDeadline = schedule.today > schedule.deadline;
  const expectedText = measure === "level" ? "目标要求 100%" : `序时进度 ${pct(expected)}`;
  const doneText = completion === null ? "尚未填报" : `${noun}已完成 ${pct(done)}`;
  if (done >= 1 && (measure === "cumulative" || pastDeadline)) {
    return { status: "done", completion: done, expected, reason: `${doneText}，已达到目标` };
  }
  if (pastDeadline) {
    return {
      status: "overdue",
      completion: done,
      expected,
      reason: `已过完成时限（${dateInWords(schedule.deadline)}），${doneText}，未达到目标`,
    };
  }
  const rawGap = (expected - Math.min(done, 1)) * 100;
  const gapPp = Math.round(rawGap);
  if (rawGap > thresholds.seriouslyLaggingPp) {
    return {
      status: "seriously_lagging",
      completion: done,
      expected,
      reason: `${doneText}，${expectedText}，落后 ${gapPp} 个百分点`,
    };
  }
  if (rawGap > thresholds.laggingPp) {
    return {
      status: "lagging",
      completion: done,
      expected,
      reason: `${doneText}，${expectedText}，落后 ${gapPp} 个百分点`,
    };
  }
  const tail = gapPp > 0 ? `落后 ${gapPp} 个百分点，在允许范围内` : "进度正常";
  return { status: "on_track", completion: done, expected, reason: `${doneText}，${expectedText}，${tail}` };
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / 86_400_000);
}

// A roll-up assesses tens of thousands of items over a handful of distinct dates: parse each once.
const parsedDays = new Map<string, number>();
function dayNumber(date: string): number {
  let n = parsedDays.get(date);
  if (n === undefined) {
    n = Date.parse(`${date}T00:00:00Z`);
    if (parsedDays.size > 10_000) parsedDays.clear();
    parsedDays.set(date, n);
  }
  return n;
}
