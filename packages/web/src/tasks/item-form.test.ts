import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { ItemDetail, Target } from "../api/api-types.js";
import { itemFormValues, itemPatchFrom } from "./item-form.js";

const TARGET: Target = {
  id: "t1",
  metric: "新建5G基站",
  unit: "个",
  comparator: "gte",
  measure: "cumulative",
  direction: null,
  kind: "amount",
  targetValue: 78,
  upperValue: null,
  baseline: 12,
  quote: "78个以上",
  source: { start: 10, end: 15 },
  currentValue: null,
  currentPeriod: null,
  currentSource: null,
  status: "on_track",
  completion: 0,
  expected: 0,
  reason: "",
};

const ITEM: ItemDetail = {
  id: "i1",
  planId: "p1",
  type: "task",
  title: "加快新型基础设施建设",
  area: "聚力产业培育",
  leadUnit: { id: "u1", name: "工业和信息化局" },
  coUnits: [{ id: "u2", name: "发展和改革委员会" }],
  deadline: "2026-12-31",
  status: "on_track",
  completion: 0,
  expected: 0,
  statusReason: "",
  targets: [TARGET],
  public: false,
  version: 4,
  description: "新建5G基站78个以上。",
  startDate: "2026-01-01",
  milestones: [{ id: "m1", name: "一季度末", due: "2026-03-31", done: null }],
  publicProgress: "",
  source: null,
  progressReports: [],
  comments: [],
  instructions: [],
  reminders: [],
};

describe("the item edit form", () => {
  it("sends back an unchanged item as it was, with the version it was based on", () => {
    const patch = itemPatchFrom(ITEM, itemFormValues(ITEM));
    expect(patch).toMatchObject({
      version: 4,
      title: "加快新型基础设施建设",
      leadUnitId: "u1",
      coUnitIds: ["u2"],
      deadline: "2026-12-31",
      milestones: [{ id: "m1", name: "一季度末", due: "2026-03-31", done: null }],
    });
    expect(patch.targets).toEqual([
      {
        id: "t1",
        metric: "新建5G基站",
        unit: "个",
        comparator: "gte",
        targetValue: 78,
        upperValue: null,
        baseline: 12,
        direction: null,
        kind: "amount",
        measure: "cumulative",
      },
    ]);
  });

  it("keeps a target's baseline and kind when only its value changes", () => {
    const values = itemFormValues(ITEM);
    values.targets[0]!.targetValue = 90;
    expect(itemPatchFrom(ITEM, values).targets?.[0]).toMatchObject({ targetValue: 90, baseline: 12 });
  });

  it("lets the server decide afresh whether a target is a quantity or a rate when its unit changes", () => {
    const values = itemFormValues(ITEM);
    values.targets[0]!.unit = "%";
    expect(itemPatchFrom(ITEM, values).targets?.[0]).not.toHaveProperty("measure");
  });

  it("adds a target typed in the form without an id", () => {
    const values = itemFormValues(ITEM);
    values.targets.push({ metric: "新增城镇就业", targetValue: 8000, unit: "人", comparator: "gte" });
    expect(itemPatchFrom(ITEM, values).targets?.[1]).toEqual({
      metric: "新增城镇就业",
      unit: "人",
      comparator: "gte",
      targetValue: 8000,
    });
  });

  it("does not list the lead unit among the co-units", () => {
    const values = { ...itemFormValues(ITEM), leadUnitId: "u2" };
    expect(itemPatchFrom(ITEM, values).coUnitIds).toEqual([]);
  });

  it("writes a milestone met as its ISO date, and an empty area as none", () => {
    const values = itemFormValues(ITEM);
    values.milestones[0]!.done = dayjs("2026-03-28");
    values.area = "  ";
    const patch = itemPatchFrom(ITEM, values);
    expect(patch.milestones?.[0]?.done).toBe("2026-03-28");
    expect(patch.area).toBeNull();
  });
});
