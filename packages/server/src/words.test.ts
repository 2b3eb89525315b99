import { describe, expect, it } from "vitest";
import { dateInWords, periodInWords } from "./words.js";

describe("dates and periods in words", () => {
  it("writes a date as 年月日 without leading zeros", () => {
    expect(dateInWords("2026-03-05")).toBe("2026年3月5日");
  });

  it("writes a month period as 年月", () => {
    expect(periodInWords("2026-01")).toBe("2026年1月");
  });

  it("writes a quarter period with its Chinese ordinal", () => {
    expect(periodInWords("2026-Q1")).toBe("2026年第一季度");
    expect(periodInWords("2026-Q4")).toBe("2026年第四季度");
  });

  it("leaves anything that is not a date or period as given", () => {
    expect(dateInWords("年底")).toBe("年底");
    expect(periodInWords("2026")).toBe("2026");
  });
});
