import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { StatisticsRow } from "./statistics-table.js";

export async function upsertStatistics(
  db: Kysely<Database>,
  orgId: string,
  rows: readonly StatisticsRow[],
  by: string,
  at: Date,
): Promise<void> {
  for (const r of rows) {
    await db
      .insertInto("statistics")
      .values({
        org_id: orgId,
        indicator: r.indicator,
        period: r.period,
        value: r.value,
        uploaded_by: by,
        uploaded_at: at,
      })
      .onConflict((oc) =>
        oc
          .columns(["org_id", "indicator", "period"])
          .doUpdateSet({ value: r.value, uploaded_by: by, uploaded_at: at }),
      )
      .execute();
  }
}

export interface PublishedTarget {
  id: string;
  itemId: string;
  metric: string;
  year: number;
  periodKind: "month" | "quarter";
}

/** Targets of the organisation's published plans, to be matched with indicator names. */
export async function findPublishedTargets(db: Kysely<Database>, orgId: string): Promise<PublishedTarget[]> {
  const rows = await db
    .selectFrom("targets as t")
    .innerJoin("items as i", (j) => j.onRef("i.org_id", "=", "t.org_id").onRef("i.id", "=", "t.item_id"))
    .innerJoin("plans as p", (j) => j.onRef("p.org_id", "=", "i.org_id").onRef("p.id", "=", "i.plan_id"))
    .select(["t.id", "t.item_id", "t.metric", "p.year", "p.period_kind"])
    .where("t.org_id", "=", orgId)
    .where("p.state", "=", "published")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    metric: r.metric,
    year: r.year,
    periodKind: r.period_kind,
  }));
}
