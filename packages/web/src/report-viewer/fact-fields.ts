// A fact's fields as the office reads them: Chinese labels, values in words, nothing left as a code.
import type { Comparator, Fact } from "@luoshi/report";

export const FACT_STATUS_WORDS: Record<Fact["status"], string> = {
  actual: "实绩（已经完成的数）",
  target: "目标（预期要完成的数）",
};

const COMPARATOR_WORDS: Record<Comparator, string> = {
  eq: "等于",
  gte: "不低于（以上、不少于）",
  gt: "高于（超过、突破）",
  approx: "约（左右）",
  lte: "不高于（以内、不超过）",
  range: "区间",
};

export interface FactField {
  label: string;
  value: string;
}

/**
 * The fields of a fact in display order.
 *
 * @example
 * describeFact(fact).find((f) => f.label === "类型")?.value // "目标（预期要完成的数）"
 */
export function describeFact(fact: Fact): FactField[] {
  const amount = fact.upperValue === null ? `${fact.value}` : `${fact.value}—${fact.upperValue}`;
  const nature =
    fact.kind === "change"
      ? `增减变化（${fact.direction === "down" ? "下降" : fact.direction === "up" ? "增长" : "方向未写明"}）`
      : "总量";
  return [
    { label: "原文", value: fact.quote },
    { label: "指标", value: fact.metric || "（未识别）" },
    { label: "类型", value: FACT_STATUS_WORDS[fact.status] },
    { label: "时期", value: fact.period || "（未识别）" },
    { label: "数值", value: `${amount}${fact.unit}` },
    { label: "折算值", value: `${formatNumber(fact.baseValue)}${fact.baseUnit}` },
    { label: "性质", value: nature },
    { label: "比较", value: COMPARATOR_WORDS[fact.comparator] },
  ];
}

/** The accessible name of a highlighted fact: its type in words, then the quantity and metric. */
export function factLabel(fact: Fact): string {
  return `${fact.status === "target" ? "目标" : "实绩"}：${fact.metric ? `${fact.metric} ` : ""}${fact.quote}`;
}

function formatNumber(value: number): string {
  return value.toLocaleString("zh-CN", { maximumFractionDigits: 6 });
}
