import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.js";
import type { PeriodKind } from "./periods.js";
import type { Plan, PlanChange, PlanVersion } from "./plan.model.js";

const planColumns = [
  "p.id",
  "p.title",
  "p.place",
  "p.year",
  "p.state",
  "p.version",
  "p.period_kind",
  "p.file_name",
  "p.created_at",
  "p.published_at",
] as const;

export async function listPlans(db: Kysely<Database>, orgId: string): Promise<Plan[]> {
  const rows = await db
    .selectFrom("plans as p")
    .select(planColumns)
    .select((eb) =>
      eb
        .selectFrom("items as i")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("i.org_id", "=", "p.org_id")
        .whereRef("i.plan_id", "=", "p.id")
        .as("item_count"),
    )
    .where("p.org_id", "=", orgId)
    .orderBy("p.year", "desc")
    .orderBy("p.created_at", "desc")
    .execute();
  return rows.map(toPlan);
}

export async function findPlan(
  db: Kysely<Database>,
  orgId: string,
  planId: string,
  options: { withItemCount?: boolean } = {},
): Promise<Plan | null> {
  const base = db
    .selectFrom("plans as p")
    .select(planColumns)
    .where("p.org_id", "=", orgId)
    .where("p.id", "=", planId);
  if (options.withItemCount === false) {
    const row = await base.executeTakeFirst();
    return row ? toPlan({ ...row, item_count: null }) : null;
  }
  const row = await base
    .select((eb) =>
      eb
        .selectFrom("items as i")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("i.org_id", "=", "p.org_id")
        .whereRef("i.plan_id", "=", "p.id")
        .as("item_count"),
    )
    .executeTakeFirst();
  return row ? toPlan(row) : null;
}

export async function findPlanSource(
  db: Kysely<Database>,
  orgId: string,
  planId: string,
): Promise<{ text: string; reading: unknown } | null> {
  const row = await db
    .selectFrom("plans")
    .select(["text", "reading"])
    .where("org_id", "=", orgId)
    .where("id", "=", planId)
    .executeTakeFirst();
  return row ?? null;
}

export async function insertPlan(
  db: Kysely<Database>,
  orgId: string,
  plan: {
    id: string;
    title: string;
    place: string | null;
    year: number;
    periodKind: PeriodKind;
    fileName: string;
    fileBytes: Uint8Array;
    text: string;
    reading: unknown;
    createdBy: string;
  },
): Promise<void> {
  await db
    .insertInto("plans")
    .values({
      org_id: orgId,
      id: plan.id,
      title: plan.title,
      place: plan.place,
      year: plan.year,
      state: "draft",
      version: 0,
      period_kind: plan.periodKind,
      file_name: plan.fileName,
      file_bytes: plan.fileBytes,
      text: plan.text,
      reading: JSON.stringify(plan.reading),
      created_by: plan.createdBy,
    })
    .execute();
}

export async function updatePlanSettings(
  db: Kysely<Database>,
  orgId: string,
  planId: string,
  settings: { title: string; periodKind: PeriodKind },
): Promise<void> {
  await db
    .updateTable("plans")
    .set({ title: settings.title, period_kind: settings.periodKind })
    .where("org_id", "=", orgId)
    .where("id", "=", planId)
    .execute();
}

export async function markPublished(
  db: Kysely<Database>,
  orgId: string,
  plan: Plan,
  version: number,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("plans")
    .set({ state: "published", version, published_at: at })
    .where("org_id", "=", orgId)
    .where("id", "=", plan.id)
    .where("version", "=", version - 1)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db
    .insertInto("plan_directory")
    .values({
      plan_id: plan.id,
      org_id: orgId,
      title: plan.title,
      year: plan.year,
      place: plan.place,
      published_at: at,
    })
    .onConflict((oc) => oc.column("plan_id").doUpdateSet({ title: plan.title, published_at: at }))
    .execute();
  return true;
}

export async function insertPlanVersion(
  db: Kysely<Database>,
  orgId: string,
  planId: string,
  version: { version: number; publishedAt: Date; publishedBy: string; note: string; changes: PlanChange[] },
  snapshot: unknown,
): Promise<void> {
  await db
    .insertInto("plan_versions")
    .values({
      org_id: orgId,
      plan_id: planId,
      version: version.version,
      published_at: version.publishedAt,
      published_by: version.publishedBy,
      note: version.note,
      changes: JSON.stringify(version.changes),
      snapshot: JSON.stringify(snapshot),
    })
    .execute();
}

export async function findLatestSnapshot(
  db: Kysely<Database>,
  orgId: string,
  planId: string,
): Promise<unknown | null> {
  const row = await db
    .selectFrom("plan_versions")
    .select("snapshot")
    .where("org_id", "=", orgId)
    .where("plan_id", "=", planId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.snapshot ?? null;
}

export async function listPlanVersions(
  db: Kysely<Database>,
  orgId: string,
  planId: string,
): Promise<PlanVersion[]> {
  const rows = await db
    .selectFrom("plan_versions as v")
    .leftJoin("users as u", (j) => j.onRef("u.org_id", "=", "v.org_id").onRef("u.id", "=", "v.published_by"))
    .select(["v.version", "v.published_at", "v.published_by", "v.note", "v.changes", "u.display_name"])
    .where("v.org_id", "=", orgId)
    .where("v.plan_id", "=", planId)
    .orderBy("v.version", "desc")
    .execute();
  return rows.map((r) => ({
    version: r.version,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    publishedByName: r.display_name ?? "",
    note: r.note,
    changes: r.changes as PlanChange[],
  }));
}

/** The published directory entry of a plan, for the public page (no organisation known yet). */
export async function findPublishedPlanOrg(db: Kysely<Database>, planId: string): Promise<string | null> {
  const row = await db
    .selectFrom("plan_directory")
    .select("org_id")
    .where("plan_id", "=", planId)
    .executeTakeFirst();
  return row?.org_id ?? null;
}

export async function listPublishedDirectory(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("plan_directory as d")
    .innerJoin("organisations as o", "o.id", "d.org_id")
    .select(["d.plan_id", "d.title", "d.year", "d.place", "d.published_at", "o.name as org_name"])
    .orderBy("d.year", "desc")
    .orderBy("d.published_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.plan_id,
    title: r.title,
    year: r.year,
    place: r.place,
    orgName: r.org_name,
    publishedAt: r.published_at,
  }));
}

export async function findOrgPlanByTitle(
  db: Kysely<Database>,
  orgId: string,
  fileName: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("plans")
    .select("id")
    .where("org_id", "=", orgId)
    .where("file_name", "=", fileName)
    .executeTakeFirst();
  return row?.id ?? null;
}

function toPlan(row: {
  id: string;
  title: string;
  place: string | null;
  year: number;
  state: "draft" | "published";
  version: number;
  period_kind: "month" | "quarter";
  file_name: string;
  created_at: Date;
  published_at: Date | null;
  item_count: number | null;
}): Plan {
  return {
    id: row.id,
    title: row.title,
    place: row.place,
    year: row.year,
    state: row.state,
    version: row.version,
    periodKind: row.period_kind,
    fileName: row.file_name,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    itemCount: row.item_count ?? 0,
  };
}
