import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, type Session, startHarness } from "../testing/harness.js";
import { engines } from "../testing/test-database.js";

describe.each(engines)("units and users on %s", (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.login(h.fixture.users.admin);
  });
  afterAll(async () => h?.close());

  it("adds a unit and a user bound to it, who can then log in with the password shown once", async () => {
    const unit = await admin.send("POST", "/api/units", {
      name: "住房和城乡建设局",
      keywords: ["住房", "城建"],
    });
    expect(unit.statusCode).toBe(201);
    const created = await admin.send("POST", "/api/users", {
      username: `housing-${engine}`,
      displayName: "住建局填报员",
      role: "unit",
      unitId: unit.json().id,
    });
    expect(created.statusCode).toBe(201);
    const { password, user } = created.json();
    expect(password).toHaveLength(16);
    const session = await h.login(user.username, password);
    expect(session.user.unitId).toBe(unit.json().id);
  });

  it("refuses a unit user without a unit, naming the field", async () => {
    const response = await admin.send("POST", "/api/users", {
      username: "nounit",
      displayName: "x",
      role: "unit",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: "UNIT_INVALID", field: "unitId" });
  });

  it("refuses a taken username with 409", async () => {
    const response = await admin.send("POST", "/api/users", {
      username: h.fixture.users.leader,
      displayName: "重复",
      role: "leader",
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("USERNAME_TAKEN");
  });

  it("resets a password: the old one stops working and the new one works", async () => {
    const users = (await admin.get("/api/users")).json();
    const target = users.find((u: { username: string }) => u.username === h.fixture.users.devUnit);
    const reset = await admin.send("POST", `/api/users/${target.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const old = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: target.username, password: "test-password-1" },
    });
    expect(old.statusCode).toBe(401);
    await h.login(target.username, reset.json().password);
  });

  it("keeps user management to the office", async () => {
    const leader = await h.login(h.fixture.users.leader);
    expect((await leader.get("/api/users")).statusCode).toBe(403);
    expect((await leader.send("POST", "/api/units", { name: "统计局" })).statusCode).toBe(403);
  });

  it("sets the organisation's lagging thresholds", async () => {
    const response = await admin.send("PATCH", "/api/org", {
      thresholds: { laggingPp: 3, seriouslyLaggingPp: 10 },
    });
    expect(response.statusCode).toBe(200);
    expect((await admin.get("/api/org")).json().thresholds).toEqual({ laggingPp: 3, seriouslyLaggingPp: 10 });
    const bad = await admin.send("PATCH", "/api/org", {
      thresholds: { laggingPp: 12, seriouslyLaggingPp: 10 },
    });
    expect(bad.json().error.field).toBe("thresholds.seriouslyLaggingPp");
  });
});
