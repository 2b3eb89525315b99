// A target's goal and a reported value in the words of the report: 78个以上, 5.5%左右, 下降3%以内.
import type { Target, TargetComparator } from "../api/api-types.js";

/** A number without trailing zeros or a thousands separator muddle: 272.45, 15461, 0.3. */
export function formatNumber(value: number): string {
  return value.toLocaleString("zh-CN", { maximumFractionDigits: 4, useGrouping: false });
}

const AFTER: Partial<Record<TargetComparator, string>> = { gte: "以上", approx: "左右", lte: "以内" };

/**
 * The goal as the report would write it. A target read from the report keeps its own words (its
 * quote); one added by hand is written from its fields.
 */
export function describeGoal(
  target: Pick<Target, "quote" | "comparator" | "targetValue" | "upperValue" | "unit" | "kind" | "direction">,
): string {
  if (target.quote) return target.quote;
  const verb = target.kind === "change" ? (target.direction === "down" ? "下降" : "增长") : "";
  const amount =
    target.comparator === "range" && target.upperValue !== null
      ? `${formatNumber(target.targetValue)}—${formatNumber(target.upperValue)}${target.unit}`
      : `${formatNumber(target.targetValue)}${target.unit}`;
  const before = target.comparator === "gt" ? "超过" : "";
  return `${verb}${before}${amount}${AFTER[target.comparator] ?? ""}`;
}

/** A value with its unit, or a dash for none. */
export function formatValue(value: number | null | undefined, unit: string): string {
  return value === null || value === undefined ? "—" : `${formatNumber(value)}${unit}`;
}

/** Comparators as the office chooses them in a form. */
export const COMPARATOR_CHOICES: { value: TargetComparator; label: string }[] = [
  { value: "gte", label: "以上" },
  { value: "approx", label: "左右" },
  { value: "lte", label: "以内" },
  { value: "gt", label: "超过" },
  { value: "eq", label: "等于" },
  { value: "range", label: "区间" },
];
