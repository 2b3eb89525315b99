// The query cache's keys, in one place so that a page's mutation refreshes what other pages show.
import type { QueryClient } from "@tanstack/react-query";
import type { ItemFilter, ReportState } from "./api-types.js";

export const queryKeys = {
  plans: ["plans"] as const,
  plan: (planId: string) => ["plan", planId] as const,
  planVersions: (planId: string) => ["plan-versions", planId] as const,
  units: ["units"] as const,
  items: (filter: ItemFilter) => ["items", filter] as const,
  item: (itemId: string) => ["item", itemId] as const,
  draft: (itemId: string) => ["draft", itemId] as const,
  reviews: (state: ReportState) => ["reviews", state] as const,
  reminders: ["reminders"] as const,
};

/**
 * After a change to the ledger or its progress, everything derived from it may be out of date:
 * items, statuses, queues, the dashboard. Only the session is left alone.
 */
export function refreshTracking(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== "session" });
}
