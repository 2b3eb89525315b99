// Every number on the dashboard leads to the tasks behind it: a link to 任务台账 with the filter in
// the URL query, which the ledger reads (`/tasks?planId=…&area=…&status=…&unitId=…`).
import type { ItemStatus } from "../api/api-types.js";

export interface LedgerFilter {
  area?: string;
  status?: ItemStatus;
  unitId?: string;
}

/** The ledger of a plan filtered to the tasks behind one figure. */
export function ledgerLink(planId: string, filter: LedgerFilter = {}): string {
  const query = new URLSearchParams({ planId });
  if (filter.area) query.set("area", filter.area);
  if (filter.status) query.set("status", filter.status);
  if (filter.unitId) query.set("unitId", filter.unitId);
  return `/tasks?${query.toString()}`;
}

/** One task's page. */
export function taskLink(itemId: string): string {
  return `/tasks/${encodeURIComponent(itemId)}`;
}
