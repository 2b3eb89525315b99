import { describe, expect, it } from "vitest";
import { cleanReportText } from "../text/clean-text.js";
import { splitLines } from "../text/lines.js";
import { buildOutline } from "./outline.js";
import { findReportBody } from "./report-body.js";
import { findThemes, leadInOf } from "./themes.js";

function themes(text: string) {
  const lines = splitLines(cleanReportText(text).text);
  return findThemes(lines, buildOutline(lines, findReportBody(lines))).map((t) => t.title);
}

describe("leadInOf", () => {
  it("takes a short sentence opening a paragraph for its lead-in", () => {
    expect(leadInOf("强化科技创新战略支撑。扎实推进科创领域“四个一批”建设。")).toBe("强化科技创新战略支撑");
    expect(leadInOf("优化“一老一小”服务供给。着力抓好街道养老服务中心建设。")).toBe("优化“一老一小”服务供给");
  });

  it("does not take a long or comma-split first sentence, or the year's framing", () => {
    expect(leadInOf("坚持创新驱动、集群发展、多元协同，统筹推进科技创新。")).toBeNull();
    expect(leadInOf("今年将开展“十五五”规划编制工作。要深入分析新的阶段性特征。")).toBeNull();
    expect(leadInOf("各位代表！新形势新任务对政府自身建设提出了新的更高要求。")).toBeNull();
  });
});

describe("findThemes", () => {
  it("finds lead-ins inside the numbered work areas of the tasks part only", () => {
    const text =
      "各位代表：\n一、工作回顾\n农业基础持续稳固。完成高标准农田建设5万亩。\n二、2026年工作安排\n今年经济社会发展任务十分繁重。我们要突出重点。\n（一）扩大内需\n实施提振消费行动。制定专项措施。\n积极扩大有效投资。用好政府投资工具。";
    expect(themes(text)).toEqual(["实施提振消费行动", "积极扩大有效投资"]);
  });

  it("takes a numbered heading run into its paragraph for a theme when no lead-in follows", () => {
    const text =
      "各位代表：\n二、2025年主要任务\n（一）纵深推进协同发展，深度融入首都都市圈。坚决在对接京津中发展。";
    expect(themes(text)).toEqual(["纵深推进协同发展，深度融入首都都市圈"]);
  });
});
