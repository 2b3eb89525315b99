// The ledger's filters live in the URL (`/tasks?planId=…&area=…&status=…&unitId=…&type=…&q=…`), so the
// dashboard's charts can link to the tasks behind them and a filtered view can be bookmarked or sent.
import type { ItemFilter, ItemStatus, ItemType } from "../api/api-types.js";
import { STATUS_LOOKS } from "../status/item-status.js";

export const ITEM_TYPE_NAMES: Record<ItemType, string> = {
  task: "重点任务",
  project: "重点项目",
  suggestion: "人大代表建议",
  proposal: "政协提案",
  enterprise_issue: "企业诉求",
  instruction: "领导批示",
};

const FILTER_KEYS = ["planId", "area", "unitId", "status", "type", "q"] as const;

/** Reads the filters from the URL; unknown statuses and types are dropped rather than sent to the server. */
export function readLedgerFilter(params: URLSearchParams): ItemFilter {
  const filter: ItemFilter = {};
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const planId = text("planId");
  const area = text("area");
  const unitId = text("unitId");
  const q = text("q");
  const status = text("status");
  const type = text("type");
  if (planId) filter.planId = planId;
  if (area) filter.area = area;
  if (unitId) filter.unitId = unitId;
  if (status && Object.hasOwn(STATUS_LOOKS, status)) filter.status = status as ItemStatus;
  if (type && Object.hasOwn(ITEM_TYPE_NAMES, type)) filter.type = type as ItemType;
  if (q) filter.q = q.slice(0, 100);
  return filter;
}

/** The URL query for a filter, in a fixed order, without empty values. */
export function writeLedgerFilter(filter: ItemFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** Whether anything narrows the list beyond the choice of plan. */
export function isFiltered(filter: ItemFilter): boolean {
  return FILTER_KEYS.some((key) => key !== "planId" && filter[key] !== undefined);
}
