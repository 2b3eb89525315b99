// The queries that decide how the product feels at scale, kept in one place so their plans can be
// reviewed (hot-queries.test.ts prints EXPLAIN for each on PostgreSQL). Each returns a Kysely builder;
// repositories execute them and turn rows into domain objects.
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface LedgerFilter {
  planId?: string | undefined;
  planIds?: readonly string[] | undefined;
  ids?: readonly string[] | undefined;
  area?: string | undefined;
  unitId?: string | undefined;
  type?: string | undefined;
  q?: string | undefined;
  publicOnly?: boolean | undefined;
}

/** The task ledger: items of an organisation with their lead unit, filtered as the ledger page asks. */
export function ledgerQuery(db: Kysely<Database>, orgId: string, filter: LedgerFilter) {
  let q = db
    .selectFrom("items as i")
    .innerJoin("plans as p", (j) => j.onRef("p.org_id", "=", "i.org_id").onRef("p.id", "=", "i.plan_id"))
    .leftJoin("units as u", (j) => j.onRef("u.org_id", "=", "i.org_id").onRef("u.id", "=", "i.lead_unit_id"))
    .selectAll("i")
    .select([
      "u.name as lead_unit_name",
      "p.state as plan_state",
      "p.year as plan_year",
      "p.period_kind as plan_period_kind",
    ])
    .where("i.org_id", "=", orgId);
  if (filter.planId) q = q.where("i.plan_id", "=", filter.planId);
  if (filter.planIds) q = q.where("i.plan_id", "in", filter.planIds.length > 0 ? filter.planIds : [""]);
  if (filter.ids) q = q.where("i.id", "in", filter.ids.length > 0 ? filter.ids : [""]);
  if (filter.area) q = q.where("i.area", "=", filter.area);
  if (filter.type) q = q.where("i.type", "=", filter.type);
  if (filter.publicOnly) q = q.where("i.public", "=", true);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb("i.title", "like", pattern), eb("i.description", "like", pattern)]));
  }
  if (filter.unitId) {
    const unitId = filter.unitId;
    // The co-unit lookup is written as IN over the organisation's slice so it uses
    // item_co_units_unit instead of hashing the whole table (see the EXPLAIN test).
    q = q.where((eb) =>
      eb.or([
        eb("i.lead_unit_id", "=", unitId),
        eb(
          "i.id",
          "in",
          eb
            .selectFrom("item_co_units as c")
            .select("c.item_id")
            .where("c.org_id", "=", orgId)
            .where("c.unit_id", "=", unitId),
        ),
      ]),
    );
  }
  return q.orderBy("i.sort_order").orderBy("i.created_at");
}

/**
 * Everything the dashboard needs to assess items, one row per target (or one row with null target
 * for an item without targets), for one or many organisations' published plans.
 */
export function dashboardRowsQuery(
  db: Kysely<Database>,
  orgIds: readonly string[],
  planIds: readonly string[],
) {
  return db
    .selectFrom("items as i")
    .leftJoin("targets as t", (j) => j.onRef("t.org_id", "=", "i.org_id").onRef("t.item_id", "=", "i.id"))
    .leftJoin("units as u", (j) => j.onRef("u.org_id", "=", "i.org_id").onRef("u.id", "=", "i.lead_unit_id"))
    .select([
      "i.org_id",
      "i.id as item_id",
      "i.plan_id",
      "i.title",
      "i.area",
      "i.lead_unit_id",
      "u.name as lead_unit_name",
      "i.start_date",
      "i.deadline",
      "i.milestones",
      "t.id as target_id",
      "t.metric",
      "t.unit",
      "t.comparator",
      "t.measure",
      "t.kind",
      "t.direction",
      "t.target_value",
      "t.upper_value",
      "t.baseline",
      "t.current_value",
    ])
    .where("i.org_id", "in", orgIds.length > 0 ? orgIds : [""])
    .where("i.plan_id", "in", planIds.length > 0 ? planIds : [""])
    .orderBy("i.org_id")
    .orderBy("i.sort_order")
    .orderBy("t.sort_order");
}

