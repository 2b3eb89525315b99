import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readReport } from "../read-report.js";
import { checkReport } from "./check-report.js";
import type { CheckCode, CheckFinding } from "./check-types.js";

const shared = fileURLToPath(new URL("../../../../../shared/", import.meta.url));
const seedPath = `${shared}seeds/000_ce1c9eea1a55d054.txt`;
const available = existsSync(seedPath);
if (!available && process.env.CI === "true") throw new Error(`../shared is missing: ${seedPath}`);

type Expected = [code: CheckCode, line: number, text: string];

/** Each finding as [code, 1-based line, the flagged text], in reading order. */
function listed(text: string, findings: readonly CheckFinding[]): Expected[] {
  return findings.map((f) => [
    f.code,
    text.slice(0, f.source.start).split("\n").length,
    text.slice(f.source.start, f.source.end),
  ]);
}

describe.skipIf(!available)("checkReport on the seed report (湛河区 2026)", () => {
  const text = available ? readFileSync(seedPath, "utf8") : "";

  it("reports exactly the slips a drafter must fix, and nothing else", () => {
    expect(listed(text, checkReport(text).findings)).toEqual<Expected[]>([
      ["HEADING_LEVEL_MIXED", 26, "## （二）项目建设稳步推进，发展动能显著提升"],
      ["HEADING_LEVEL_MIXED", 38, "#### （四）民生福祉持续改善，社会事业均衡发展"],
      ["HEADING_LEVEL_MIXED", 44, "#### （五）安全底线切实守牢，社会治理平稳有序"],
      ["HEADING_LEVEL_MIXED", 48, "## （六）作风建设持续推进，服务效能明显提升"],
      ["LEAD_IN_NOT_BOLD", 56, "工业发展稳中有进。"],
      ["LEAD_IN_NOT_BOLD", 56, "服务业稳步攀升。"],
      ["LEAD_IN_NOT_BOLD", 58, "项目建设顺利推进。"],
      ["LEAD_IN_NOT_BOLD", 58, "有效投资持续扩大。"],
      ["LEAD_IN_NOT_BOLD", 66, "城区功能不断完善。"],
      ["LEAD_IN_NOT_BOLD", 66, "乡村振兴步伐加快。"],
      ["LEAD_IN_NOT_BOLD", 66, "生态环境明显改善。"],
      // “两降一增” on line 36, “两降一升” here: the same air-quality result.
      ["NEAR_TWIN_PHRASE", 66, "两降一升"],
      ["LEAD_IN_NOT_BOLD", 70, "公共服务不断完善。"],
      ["PLACE_OTHER_JURISDICTION", 70, "漯河"], // 健康漯河
      ["LEAD_IN_NOT_BOLD", 70, "民生福祉日益增进。"],
      ["LEAD_IN_NOT_BOLD", 70, "社会氛围和谐安定。"],
      ["PLACE_OTHER_JURISDICTION", 72, "漯河"], // 平安漯河
      ["PLACE_OTHER_JURISDICTION", 72, "漯河"], // 法治漯河
      ["PLACE_OTHER_JURISDICTION", 72, "漯河"], // 漯河法治在线
      ["PLACE_OTHER_JURISDICTION", 74, "漯河区"], // 参与漯河区建设
      ["PLACE_OTHER_JURISDICTION", 74, "漯河区"], // 支持漯河区发展
      ["PLACE_OTHER_JURISDICTION", 92, "湛江"], // 高水平平安湛江建设
      ["HEADING_LEVEL_MIXED", 100, "### 三、2026 年重点工作安排"],
      ["TARGET_BELOW_RESULT", 112, "6 家"], // 新增创新型中小企业: 10 in 2025
      ["HEADING_LEVEL_MIXED", 122, "## （二）聚力项目建设，在有效投资上强动能"],
      ["TARGET_BELOW_RESULT", 128, "50 亿元以上"], // 完成投资: 58.2 亿元 in 2025
      ["HEADING_LEVEL_MIXED", 148, "#### （四）聚力城市建管，在功能品质上做文章"],
      ["TARGET_BELOW_RESULT", 158, "1000个以上"], // 停车位: 1200 in 2025
      ["HEADING_LEVEL_MIXED", 160, "#### （五）聚力乡村振兴，在兴业宜居上见实效"],
      ["HEADING_LEVEL_MIXED", 172, "#### （六）聚力民生保障，在普惠共享上增福祉"],
      ["TARGET_BELOW_RESULT", 178, "11000人次"], // 职业技能培训: 17121 人次 in 2025
      ["TARGET_BELOW_RESULT", 178, "8000人以上"], // 新增城镇就业: 15461 人 in 2025
      ["PLACE_OTHER_JURISDICTION", 184, "漯河"], // 讲好漯河故事
      ["PLACE_OTHER_JURISDICTION", 210, "湛江"], // 以湛江高质量发展为己任
      ["PLACE_OTHER_JURISDICTION", 216, "漯河"], // 开创漯河高质量发展、高效能治理新局面
    ]);
  });

  it("quotes the phrase and names both jurisdictions in a place-name finding", () => {
    const finding = checkReport(text).findings.find((f) => f.code === "PLACE_OTHER_JURISDICTION");
    expect(finding?.severity).toBe("error");
    expect(finding?.message).toContain("“健康漯河”");
    expect(finding?.message).toContain("河南省漯河市");
    expect(finding?.message).toContain("湛河区");
  });

  it("asks, not accuses, about the employment target set below last year's result", () => {
    const finding = checkReport(text).findings.find(
      (f) => f.code === "TARGET_BELOW_RESULT" && text.slice(f.source.start, f.source.end) === "8000人以上",
    );
    expect(finding?.severity).toBe("question");
    expect(finding?.related?.map((r) => text.slice(r.start, r.end))).toEqual(["15461人"]);
  });

  it("points the near-twin finding at the other spelling", () => {
    const finding = checkReport(text).findings.find((f) => f.code === "NEAR_TWIN_PHRASE");
    expect(finding?.related?.map((r) => text.slice(r.start, r.end))).toEqual(["两降一增"]);
  });

  it("gives the same findings whether it reads the report itself or is handed the reader's result", () => {
    expect(checkReport(text, readReport(text))).toEqual(checkReport(text));
  });
});

