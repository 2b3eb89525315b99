// The health check's codes and severities as a drafting office names them, and where a finding sits.
import type { CheckCode, CheckSeverity } from "@luoshi/report";

export const CHECK_NAMES: Record<CheckCode, string> = {
  PLACE_OTHER_JURISDICTION: "他地地名",
  NUMBERING_GAP: "序号跳号",
  NUMBERING_REPEAT: "序号重复",
  NUMBERING_ORDER: "序号倒置",
  ITEM_COUNT_MISMATCH: "条目数不符",
  HEADING_LEVEL_MIXED: "标题层级不一",
  LEAD_IN_NOT_BOLD: "引领句未加粗",
  METRIC_CONFLICT: "数据前后不一",
  TARGET_BELOW_RESULT: "目标低于上年实绩",
  SHARE_OVER_100: "占比超过100%",
  PART_EXCEEDS_TOTAL: "分项大于总数",
  FIVE_YEAR_BELOW_YEAR: "五年累计小于单年",
  NEAR_TWIN_PHRASE: "提法不一",
  DUPLICATE_SENTENCE: "句子重复",
  UNBALANCED_PAIR: "引号括号不配对",
};

export interface SeverityLook {
  label: string;
  /** What the drafter should do about it. */
  advice: string;
  colour: string;
}

export const SEVERITIES: Record<CheckSeverity, SeverityLook> = {
  error: { label: "错误", advice: "应当修改", colour: "#cf1322" },
  warning: { label: "提醒", advice: "建议统一", colour: "#d46b08" },
  question: { label: "存疑", advice: "请核实", colour: "#1f5fbf" },
};

export const SEVERITY_ORDER: readonly CheckSeverity[] = ["error", "warning", "question"];

/** 1-based line numbers of offsets into one text, by binary search over its line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
