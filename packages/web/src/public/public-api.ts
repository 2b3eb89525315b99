// The public page's helpers: tasks grouped by area and counted by status (the data comes from the
// shared client's public endpoints, which need no session).
import type { ItemStatus, PublicItem } from "../api/api-types.js";

/** Public items by work area, in the order the plan lists them. */
export function groupByArea(items: readonly PublicItem[]): [area: string, items: PublicItem[]][] {
  const groups = new Map<string, PublicItem[]>();
  for (const item of items) {
    const area = item.area ?? "其他任务";
    const group = groups.get(area);
    if (group) group.push(item);
    else groups.set(area, [item]);
  }
  return [...groups];
}

/** How many public items stand at each status, in the statuses' own order. */
export function countByStatus(items: readonly PublicItem[]): { status: ItemStatus; count: number }[] {
  const order: ItemStatus[] = ["done", "on_track", "lagging", "seriously_lagging", "overdue"];
  return order.map((status) => ({ status, count: items.filter((item) => item.status === status).length }));
}
