import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/database.js";
import { listPlans } from "../plans/plan.repository.js";
import { seedReportPath } from "../testing/report-texts.js";
import { engines, openTestDatabase } from "../testing/test-database.js";
import { listUsers } from "../users/user.repository.js";
import { prepareFirstStart } from "./first-start.js";

describe.each(engines)("first start on %s", (engine) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => database?.close());

  it("creates the organisation, one demo user per role with generated passwords and the published seed plan", async () => {
    const first = await prepareFirstStart(database.db, {
      seedReportPaths: [seedReportPath],
      now: new Date(),
    });
    expect(first.created).toBe(true);
    expect(first.credentials.map((c) => c.role).sort()).toEqual(["admin", "leader", "unit", "unit", "unit"]);
    expect(new Set(first.credentials.map((c) => c.password)).size).toBe(5);
    const plans = await listPlans(database.db, first.orgId);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ state: "published", version: 1 });
  });

  it("changes nothing on the second start and prints no passwords", async () => {
    const again = await prepareFirstStart(database.db, {
      seedReportPaths: [seedReportPath],
      now: new Date(),
    });
    expect(again.created).toBe(false);
    expect(again.credentials).toEqual([]);
    expect(await listPlans(database.db, again.orgId)).toHaveLength(1);
    expect(await listUsers(database.db, again.orgId)).toHaveLength(5);
  });

  it("starts without a seed report when none is found", async () => {
    const other = await openTestDatabase(engine);
    try {
      const result = await prepareFirstStart(other.db, {
        seedReportPaths: ["/nonexistent/report.md"],
        now: new Date(),
      });
      expect(result.created).toBe(true);
      expect(result.seed).toBeNull();
      expect(await listPlans(other.db, result.orgId)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
