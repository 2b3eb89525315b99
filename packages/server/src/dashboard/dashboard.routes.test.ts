import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganisation } from "../orgs/org.repository.js";
import { defaultThresholds } from "../status/status.js";
import { type Harness, type Session, startHarness } from "../testing/harness.js";
import { publishedPlanWith } from "../testing/scenario.js";
import { engines } from "../testing/test-database.js";

describe.each(engines)("dashboard, reminders and the public page on %s", (engine) => {
  let h: Harness;
  let admin: Session;
  let leader: Session;
  let devUnit: Session;
  let transportUnit: Session;
  let planId: string;
  let roadId: string;
  let projectId: string;

  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.login(h.fixture.users.admin);
    leader = await h.login(h.fixture.users.leader);
    devUnit = await h.login(h.fixture.users.devUnit);
    transportUnit = await h.login(h.fixture.users.transportUnit);
    const plan = await publishedPlanWith(admin, [
      {
        title: "新改建农村公路",
        leadUnitId: h.fixture.units.transport,
        area: "基础设施",
        targets: [{ metric: "新改建农村公路", unit: "公里", targetValue: 100 }],
        public: true,
        publicProgress: "已完成路基工程。",
      },
      {
        title: "谋划重点项目",
        leadUnitId: h.fixture.units.development,
        area: "扩大有效投资",
        targets: [{ metric: "谋划重点项目", unit: "个", targetValue: 70 }],
      },
    ]);
    planId = plan.planId;
    [roadId, projectId] = plan.itemIds as [string, string];
    const road = (await admin.get(`/api/items/${roadId}`)).json();
    for (const [period, value] of [
      ["2026-05", 40],
      ["2026-06", 60],
    ] as const) {
      const filed = await transportUnit.send("POST", `/api/items/${roadId}/progress`, {
        period,
        values: [{ targetId: road.targets[0].id, value }],
        narrative: `${period} 进展`,
      });
      await admin.send("POST", `/api/progress/${filed.json().report.id}/review`, { decision: "accept" });
    }
  });
  afterAll(async () => h?.close());

  it("sums the plan up by status, area and unit, ranks units and lists the seriously lagging", async () => {
    const response = await leader.get(`/api/dashboard?planId=${planId}`);
    expect(response.statusCode).toBe(200);
    const d = response.json();
    expect(d.overall.count).toBe(2);
    expect(d.overall.byStatus).toMatchObject({ on_track: 1, seriously_lagging: 1 });
    expect(d.byStatus).toContainEqual({ status: "seriously_lagging", count: 1 });
    expect(d.overall.completion).toBe(30);
    expect(d.byArea.map((a: { area: string }) => a.area).sort()).toEqual(["基础设施", "扩大有效投资"]);
    expect(d.ranking.map((r: { unitName: string }) => r.unitName)).toEqual([
      "交通运输局",
      "发展和改革委员会",
    ]);
    expect(d.seriouslyLagging.map((i: { id: string }) => i.id)).toEqual([projectId]);
    expect(d.seriouslyLagging[0].statusReason).toBe("尚未填报，序时进度 58%，落后 58 个百分点");
  });

  it("traces completion period by period from the accepted reports", async () => {
    const d = (await leader.get(`/api/dashboard?planId=${planId}`)).json();
    const trend = Object.fromEntries(
      d.trend.map((t: { period: string; completion: number }) => [t.period, t.completion]),
    );
    expect(trend["2026-04"]).toBe(0);
    expect(trend["2026-05"]).toBe(20);
    expect(trend["2026-06"]).toBe(30);
  });

  it("keeps the dashboard from unit users", async () => {
    expect((await devUnit.get("/api/dashboard")).statusCode).toBe(403);
  });

  it("creates reminders for late reports and lagging items once, and shows each unit only its own", async () => {
    const first = await admin.send("POST", "/api/reminders/auto");
    expect(first.statusCode).toBe(200);
    const created = first.json();
    const kinds = created.map(
      (r: { itemId: string; kind: string }) => `${r.itemId === roadId ? "road" : "project"}:${r.kind}`,
    );
    expect(kinds.sort()).toEqual(["project:lagging", "project:late_report"]);
    const again = await admin.send("POST", "/api/reminders/auto");
    expect(again.json()).toEqual([]);
    const mine = (await devUnit.get("/api/reminders")).json();
    expect(mine.every((r: { unitId: string }) => r.unitId === h.fixture.units.development)).toBe(true);
    expect(mine.length).toBe(2);
  });

  it("words automatic reminders as Chinese documents do: the period as 2026年6月, no codes or ISO dates", async () => {
    const mine = (await devUnit.get("/api/reminders")).json() as { kind: string; message: string }[];
    const late = mine.find((r) => r.kind === "late_report");
    expect(late?.message).toBe("“谋划重点项目”2026年6月的进展尚未报送，请尽快填报。");
    for (const { message } of mine) {
      expect(message).not.toMatch(/\d{4}-\d{2}|[A-Za-z_]/);
    }
  });

  it("sends a reminder by hand, and only from the office", async () => {
    const sent = await admin.send("POST", "/api/reminders", {
      unitId: h.fixture.units.transport,
      itemId: roadId,
      message: "请于周五前报送7月进展。",
    });
    expect(sent.statusCode).toBe(201);
    const refused = await leader.send("POST", "/api/reminders", {
      unitId: h.fixture.units.transport,
      message: "x",
    });
    expect(refused.statusCode).toBe(403);
    const theirs = (await transportUnit.get("/api/reminders")).json();
    expect(theirs.map((r: { message: string }) => r.message)).toContain("请于周五前报送7月进展。");
  });

  it("shows the public only published public items, without internal detail and without login", async () => {
    const response = await h.app.inject({ method: "GET", url: `/api/public/plans/${planId}/items` });
    expect(response.statusCode).toBe(200);
    const items = response.json();
    expect(items).toEqual([
      {
        id: roadId,
        title: "新改建农村公路",
        area: "基础设施",
        leadUnitName: "交通运输局",
        deadline: "2026-12-31",
        status: "on_track",
        completion: 60,
        progressText: "已完成路基工程。",
      },
    ]);
    expect(response.body).not.toContain("进展");
  });

  it("shows nothing of a draft plan to the public", async () => {
    const draft = (
      await admin.upload(
        "/api/plans",
        "draft.md",
        new TextEncoder().encode((await admin.get(`/api/plans/${planId}`)).json().text),
      )
    ).json().plan;
    const response = await h.app.inject({ method: "GET", url: `/api/public/plans/${draft.id}/items` });
    expect(response.statusCode).toBe(404);
    const listed = (await h.app.inject({ method: "GET", url: "/api/public/plans" })).json();
    expect(listed.map((p: { id: string }) => p.id)).toEqual([planId]);
  });

  it("rolls subordinate governments up into the parent's view", async () => {
    const childId = "child-org-for-rollup";
    await insertOrganisation(h.database.db, {
      id: childId,
      name: "某镇人民政府",
      parentId: h.fixture.orgId,
      thresholds: defaultThresholds,
    });
    const rollup = (await leader.get("/api/dashboard/rollup")).json();
    expect(rollup.organisations.map((o: { orgName: string }) => o.orgName).sort()).toEqual([
      "某镇人民政府",
      "测试区人民政府",
    ]);
    expect(rollup.total.count).toBe(2);
  });
});
