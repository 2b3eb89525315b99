// A small report in the genre and the result a reader would return for it, built by hand with real
// offsets, so the output formats can be checked on facts and tasks while the reader is elsewhere.
import { type Fact, type ReadReportResult, type Section, suggestUnits } from "@luoshi/report";

export const smallReportText = [
  "# 示例县2026年政府工作报告",
  "",
  "## 一、2025年工作回顾",
  "",
  "全县地区生产总值186.3亿元，增长5.2%。",
  "",
  "## 三、2026年重点工作",
  "",
  "**稳定扩大就业。**城镇新增就业4500人以上，开展“技能,培训”6000 人次|专项行动。",
  "",
].join("\n");

function span(text: string, from = 0) {
  const start = smallReportText.indexOf(text, from);
  if (start < 0) throw new Error(`fixture text not found: ${text}`);
  return { start, end: start + text.length };
}

function section(id: string, marker: string, title: string, ordinal: number, role: Section["role"]): Section {
  const heading = span(`${marker}${title}`);
  return { id, parentId: null, level: 1, marker, title, ordinal, role, heading, span: heading };
}

function fact(id: string, quote: string, partial: Partial<Fact>, written = quote): Fact {
  const source = span(written);
  return {
    id,
    quote,
    metric: "",
    value: 0,
    upperValue: null,
    unit: "",
    baseValue: 0,
    baseUnit: "",
    kind: "amount",
    direction: null,
    period: "2025",
    status: "actual",
    comparator: "eq",
    source,
    sentence: { start: smallReportText.lastIndexOf("\n", source.start) + 1, end: source.end + 1 },
    sectionId: "s1",
    themeId: null,
    ...partial,
  };
}

const taskParagraph = span("**稳定扩大就业。**城镇新增就业4500人以上，开展“技能,培训”6000 人次|专项行动。");
const units = suggestUnits(smallReportText.slice(taskParagraph.start, taskParagraph.end));

export const smallReportResult: ReadReportResult = {
  report: {
    title: "政府工作报告",
    place: "示例县",
    level: "county",
    year: 2026,
    date: null,
    speaker: null,
    speakerTitle: null,
    sources: { place: span("示例县"), year: span("2026") },
  },
  sections: [
    section("s1", "一、", "2025年工作回顾", 1, "review"),
    section("s3", "三、", "2026年重点工作", 3, "tasks"),
  ],
  themes: [
    {
      id: "t1",
      sectionId: "s3",
      title: "稳定扩大就业",
      bold: true,
      lead: span("**稳定扩大就业。**"),
      span: taskParagraph,
    },
  ],
  facts: [
    fact("f1", "186.3亿元", {
      metric: "地区生产总值",
      value: 186.3,
      unit: "亿元",
      baseValue: 18630000000,
      baseUnit: "元",
    }),
    fact("f2", "5.2%", {
      metric: "地区生产总值增长",
      value: 5.2,
      unit: "%",
      baseValue: 5.2,
      baseUnit: "%",
      kind: "change",
      direction: "up",
    }),
    fact("f3", "4500人以上", {
      metric: "城镇新增就业",
      value: 4500,
      unit: "人",
      baseValue: 4500,
      baseUnit: "人",
      period: "2026",
      status: "target",
      comparator: "gte",
      sectionId: "s3",
      themeId: "t1",
    }),
    fact(
      "f4",
      "6000人次",
      {
        metric: "开展“技能,培训”|专项",
        value: 6000,
        unit: "人次",
        baseValue: 6000,
        baseUnit: "人次",
        period: "2026",
        status: "target",
        sectionId: "s3",
        themeId: "t1",
      },
      "6000 人次",
    ),
  ],
  tasks: [
    {
      id: "task1",
      kind: "theme",
      title: "稳定扩大就业",
      area: "2026年重点工作",
      areaSectionId: "s3",
      themeId: "t1",
      source: taskParagraph,
      sentences: [taskParagraph],
      targetFactIds: ["f3", "f4"],
      leadUnit: units.lead,
      coUnits: units.co,
      deadline: "2026-12-31",
      milestones: [],
    },
  ],
  issues: [{ code: "NO_HEADLINE_TARGETS", severity: "warning", message: "未找到主要预期目标段落" }],
};
