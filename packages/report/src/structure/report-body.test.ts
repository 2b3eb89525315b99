import { describe, expect, it } from "vitest";
import { cleanReportText } from "../text/clean-text.js";
import { splitLines } from "../text/lines.js";
import { findReportBody } from "./report-body.js";

const lines = (text: string) => splitLines(cleanReportText(text).text);
const lineOf = (text: string, k: number | null) => (k === null ? null : (lines(text)[k]?.text ?? null));

const SCRAPED = `工作报告
2022年某某县政府工作报告
时间：2023-01-24????						作者：中国县域
内容摘要：
政府工作报告——2022年1月27日在某某县第十七届人民代表大会第二次会议上某某县人民政府县长 王 燕 各位代表：现在......
政府工作报告
——2022年1月27日在某某县第十七届人民代表大会第二次会议上
某某县人民政府县长?? 王?? 燕
各位代表：
一、2021年工作回顾
全县地区生产总值完成81.16亿元。
分享到：
上一篇：
2021年另一县政府工作报告`;

describe("findReportBody", () => {
  it("starts at the report's own title, after the site chrome and the repeated summary", () => {
    const body = findReportBody(lines(SCRAPED));
    expect(lineOf(SCRAPED, body.startLine)).toBe("政府工作报告");
    expect(lineOf(SCRAPED, body.sessionLine)).toMatch(/^——2022年1月27日/);
    expect(lineOf(SCRAPED, body.bylineLine)).toBe("某某县人民政府县长王燕");
    expect(lineOf(SCRAPED, body.salutationLine)).toBe("各位代表：");
  });

  it("ends before the link list that names other places and years", () => {
    const body = findReportBody(lines(SCRAPED));
    expect(lineOf(SCRAPED, body.endLine - 1)).toBe("全县地区生产总值完成81.16亿元。");
  });

  it("ends at a page's counter and footer lines, which hold numbers but no facts", () => {
    const text = "各位代表：\n一、工作回顾\n新建学校3所。\n浏览次数：356次\n主办单位：某某县人民政府办公室";
    expect(lineOf(text, findReportBody(lines(text)).endLine - 1)).toBe("新建学校3所。");
  });

  it("ends at a news site's source line and before the report printed a second time", () => {
    const sourced = "各位代表：\n一、工作回顾\n正文。\n来源：某某日报\n北山市\n南河市";
    expect(lineOf(sourced, findReportBody(lines(sourced)).endLine - 1)).toBe("正文。");
    const twice =
      "某某县政府工作报告\n各位代表：\n一、工作回顾\n正文。\n领导之窗\n某某县政府工作报告\n——2023年1月5日在某某县第十届人民代表大会第二次会议上\n各位代表：\n一、工作回顾\n正文。";
    expect(findReportBody(lines(twice)).endLine).toBe(5);
  });

  it("ends before a glossary, but keeps an annex of this year's projects", () => {
    const text =
      "各位代表：\n一、工作回顾\n正文。\n附件1\n2026年省十件民生实事\n一、提高低保标准。\n附件2\n名词解释\n1.“四上”企业：";
    const body = findReportBody(lines(text));
    expect(lineOf(text, body.annexLine)).toBe("附件1");
    expect(lineOf(text, body.endLine - 1)).toBe("一、提高低保标准。");
  });

  it("ends before a `※注释※` glossary and an editor's credit", () => {
    const text = "各位代表：\n正文。\n※注释※\n[1]“双千工程”：每年引进资金1000亿元。";
    expect(findReportBody(lines(text)).endLine).toBe(2);
    const credit = "各位代表：\n正文。\n（责任编辑：宋雅静）";
    expect(findReportBody(lines(credit)).endLine).toBe(2);
  });

  it("starts after a scraper's `正文：` label when the page has no salutation", () => {
    const text =
      "标题：2024年某市政府工作报告\n发文单位：某市人民政府\n正文：\n\n——奋力推动高质量发展\n今年政府工作的总体要求是：";
    expect(lineOf(text, findReportBody(lines(text)).startLine)).toBe("");
    expect(findReportBody(lines(text)).startLine).toBe(3);
  });
});
