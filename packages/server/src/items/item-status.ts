// Applies the status engine to an item as stored.
import { type Assessment, assessItem, type Thresholds } from "../status/status.js";
import type { Item } from "./item.model.js";

export interface ItemAssessment extends Assessment {
  targets: Assessment[];
}

export function assessStoredItem(item: Item, thresholds: Thresholds, today: string): ItemAssessment {
  return assessItem(
    item.targets.map((t) => ({
      metric: t.metric,
      unit: t.unit,
      comparator: t.comparator,
      measure: t.measure,
      kind: t.kind,
      direction: t.direction,
      targetValue: t.targetValue,
      upperValue: t.upperValue,
      baseline: t.baseline,
      currentValue: t.currentValue,
    })),
    { start: item.startDate, deadline: item.deadline, today, milestones: item.milestones },
    thresholds,
  );
}
