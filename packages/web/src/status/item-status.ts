// The five statuses of a task against time, each with the word that always accompanies its colour.
import type { ItemStatus } from "../api/api-types.js";

export interface StatusLook {
  label: string;
  /** Traffic-light colour: green, yellow or red (PRODUCT.md). */
  tone: "green" | "yellow" | "red" | "grey";
  colour: string;
}

export const STATUS_LOOKS: Record<ItemStatus, StatusLook> = {
  done: { label: "已完成", tone: "green", colour: "#389e0d" },
  on_track: { label: "正常推进", tone: "green", colour: "#52c41a" },
  lagging: { label: "滞后", tone: "yellow", colour: "#d48806" },
  seriously_lagging: { label: "严重滞后", tone: "red", colour: "#cf1322" },
  overdue: { label: "逾期", tone: "red", colour: "#a8071a" },
};

const UNKNOWN: StatusLook = { label: "状态未知", tone: "grey", colour: "#8c8c8c" };

/** The look of a status; a status this build does not know still gets a word, never a bare colour. */
export function lookOfStatus(status: string): StatusLook {
  return Object.hasOwn(STATUS_LOOKS, status) ? STATUS_LOOKS[status as ItemStatus] : UNKNOWN;
}

/** Completion and expected progress clamped to 0–100 and rounded, for display. */
export function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.round(Math.min(100, Math.max(0, value)));
}
