// The supervised item and its targets as services see them (never rows).
import type { Comparator, Measure } from "../status/status.js";

export const itemTypes = [
  "work_report_task",
  "key_project",
  "deputy_suggestion",
  "cppcc_proposal",
  "enterprise_problem",
  "leader_instruction",
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

export interface Item {
  id: string;
  planId: string;
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
export type NewItem = Omit<Item, "id" | "version" | "leadUnit" | "coUnits" | "targets"> & {
  leadUnitId: string | null;
  coUnitIds: string[];
  targets: Omit<Target, "id" | "currentValue" | "currentPeriod" | "currentSource">[];
};
