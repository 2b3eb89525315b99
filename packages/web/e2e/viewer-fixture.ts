// A small text made like a report, with two facts by hand: the viewer's tests need facts whatever
// the reader finds.
import type { Fact, ReadReportResult } from "@luoshi/report";

export const VIEWER_FIXTURE_TEXT =
  "## 一、2025年工作回顾\n\n全区地区生产总值完成272.45亿元，增长4.7%。\n\n## 三、2026年工作安排\n\n新建5G基站78个以上，新增城镇就业8000人以上。\n";

function fixtureFact(
  id: string,
  quote: string,
  status: Fact["status"],
  metric: string,
  sentence: string,
): Fact {
  const start = VIEWER_FIXTURE_TEXT.indexOf(quote);
  const sentenceStart = VIEWER_FIXTURE_TEXT.indexOf(sentence);
  const value = Number.parseFloat(quote);
  return {
    id,
    quote,
    metric,
    value,
    upperValue: null,
    unit: quote.replace(/^[\d.]+/, "").replace(/以上$/, ""),
    baseValue: quote.includes("亿") ? value * 1e8 : value,
    baseUnit: quote.includes("亿") ? "元" : quote.replace(/^[\d.]+/, "").replace(/以上$/, ""),
    kind: "amount",
    direction: null,
    period: status === "actual" ? "2025" : "2026",
    status,
    comparator: quote.endsWith("以上") ? "gte" : "eq",
    source: { start, end: start + quote.length },
    sentence: { start: sentenceStart, end: sentenceStart + sentence.length },
    sectionId: null,
    themeId: null,
  };
}

export const VIEWER_FIXTURE_FACTS: Fact[] = [
  fixtureFact("gdp", "272.45亿元", "actual", "地区生产总值", "全区地区生产总值完成272.45亿元，增长4.7%。"),
  fixtureFact("5g", "78个以上", "target", "新建5G基站", "新建5G基站78个以上，新增城镇就业8000人以上。"),
];

const TASK_SENTENCE = "新建5G基站78个以上，新增城镇就业8000人以上。";
const taskStart = VIEWER_FIXTURE_TEXT.indexOf(TASK_SENTENCE);

/** What a reader could make of the fixture text: its facts and one drafted task with a target. */
export const WORKSPACE_FIXTURE_READING: ReadReportResult = {
  report: {
    title: null,
    place: null,
    level: "unknown",
    year: 2026,
    date: null,
    speaker: null,
    speakerTitle: null,
    sources: {},
  },
  sections: [],
  themes: [],
  facts: VIEWER_FIXTURE_FACTS,
  tasks: [
    {
      id: "task-5g",
      kind: "theme",
      title: "加快新型基础设施建设",
      area: "聚力产业培育，在特色发展上求突破",
      areaSectionId: null,
      themeId: null,
      source: { start: taskStart, end: taskStart + TASK_SENTENCE.length },
      sentences: [{ start: taskStart, end: taskStart + TASK_SENTENCE.length }],
      targetFactIds: ["5g"],
      leadUnit: { unit: "工业和信息化局", triggers: ["5G"] },
      coUnits: [{ unit: "人力资源和社会保障局", triggers: ["就业"] }],
      deadline: "2026-12-31",
      milestones: [],
    },
  ],
  issues: [],
};
