// The benchmark's data set, built inside the database with generate_series: a province of ORGS
// county governments, each with one published plan of ITEMS items, one target each, and MONTHS
// accepted monthly reports per item.
import { type Kysely, sql } from "kysely";
import type { Database } from "../src/db/schema.js";

export async function fillProvince(
  db: Kysely<Database>,
  size: { orgs: number; items: number; months: number },
): Promise<void> {
  const ORGS = size.orgs;
  const ITEMS = size.items;
  const MONTHS = size.months;
  await sql`insert into organisations (id, name) values ('province', '某省人民政府')`.execute(db);
  await sql`insert into organisations (id, name, parent_id)
    select 'org-' || o, '县' || o, 'province' from generate_series(1, ${ORGS}) o`.execute(db);
  await sql`insert into units (org_id, id, name, sort_order)
    select 'org-' || o, 'unit-' || o || '-' || u, '单位' || u, u
    from generate_series(1, ${ORGS}) o, generate_series(1, 10) u`.execute(db);
  await sql`insert into plans (org_id, id, title, year, state, version, period_kind, file_name, file_bytes, text, reading, created_by, published_at)
    select 'org-' || o, 'plan-' || o, '2026年政府工作报告', 2026, 'published', 1, 'month', 'r.md', '\\x00'::bytea, '', '{}', 'bench', now()
    from generate_series(1, ${ORGS}) o`.execute(db);
  await sql`insert into items (org_id, id, plan_id, type, title, area, lead_unit_id, deadline, start_date, sort_order)
    select 'org-' || o, 'item-' || o || '-' || i, 'plan-' || o, 'task', '任务' || i, '领域' || (i % 6),
           'unit-' || o || '-' || (1 + i % 10), '2026-12-31', '2026-01-01', i
    from generate_series(1, ${ORGS}) o, generate_series(1, ${ITEMS}) i`.execute(db);
  await sql`insert into targets (org_id, id, item_id, metric, unit, comparator, measure, kind, target_value, sort_order,
                                 current_value, current_period, current_source)
    select 'org-' || o, 'target-' || o || '-' || i, 'item-' || o || '-' || i, '指标' || i, '个', 'gte', 'cumulative',
           'amount', 120, 0, (i % 13) * 10, '2026-12', 'report'
    from generate_series(1, ${ORGS}) o, generate_series(1, ${ITEMS}) i`.execute(db);
  for (let m = 1; m <= MONTHS; m++) {
    const period = `2026-${String(m).padStart(2, "0")}`;
    await sql`insert into progress_reports (org_id, id, item_id, unit_id, period, revision, state, narrative, submitted_by,
                                            submitted_at, reviewed_by, reviewed_at)
      select 'org-' || o, 'report-' || o || '-' || i || '-' || ${m}::int, 'item-' || o || '-' || i,
             'unit-' || o || '-' || (1 + i % 10), ${period}, 1, 'accepted', '本月进展', 'bench', now(), 'bench', now()
      from generate_series(1, ${ORGS}) o, generate_series(1, ${ITEMS}) i`.execute(db);
    await sql`insert into progress_values (org_id, report_id, target_id, value)
      select 'org-' || o, 'report-' || o || '-' || i || '-' || ${m}::int, 'target-' || o || '-' || i, ${m * 10}::double precision
      from generate_series(1, ${ORGS}) o, generate_series(1, ${ITEMS}) i`.execute(db);
  }
  await sql`analyze`.execute(db);
}
