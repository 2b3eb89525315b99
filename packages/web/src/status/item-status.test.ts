import { describe, expect, it } from "vitest";
import { clampPercent, lookOfStatus, STATUS_LOOKS } from "./item-status.js";

describe("status looks", () => {
  it("gives every status a distinct word", () => {
    const labels = Object.values(STATUS_LOOKS).map((look) => look.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(["已完成", "正常推进", "滞后", "严重滞后", "逾期"]);
  });

  it("uses the traffic-light tones: lagging is yellow, seriously lagging and overdue are red", () => {
    expect(lookOfStatus("lagging").tone).toBe("yellow");
    expect(lookOfStatus("seriously_lagging").tone).toBe("red");
    expect(lookOfStatus("overdue").tone).toBe("red");
  });

  it("still gives an unknown status a word", () => {
    expect(lookOfStatus("paused").label).toBe("状态未知");
  });

  it("does not take an inherited property name for a status", () => {
    expect(lookOfStatus("toString").label).toBe("状态未知");
  });
});

describe("clampPercent", () => {
  it("keeps a percentage within 0 to 100", () => {
    expect(clampPercent(130)).toBe(100);
    expect(clampPercent(-5)).toBe(0);
    expect(clampPercent(Number.NaN)).toBe(0);
  });

  it("rounds to a whole percent", () => {
    expect(clampPercent(33.6)).toBe(34);
  });
});
