// Reads the dashboard's rows through the hot queries and assembles them into items to assess.
import type { Kysely } from "kysely";
import { acceptedValuesQuery, dashboardRowsQuery, rollupRowsQuery } from "../db/hot-queries.js";
import type { Database } from "../db/schema.js";
import type { Comparator, MilestoneInput, TargetInput } from "../status/status.js";

export interface DashboardItem {
  orgId: string;
  id: string;
  planId: string;
  title: string;
  area: string | null;
  leadUnitId: string | null;
  leadUnitName: string | null;
  startDate: string;
  deadline: string;
  milestones: MilestoneInput[];
  targets: (TargetInput & { id: string })[];
}

export async function findDashboardItems(
  db: Kysely<Database>,
  orgIds: readonly string[],
  planIds: readonly string[],
): Promise<DashboardItem[]> {
  const rows = await dashboardRowsQuery(db, orgIds, planIds).execute();
  const items = new Map<string, DashboardItem>();
  for (const r of rows) {
    const key = `${r.org_id}/${r.item_id}`;
    let item = items.get(key);
    if (!item) {
      item = {
        orgId: r.org_id,
        id: r.item_id,
        planId: r.plan_id,
        title: r.title,
        area: r.area,
        leadUnitId: r.lead_unit_id,
        leadUnitName: r.lead_unit_name,
        startDate: r.start_date,
        deadline: r.deadline,
        milestones: r.milestones,
        targets: [],
      };
      items.set(key, item);
    }
    if (r.target_id) {
      item.targets.push({
        id: r.target_id,
        metric: r.metric ?? "",
        unit: r.unit ?? "",
        comparator: (r.comparator ?? "gte") as Comparator,
        measure: r.measure ?? "cumulative",
        kind: r.kind ?? "amount",
        direction: r.direction ?? null,
        targetValue: r.target_value ?? 0,
        upperValue: r.upper_value,
        baseline: r.baseline,
        currentValue: r.current_value,
      });
    }
  }
  return [...items.values()];
}

/** Items of many organisations with just what assessing them needs (no names, no order). */
export async function findRollupItems(
  db: Kysely<Database>,
  orgIds: readonly string[],
  planIds: readonly string[],
): Promise<Pick<DashboardItem, "orgId" | "id" | "startDate" | "deadline" | "milestones" | "targets">[]> {
  const rows = await rollupRowsQuery(db, orgIds, planIds).execute();
  const items = new Map<
    string,
    Pick<DashboardItem, "orgId" | "id" | "startDate" | "deadline" | "milestones" | "targets">
  >();
  for (const r of rows) {
    const key = `${r.org_id}/${r.item_id}`;
    let item = items.get(key);
    if (!item) {
      item = {
        orgId: r.org_id,
        id: r.item_id,
        startDate: r.start_date,
        deadline: r.deadline,
        milestones: r.milestones,
        targets: [],
      };
      items.set(key, item);
    }
    if (r.target_id) {
      item.targets.push({
        id: r.target_id,
        metric: "",
        unit: "",
        comparator: (r.comparator ?? "gte") as Comparator,
        measure: r.measure ?? "cumulative",
        kind: r.kind ?? "amount",
        direction: r.direction ?? null,
        targetValue: r.target_value ?? 0,
        upperValue: r.upper_value,
        baseline: r.baseline,
        currentValue: r.current_value,
      });
    }
  }
  return [...items.values()];
}

/** Accepted values by target and period (the last revision of a period wins). */
export async function findAcceptedValues(
  db: Kysely<Database>,
  orgId: string,
  planId: string,
): Promise<{ targetId: string; period: string; value: number }[]> {
  const rows = await acceptedValuesQuery(db, orgId, planId).execute();
  const latest = new Map<string, { targetId: string; period: string; value: number }>();
  for (const r of rows)
    latest.set(`${r.target_id}/${r.period}`, { targetId: r.target_id, period: r.period, value: r.value });
  return [...latest.values()];
}
