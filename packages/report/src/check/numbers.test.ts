import { describe, expect, it } from "vitest";
import { checkReport } from "./check-report.js";
import type { CheckCode } from "./check-types.js";
import { metricKey } from "./numbers.js";
import { flagged, smallReport } from "./report-fixtures.js";

const findingsOf = (text: string, code: CheckCode) =>
  checkReport(text).findings.filter((f) => f.code === code);

function report(review: string, tasks = "抓好各项工作。"): string {
  return smallReport("易县", 2026, ["## 一、2025年工作回顾", review, "## 二、2026年重点工作", tasks]);
}

describe("metricKey", () => {
  it("ignores the verbs and 各类 reports put before a metric", () => {
    expect(metricKey("开展各类职业技能培训")).toBe(metricKey("开展职业技能培训"));
    expect(metricKey("新增城镇就业")).toBe(metricKey("城镇新增就业"));
  });
});

describe("one metric with two values for one period", () => {
  it("flags the second value and points at the first", () => {
    const text = report("全年新建5G基站120个。年末盘点，全年新建5G基站150个。");
    const findings = findingsOf(text, "METRIC_CONFLICT");
    expect(flagged(text, findings)).toEqual(["150个"]);
    expect(findings[0]?.related?.map((r) => text.slice(r.start, r.end))).toEqual(["120个"]);
  });

  it("accepts the same value stated twice", () => {
    expect(findingsOf(report("新建5G基站120个。全年新建5G基站120个。"), "METRIC_CONFLICT")).toEqual([]);
  });

  it("accepts a figure of a paragraph looking back over five years beside last year's", () => {
    const text = report("新增市场主体5845户。", "五年来，我们抓改革、促开放。新增市场主体19655户。");
    expect(findingsOf(text, "METRIC_CONFLICT")).toEqual([]);
  });

  it("accepts a flow beside its stock (新增经营主体 and 经营主体)", () => {
    expect(findingsOf(report("新增经营主体370户。经营主体总数达到1160户。"), "METRIC_CONFLICT")).toEqual([]);
  });
});

describe("this year's target below last year's result", () => {
  it("asks about a target far below the result", () => {
    const text = report("新增城镇就业15461人。", "新增城镇就业8000人以上。");
    const findings = findingsOf(text, "TARGET_BELOW_RESULT");
    expect(flagged(text, findings)).toEqual(["8000人以上"]);
    expect(findings[0]?.severity).toBe("question");
    expect(findings[0]?.message).toContain("低48%");
  });

  it("accepts a target a few percent below the result, the usual rounded floor", () => {
    expect(
      findingsOf(report("新增城镇就业1256人。", "新增城镇就业1200人以上。"), "TARGET_BELOW_RESULT"),
    ).toEqual([]);
  });

  it("compares a generic metric (完成投资) only when the words before it name the same programme", () => {
    const same = report("实施重点项目85个，完成投资58.2亿元。", "实施重点项目83个，完成投资40亿元以上。");
    expect(flagged(same, findingsOf(same, "TARGET_BELOW_RESULT"))).toEqual(["40亿元以上"]);
    const other = report("实施重点项目85个，完成投资58.2亿元。", "推进城建工程12项，完成投资40亿元以上。");
    expect(findingsOf(other, "TARGET_BELOW_RESULT")).toEqual([]);
  });

  it("accepts a lower target for what should go down", () => {
    expect(
      findingsOf(
        report("单位能耗下降5.1%，安全事故起数下降12起。", "安全事故起数下降8起。"),
        "TARGET_BELOW_RESULT",
      ),
    ).toEqual([]);
  });
});

describe("shares above 100%", () => {
  it("flags a coverage rate above 100%", () => {
    const text = report("全县森林覆盖率达到103%。");
    expect(flagged(text, findingsOf(text, "SHARE_OVER_100"))).toEqual(["103%"]);
  });

  it("accepts a growth above 100%", () => {
    expect(findingsOf(report("进出口总额增长120%。"), "SHARE_OVER_100")).toEqual([]);
  });
});

describe("a part above its total", () => {
  it("flags 其中 a figure larger than the total before it", () => {
    const text = report("新建5G基站120个，其中农村地区150个。");
    const findings = findingsOf(text, "PART_EXCEEDS_TOTAL");
    expect(flagged(text, findings)).toEqual(["150个"]);
    expect(findings[0]?.related?.map((r) => text.slice(r.start, r.end))).toEqual(["120个"]);
  });

  it("accepts a part below its total", () => {
    expect(findingsOf(report("新建5G基站120个，其中农村地区50个。"), "PART_EXCEEDS_TOTAL")).toEqual([]);
  });

  it("flags new entries above the total stated in the same sentence", () => {
    const text = report("新增市场主体19655户，市场主体总量达到15000户。");
    expect(flagged(text, findingsOf(text, "PART_EXCEEDS_TOTAL"))).toEqual(["19655户"]);
  });
});

describe("five-year totals", () => {
  it("flags a five-year total below one of its years", () => {
    const text = smallReport("易县", 2026, [
      "## 一、2025年和“十四五”时期工作回顾",
      "全县新建5G基站120个。",
      "五年来，我们抓城乡、促融合。累计新建5G基站100个。",
      "## 二、2026年重点工作",
      "抓好各项工作。",
    ]);
    expect(flagged(text, findingsOf(text, "FIVE_YEAR_BELOW_YEAR"))).toEqual(["100个"]);
  });

  it("accepts a level held over five years below last year's level (粮食产量稳定在…以上)", () => {
    const text = smallReport("易县", 2026, [
      "## 一、2025年和“十四五”时期工作回顾",
      "粮食产量2.78万吨。",
      "五年来，我们抓农业、促振兴。粮食产量稳定在2.76万吨以上。",
      "## 二、2026年重点工作",
      "抓好各项工作。",
    ]);
    expect(findingsOf(text, "FIVE_YEAR_BELOW_YEAR")).toEqual([]);
  });
});
