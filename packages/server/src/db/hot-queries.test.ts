// Prints the PostgreSQL plan of each hot query over a data set of a few thousand rows per table, and
// checks that none of them reads a whole table where an organisation's slice would do.
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing/test-database.js";
import type { DatabaseHandle } from "./database.js";
import {
  acceptedValuesQuery,
  dashboardRowsQuery,
  latestPublishedPlansQuery,
  ledgerQuery,
  progressReportsQuery,
} from "./hot-queries.js";
import type { Database } from "./schema.js";

const ORGS = 20;
const ITEMS_PER_ORG = 300;

describe("hot queries on PostgreSQL", () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase("postgres");
    await fillProvince(database.db);
  });
  afterAll(async () => database?.close());

  it.each([
    ["ledger of one plan", (db: Kysely<Database>) => ledgerQuery(db, "org-7", { planId: "plan-7" })],
    ["ledger of one unit", (db: Kysely<Database>) => ledgerQuery(db, "org-7", { unitId: "unit-7-2" })],
    [
      "dashboard rows of one organisation",
      (db: Kysely<Database>) => dashboardRowsQuery(db, ["org-7"], ["plan-7"]),
    ],
    ["accepted values for the trend", (db: Kysely<Database>) => acceptedValuesQuery(db, "org-7", "plan-7")],
    [
      "review queue",
      (db: Kysely<Database>) => progressReportsQuery(db, "org-7", { state: "submitted" }, "oldest"),
    ],
    [
      "an item's progress history",
      (db: Kysely<Database>) => progressReportsQuery(db, "org-7", { itemId: "item-7-5" }),
    ],
    [
      "latest published plans for a roll-up",
      (db: Kysely<Database>) => latestPublishedPlansQuery(db, ["org-1", "org-2"]),
    ],
  ])("plans %s without scanning whole tables", async (name, build) => {
    const rows = await build(database.db).explain();
    const plan = rows.map((r) => String(Object.values(r)[0])).join("\n");
    console.log(`\n-- ${name}\n${plan}`);
    expect(plan).not.toMatch(/Seq Scan on (items|item_co_units|targets|progress_reports|progress_values)\b/);
  });
});

async function fillProvince(db: Kysely<Database>): Promise<void> {
  await sql`insert into organisations (id, name)
    select 'org-' || o, '县' || o from generate_series(1, ${ORGS}) o`.execute(db);
  await sql`insert into units (org_id, id, name, sort_order)
    select 'org-' || o, 'unit-' || o || '-' || u, '单位' || u, u
    from generate_series(1, ${ORGS}) o, generate_series(1, 10) u`.execute(db);
  await sql`insert into plans (org_id, id, title, year, state, version, period_kind, file_name, file_bytes, text, reading, created_by, published_at)
    select 'org-' || o, 'plan-' || o, '政府工作报告', 2026, 'published', 1, 'month', 'r.md', '\\x00'::bytea, '', '{}', 'u', now()
    from generate_series(1, ${ORGS}) o`.execute(db);
  await sql`insert into items (org_id, id, plan_id, type, title, area, lead_unit_id, deadline, start_date, sort_order)
    select 'org-' || o, 'item-' || o || '-' || i, 'plan-' || o, 'task', '任务' || i, '领域' || (i % 6),
           'unit-' || o || '-' || (1 + i % 10), '2026-12-31', '2026-01-01', i
    from generate_series(1, ${ORGS}) o, generate_series(1, ${ITEMS_PER_ORG}) i`.execute(db);
  await sql`insert into item_co_units (org_id, item_id, unit_id)
    select 'org-' || o, 'item-' || o || '-' || i, 'unit-' || o || '-' || (1 + (i + 3) % 10)
    from generate_series(1, ${ORGS}) o, generate_series(1, ${ITEMS_PER_ORG}) i`.execute(db);
  await sql`insert into targets (org_id, id, item_id, metric, unit, comparator, measure, kind, target_value, sort_order, current_value)
    select 'org-' || o, 'target-' || o || '-' || i || '-' || t, 'item-' || o || '-' || i, '指标', '个', 'gte', 'cumulative',
           'amount', 100, t, 40
    from generate_series(1, ${ORGS}) o, generate_series(1, ${ITEMS_PER_ORG}) i, generate_series(1, 2) t`.execute(
    db,
  );
  await sql`insert into progress_reports (org_id, id, item_id, unit_id, period, revision, state, narrative, submitted_by, submitted_at)
    select 'org-' || o, 'report-' || o || '-' || i || '-' || m, 'item-' || o || '-' || i, 'unit-' || o || '-' || (1 + i % 10),
           '2026-' || lpad(m::text, 2, '0'), 1, case when m = 6 then 'submitted' else 'accepted' end, '进展', 'u', now()
    from generate_series(1, ${ORGS}) o, generate_series(1, ${ITEMS_PER_ORG}) i, generate_series(1, 6) m`.execute(
    db,
  );
  await sql`insert into progress_values (org_id, report_id, target_id, value)
    select r.org_id, r.id, t.id, 10 from progress_reports r join targets t on t.org_id = r.org_id and t.item_id = r.item_id`.execute(
    db,
  );
  await sql`analyze`.execute(db);
}
