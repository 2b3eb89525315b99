import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, type Session, startHarness } from "../testing/harness.js";
import { publishedPlanWith } from "../testing/scenario.js";
import { engines } from "../testing/test-database.js";

describe.each(engines)("items on %s", (engine) => {
  let h: Harness;
  let admin: Session;
  let leader: Session;
  let _devUnit: Session;
  let transportUnit: Session;
  let planId: string;
  let roadId: string;
  let projectId: string;

  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.login(h.fixture.users.admin);
    leader = await h.login(h.fixture.users.leader);
    _devUnit = await h.login(h.fixture.users.devUnit);
    transportUnit = await h.login(h.fixture.users.transportUnit);
    const plan = await publishedPlanWith(admin, [
      {
        title: "新改建农村公路",
        leadUnitId: h.fixture.units.transport,
        area: "基础设施",
        targets: [{ metric: "新改建农村公路", unit: "公里", targetValue: 100 }],
      },
      {
        title: "谋划重点项目",
        leadUnitId: h.fixture.units.development,
        coUnitIds: [h.fixture.units.education],
        area: "扩大有效投资",
        targets: [
          { metric: "谋划重点项目", unit: "个", targetValue: 70 },
          { metric: "完成投资", unit: "亿元", targetValue: 50 },
        ],
      },
    ]);
    planId = plan.planId;
    [roadId, projectId] = plan.itemIds as [string, string];
  });
  afterAll(async () => h?.close());

  it("lists the ledger with each item's status, reason and targets for the office", async () => {
    const items = (await admin.get(`/api/items?planId=${planId}`)).json();
    expect(items.map((i: { title: string }) => i.title)).toEqual(["新改建农村公路", "谋划重点项目"]);
    const road = items[0];
    expect(road.leadUnit).toEqual({ id: h.fixture.units.transport, name: "交通运输局" });
    expect(road.status).toBe("seriously_lagging");
    expect(road.statusReason).toBe("尚未填报，序时进度 58%，落后 58 个百分点");
    expect(road.targets[0]).toMatchObject({
      metric: "新改建农村公路",
      measure: "cumulative",
      expected: 58.1,
    });
  });

  it("filters the ledger by unit, area, status and words", async () => {
    const byUnit = (
      await admin.get(`/api/items?planId=${planId}&unitId=${h.fixture.units.education}`)
    ).json();
    expect(byUnit.map((i: { id: string }) => i.id)).toEqual([projectId]);
    const byArea = (
      await admin.get(`/api/items?planId=${planId}&area=${encodeURIComponent("基础设施")}`)
    ).json();
    expect(byArea.map((i: { id: string }) => i.id)).toEqual([roadId]);
    const byWords = (await admin.get(`/api/items?planId=${planId}&q=${encodeURIComponent("项目")}`)).json();
    expect(byWords.map((i: { id: string }) => i.id)).toEqual([projectId]);
    const done = (await admin.get(`/api/items?planId=${planId}&status=done`)).json();
    expect(done).toEqual([]);
  });

  it("shows a unit user only its own unit's items", async () => {
    const items = (await transportUnit.get("/api/items")).json();
    expect(items.map((i: { id: string }) => i.id)).toEqual([roadId]);
  });

  it("refuses a unit user another unit's item with 403 and a clear message", async () => {
    const response = await transportUnit.get(`/api/items/${projectId}`);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("FORBIDDEN_UNIT");
    expect(response.json().error.message).toContain("本单位");
  });

  it("refuses a unit user's edit with 403 and changes nothing", async () => {
    const before = (await admin.get(`/api/items/${roadId}`)).json();
    const response = await transportUnit.send("PATCH", `/api/items/${roadId}`, {
      version: before.version,
      title: "改了",
    });
    expect(response.statusCode).toBe(403);
    const after = (await admin.get(`/api/items/${roadId}`)).json();
    expect(after.title).toBe(before.title);
    expect(after.version).toBe(before.version);
  });

  it("lets a leader read everything but not edit, with 403 and nothing changed", async () => {
    expect((await leader.get(`/api/items/${projectId}`)).statusCode).toBe(200);
    const before = (await admin.get(`/api/items/${projectId}`)).json();
    const response = await leader.send("PATCH", `/api/items/${projectId}`, {
      version: before.version,
      title: "改了",
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toContain("领导");
    expect((await admin.get(`/api/items/${projectId}`)).json().title).toBe(before.title);
  });

  it("edits an item with its version and refuses a stale version with 409", async () => {
    const item = (await admin.get(`/api/items/${roadId}`)).json();
    const first = await admin.send("PATCH", `/api/items/${roadId}`, {
      version: item.version,
      deadline: "2026-11-30",
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ deadline: "2026-11-30", version: item.version + 1 });
    const stale = await admin.send("PATCH", `/api/items/${roadId}`, {
      version: item.version,
      deadline: "2026-10-31",
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_VERSION");
    expect((await admin.get(`/api/items/${roadId}`)).json().deadline).toBe("2026-11-30");
  });

  it("replaces targets through PATCH, keeping ids of the ones sent back", async () => {
    const item = (await admin.get(`/api/items/${projectId}`)).json();
    const keep = item.targets[0];
    const response = await admin.send("PATCH", `/api/items/${projectId}`, {
      version: item.version,
      targets: [
        { id: keep.id, metric: keep.metric, unit: keep.unit, targetValue: 75 },
        { metric: "城镇调查失业率", unit: "%", comparator: "lte", targetValue: 5.5 },
      ],
    });
    expect(response.statusCode).toBe(200);
    const targets = response.json().targets;
    expect(targets).toHaveLength(2);
    expect(targets[0]).toMatchObject({ id: keep.id, targetValue: 75 });
    expect(targets[1]).toMatchObject({ comparator: "lte", measure: "level" });
  });

  it("names the invalid field of a bad body with 400", async () => {
    const item = (await admin.get(`/api/items/${roadId}`)).json();
    const response = await admin.send("PATCH", `/api/items/${roadId}`, {
      version: item.version,
      deadline: "明年",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "VALIDATION_FAILED",
      field: "deadline",
      message: "完成时限：日期应为“年-月-日”格式",
    });
  });

  it("says in Chinese, by the field's name, what is wrong with a value zod refuses", async () => {
    const response = await admin.send("POST", "/api/items", { planId, title: "长".repeat(501) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ field: "title", message: "标题不能超过 500 个字" });
    const target = await admin.send("POST", "/api/items", {
      planId,
      title: "新增任务",
      targets: [{ metric: " ", targetValue: 1 }],
    });
    expect(target.json().error).toMatchObject({ field: "targets.0.metric", message: "指标名称不能为空" });
  });

  it("answers 404 TASK_NOT_FOUND for an unknown item", async () => {
    const response = await admin.get("/api/items/no-such-item");
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("TASK_NOT_FOUND");
  });

  it("assigns units to several items at once", async () => {
    const response = await admin.send("POST", "/api/items/bulk-assign", {
      itemIds: [roadId, projectId],
      coUnitIds: [h.fixture.units.education],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().updated).toBe(2);
    const road = (await admin.get(`/api/items/${roadId}`)).json();
    expect(road.coUnits.map((u: { name: string }) => u.name)).toEqual(["教育局"]);
  });

  it("takes a leader's instruction (批示) and refuses one from the office", async () => {
    const given = await leader.send("POST", `/api/items/${roadId}/comments`, {
      kind: "instruction",
      body: "加快进度，月底前完成招标。",
    });
    expect(given.statusCode).toBe(201);
    const refused = await admin.send("POST", `/api/items/${roadId}/comments`, {
      kind: "instruction",
      body: "x",
    });
    expect(refused.statusCode).toBe(403);
    const detail = (await admin.get(`/api/items/${roadId}`)).json();
    expect(detail.instructions.map((c: { body: string }) => c.body)).toEqual(["加快进度，月底前完成招标。"]);
  });

  it("deletes an item without history and keeps one that has comments", async () => {
    const spare = await admin.send("POST", "/api/items", { planId, title: "多余的任务", leadUnitId: null });
    expect((await leader.send("DELETE", `/api/items/${spare.json().id}`)).statusCode).toBe(403);
    expect((await admin.send("DELETE", `/api/items/${spare.json().id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/items/${spare.json().id}`)).statusCode).toBe(404);
    const kept = await admin.send("DELETE", `/api/items/${roadId}`);
    expect(kept.statusCode).toBe(409);
    expect(kept.json().error.code).toBe("ITEM_HAS_HISTORY");
  });

  it("records every change in the audit log with before and after", async () => {
    const entries = (await admin.get(`/api/audit?entity=item&entityId=${roadId}`)).json();
    const update = entries.find((e: { action: string }) => e.action === "item.update");
    expect(update.before.deadline).toBe("2026-12-31");
    expect(update.after.deadline).toBe("2026-11-30");
    expect(update.actorId).toBe(admin.user.id);
  });
});
