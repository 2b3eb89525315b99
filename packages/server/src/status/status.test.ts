import { describe, expect, it } from "vitest";
import {
  assessItem,
  assessTarget,
  classifyMeasure,
  defaultThresholds,
  elapsedShare,
  type Schedule,
  summariseStatuses,
  type TargetInput,
  targetCompletion,
} from "./status.js";

function target(overrides: Partial<TargetInput> = {}): TargetInput {
  return {
    metric: "新建5G基站",
    unit: "个",
    comparator: "gte",
    measure: "cumulative",
    kind: "amount",
    direction: null,
    targetValue: 100,
    upperValue: null,
    baseline: null,
    currentValue: null,
    ...overrides,
  };
}

const year = { start: "2026-01-01", deadline: "2026-12-31", milestones: [] };
// 31 July 2026 is day 212 of 365: 58% of the year has passed.
const endOfJuly: Schedule = { ...year, today: "2026-07-31" };

describe("expected progress", () => {
  it("is the elapsed share of the period from start to deadline", () => {
    expect(elapsedShare("2026-01-01", "2026-12-31", "2026-07-31")).toBeCloseTo(212 / 365, 5);
  });

  it("is zero before the start and one after the deadline", () => {
    expect(elapsedShare("2026-01-01", "2026-12-31", "2025-12-01")).toBe(0);
    expect(elapsedShare("2026-01-01", "2026-12-31", "2027-02-01")).toBe(1);
  });

  it("follows the milestone plan where the item has milestones", () => {
    const schedule: Schedule = {
      ...endOfJuly,
      milestones: [
        { name: "立项", due: "2026-03-31", done: "2026-03-20" },
        { name: "开工", due: "2026-06-30", done: null },
        { name: "主体完工", due: "2026-09-30", done: null },
        { name: "投用", due: "2026-12-31", done: null },
      ],
    };
    expect(assessTarget(target({ currentValue: 50 }), schedule, defaultThresholds).expected).toBe(0.5);
  });
});

describe("target completion", () => {
  it("is the reported value over the target for a quantity to reach", () => {
    expect(targetCompletion(target({ currentValue: 45 }))).toBe(0.45);
  });

  it("counts from the baseline when one is given", () => {
    expect(targetCompletion(target({ baseline: 80, targetValue: 100, currentValue: 90 }))).toBe(0.5);
  });

  it("inverts for a ceiling: at or under the limit is complete, above it falls short", () => {
    const ceiling = target({ metric: "城镇调查失业率", unit: "%", comparator: "lte", targetValue: 5.5 });
    expect(targetCompletion({ ...ceiling, currentValue: 5.2 })).toBe(1);
    expect(targetCompletion({ ...ceiling, currentValue: 5.5 * 1.1 })).toBeCloseTo(1 / 1.1, 5);
  });

  it("inverts for a level to be brought down (下降 of an amount)", () => {
    const down = target({ metric: "PM2.5平均浓度", unit: "微克/立方米", direction: "down", targetValue: 40 });
    expect(targetCompletion({ ...down, currentValue: 50 })).toBe(0.8);
  });

  it("reads a 下降 change target as the size of the fall, whatever sign it is reported with", () => {
    const fall = target({
      metric: "单位GDP能耗",
      unit: "%",
      kind: "change",
      direction: "down",
      targetValue: 3,
    });
    expect(targetCompletion({ ...fall, currentValue: -1.5 })).toBe(0.5);
    expect(targetCompletion({ ...fall, currentValue: 1.5 })).toBe(0.5);
  });

  it("is unknown before anything is reported", () => {
    expect(targetCompletion(target())).toBeNull();
  });
});

