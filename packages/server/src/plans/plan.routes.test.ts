import { readReport } from "@luoshi/report";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, type Session, startHarness } from "../testing/harness.js";
import { countyReportText, readSeedReport } from "../testing/report-texts.js";
import { engines } from "../testing/test-database.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe.each(engines)("plans on %s", (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.login(h.fixture.users.admin);
  });
  afterAll(async () => h?.close());

  async function planCount(): Promise<number> {
    return (await admin.get("/api/plans")).json().length;
  }

  it("imports the seed report: the plan keeps the text verbatim and drafts one item per task the reader finds", async () => {
    const bytes = readSeedReport();
    expect(bytes, "the seed report is read from ../shared").not.toBeNull();
    const response = await admin.upload("/api/plans", "000_seed.txt", bytes as Uint8Array, "text/plain");
    expect(response.statusCode).toBe(201);
    const { plan } = response.json();
    expect(plan).toMatchObject({ state: "draft", version: 0, periodKind: "month" });
    const detail = (await admin.get(`/api/plans/${plan.id}`)).json();
    const text = new TextDecoder().decode(bytes as Uint8Array);
    expect(detail.text).toBe(text);
    const reading = readReport(text);
    expect(detail.facts).toHaveLength(reading.facts.length);
    const items = (await admin.get(`/api/items?planId=${plan.id}`)).json();
    expect(items).toHaveLength(reading.tasks.length);
    expect(plan.itemCount).toBe(reading.tasks.length);
  });

  it("drafts each item's lead and co-units from the organisation's own units, as the reader suggests them", async () => {
    const bytes = readSeedReport() as Uint8Array;
    const { plan } = (await admin.upload("/api/plans", "seed.txt", bytes, "text/plain")).json();
    const items: { title: string; leadUnit: { name: string } | null; coUnits: { name: string }[] }[] = (
      await admin.get(`/api/items?planId=${plan.id}`)
    ).json();
    const catalogue = [
      { unit: "发展和改革委员会", keywords: ["项目", "投资"] },
      { unit: "交通运输局", keywords: ["公路", "交通"] },
      { unit: "教育局", keywords: ["学校", "教育"] },
    ];
    const tasks = readReport(new TextDecoder().decode(bytes), { units: catalogue }).tasks;
    expect(items.map((i) => [i.title, i.leadUnit?.name ?? null, i.coUnits.map((u) => u.name)])).toEqual(
      tasks.map((t) => [t.title, t.leadUnit?.unit ?? null, t.coUnits.map((u) => u.unit)]),
    );
    const roads = items.find((i) => i.title === "提速交通路网建设");
    expect(roads?.leadUnit?.name).toBe("交通运输局");
  });

  it("decodes a GB18030 report the same as its UTF-8 original", async () => {
    const gbBytes = gb18030(countyReportText);
    const response = await admin.upload("/api/plans", "county-gbk.txt", gbBytes, "text/plain");
    expect(response.statusCode).toBe(201);
    const detail = (await admin.get(`/api/plans/${response.json().plan.id}`)).json();
    expect(detail.text).toBe(countyReportText);
  });

  it.each([
    ["an empty file", "empty.md", new Uint8Array(), 400, "REPORT_EMPTY"],
    [
      "a binary file",
      "image.md",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]),
      400,
      "REPORT_BINARY",
    ],
    [
      "a text that is not a report",
      "notes.md",
      utf8("Meeting notes\n\n- buy milk\n- call Bob\n".repeat(20)),
      400,
      "NOT_A_REPORT",
    ],
    ["a 20 MB file", "huge.md", new Uint8Array(20 * 1024 * 1024).fill(0x41), 413, "REPORT_TOO_LARGE"],
  ])("refuses %s and stores nothing", async (_name, fileName, bytes, status, code) => {
    const before = await planCount();
    const response = await admin.upload("/api/plans", fileName, bytes, "text/plain");
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect(await planCount()).toBe(before);
  });

  it("refuses a request without a file with 400 naming the field", async () => {
    const response = await admin.send("POST", "/api/plans", { nothing: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: "FILE_MISSING", field: "file" });
  });

  it("lets only the office import a report", async () => {
    const leader = await h.login(h.fixture.users.leader);
    const before = await planCount();
    const response = await leader.upload("/api/plans", "county.md", utf8(countyReportText), "text/markdown");
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("FORBIDDEN_ROLE");
    expect(await planCount()).toBe(before);
  });

  it("publishes version 1, then records what changed in version 2", async () => {
    const { plan } = (await admin.upload("/api/plans", "county.md", utf8(countyReportText))).json();
    const created = await admin.send("POST", "/api/items", {
      planId: plan.id,
      title: "新改建农村公路",
      targets: [{ metric: "新改建农村公路", unit: "公里", targetValue: 100 }],
    });
    expect(created.statusCode).toBe(201);
    const first = await admin.send("POST", `/api/plans/${plan.id}/publish`, { note: "首次发布" });
    expect(first.statusCode).toBe(200);
    expect(first.json().plan).toMatchObject({ state: "published", version: 1 });

    const item = created.json();
    await admin.send("PATCH", `/api/items/${item.id}`, { version: item.version, deadline: "2026-10-31" });
    const second = await admin.send("POST", `/api/plans/${plan.id}/publish`, { note: "调整完成时限" });
    expect(second.json().plan.version).toBe(2);

    const versions = (await admin.get(`/api/plans/${plan.id}/versions`)).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0]).toMatchObject({ note: "调整完成时限" });
    expect(versions[0].changes).toEqual([
      { kind: "changed", itemId: item.id, title: "新改建农村公路", fields: ["deadline"] },
    ]);
    expect(versions[1].changes.map((c: { kind: string }) => c.kind)).toContain("added");
  });

  it("answers 404 PLAN_NOT_FOUND for an unknown plan", async () => {
    const response = await admin.get("/api/plans/00000000-0000-0000-0000-000000000000");
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("PLAN_NOT_FOUND");
  });

  it("hides draft plans from unit users", async () => {
    const { plan } = (await admin.upload("/api/plans", "draft.md", utf8(countyReportText))).json();
    const unit = await h.login(h.fixture.users.devUnit);
    expect((await unit.get(`/api/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await unit.get("/api/plans")).json().map((p: { id: string }) => p.id)).not.toContain(plan.id);
  });
});

// Encodes text as GB18030 through a round trip Node can do without extra packages: only the
// characters used in the test text are needed, so build the table from TextDecoder.
function gb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