// Every finding below was read against the text: the count announcement of 保定市-2024 is true of
// the excerpt as stored (ten announced, six present); the targets below last year's results are
// the stated figures of the same indicator. No other finding is expected.
const corpus: Record<string, Expected[]> = {
  "保定市-2024.md": [["ITEM_COUNT_MISMATCH", 14, "突出抓好十方面工作："]],
  "保定市-2025.md": [],
  "国务院-2025.md": [],
  "广东省-2026.md": [["TARGET_BELOW_RESULT", 138, "110万人以上"]],
  "易县-2025.md": [],
  "河南省-2026.md": [["TARGET_BELOW_RESULT", 84, "200万人次"]],
  "涞源县-2022.md": [["TARGET_BELOW_RESULT", 34, "31.5公里"]],
};

describe.skipIf(!available)("checkReport on the corpus of real reports", () => {
  for (const [name, expected] of Object.entries(corpus)) {
    it(`finds in ${name} only what a reading confirms`, () => {
      const text = readFileSync(`${shared}corpus/${name}`, "utf8");
      expect(listed(text, checkReport(text).findings)).toEqual(expected);
    });
  }
});

// A neighbour's report copied without changing its name: the real texts above with the report's own
// name replaced in the set phrases, as a drafting slip would leave them.
const planted: Array<[file: string, own: string, slip: string, flaggedName: string]> = [
  ["河南省-2026.md", "平安河南", "平安湖北", "湖北"],
  ["广东省-2026.md", "广东高质量发展", "福建高质量发展", "福建"],
  ["易县-2025.md", "法治易县", "法治涞水", "涞水"],
  ["涞源县-2022.md", "平安涞源", "平安阜平", "阜平"],
];

describe.skipIf(!available)("checkReport on real reports with another place's name planted", () => {
  for (const [name, own, slip, flaggedName] of planted) {
    it(`finds “${slip}” in ${name} and nothing new besides`, () => {
      const original = readFileSync(`${shared}corpus/${name}`, "utf8");
      const text = original.replace(own, slip);
      const added = checkReport(text).findings.filter(
        (f) =>
          !(corpus[name] ?? []).some(
            ([code, , t]) => code === f.code && t === text.slice(f.source.start, f.source.end),
          ),
      );
      expect(added.map((f) => [f.code, text.slice(f.source.start, f.source.end)])).toEqual([
        ["PLACE_OTHER_JURISDICTION", flaggedName],
      ]);
    });
  }
});

describe.skipIf(!available)("checkReport on pieces of real reports", () => {
  it("never throws and keeps every span inside the input, whatever piece it is given", () => {
    const text = readFileSync(seedPath, "utf8") + readFileSync(`${shared}corpus/易县-2025.md`, "utf8");
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 60; i++) {
      const start = Math.floor(next() * text.length);
      const piece = text.slice(start, start + Math.floor(next() * 6000));
      for (const f of checkReport(piece).findings) {
        for (const span of [f.source, ...(f.related ?? [])]) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(piece.length);
        }
      }
    }
  });
});

describe("checkReport on texts without a report in them", () => {
  it("returns no findings for an empty input", () => {
    expect(checkReport("").findings).toEqual([]);
    expect(checkReport(" \n\n").findings).toEqual([]);
  });

  it("returns no findings for plain prose that is not a report", () => {
    expect(checkReport("今天天气很好。我们去公园散步，看到了很多花。").findings).toEqual([]);
  });
});

describe("checkReport on a clean county report", () => {
  const clean = [
    "# 易县2026年政府工作报告",
    "",
    "——2026年1月12日在易县第十八届人民代表大会第五次会议上",
    "",
    "易县人民政府县长 张明",
    "",
    "各位代表：",
    "",
    "现在，我代表县人民政府向大会报告工作，请予审议。",
    "",
    "## 一、2025年工作回顾",
    "",
    "全县地区生产总值186.3亿元，增长5.2%。新增城镇就业4200人，其中高校毕业生就业1200人。深化平安易县、法治易县建设，推进平安保定、健康河北建设，讲好易县故事。与涞源县、涞水县共建康养基地，京雄高速易县段建成通车。",
    "",
    "## 二、2026年重点工作",
    "",
    "今年主要预期目标是：地区生产总值增长6%左右，新增城镇就业4000人以上。",
    "",
    "重点做好三个方面的工作：",
    "",
    "### （一）稳定扩大就业",
    "",
    "**稳定扩大就业。**新增城镇就业4000人以上，开展“技能照亮前程”培训行动。",
    "",
    "### （二）推进城乡建设",
    "",
    "**推进城乡建设。**改造老旧小区20个，以易县高质量发展为己任。",
    "",
    "### （三）加强生态保护",
    "",
    "**加强生态保护。**森林覆盖率达到35%，空气质量实现“两降一增”。",
    "",
    "各位代表！让我们团结一心，努力开创易县高质量发展新局面！",
    "",
  ].join("\n");

  it("reports nothing: own place names, parents and partners, numbering and bold all in order", () => {
    expect(listed(clean, checkReport(clean).findings)).toEqual([]);
  });
});
