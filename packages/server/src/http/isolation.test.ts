import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, type Harness, startHarness } from "../testing/harness.js";
import { publishedPlanWith } from "../testing/scenario.js";
import { engines } from "../testing/test-database.js";

describe.each(engines)("organisations apart on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  it("never shows one organisation's items, plans or users to another's office", async () => {
    const ours = await h.login(h.fixture.users.admin);
    const { planId, itemIds } = await publishedPlanWith(ours, [
      { title: "本区任务", leadUnitId: h.fixture.units.transport },
    ]);
    const other = await createFixture(h.database, "另一个县人民政府");
    const theirs = await h.login(other.users.admin);
    expect((await theirs.get(`/api/items/${itemIds[0]}`)).statusCode).toBe(404);
    expect((await theirs.get(`/api/plans/${planId}`)).statusCode).toBe(404);
    expect((await theirs.get("/api/items")).json()).toEqual([]);
    const names = (await theirs.get("/api/users")).json().map((u: { username: string }) => u.username);
    expect(names).not.toContain(h.fixture.users.admin);
    const edit = await theirs.send("PATCH", `/api/items/${itemIds[0]}`, { version: 1, title: "越界修改" });
    expect(edit.statusCode).toBe(404);
    expect((await ours.get(`/api/items/${itemIds[0]}`)).json().title).toBe("本区任务");
  });
});
