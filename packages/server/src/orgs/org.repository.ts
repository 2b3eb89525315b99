import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { Thresholds } from "../status/status.js";

export interface Organisation {
  id: string;
  name: string;
  parentId: string | null;
  thresholds: Thresholds;
}

export async function findOrganisation(db: Kysely<Database>, orgId: string): Promise<Organisation | null> {
  const row = await db.selectFrom("organisations").selectAll().where("id", "=", orgId).executeTakeFirst();
  return row ? { id: row.id, name: row.name, parentId: row.parent_id, thresholds: row.settings } : null;
}

export async function listOrganisations(db: Kysely<Database>): Promise<Organisation[]> {
  const rows = await db.selectFrom("organisations").selectAll().orderBy("created_at").execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    thresholds: row.settings,
  }));
}

export async function insertOrganisation(db: Kysely<Database>, org: Organisation): Promise<void> {
  await db
    .insertInto("organisations")
    .values({ id: org.id, name: org.name, parent_id: org.parentId, settings: JSON.stringify(org.thresholds) })
    .execute();
}

export async function updateThresholds(
  db: Kysely<Database>,
  orgId: string,
  thresholds: Thresholds,
): Promise<void> {
  await db
    .updateTable("organisations")
    .set({ settings: JSON.stringify(thresholds) })
    .where("id", "=", orgId)
    .execute();
}
