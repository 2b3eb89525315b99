import { describe, expect, it } from "vitest";
import { cleanReportText } from "../text/clean-text.js";
import { splitLines } from "../text/lines.js";
import { buildOutline, matchHeading, roleOfHeading } from "./outline.js";
import { findReportBody } from "./report-body.js";

function outline(text: string) {
  const lines = splitLines(cleanReportText(text).text);
  return buildOutline(lines, findReportBody(lines)).sections.map((s) => [s.level, s.marker, s.title, s.role]);
}

describe("matchHeading", () => {
  it("reads the four levels of Chinese numbering, half-width parentheses too", () => {
    expect(matchHeading("三、2026年重点工作安排")).toMatchObject({
      level: 1,
      ordinal: 3,
      title: "2026年重点工作安排",
    });
    expect(matchHeading("（十二）用心用情办好民生实事")).toMatchObject({ level: 2, ordinal: 12 });
    expect(matchHeading("2.加快产业升级")).toMatchObject({ level: 3, ordinal: 2 });
    expect(matchHeading("（3）推进城市更新")).toMatchObject({ level: 4, ordinal: 3 });
  });

  it("reads a heading run into its paragraph", () => {
    expect(matchHeading("（一）持续推进协同发展。牢牢扭住北京非首都功能疏解。")).toMatchObject({
      level: 2,
      title: "持续推进协同发展",
      runIn: true,
    });
  });

  it("does not take `一是`, a decimal or a long numbered sentence for a heading", () => {
    expect(matchHeading("一是协同发展走深走实、成效明显。")).toBeNull();
    expect(matchHeading("1.2万亩高标准农田项目开工建设")).toBeNull();
    expect(matchHeading(`一、${"很长的一句话".repeat(12)}`)).toBeNull();
  });
});

describe("roleOfHeading", () => {
  it("tells review, outlook, tasks and government from the heading's words", () => {
    expect(roleOfHeading("2025年和“十四五”时期工作回顾")).toBe("review");
    expect(roleOfHeading("“十五五”时期主要目标任务")).toBe("outlook");
    expect(roleOfHeading("今后五年的奋斗目标")).toBe("outlook");
    expect(roleOfHeading("2026年重点工作安排")).toBe("tasks");
    expect(roleOfHeading("2025年经济社会发展总体要求和政策取向")).toBe("tasks");
    expect(roleOfHeading("全面加强政府自身建设")).toBe("government");
  });

  it("reads the parts of a year's work summary: results and problems reviewed, next steps planned", () => {
    expect(roleOfHeading("主要工作成效")).toBe("review");
    expect(roleOfHeading("2024年工作开展情况")).toBe("review");
    expect(roleOfHeading("存在的主要问题")).toBe("review");
    expect(roleOfHeading("存在问题及下一步打算")).toBe("tasks");
    expect(roleOfHeading("2025年工作计划")).toBe("tasks");
  });
});

describe("buildOutline", () => {
  it("nests the numbering by its own levels, whatever the Markdown says", () => {
    const text =
      "各位代表：\n## 一、工作回顾\n### （一）产业\n正文。\n## （二）项目\n正文。\n# 二、2026年工作安排\n#### （一）创新\n正文。";
    expect(outline(text)).toEqual([
      [1, "一、", "工作回顾", "review"],
      [2, "（一）", "产业", "review"],
      [2, "（二）", "项目", "review"],
      [1, "二、", "2026年工作安排", "tasks"],
      [2, "（一）", "创新", "tasks"],
    ]);
  });

  it("finds part headings written without numbers, years in Chinese numerals", () => {
    const text =
      "各位代表：\n二〇二四年工作回顾\n过去的一年，增长6.4%。\n二〇二五年主要目标任务\n(一)持续推进协同发展。牢牢扭住。";
    expect(outline(text)).toEqual([
      [1, "", "二〇二四年工作回顾", "review"],
      [1, "", "二〇二五年主要目标任务", "tasks"],
      [2, "（一）", "持续推进协同发展", "tasks"],
    ]);
  });

  it("opens a government part where the tasks turn to the government's own conduct", () => {
    const text =
      "各位代表：\n三、2026年重点工作安排\n（一）聚力产业\n强化科技创新。扎实推进科创领域建设。\n各位代表！新形势新任务对政府自身建设提出了新的更高要求。\n坚持依法行政，增强政府公信力。深入推进法治政府建设。";
    expect(outline(text).map((s) => s[3])).toEqual(["tasks", "tasks", "government"]);
  });

  it("takes `（一）`, `（二）` headings for the parts when a report has no `一、` parts", () => {
    const text =
      "各位代表：\n（一）2023年工作回顾\n增长6.2%。\n（二）2024年工作安排\n1.加快工业转型。新增企业20家。";
    expect(outline(text)).toEqual([
      [2, "（一）", "2023年工作回顾", "review"],
      [2, "（二）", "2024年工作安排", "tasks"],
      [3, "1.", "加快工业转型", "tasks"],
    ]);
  });

  it("reads a page with no part headings by its content", () => {
    const text = "正文：\n今年政府工作的总体要求是：稳中求进。\n（一）聚力灾后恢复重建。推动各项任务落地。";
    expect(outline(text)).toEqual([[2, "（一）", "聚力灾后恢复重建", "tasks"]]);
  });
});
