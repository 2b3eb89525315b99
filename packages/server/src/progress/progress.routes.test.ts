import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, type Session, startHarness } from "../testing/harness.js";
import { publishedPlanWith } from "../testing/scenario.js";
import { engines } from "../testing/test-database.js";

const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

describe.each(engines)("progress on %s", (engine) => {
  let h: Harness;
  let admin: Session;
  let devUnit: Session;
  let transportUnit: Session;
  let roadId: string;
  let targetId: string;

  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.login(h.fixture.users.admin);
    devUnit = await h.login(h.fixture.users.devUnit);
    transportUnit = await h.login(h.fixture.users.transportUnit);
    const plan = await publishedPlanWith(admin, [
      {
        title: "新改建农村公路",
        leadUnitId: h.fixture.units.transport,
        targets: [{ metric: "新改建农村公路", unit: "公里", targetValue: 100 }],
      },
    ]);
    roadId = plan.itemIds[0] as string;
    targetId = (await admin.get(`/api/items/${roadId}`)).json().targets[0].id;
  });
  afterAll(async () => h?.close());

  it("files, returns, refiles and accepts a report; the item's status follows the accepted value", async () => {
    const evidence = await transportUnit.upload("/api/evidence", "验收单.pdf", pdf, "application/pdf");
    expect(evidence.statusCode).toBe(201);
    expect(evidence.json()).toMatchObject({ name: "验收单.pdf", type: "application/pdf", size: pdf.length });

    const filed = await transportUnit.send("POST", `/api/items/${roadId}/progress`, {
      period: "2026-06",
      values: [{ targetId, value: 30 }],
      narrative: "已完成30公里路基。",
      evidenceIds: [evidence.json().id],
    });
    expect(filed.statusCode).toBe(201);
    const first = filed.json().report;
    expect(first).toMatchObject({ state: "submitted", revision: 1, period: "2026-06" });

    const queue = (await admin.get("/api/reviews?state=submitted")).json();
    expect(queue.map((r: { id: string }) => r.id)).toContain(first.id);

    const returned = await admin.send("POST", `/api/progress/${first.id}/review`, {
      decision: "return",
      comment: "请补充里程明细。",
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ state: "returned", reviewComment: "请补充里程明细。" });

    const refiled = await transportUnit.send("POST", `/api/items/${roadId}/progress`, {
      period: "2026-06",
      values: [{ targetId, value: 55 }],
      narrative: "已完成55公里，明细见附件。",
      evidenceIds: [],
    });
    expect(refiled.statusCode).toBe(201);
    const second = refiled.json().report;
    expect(second.revision).toBe(2);

    const accepted = await admin.send("POST", `/api/progress/${second.id}/review`, {
      decision: "accept",
      comment: "",
    });
    expect(accepted.json().state).toBe("accepted");

    const item = (await admin.get(`/api/items/${roadId}`)).json();
    expect(item.targets[0]).toMatchObject({ currentValue: 55, currentPeriod: "2026-06" });
    expect(item.status).toBe("on_track");
    expect(item.statusReason).toBe("已完成 55%，序时进度 58%，落后 3 个百分点，在允许范围内");
    expect(
      item.progressReports.map((r: { revision: number; state: string }) => [r.revision, r.state]),
    ).toEqual([
      [2, "accepted"],
      [1, "returned"],
    ]);
    expect(item.progressReports[1].evidence[0].name).toBe("验收单.pdf");
  });

  it("refuses a second review of the same report with 409", async () => {
    const filed = await transportUnit.send("POST", `/api/items/${roadId}/progress`, {
      period: "2026-07",
      values: [{ targetId, value: 60 }],
      narrative: "推进中。",
    });
    const id = filed.json().report.id;
    await admin.send("POST", `/api/progress/${id}/review`, { decision: "accept" });
    const again = await admin.send("POST", `/api/progress/${id}/review`, {
      decision: "return",
      comment: "x",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("REPORT_NOT_SUBMITTED");
  });

  it("refuses another unit filing for an item it does not lead, storing nothing", async () => {
    const before = (await admin.get(`/api/items/${roadId}`)).json().progressReports.length;
    const response = await devUnit.send("POST", `/api/items/${roadId}/progress`, {
      period: "2026-06",
      values: [{ targetId, value: 99 }],
      narrative: "越权填报",
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("FORBIDDEN_UNIT");
    expect((await admin.get(`/api/items/${roadId}`)).json().progressReports).toHaveLength(before);
  });

  it("refuses a period outside the plan's reporting calendar with 400 naming the field", async () => {
    const response = await transportUnit.send("POST", `/api/items/${roadId}/progress`, {
      period: "2026-Q2",
      values: [],
      narrative: "季度报",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "PERIOD_INVALID",
      field: "period",
      message: "填报期间应为2026年的月份，例如2026年3月",
    });
  });

  it("refuses a second filing while the period's report awaits review, naming the period in words", async () => {
    const filing = { period: "2026-05", values: [{ targetId, value: 40 }], narrative: "五月进展。" };
    expect((await transportUnit.send("POST", `/api/items/${roadId}/progress`, filing)).statusCode).toBe(201);
    const again = await transportUnit.send("POST", `/api/items/${roadId}/progress`, filing);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "STALE_VERSION",
      message: "2026年5月的进展报告正在审核中，不能重复提交",
    });
  });

  it("keeps a draft and pre-fills a new one with the last values", async () => {
    const fresh = (await transportUnit.get(`/api/items/${roadId}/progress/draft`)).json();
    expect(fresh.values).toEqual([{ targetId, value: 60 }]);
    expect(fresh.savedAt).toBeNull();
    const saved = await transportUnit.send("PUT", `/api/items/${roadId}/progress/draft`, {
      period: "2026-08",
      values: [{ targetId, value: 70 }],
      narrative: "草稿",
    });
    expect(saved.statusCode).toBe(200);
    const reloaded = (await transportUnit.get(`/api/items/${roadId}/progress/draft`)).json();
    expect(reloaded).toMatchObject({
      period: "2026-08",
      values: [{ targetId, value: 70 }],
      narrative: "草稿",
    });
  });

  it("keeps a draft's evidence files on the server, in the order attached", async () => {
    const photo = (await transportUnit.upload("/api/evidence", "现场照片.png", png(), "image/png")).json();
    const minutes = (
      await transportUnit.upload("/api/evidence", "会议纪要.pdf", pdf, "application/pdf")
    ).json();
    const saved = await transportUnit.send("PUT", `/api/items/${roadId}/progress/draft`, {
      period: "2026-08",
      values: [{ targetId, value: 72 }],
      narrative: "草稿附材料",
      evidenceIds: [minutes.id, photo.id],
    });
    expect(saved.statusCode).toBe(200);
    const reloaded = (await transportUnit.get(`/api/items/${roadId}/progress/draft`)).json();
    expect(reloaded.evidenceIds).toEqual([minutes.id, photo.id]);
    expect(reloaded.evidence.map((file: { name: string }) => file.name)).toEqual([
      "会议纪要.pdf",
      "现场照片.png",
    ]);
  });

  it("refuses a draft naming another unit's evidence file, and keeps the draft as it was", async () => {
    const before = (await transportUnit.get(`/api/items/${roadId}/progress/draft`)).json();
    const theirs = (await devUnit.upload("/api/evidence", "他人材料.png", png(), "image/png")).json();
    const refused = await transportUnit.send("PUT", `/api/items/${roadId}/progress/draft`, {
      period: "2026-08",
      values: [],
      narrative: "借用材料",
      evidenceIds: [theirs.id],
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error).toMatchObject({ code: "EVIDENCE_NOT_FOUND", field: "evidenceIds" });
    const after = (await transportUnit.get(`/api/items/${roadId}/progress/draft`)).json();
    expect(after).toEqual(before);
  });

  it("serves evidence to its unit and the office, and refuses other units", async () => {
    const uploaded = (await transportUnit.upload("/api/evidence", "照片.png", png(), "image/png")).json();
    expect((await transportUnit.get(`/api/evidence/${uploaded.id}`)).statusCode).toBe(200);
    const download = await admin.get(`/api/evidence/${uploaded.id}`);
    expect(download.headers["content-type"]).toBe("image/png");
    expect(download.rawPayload.equals(Buffer.from(png()))).toBe(true);
    expect((await devUnit.get(`/api/evidence/${uploaded.id}`)).statusCode).toBe(403);
  });

  it("refuses evidence that is empty, of a wrong kind or too large", async () => {
    const empty = await transportUnit.upload("/api/evidence", "空.pdf", new Uint8Array(), "application/pdf");
    expect(empty.json().error.code).toBe("EVIDENCE_EMPTY");
    const exe = await transportUnit.upload("/api/evidence", "run.exe", new Uint8Array([0x4d, 0x5a, 0x90, 0]));
    expect(exe.json().error.code).toBe("EVIDENCE_TYPE");
    const disguised = await transportUnit.upload(
      "/api/evidence",
      "report.pdf",
      new Uint8Array([0x4d, 0x5a, 0x90, 0]),
    );
    expect(disguised.json().error.code).toBe("EVIDENCE_TYPE");
    const large = new Uint8Array(11 * 1024 * 1024);
    large.set(pdf);
    const huge = await transportUnit.upload("/api/evidence", "big.pdf", large, "application/pdf");
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe("EVIDENCE_TOO_LARGE");
  });
});

function png(): Uint8Array {
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
}
