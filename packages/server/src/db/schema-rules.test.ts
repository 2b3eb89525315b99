import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../ids.js";
import { insertOrganisation } from "../orgs/org.repository.js";
import { defaultThresholds } from "../status/status.js";
import { type Engine, engines, openTestDatabase } from "../testing/test-database.js";
import type { DatabaseHandle } from "./database.js";

// Tables without an organisation in their key, and why: the organisations themselves, the two
// lookups that run before the organisation is known (login, session cookie), the public page's
// directory of published plans, and Kysely's own bookkeeping.
const globalTables = new Set([
  "organisations",
  "accounts",
  "sessions",
  "plan_directory",
  "kysely_migration",
  "kysely_migration_lock",
]);

describe.each(engines)("schema rules on %s", (engine: Engine) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => database?.close());

  it("leads the primary key of every organisation's table with org_id", async () => {
    const { rows } = await sql<{ table_name: string; column_name: string | null }>`
      select t.table_name, (
        select k.column_name from information_schema.table_constraints c
        join information_schema.key_column_usage k
          on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema and k.table_name = c.table_name
        where c.table_schema = t.table_schema and c.table_name = t.table_name
          and c.constraint_type = 'PRIMARY KEY' and k.ordinal_position = 1
      ) as column_name
      from information_schema.tables t
      where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by t.table_name`.execute(database.db);
    expect(rows.length).toBeGreaterThan(10);
    const breaking = rows.filter((r) => !globalTables.has(r.table_name) && r.column_name !== "org_id");
    expect(breaking, "tables whose primary key does not start with org_id").toEqual([]);
  });

  it("refuses to update, delete or truncate the audit log", async () => {
    const orgId = newId();
    await insertOrganisation(database.db, {
      id: orgId,
      name: "审计测试",
      parentId: null,
      thresholds: defaultThresholds,
    });
    await sql`insert into audit_log (org_id, id, action, entity, entity_id, after)
              values (${orgId}, 'entry-1', 'test.write', 'test', 'x', '{"a":1}')`.execute(database.db);
    await expect(
      sql`update audit_log set action = 'rewritten' where org_id = ${orgId}`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where org_id = ${orgId}`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`truncate audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
    const { rows } = await sql<{
      action: string;
    }>`select action from audit_log where org_id = ${orgId}`.execute(database.db);
    expect(rows).toEqual([{ action: "test.write" }]);
  });

  it("returns counts as numbers on both engines", async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from organisations`.execute(
      database.db,
    );
    expect(typeof rows[0]?.n).toBe("number");
  });
});
