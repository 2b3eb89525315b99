import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMonth, formatPeriod } from "./dates.js";

describe("dates in Chinese", () => {
  it("writes a month as 2026年3月 without a leading zero", () => {
    expect(formatMonth("2026-03-15")).toBe("2026年3月");
  });

  it("writes a deadline as year, month and day", () => {
    expect(formatDate("2026-12-31")).toBe("2026年12月31日");
  });

  it("writes a monthly period as its month", () => {
    expect(formatPeriod("2026-03")).toBe("2026年3月");
  });

  it("writes a quarterly period with the quarter in Chinese numerals", () => {
    expect(formatPeriod("2026-Q4")).toBe("2026年第四季度");
  });

  it("leaves a period it does not recognise as written", () => {
    expect(formatPeriod("全年")).toBe("全年");
  });

  it("writes a moment from the server in China Standard Time, whatever the browser's zone", () => {
    expect(formatDateTime("2026-04-19T17:05:00Z")).toBe("2026年4月20日 01:05");
  });

  it("leaves a moment it cannot read as written", () => {
    expect(formatDateTime("昨天")).toBe("昨天");
  });
});
