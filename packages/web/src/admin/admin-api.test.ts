import { describe, expect, it } from "vitest";
import { parseKeywords } from "./admin-api.js";

describe("parseKeywords", () => {
  it("splits at Chinese and Latin commas, 、 and whitespace", () => {
    expect(parseKeywords("5G，基站、算力, 数据中心 信息化")).toEqual([
      "5G",
      "基站",
      "算力",
      "数据中心",
      "信息化",
    ]);
  });

  it("drops blanks and repeated words", () => {
    expect(parseKeywords("  交通，，交通、 ")).toEqual(["交通"]);
  });
});
