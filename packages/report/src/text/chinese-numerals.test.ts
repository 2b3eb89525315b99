import { describe, expect, it } from "vitest";
import { parseChineseNumeral } from "./chinese-numerals.js";

describe("parseChineseNumeral", () => {
  it("reads years written digit by digit", () => {
    expect(parseChineseNumeral("二〇二四")).toBe(2024);
    expect(parseChineseNumeral("二零一九")).toBe(2019);
  });

  it("reads positional numerals with 十, 百, 千 and 万", () => {
    expect(parseChineseNumeral("十")).toBe(10);
    expect(parseChineseNumeral("十四")).toBe(14);
    expect(parseChineseNumeral("二十七")).toBe(27);
    expect(parseChineseNumeral("一百零五")).toBe(105);
    expect(parseChineseNumeral("三千")).toBe(3000);
    expect(parseChineseNumeral("两万")).toBe(20000);
  });

  it("refuses text that is not a numeral", () => {
    expect(parseChineseNumeral("十五五规划")).toBeNull();
    expect(parseChineseNumeral("")).toBeNull();
  });
});
