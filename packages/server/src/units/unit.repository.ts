import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";

export interface Unit {
  id: string;
  name: string;
  keywords: string[];
  active: boolean;
  sortOrder: number;
}

export async function listUnits(db: Kysely<Database>, orgId: string): Promise<Unit[]> {
  const rows = await db
    .selectFrom("units")
    .selectAll()
    .where("org_id", "=", orgId)
    .orderBy("sort_order")
    .orderBy("name")
    .execute();
  return rows.map(toUnit);
}

export async function findUnit(db: Kysely<Database>, orgId: string, unitId: string): Promise<Unit | null> {
  const row = await db
    .selectFrom("units")
    .selectAll()
    .where("org_id", "=", orgId)
    .where("id", "=", unitId)
    .executeTakeFirst();
  return row ? toUnit(row) : null;
}

export async function findUnitByName(
  db: Kysely<Database>,
  orgId: string,
  name: string,
): Promise<Unit | null> {
  const row = await db
    .selectFrom("units")
    .selectAll()
    .where("org_id", "=", orgId)
    .where("name", "=", name)
    .executeTakeFirst();
  return row ? toUnit(row) : null;
}

export async function insertUnits(
  db: Kysely<Database>,
  orgId: string,
  units: readonly Unit[],
): Promise<void> {
  if (units.length === 0) return;
  await db
    .insertInto("units")
    .values(
      units.map((u) => ({
        org_id: orgId,
        id: u.id,
        name: u.name,
        keywords: JSON.stringify(u.keywords),
        active: u.active,
        sort_order: u.sortOrder,
      })),
    )
    .execute();
}

export async function updateUnit(db: Kysely<Database>, orgId: string, unit: Unit): Promise<void> {
  await db
    .updateTable("units")
    .set({
      name: unit.name,
      keywords: JSON.stringify(unit.keywords),
      active: unit.active,
      sort_order: unit.sortOrder,
    })
    .where("org_id", "=", orgId)
    .where("id", "=", unit.id)
    .execute();
}

function toUnit(row: {
  id: string;
  name: string;
  keywords: string[];
  active: boolean;
  sort_order: number;
}): Unit {
  return {
    id: row.id,
    name: row.name,
    keywords: row.keywords,
    active: row.active,
    sortOrder: row.sort_order,
  };
}
