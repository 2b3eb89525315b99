// The bench's reference adapter must give the reference its fair due: values resolved, units mapped
// back, spans that cite the number.
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { extractWithReference } from "./reference-extractor.mjs";

interface ReferenceFact {
  quote: string;
  value: number;
  base_value: number;
  base_unit: string;
  source: { start: number; end: number };
}

const extract = (text: string): ReferenceFact[] => extractWithReference(text);

describe("extractWithReference", () => {
  it("turns a currency into yuan with the value as written", () => {
    const text = "全区实现地区生产总值272.45亿元，增长4.7%。";
    const facts = extract(text);
    expect(facts.map((f) => [f.value, f.base_value, f.base_unit])).toEqual([
      [272.45, 27245000000, "元"],
      [4.7, 4.7, "%"],
    ]);
    expect(text.slice(facts[0]!.source.start, facts[0]!.source.end)).toBe("272.45亿元");
  });

  it("maps a dimension's English unit back to the Chinese one", () => {
    expect(extract("新建成高标准农田 1.2 万亩。").map((f) => [f.base_value, f.base_unit])).toEqual([
      [12000, "亩"],
    ]);
  });

  it("gives a bare number the counting unit that follows it, and drops a number without one", () => {
    const facts = extract("2026年新建 5G 基站 78 个以上。");
    expect(facts.map((f) => [f.base_value, f.base_unit])).toEqual([[78, "个"]]);
  });

  it("offsets every span by the line it stands on", () => {
    const text = "第一行没有数字。\n新增就业8000人。";
    const [fact] = extract(text);
    expect(text.slice(fact!.source.start, fact!.source.end)).toBe("8000人");
  });
});
