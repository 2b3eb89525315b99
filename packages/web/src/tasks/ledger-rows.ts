// The ledger's rows: tasks grouped under their work area, in the order the report gives them, each
// area with its count, its worst statuses and its mean completion.
import type { Key } from "react";
import type { ItemStatus, ItemSummary } from "../api/api-types.js";

export const NO_AREA = "未分领域";

export interface AreaRow {
  kind: "area";
  key: string;
  area: string;
  count: number;
  /** Mean completion of the area's tasks, each capped at 100. */
  completion: number;
  /** Mean expected progress (序时进度). */
  expected: number;
  byStatus: Partial<Record<ItemStatus, number>>;
  children: TaskRow[];
}

export interface TaskRow {
  kind: "task";
  key: string;
  /** 1-based position in the whole ledger, as 序号 in a 分解方案. */
  number: number;
  item: ItemSummary;
}

export type LedgerRow = AreaRow | TaskRow;

/**
 * Groups tasks by area. Areas keep the order of their first task, and tasks their order within
 * the list, so the ledger reads like the report. `numbers` keeps each task's 序号 from the whole
 * plan when the list is filtered; without it tasks are numbered in list order.
 */
export function groupByArea(items: readonly ItemSummary[], numbers?: ReadonlyMap<string, number>): AreaRow[] {
  const areas = new Map<string, AreaRow>();
  items.forEach((item, index) => {
    const area = item.area?.trim() || NO_AREA;
    let row = areas.get(area);
    if (!row) {
      row = {
        kind: "area",
        key: `area:${area}`,
        area,
        count: 0,
        completion: 0,
        expected: 0,
        byStatus: {},
        children: [],
      };
      areas.set(area, row);
    }
    row.children.push({ kind: "task", key: item.id, number: numbers?.get(item.id) ?? index + 1, item });
  });
  for (const row of areas.values()) {
    const tasks = row.children.map((child) => child.item);
    row.count = tasks.length;
    row.completion = round1(mean(tasks.map((task) => Math.min(100, task.completion))));
    row.expected = round1(mean(tasks.map((task) => task.expected)));
    for (const task of tasks) row.byStatus[task.status] = (row.byStatus[task.status] ?? 0) + 1;
  }
  return [...areas.values()];
}

/** The ids of the tasks among selected row keys (an area's checkbox selects its tasks too). */
export function selectedTaskIds(keys: readonly Key[]): string[] {
  return keys.map(String).filter((key) => !key.startsWith("area:"));
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