describe("target status", () => {
  it("is lagging with its reason in words when completion trails the elapsed share by more than 5 points", () => {
    const a = assessTarget(target({ currentValue: 50 }), endOfJuly, defaultThresholds);
    expect(a.status).toBe("lagging");
    expect(a.reason).toBe("已完成 50%，序时进度 58%，落后 8 个百分点");
  });

  it("is seriously lagging when it trails by more than 15 points", () => {
    const a = assessTarget(target({ currentValue: 40 }), endOfJuly, defaultThresholds);
    expect(a.status).toBe("seriously_lagging");
    expect(a.reason).toBe("已完成 40%，序时进度 58%，落后 18 个百分点");
  });

  it("is on track within the tolerance", () => {
    expect(assessTarget(target({ currentValue: 55 }), endOfJuly, defaultThresholds).status).toBe("on_track");
  });

  it("uses the organisation's thresholds", () => {
    const strict = { laggingPp: 2, seriouslyLaggingPp: 10 };
    expect(assessTarget(target({ currentValue: 55 }), endOfJuly, strict).status).toBe("lagging");
  });

  it("is done once a quantity reaches its target, even before the deadline", () => {
    const a = assessTarget(target({ currentValue: 100 }), endOfJuly, defaultThresholds);
    expect(a.status).toBe("done");
  });

  it("is overdue after the deadline when the target is not met", () => {
    const a = assessTarget(target({ currentValue: 90 }), { ...year, today: "2027-01-05" }, defaultThresholds);
    expect(a.status).toBe("overdue");
    expect(a.reason).toContain("已过完成时限（2026年12月31日）");
  });

  it("expects a rate target in full at any time of the year", () => {
    const growth = target({ metric: "地区生产总值增长", unit: "%", kind: "change", direction: "up" });
    const a = assessTarget(
      { ...growth, measure: classifyMeasure(growth), targetValue: 6, currentValue: 5.4 },
      { ...year, today: "2026-03-31" },
      defaultThresholds,
    );
    expect(a.expected).toBe(1);
    expect(a.status).toBe("lagging");
  });

  it("says nothing was reported yet instead of inventing a figure", () => {
    const a = assessTarget(target(), endOfJuly, defaultThresholds);
    expect(a.reason).toBe("尚未填报，序时进度 58%，落后 58 个百分点");
  });
});

describe("measure classification", () => {
  it("treats percentages and ceilings as levels and counts as cumulative", () => {
    expect(classifyMeasure({ unit: "%", comparator: "approx", kind: "change" })).toBe("level");
    expect(classifyMeasure({ unit: "人", comparator: "lte", kind: "amount" })).toBe("level");
    expect(classifyMeasure({ unit: "亿元", comparator: "gte", kind: "amount" })).toBe("cumulative");
  });
});

describe("item status", () => {
  it("takes the most alarming of its targets' statuses, naming that target", () => {
    const a = assessItem(
      [target({ currentValue: 70 }), target({ metric: "完成投资", unit: "亿元", currentValue: 30 })],
      endOfJuly,
      defaultThresholds,
    );
    expect(a.status).toBe("seriously_lagging");
    expect(a.reason.startsWith("完成投资：")).toBe(true);
    expect(a.completion).toBe(0.5);
  });

  it("follows its milestones where it has no numeric target", () => {
    const a = assessItem(
      [],
      {
        ...endOfJuly,
        milestones: [
          { name: "方案制定", due: "2026-03-31", done: "2026-03-30" },
          { name: "招标", due: "2026-06-30", done: null },
          { name: "建设", due: "2026-09-30", done: null },
          { name: "验收", due: "2026-12-31", done: null },
        ],
      },
      defaultThresholds,
    );
    expect(a.completion).toBe(0.25);
    expect(a.expected).toBe(0.5);
    expect(a.status).toBe("seriously_lagging");
    expect(a.reason).toBe("节点已完成 25%，序时进度 50%，落后 25 个百分点");
  });

  it("is done when every target is met", () => {
    const a = assessItem(
      [target({ currentValue: 100 }), target({ currentValue: 120 })],
      endOfJuly,
      defaultThresholds,
    );
    expect(a.status).toBe("done");
    expect(a.completion).toBe(1);
  });
});

describe("group summary", () => {
  it("counts statuses and weights completion, capping each item at 100%", () => {
    const s = summariseStatuses([
      { status: "done", completion: 1.5, weight: 1 },
      { status: "lagging", completion: 0.4, weight: 3 },
    ]);
    expect(s.count).toBe(2);
    expect(s.byStatus.done).toBe(1);
    expect(s.byStatus.lagging).toBe(1);
    expect(s.completion).toBeCloseTo((1 + 0.4 * 3) / 4, 10);
  });
});