/**
 * The roll-up's rows: only what the status engine reads, for every item of many organisations'
 * plans, unordered (the province total does not need order, and sorting 30k rows spills to disk).
 */
export function rollupRowsQuery(db: Kysely<Database>, orgIds: readonly string[], planIds: readonly string[]) {
  return db
    .selectFrom("items as i")
    .leftJoin("targets as t", (j) => j.onRef("t.org_id", "=", "i.org_id").onRef("t.item_id", "=", "i.id"))
    .select([
      "i.org_id",
      "i.id as item_id",
      "i.start_date",
      "i.deadline",
      "i.milestones",
      "t.id as target_id",
      "t.comparator",
      "t.measure",
      "t.kind",
      "t.direction",
      "t.target_value",
      "t.upper_value",
      "t.baseline",
      "t.current_value",
    ])
    .where("i.org_id", "in", orgIds.length > 0 ? orgIds : [""])
    .where("i.plan_id", "in", planIds.length > 0 ? planIds : [""]);
}

/**
 * Accepted values per target and period for a plan, the latest revision of each period: the trend
 * chart replays them period by period.
 */
export function acceptedValuesQuery(db: Kysely<Database>, orgId: string, planId: string) {
  return db
    .selectFrom("progress_values as v")
    .innerJoin("progress_reports as r", (j) =>
      j.onRef("r.org_id", "=", "v.org_id").onRef("r.id", "=", "v.report_id"),
    )
    .innerJoin("items as i", (j) => j.onRef("i.org_id", "=", "r.org_id").onRef("i.id", "=", "r.item_id"))
    .select(["v.target_id", "r.period", "v.value", "r.revision"])
    .where("v.org_id", "=", orgId)
    .where("i.plan_id", "=", planId)
    .where("r.state", "=", "accepted")
    .orderBy("r.period")
    .orderBy("r.revision");
}

/**
 * Progress reports with their item's title, unit and submitter, newest first, or oldest first for
 * the office's review queue (state = submitted).
 */
export function progressReportsQuery(
  db: Kysely<Database>,
  orgId: string,
  filter: {
    itemId?: string | undefined;
    reportId?: string | undefined;
    state?: "submitted" | "accepted" | "returned" | undefined;
    unitId?: string | undefined;
  },
  order: "newest" | "oldest" = "newest",
) {
  let q = db
    .selectFrom("progress_reports as r")
    .innerJoin("items as i", (j) => j.onRef("i.org_id", "=", "r.org_id").onRef("i.id", "=", "r.item_id"))
    .innerJoin("units as u", (j) => j.onRef("u.org_id", "=", "r.org_id").onRef("u.id", "=", "r.unit_id"))
    .leftJoin("users as s", (j) => j.onRef("s.org_id", "=", "r.org_id").onRef("s.id", "=", "r.submitted_by"))
    .selectAll("r")
    .select(["i.title as item_title", "u.name as unit_name", "s.display_name as submitter_name"])
    .where("r.org_id", "=", orgId);
  if (filter.itemId) q = q.where("r.item_id", "=", filter.itemId);
  if (filter.reportId) q = q.where("r.id", "=", filter.reportId);
  if (filter.state) q = q.where("r.state", "=", filter.state);
  if (filter.unitId) q = q.where("r.unit_id", "=", filter.unitId);
  return order === "oldest"
    ? q.orderBy("r.submitted_at").orderBy("r.id").limit(500)
    : q.orderBy("r.submitted_at", "desc").orderBy("r.revision", "desc");
}

/** Each organisation's latest published plan: the roll-up's starting point. */
export function latestPublishedPlansQuery(db: Kysely<Database>, orgIds: readonly string[]) {
  return db
    .selectFrom("plans")
    .distinctOn("org_id")
    .select(["org_id", "id", "title", "year", "version"])
    .where("org_id", "in", orgIds.length > 0 ? orgIds : [""])
    .where("state", "=", "published")
    .orderBy("org_id")
    .orderBy("year", "desc")
    .orderBy("published_at", "desc");
}
