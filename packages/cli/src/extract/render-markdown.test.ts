import { describe, expect, it } from "vitest";
import { smallReportResult, smallReportText } from "../test-support/small-report.js";
import { renderMarkdown } from "./render-markdown.js";

describe("renderMarkdown", () => {
  const md = renderMarkdown(smallReportText, smallReportResult, "示例县.md");

  it("opens with the place, year and title of the report", () => {
    expect(md.split("\n")[0]).toBe("# 示例县2026年政府工作报告");
  });

  it("groups facts under the part they stand in, in reading order", () => {
    const review = md.indexOf("### 一、2025年工作回顾");
    const tasks = md.indexOf("### 三、2026年重点工作");
    expect(review).toBeGreaterThan(0);
    expect(tasks).toBeGreaterThan(review);
    expect(md.slice(review, tasks)).toContain("| 5 | 地区生产总值 | 186.3亿元 | 总量 | 2025 | 实绩 |");
    expect(md.slice(tasks)).toContain("| 9 | 城镇新增就业 | 4500人以上 | 总量 | 2026 | 目标≥ |");
  });

  it("escapes a pipe inside a table cell", () => {
    expect(md).toContain("开展“技能,培训”\\|专项");
  });

  it("lists each task with its targets and the suggested units with their trigger words", () => {
    const task = md.slice(md.indexOf("### 1. 稳定扩大就业"));
    expect(task).toContain("  - 城镇新增就业 4500人以上");
    expect(task).toMatch(/- 牵头单位：人力资源和社会保障局（依据：[^）]*就业/);
    expect(task).toContain("- 完成时限：2026-12-31");
  });

  it("shows the reader's diagnostics", () => {
    expect(md).toContain("提醒：未找到主要预期目标段落");
  });

  it("shows the six strongest trigger words of a unit and marks that there are more", () => {
    const [task] = smallReportResult.tasks;
    const lead = {
      unit: "农业农村局",
      triggers: ["高标准农田", "粮食", "设施农业", "农产品", "合作社", "家庭农场", "养殖"],
    };
    const out = renderMarkdown(
      smallReportText,
      { ...smallReportResult, tasks: [{ ...task!, leadUnit: lead }] },
      "x.md",
    );
    expect(out).toContain(
      "- 牵头单位：农业农村局（依据：高标准农田、粮食、设施农业、农产品、合作社、家庭农场 等）",
    );
  });
});
