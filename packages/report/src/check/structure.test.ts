import { describe, expect, it } from "vitest";
import { checkReport } from "./check-report.js";
import type { CheckCode } from "./check-types.js";
import { flagged, smallReport } from "./report-fixtures.js";

const findingsOf = (text: string, ...codes: CheckCode[]) =>
  checkReport(text).findings.filter((f) => codes.includes(f.code));

const NUMBERING: CheckCode[] = ["NUMBERING_GAP", "NUMBERING_REPEAT", "NUMBERING_ORDER"];

function tasks(headings: readonly string[]): string {
  return smallReport("易县", 2026, [
    "## 一、2025年工作回顾",
    "全县经济稳中有进。",
    "## 二、2026年重点工作",
    ...headings.flatMap((h) => [h, "扎实推进各项工作，确保取得实效。"]),
  ]);
}

describe("numbering of headings", () => {
  it("accepts （一） to （四） in order", () => {
    expect(
      findingsOf(
        tasks(["### （一）稳就业", "### （二）促投资", "### （三）惠民生", "### （四）保安全"]),
        ...NUMBERING,
      ),
    ).toEqual([]);
  });

  it("flags a gap and names the missing number", () => {
    const text = tasks(["### （一）稳就业", "### （二）促投资", "### （四）保安全"]);
    const [finding] = findingsOf(text, ...NUMBERING);
    expect(finding?.code).toBe("NUMBERING_GAP");
    expect(flagged(text, [finding!])).toEqual(["### （四）保安全"]);
    expect(finding?.message).toContain("缺少“（三）”");
  });

  it("flags a repeated number", () => {
    const text = tasks(["### （一）稳就业", "### （二）促投资", "### （二）惠民生", "### （三）保安全"]);
    const findings = findingsOf(text, ...NUMBERING);
    expect(findings.map((f) => f.code)).toEqual(["NUMBERING_REPEAT"]);
    expect(flagged(text, findings)).toEqual(["### （二）惠民生"]);
  });

  it("flags a step back", () => {
    const text = tasks(["### （一）稳就业", "### （三）促投资", "### （二）惠民生"]);
    expect(findingsOf(text, ...NUMBERING).map((f) => f.code)).toEqual(["NUMBERING_GAP", "NUMBERING_ORDER"]);
  });

  it("accepts a list that starts again at （一） for a new group, as 易县's report does", () => {
    const text = tasks([
      "### （一）产业行动",
      "### （二）城乡行动",
      "### （一）科创赛道",
      "### （二）能源赛道",
      "### （三）文旅赛道",
    ]);
    expect(findingsOf(text, ...NUMBERING)).toEqual([]);
  });

  it("flags part headings out of sequence (一、 then 三、)", () => {
    const text = smallReport("易县", 2026, [
      "## 一、2025年工作回顾",
      "全县经济稳中有进。",
      "## 三、2026年重点工作",
      "抓好各项工作。",
    ]);
    expect(flagged(text, findingsOf(text, ...NUMBERING))).toEqual(["## 三、2026年重点工作"]);
  });
});

describe("the number of items a sentence announces", () => {
  it("flags 重点做好四个方面的工作 followed by three headings", () => {
    const text = tasks([
      "重点做好四个方面的工作：",
      "### （一）稳就业",
      "### （二）促投资",
      "### （三）惠民生",
    ]);
    const findings = findingsOf(text, "ITEM_COUNT_MISMATCH");
    expect(flagged(text, findings)).toEqual(["重点做好四个方面的工作："]);
    expect(findings[0]?.message).toContain("共3项");
  });

  it("does not count headings further on when the announced items are 一是、二是 paragraphs", () => {
    const text = tasks([
      "重点做好三个方面的工作：",
      "一是稳定就业。",
      "二是扩大投资。",
      "三是改善民生。",
      "### （一）稳就业",
      "### （二）促投资",
    ]);
    expect(findingsOf(text, "ITEM_COUNT_MISMATCH")).toEqual([]);
  });

  it("accepts an announcement that matches its list", () => {
    const text = tasks([
      "重点做好三个方面的工作：",
      "### （一）稳就业",
      "### （二）促投资",
      "### （三）惠民生",
    ]);
    expect(findingsOf(text, "ITEM_COUNT_MISMATCH")).toEqual([]);
  });
});

describe("Markdown levels of the headings", () => {
  it("flags a second-level heading written at the first level's Markdown level", () => {
    const text = tasks(["### （一）稳就业", "## （二）促投资", "### （三）惠民生"]);
    const findings = findingsOf(text, "HEADING_LEVEL_MIXED");
    expect(flagged(text, findings)).toEqual(["## （二）促投资"]);
    expect(findings[0]?.message).toContain("“###”");
  });

  it("accepts headings without Markdown marks", () => {
    const text = smallReport("易县", 2026, [
      "一、2025年工作回顾",
      "全县经济稳中有进。",
      "二、2026年重点工作",
      "（一）稳就业",
      "抓好就业工作。",
      "（二）促投资",
      "抓好投资工作。",
    ]);
    expect(findingsOf(text, "HEADING_LEVEL_MIXED")).toEqual([]);
  });
});

describe("bold lead-ins", () => {
  it("flags a theme lead-in left plain among bold ones", () => {
    const text = tasks([
      "### （一）稳就业",
      "**稳定扩大就业。**新增城镇就业3000人以上，开展职业技能培训。",
      "强化创业带动。落实创业担保贷款政策，支持返乡创业。",
      "**兜牢民生底线。**做好困难群众帮扶，确保应保尽保。",
    ]);
    expect(flagged(text, findingsOf(text, "LEAD_IN_NOT_BOLD"))).toEqual(["强化创业带动。"]);
  });

  it("flags run-in lead-ins left plain in paragraphs parallel to ones with bold lead-ins", () => {
    const text = smallReport("易县", 2026, [
      "## 一、2025年工作回顾",
      "五年来，我们抓产业、促升级，发展优势全面提升。**农业基础持续稳固。**建成高标准农田5万亩。工业发展稳中有进。完成工业投资59.1亿元。",
      "五年来，我们抓民生、促和谐，发展成果普惠共享。公共服务不断完善。新增学位3240个。",
    ]);
    expect(flagged(text, findingsOf(text, "LEAD_IN_NOT_BOLD"))).toEqual([
      "工业发展稳中有进。",
      "公共服务不断完善。",
    ]);
  });

  it("accepts a report whose lead-ins are all plain", () => {
    const text = tasks([
      "### （一）稳就业",
      "稳定扩大就业。新增城镇就业3000人以上。",
      "强化创业带动。落实创业担保贷款政策。",
    ]);
    expect(findingsOf(text, "LEAD_IN_NOT_BOLD")).toEqual([]);
  });
});
