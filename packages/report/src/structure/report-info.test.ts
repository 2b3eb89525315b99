import { describe, expect, it } from "vitest";
import { cleanReportText } from "../text/clean-text.js";
import { splitLines } from "../text/lines.js";
import { findReportBody } from "./report-body.js";
import type { HeadingYears } from "./report-info.js";
import { planStartYear, readReportInfo } from "./report-info.js";

function info(text: string, headingYears: HeadingYears = { reviewYear: null, taskYear: null }) {
  const clean = cleanReportText(text);
  const lines = splitLines(clean.text);
  return readReportInfo(clean, lines, findReportBody(lines), headingYears);
}

describe("readReportInfo", () => {
  it("reads place, year, date and speaker from the session line and byline", () => {
    const text =
      "政府工作报告\n——2026年1月26日在河南省第十四届人民代表大会第四次会议上\n河南省人民政府省长 王凯\n各位代表：";
    expect(info(text)).toMatchObject({
      title: "政府工作报告",
      place: "河南省",
      level: "province",
      year: 2026,
      date: "2026-01-26",
      speaker: "王凯",
      speakerTitle: "省长",
    });
  });

  it("reads the place from a title that names the government (`2025年西河区人民政府工作报告`)", () => {
    expect(info("2025年西河区人民政府工作报告\n各位代表：")).toMatchObject({
      place: "西河区",
      level: "county",
      year: 2025,
    });
  });

  it("reads a year's work summary title: the place, the year reviewed, and the next for its plans", () => {
    expect(info("西河区人民政府关于2024年度工作总结的报告\n2024年，全区经济平稳运行。")).toMatchObject({
      title: "西河区人民政府关于2024年度工作总结的报告",
      place: "西河区",
      level: "county",
      year: 2025,
      reviewedYear: 2024,
    });
    expect(info("西河区人民政府关于2024年工作总结和2025年工作计划的报告\n正文。")).toMatchObject({
      place: "西河区",
      year: 2025,
      reviewedYear: 2024,
    });
    expect(info("2025年西河区人民政府工作报告\n各位代表：").reviewedYear).toBeUndefined();
  });

  it("reads a session held in December as the next year's report", () => {
    const text =
      "——2023年12月28日在某某县第十八届人民代表大会第三次会议上\n某某县人民政府县长 张三\n各位代表：";
    expect(info(text, { reviewYear: 2023, taskYear: 2024 })).toMatchObject({
      year: 2024,
      date: "2023-12-28",
    });
  });

  it("reads a date written in Chinese numerals", () => {
    const text =
      "——二〇二五年一月十四日在某某县第十八届人民代表大会第五次会议上\n某某县人民政府代县长 丁 磊\n各位代表：";
    expect(info(text)).toMatchObject({
      year: 2025,
      date: "2025-01-14",
      speaker: "丁磊",
      speakerTitle: "代县长",
    });
  });

  it("takes the place from the byline when the session line says only `县`", () => {
    const text = "——2022年1月27日在县十七届人民代表大会第二次会议上\n涞源县人民政府县长 王燕\n各位代表：";
    expect(info(text)).toMatchObject({ place: "涞源县", level: "county" });
  });

  it("knows a national report from `我代表国务院`, and its year from the headings", () => {
    const text = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。";
    expect(info(text, { reviewYear: 2024, taskYear: null })).toMatchObject({
      place: "国务院",
      level: "national",
      year: 2025,
    });
  });

  it("reads a byline split over two lines, the title above the name", () => {
    const text =
      "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理　\n李　强\n各位代表：";
    expect(info(text)).toMatchObject({
      place: "国务院",
      level: "national",
      speaker: "李强",
      speakerTitle: "总理",
    });
  });

  it("reads the year from `开局之年` when nothing else names it", () => {
    const text = "各位代表：\n今年是“十五五”开局之年，做好政府工作意义重大。";
    expect(info(text).year).toBe(2026);
  });

  it("reads a scraper's title field when the page has no title line", () => {
    const text =
      "标题：2024年保定市政府工作报告\n发文单位：保定市人民政府\n正文：\n今年政府工作的总体要求是：";
    expect(info(text)).toMatchObject({
      title: "2024年保定市政府工作报告",
      place: "保定市",
      year: 2024,
      level: "city",
    });
  });
});

describe("planStartYear", () => {
  it("dates the five-year plans", () => {
    expect(planStartYear(14)).toBe(2021);
    expect(planStartYear(15)).toBe(2026);
    expect(planStartYear(11)).toBe(2006);
  });
});
