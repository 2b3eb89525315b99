// The supervised item and its targets as services see them (never rows).
import type { Comparator, Measure } from "../status/status.js";

/**
 * What is supervised: a work-report task, a key project (重点项目), a deputy's suggestion (人大代表建议),
 * a CPPCC proposal (政协提案), an enterprise's problem (万人助万企) or a leader's instruction (领导批示).
 */
export const itemTypes = [
  "task",
  "project",
  "suggestion",
  "proposal",
  "enterprise_issue",
  "instruction",
] as const;
export type ItemType = (typeof itemTypes)[number];

export interface Span {
  start: number;
  end: number;
}

export interface Milestone {
  id: string;
  name: string;
  due: string;
  done: string | null;
}

export interface Target {
  id: string;
  metric: string;
  unit: string;
  comparator: Comparator;
  measure: Measure;
  direction: "up" | "down" | null;
  kind: "amount" | "change";
  targetValue: number;
  upperValue: number | null;
  baseline: number | null;
  quote: string | null;
  source: Span | null;
  currentValue: number | null;
  currentPeriod: string | null;
  currentSource: "report" | "statistics" | null;
}

export interface UnitRef {
  id: string;
  name: string;
}

/** What an item needs to know of its plan: whether it is live, and its reporting calendar. */
export interface PlanRef {
  state: "draft" | "published";
  year: number;
  periodKind: "month" | "quarter";
}

export interface Item {
  id: string;
  planId: string;
  plan: PlanRef;
  type: ItemType;
  title: string;
  description: string;
  area: string | null;
  leadUnit: UnitRef | null;
  coUnits: UnitRef[];
  startDate: string;
  deadline: string;
  milestones: Milestone[];
  public: boolean;
  publicProgress: string;
  source: Span | null;
  sortOrder: number;
  version: number;
  targets: Target[];
}

/** What a new item needs; the repository fills ids and version. */
export type NewItem = Omit<Item, "id" | "version" | "leadUnit" | "coUnits" | "targets" | "plan"> & {
  leadUnitId: string | null;
  coUnitIds: string[];
  targets: Omit<Target, "id" | "currentValue" | "currentPeriod" | "currentSource">[];
};
