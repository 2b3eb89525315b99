import { describe, expect, it } from "vitest";
import { checkReport } from "./check-report.js";
import type { CheckCode } from "./check-types.js";
import { flagged, smallReport } from "./report-fixtures.js";

const findingsOf = (text: string, code: CheckCode) =>
  checkReport(text).findings.filter((f) => f.code === code);
const report = (...paragraphs: string[]) =>
  smallReport("易县", 2026, ["## 一、2025年工作回顾", ...paragraphs]);

describe("one set phrase spelt two ways", () => {
  it("flags 两降一升 beside 两降一增 and points at the other spelling", () => {
    const text = report("空气质量实现“两降一增”。", "五年来，空气质量实现“两降一升”。");
    const findings = findingsOf(text, "NEAR_TWIN_PHRASE");
    expect(flagged(text, findings)).toEqual(["两降一升"]);
    expect(findings[0]?.related?.map((r) => text.slice(r.start, r.end))).toEqual(["两降一增"]);
  });

  it("flags the rarer spelling when one is used more often", () => {
    const text = report("实现“两降一升”。", "继续“两降一增”。", "巩固“两降一升”成果。");
    expect(flagged(text, findingsOf(text, "NEAR_TWIN_PHRASE"))).toEqual(["两降一增"]);
  });

  it("accepts slogans that differ in meaning (“四个意识”“四个自信”, “两癌”“两筛”)", () => {
    const text = report("增强“四个意识”，坚定“四个自信”，做到“两个维护”，完成“两癌”“两筛”。");
    expect(findingsOf(text, "NEAR_TWIN_PHRASE")).toEqual([]);
  });
});

describe("repeated sentences", () => {
  it("flags the second copy of a sentence", () => {
    const sentence = "深入推进法治政府建设，提高依法行政能力。";
    const text = report(`办结人大代表建议38件。${sentence}`, `加强审计监督。${sentence}`);
    const findings = findingsOf(text, "DUPLICATE_SENTENCE");
    expect(findings.map((f) => f.source.start)).toEqual([text.lastIndexOf(sentence)]);
    expect(findings[0]?.related?.[0]?.start).toBe(text.indexOf(sentence));
  });

  it("reports a passage written twice once, pointing at its first copy", () => {
    const passage = [
      "深入推进法治政府建设，提高依法行政能力。",
      "加强审计监督，强化审计整改和结果运用。",
      "严格落实中央八项规定及其实施细则精神。",
    ].join("");
    const text = report(`办结人大代表建议38件。${passage}`, "全面完成年度目标。", passage);
    const findings = findingsOf(text, "DUPLICATE_SENTENCE");
    expect(findings).toHaveLength(1);
    expect(flagged(text, findings)).toEqual([passage]);
    expect(findings[0]?.related?.[0]?.start).toBe(text.indexOf(passage));
    expect(findings[0]?.message).toContain("连续3句");
  });

  it("accepts short sentences that reports repeat on purpose", () => {
    expect(
      findingsOf(report("各位代表！成绩来之不易。", "各位代表！成绩来之不易。"), "DUPLICATE_SENTENCE"),
    ).toEqual([]);
  });

  it("ignores a scraped summary line that repeats the opening", () => {
    const opening = "现在，我代表县人民政府向大会报告工作，请予审议。";
    const text = `内容摘要：\n政府工作报告 各位代表：${opening}......\n\n${smallReport("易县", 2026, ["## 一、2025年工作回顾", "全县经济稳中有进。"])}`;
    expect(findingsOf(text, "DUPLICATE_SENTENCE")).toEqual([]);
  });
});

describe("quotation marks and brackets in pairs", () => {
  it("flags an opening quotation mark never closed", () => {
    const text = report("开展“技能照亮前程培训行动。");
    const findings = findingsOf(text, "UNBALANCED_PAIR");
    expect(flagged(text, findings)).toEqual(["“"]);
    expect(findings[0]?.message).toContain("没有对应的“””");
  });

  it("flags a closing bracket without its opening one", () => {
    const text = report("完成稻香路小学一期）建设。");
    expect(flagged(text, findingsOf(text, "UNBALANCED_PAIR"))).toEqual(["）"]);
  });

  it("accepts a quotation a page break cut over two lines", () => {
    expect(findingsOf(report("开展“技能照\n\n亮前程”培训行动。"), "UNBALANCED_PAIR")).toEqual([]);
  });

  it("accepts nested and half-width pairs, and list markers like 1）", () => {
    const text = report("落实《关于“十五五”规划(2026—2030年)的建议》。", "1）完成道路建设。");
    expect(findingsOf(text, "UNBALANCED_PAIR")).toEqual([]);
  });
});
