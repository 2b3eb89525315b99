import { describe, expect, it } from "vitest";
import { cleanReportText, toInputSpan } from "./clean-text.js";

const clean = (s: string) => cleanReportText(s).text;

/** The input text a range of the cleaned text stands for. */
function inputOf(input: string, cleanedPart: string): string {
  const c = cleanReportText(input);
  const at = c.text.indexOf(cleanedPart);
  if (at < 0) throw new Error(`${cleanedPart} not in ${c.text}`);
  const span = toInputSpan(c, at, at + cleanedPart.length);
  return input.slice(span.start, span.end);
}

describe("cleanReportText", () => {
  it("joins a sentence that a page break split before a number", () => {
    expect(clean("固定资产投资60.41亿元，增长\n\n8.7%；社会消费品零售总额")).toBe(
      "固定资产投资60.41亿元，增长8.7%；社会消费品零售总额",
    );
  });

  it("joins a word that a page break split in two", () => {
    expect(clean("实际利用外资911.6万美元；货物贸易进出口总\n\n额 4.1 亿元；")).toBe(
      "实际利用外资911.6万美元；货物贸易进出口总额4.1亿元；",
    );
  });

  it("removes the spaces in and around numbers and units", () => {
    expect(clean("完成城区绿化 17.6 万平方米，1.2 万亩高标准农田")).toBe(
      "完成城区绿化17.6万平方米，1.2万亩高标准农田",
    );
  });

  it("keeps the space between two Latin words", () => {
    expect(clean("Public domain")).toBe("Public domain");
  });

  it("drops HTML tags and comments", () => {
    expect(clean("<!-- source: x -->\nPM<sub>2.5</sub>年均浓度下降35.5%")).toBe("\nPM2.5年均浓度下降35.5%");
  });

  it("drops Markdown emphasis and heading marks but keeps the Chinese numbering", () => {
    expect(clean("### （一）聚力产业培育\n\n**强化科技创新战略支撑。**扎实推进")).toBe(
      "（一）聚力产业培育\n\n强化科技创新战略支撑。扎实推进",
    );
  });

  it("folds full-width digits, letters and the percent sign", () => {
    expect(clean("增长５．５％，新建５Ｇ基站")).toBe("增长5.5%，新建5G基站");
  });

  it("makes half-width punctuation Chinese, except inside numbers", () => {
    expect(clean("(一)增长6.4%;实现1,000户!时间12:30")).toBe("（一）增长6.4%；实现1,000户！时间12:30");
  });

  it("reads runs of question marks as the spaces a scraper lost", () => {
    expect(clean("易县人民政府县长?? 王?? 燕")).toBe("易县人民政府县长王燕");
  });

  it("drops note markers that point into a glossary", () => {
    expect(clean("招商引资“双千工程”[1]项目认定37项")).toBe("招商引资“双千工程”项目认定37项");
  });

  it("does not join a heading, a title or a byline to the next line", () => {
    const text =
      "政府工作报告\n\n湛河区人民政府区长 马培翼\n\n各位代表：\n\n（一）产业转型优化升级\n\n全区实现";
    expect(clean(text)).toBe(
      "政府工作报告\n\n湛河区人民政府区长马培翼\n\n各位代表：\n\n（一）产业转型优化升级\n\n全区实现",
    );
  });

  it("joins a session line broken in two, but not to the byline after it", () => {
    const text = "——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利";
    expect(clean(text)).toBe("——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n广东省省长孟凡利");
  });

  it("joins a keyword left alone on its line by a bold span", () => {
    expect(clean("今年经济社会发展的\n主要预期目标\n是：地区生产总值增长4.5%—5%")).toBe(
      "今年经济社会发展的主要预期目标是：地区生产总值增长4.5%—5%",
    );
  });

  it("joins a numbered paragraph that a bold span cut mid-sentence, but not a numbered heading", () => {
    expect(clean("（二）抓项目稳投资，投资较快增长。全年减免\n税费超\n12亿元、惠及5万户。")).toBe(
      "（二）抓项目稳投资，投资较快增长。全年减免税费超12亿元、惠及5万户。",
    );
    expect(clean("（二）抓项目稳投资，扩大有效需求\n全年完成投资12亿元。")).toBe(
      "（二）抓项目稳投资，扩大有效需求\n全年完成投资12亿元。",
    );
  });

  it("does not join a finished sentence to the next paragraph", () => {
    expect(clean("较好完成了各项目标任务。\n\n一年来，主要抓了以下工作：")).toBe(
      "较好完成了各项目标任务。\n\n一年来，主要抓了以下工作：",
    );
  });

  it("maps every cleaned range back to the input as written, stray spaces and breaks included", () => {
    const input = "社会消费品零售总额 106.19 亿元，增长\n\n8.7%；**粮食产量 2.76 万吨以上**";
    expect(inputOf(input, "106.19亿元")).toBe("106.19 亿元");
    expect(inputOf(input, "增长8.7%")).toBe("增长\n\n8.7%");
    expect(inputOf(input, "2.76万吨以上")).toBe("2.76 万吨以上");
  });

  it("drops the backslashes a converter writes before Markdown punctuation", () => {
    const input = "\\## 一、回顾\n\\*\\*强化科技支撑。\\*\\*新增企业12家\n1\\. 产业\n路径C:\\\\data";
    expect(clean(input)).toBe("一、回顾\n强化科技支撑。新增企业12家\n1.产业\n路径C：\\data");
  });

  it("reads a backslash ending a line as a line break, not text", () => {
    expect(clean("零售总额106亿元，增长\\\n8.7%。\\\r\n新增企业12家")).toBe(
      "零售总额106亿元，增长8.7%。\n新增企业12家",
    );
  });

  it("maps a cleaned range back past the escapes to the input as written", () => {
    const input = "\\*\\*总额 4.1 亿元\\*\\*，增长8\\.7\\%";
    expect(inputOf(input, "4.1亿元")).toBe("4.1 亿元");
    expect(inputOf(input, "增长8.7%")).toBe("增长8\\.7\\%");
  });

  it("maps an entity back to the whole entity", () => {
    expect(inputOf("增长&nbsp;5%", "5%")).toBe("5%");
    expect(clean("增长&nbsp;5%")).toBe("增长5%");
  });

  it("keeps its offsets aligned on a lone surrogate", () => {
    const input = "增长\ud8005%";
    const c = cleanReportText(input);
    expect(c.text.length).toBe(c.starts.length);
    expect(c.text.endsWith("5%")).toBe(true);
  });

  it("reads a Markdown table row as its label running into its values, a sentence a row", () => {
    const table =
      "| 指标 | 目标 |\n| --- | :---: |\n| 地区生产总值增长 | 6%左右 |\n| 城镇新增就业 | 5万人 | 5.2万人 |";
    expect(clean(table)).toBe("指标目标。\n地区生产总值增长6%左右。\n城镇新增就业5万人、5.2万人。");
    expect(inputOf(table, "6%左右")).toBe("6%左右");
  });

  describe("hard-wrapped text with indented paragraphs (PDF, fixed-width exports)", () => {
    const paragraphs = [
      "扩大有效投资。全年新开工重点项目60个。加快园区建设。新建标准厂房5万平方米，建成投用物流园区一个。",
      "稳定扩大就业。城镇新增就业2500人以上，发放创业担保贷款3000万元。新建幼儿园3所，改造老旧小区12个，新增养老床位200张。完善社会救助体系，提高低保标准。",
      "办好民生实事。新建城市书房5个，更新公交车辆30辆，改造农村公路50公里，建设口袋公园8个。",
      "提升公共服务。新建社区卫生服务站6个，改造提升乡镇卫生院4所，新增义务教育学位1200个，建成全民健身中心一座，举办群众性体育赛事100场以上。",
    ];
    /** Wraps a paragraph at 20 characters, opening it with a full-width indent. */
    const wrap = (p: string) => {
      const out: string[] = [];
      for (let i = 0; i < p.length; i += 20) out.push(p.slice(i, i + 20));
      return `　　${out.join("\n")}`;
    };
    const wrapped = ["三、2024年重点工作", wrap(paragraphs[0] as string), "（一）保障改善民生"]
      .concat(paragraphs.slice(1).map(wrap))
      .join("\n");

    it("joins the lines of a paragraph, those ending in a full stop included", () => {
      expect(wrapped.split("\n").slice(1, 3)).toEqual([
        "　　扩大有效投资。全年新开工重点项目60个。",
        "加快园区建设。新建标准厂房5万平方米，建",
      ]);
      expect(clean(wrapped).split("\n")).toEqual(
        ["三、2024年重点工作", paragraphs[0], "（一）保障改善民生"].concat(paragraphs.slice(1)),
      );
    });

    it("leaves text whose lines are paragraphs as it is", () => {
      const lines = [
        "各位代表：",
        "一、2023年工作回顾",
        "过去一年，我们完成了全年目标任务。",
        "新建农村公路35公里。",
      ];
      expect(clean(lines.join("\n"))).toBe(lines.join("\n"));
    });
  });
});
