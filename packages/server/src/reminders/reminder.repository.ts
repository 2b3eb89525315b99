import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";

export interface Reminder {
  id: string;
  unitId: string;
  unitName: string;
  itemId: string | null;
  itemTitle: string | null;
  message: string;
  kind: "manual" | "late_report" | "lagging";
  createdAt: Date;
}

export async function findReminders(
  db: Kysely<Database>,
  orgId: string,
  filter: { unitId?: string | undefined; itemId?: string | undefined },
): Promise<Reminder[]> {
  let q = db
    .selectFrom("reminders as r")
    .innerJoin("units as u", (j) => j.onRef("u.org_id", "=", "r.org_id").onRef("u.id", "=", "r.unit_id"))
    .leftJoin("items as i", (j) => j.onRef("i.org_id", "=", "r.org_id").onRef("i.id", "=", "r.item_id"))
    .select([
      "r.id",
      "r.unit_id",
      "u.name as unit_name",
      "r.item_id",
      "i.title as item_title",
      "r.message",
      "r.kind",
      "r.created_at",
    ])
    .where("r.org_id", "=", orgId);
  if (filter.unitId) q = q.where("r.unit_id", "=", filter.unitId);
  if (filter.itemId) q = q.where("r.item_id", "=", filter.itemId);
  const rows = await q.orderBy("r.created_at", "desc").limit(1000).execute();
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    itemId: r.item_id,
    itemTitle: r.item_title,
    message: r.message,
    kind: r.kind,
    createdAt: r.created_at,
  }));
}

/** Inserts reminders, skipping any whose dedupe key already exists; returns the ids inserted. */
export async function insertReminders(
  db: Kysely<Database>,
  orgId: string,
  reminders: readonly {
    id: string;
    unitId: string;
    itemId: string | null;
    message: string;
    kind: Reminder["kind"];
    dedupeKey: string | null;
    createdBy: string | null;
    createdAt: Date;
  }[],
): Promise<string[]> {
  if (reminders.length === 0) return [];
  const rows = await db
    .insertInto("reminders")
    .values(
      reminders.map((r) => ({
        org_id: orgId,
        id: r.id,
        unit_id: r.unitId,
        item_id: r.itemId,
        message: r.message,
        kind: r.kind,
        dedupe_key: r.dedupeKey,
        created_by: r.createdBy,
        created_at: r.createdAt,
      })),
    )
    .onConflict((oc) => oc.columns(["org_id", "dedupe_key"]).doNothing())
    .returning("id")
    .execute();
  return rows.map((r) => r.id);
}
