import type { Fact } from "@luoshi/report";
import { describe, expect, it } from "vitest";
import { describeFact, factLabel } from "./fact-fields.js";

const fact: Fact = {
  id: "f1",
  quote: "272.45亿元",
  metric: "地区生产总值",
  value: 272.45,
  upperValue: null,
  unit: "亿元",
  baseValue: 27245000000,
  baseUnit: "元",
  kind: "amount",
  direction: null,
  period: "2025",
  status: "actual",
  comparator: "eq",
  source: { start: 10, end: 18 },
  sentence: { start: 0, end: 30 },
  sectionId: null,
  themeId: null,
};

const field = (f: Fact, label: string) => describeFact(f).find((entry) => entry.label === label)?.value;

describe("describeFact", () => {
  it("says in words whether a fact is a result or a target", () => {
    expect(field(fact, "类型")).toBe("实绩（已经完成的数）");
    expect(field({ ...fact, status: "target" }, "类型")).toBe("目标（预期要完成的数）");
  });

  it("shows the value in base units with thousands separators", () => {
    expect(field(fact, "折算值")).toBe("27,245,000,000元");
  });

  it("writes a range with both of its ends", () => {
    expect(field({ ...fact, value: 4.5, upperValue: 5, unit: "%", comparator: "range" }, "数值")).toBe(
      "4.5—5%",
    );
  });

  it("names the direction of a change", () => {
    expect(field({ ...fact, kind: "change", direction: "down" }, "性质")).toBe("增减变化（下降）");
  });

  it("explains a lower bound such as 以上 in words", () => {
    expect(field({ ...fact, comparator: "gte" }, "比较")).toContain("以上");
  });
});

describe("factLabel", () => {
  it("starts with the fact's type so a screen reader hears it before the number", () => {
    expect(factLabel({ ...fact, status: "target" })).toBe("目标：地区生产总值 272.45亿元");
  });
});
