// What anyone may read without logging in (政务公开), in the server's shapes
// (packages/server/src/public/public.routes.ts). No session, so a client of its own.
import type { ItemStatus } from "../api/api-types.js";
import { createHttpClient } from "../api/http-client.js";

export interface PublishedPlan {
  id: string;
  title: string;
  year: number;
  place: string | null;
  orgName: string;
  publishedAt: string;
}

/** A task the government chose to publish: status and its own progress text, nothing internal. */
export interface PublicItem {
  id: string;
  title: string;
  area: string | null;
  leadUnitName: string | null;
  deadline: string;
  status: ItemStatus;
  completion: number;
  progressText: string;
}

const http = createHttpClient();

export function listPublishedPlans(): Promise<PublishedPlan[]> {
  return http.request<PublishedPlan[]>("GET", "/public/plans");
}

export function listPublicItems(planId: string): Promise<PublicItem[]> {
  return http.request<PublicItem[]>("GET", `/public/plans/${encodeURIComponent(planId)}/items`);
}

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
