import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, type Session, startHarness } from "../testing/harness.js";
import { publishedPlanWith } from "../testing/scenario.js";
import { engines } from "../testing/test-database.js";
import { normalisePeriod } from "./statistics-table.js";

describe("statistics periods", () => {
  it("reads the period spellings a statistics table uses", () => {
    expect(normalisePeriod("2026年3月")).toBe("2026-03");
    expect(normalisePeriod("2026-3")).toBe("2026-03");
    expect(normalisePeriod("2026年一季度")).toBe("2026-Q1");
    expect(normalisePeriod("2026Q2")).toBe("2026-Q2");
    expect(normalisePeriod("上半年")).toBeNull();
  });
});

describe.each(engines)("statistics import on %s", (engine) => {
  let h: Harness;
  let admin: Session;
  let itemId: string;

  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await h.login(h.fixture.users.admin);
    const plan = await publishedPlanWith(admin, [
      {
        title: "主要预期目标",
        leadUnitId: h.fixture.units.development,
        targets: [
          { metric: "规上工业增加值增长", unit: "%", targetValue: 6 },
          { metric: "城镇调查失业率", unit: "%", comparator: "lte", targetValue: 5.5 },
        ],
      },
    ]);
    itemId = plan.itemIds[0] as string;
  });
  afterAll(async () => h?.close());

  it("updates matching targets from an Excel table, reports the rest as unmatched, and the status follows", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("主要指标");
    sheet.addRow(["指标", "期间", "数值"]);
    sheet.addRow(["规上工业增加值增长", "2026-06", 6.4]);
    sheet.addRow(["城镇调查失业率", "2026年6月", 5.9]);
    sheet.addRow(["全社会用电量增长", "2026-06", 3.1]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const response = await admin.upload("/api/statistics", "统计月报.xlsx", bytes);
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.matched.map((m: { indicator: string }) => m.indicator)).toEqual([
      "规上工业增加值增长",
      "城镇调查失业率",
    ]);
    expect(result.unmatched).toEqual([{ indicator: "全社会用电量增长", period: "2026-06", value: 3.1 }]);
    const item = (await admin.get(`/api/items/${itemId}`)).json();
    expect(
      item.targets.map((t: { currentValue: number; currentSource: string }) => [
        t.currentValue,
        t.currentSource,
      ]),
    ).toEqual([
      [6.4, "statistics"],
      [5.9, "statistics"],
    ]);
    expect(item.targets[1].status).toBe("lagging");
  });

  it("reads a CSV table with Chinese headers", async () => {
    const csv = "指标,期间,数值\n规上工业增加值增长,2026-07,6.8\n";
    const response = await admin.upload(
      "/api/statistics",
      "july.csv",
      new TextEncoder().encode(csv),
      "text/csv",
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().matched).toHaveLength(1);
    const item = (await admin.get(`/api/items/${itemId}`)).json();
    expect(item.targets[0].currentValue).toBe(6.8);
  });

  it("refuses a table without the three columns and changes nothing", async () => {
    const response = await admin.upload(
      "/api/statistics",
      "x.csv",
      new TextEncoder().encode("a,b\n1,2\n"),
      "text/csv",
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("STATISTICS_UNREADABLE");
  });
});
