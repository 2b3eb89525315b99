import { describe, expect, it } from "vitest";
import type { PublicItem } from "../api/api-types.js";
import { countByStatus, groupByArea } from "./public-api.js";

const item = (id: string, area: string | null, status: PublicItem["status"]): PublicItem => ({
  id,
  title: `任务${id}`,
  area,
  leadUnitName: "交通运输局",
  deadline: "2026-12-31",
  status,
  completion: 50,
  progressText: "",
});

describe("groupByArea", () => {
  it("keeps the areas in the order the plan first lists them", () => {
    const groups = groupByArea([
      item("1", "产业", "done"),
      item("2", "民生", "done"),
      item("3", "产业", "done"),
    ]);
    expect(groups.map(([area, items]) => [area, items.map((i) => i.id)])).toEqual([
      ["产业", ["1", "3"]],
      ["民生", ["2"]],
    ]);
  });

  it("puts items without an area under 其他任务", () => {
    expect(groupByArea([item("1", null, "done")])[0]?.[0]).toBe("其他任务");
  });
});

describe("countByStatus", () => {
  it("counts every status, including those with no item", () => {
    expect(countByStatus([item("1", null, "lagging"), item("2", null, "lagging")])).toEqual([
      { status: "done", count: 0 },
      { status: "on_track", count: 0 },
      { status: "lagging", count: 2 },
      { status: "seriously_lagging", count: 0 },
      { status: "overdue", count: 0 },
    ]);
  });
});
