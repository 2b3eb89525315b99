import { describe, expect, it } from "vitest";
import { describeGoal, formatNumber, formatValue } from "./target-words.js";

const handMade = {
  quote: null,
  comparator: "gte" as const,
  targetValue: 78,
  upperValue: null,
  unit: "个",
  kind: "amount" as const,
  direction: null,
};

describe("a target's goal in words", () => {
  it("keeps the report's own words when the target was read from it", () => {
    expect(describeGoal({ ...handMade, quote: "78个以上" })).toBe("78个以上");
  });

  it("writes a hand-made amount with its comparator after it, as reports do", () => {
    expect(describeGoal(handMade)).toBe("78个以上");
  });

  it("writes a fall with 下降 and its bound", () => {
    expect(
      describeGoal({
        ...handMade,
        kind: "change",
        direction: "down",
        comparator: "lte",
        targetValue: 3,
        unit: "%",
      }),
    ).toBe("下降3%以内");
  });

  it("writes a range with a dash between its ends", () => {
    expect(
      describeGoal({ ...handMade, comparator: "range", targetValue: 5, upperValue: 5.5, unit: "%" }),
    ).toBe("5—5.5%");
  });

  it("writes 超过 before an amount to exceed", () => {
    expect(describeGoal({ ...handMade, comparator: "gt", targetValue: 100, unit: "亿元" })).toBe(
      "超过100亿元",
    );
  });
});

describe("numbers and values", () => {
  it("writes numbers without grouping or trailing zeros", () => {
    expect([formatNumber(15461), formatNumber(272.45), formatNumber(3.1)]).toEqual([
      "15461",
      "272.45",
      "3.1",
    ]);
  });

  it("writes a missing value as a dash", () => {
    expect([formatValue(null, "家"), formatValue(3, "家")]).toEqual(["—", "3家"]);
  });
});
