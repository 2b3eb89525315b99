import { describe, expect, it } from "vitest";
import type { ItemSummary } from "../api/api-types.js";
import { groupByArea, NO_AREA, selectedTaskIds } from "./ledger-rows.js";

function item(
  id: string,
  area: string | null,
  completion: number,
  status: ItemSummary["status"],
): ItemSummary {
  return {
    id,
    planId: "p1",
    type: "task",
    title: `任务${id}`,
    area,
    leadUnit: null,
    coUnits: [],
    deadline: "2026-12-31",
    status,
    completion,
    expected: 50,
    statusReason: "",
    targets: [],
    public: false,
    version: 1,
  };
}

const ITEMS = [
  item("a", "聚力产业培育，在特色发展上求突破", 20, "lagging"),
  item("b", "聚力民生保障，在普惠共享上增福祉", 100, "done"),
  item("c", "聚力产业培育，在特色发展上求突破", 140, "done"),
  item("d", null, 0, "seriously_lagging"),
];

describe("the ledger grouped by work area", () => {
  it("keeps the areas in the order of their first task", () => {
    expect(groupByArea(ITEMS).map((row) => row.area)).toEqual([
      "聚力产业培育，在特色发展上求突破",
      "聚力民生保障，在普惠共享上增福祉",
      NO_AREA,
    ]);
  });

  it("numbers the tasks through the whole ledger, as a 分解方案 does", () => {
    const first = groupByArea(ITEMS)[0]!;
    expect(first.children.map((row) => [row.item.id, row.number])).toEqual([
      ["a", 1],
      ["c", 3],
    ]);
  });

  it("keeps each task's number from the whole plan in a filtered list", () => {
    const numbers = new Map(ITEMS.map((entry, index) => [entry.id, index + 1]));
    const filtered = groupByArea([ITEMS[2]!, ITEMS[3]!], numbers);
    expect(filtered.flatMap((row) => row.children.map((child) => child.number))).toEqual([3, 4]);
  });

  it("caps each task at 100% before taking an area's mean, so one overshoot does not hide a lag", () => {
    expect(groupByArea(ITEMS)[0]!.completion).toBe(60);
  });

  it("counts an area's tasks by status", () => {
    expect(groupByArea(ITEMS)[0]!.byStatus).toEqual({ lagging: 1, done: 1 });
  });

  it("keeps only task ids when an area's checkbox is among the selected rows", () => {
    expect(selectedTaskIds(["area:聚力产业培育", "a", "c"])).toEqual(["a", "c"]);
  });
});
