import { describe, expect, it } from "vitest";
import { parseCsv } from "../test-support/parse-csv.js";
import { smallReportResult, smallReportText } from "../test-support/small-report.js";
import { csvColumns, csvField, renderCsv } from "./render-csv.js";

describe("renderCsv", () => {
  const csv = renderCsv(smallReportText, smallReportResult);

  it("starts with a UTF-8 byte-order mark so Excel reads the Chinese as UTF-8", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it("ends every row with CRLF", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "").includes("\n")).toBe(false);
  });

  it("writes a header and one row per fact that read back field for field", () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(1 + smallReportResult.facts.length);
    const record = Object.fromEntries(csvColumns.map((c, i) => [c, rows[4]![i]]));
    expect(record).toMatchObject({
      id: "f4",
      quote: "6000人次",
      metric: "开展“技能,培训”|专项",
      value: "6000",
      base_unit: "人次",
      comparator: "eq",
      line: "9",
      part: "三、2026年重点工作",
      theme: "稳定扩大就业",
    });
    expect(smallReportText.slice(Number(record.source_start), Number(record.source_end))).toBe("6000 人次");
  });

  it("leaves a null direction empty", () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]![csvColumns.indexOf("direction")]).toBe("");
    expect(rows[2]![csvColumns.indexOf("direction")]).toBe("up");
  });
});

describe("csvField", () => {
  it("quotes a field holding a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvField('总额"60.5亿元"，含,税')).toBe('"总额""60.5亿元""，含,税"');
    expect(csvField("两行\n文字")).toBe('"两行\n文字"');
  });

  it("leaves a plain field as it is", () => {
    expect(csvField("272.45亿元")).toBe("272.45亿元");
    expect(csvField(4.7)).toBe("4.7");
  });
});
