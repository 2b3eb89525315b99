import { describe, expect, it } from "vitest";
import { segmentText, type TextMark } from "./text-segments.js";

const text = "新建5G基站78个以上，完成投资50亿元以上。";
const fact = (id: string, start: number, end: number, kind: TextMark["kind"] = "target"): TextMark => ({
  id,
  kind,
  span: { start, end },
});

function pieces(marks: TextMark[]) {
  return segmentText(text.length, marks).map((s) => [text.slice(s.start, s.end), s.marks.map((m) => m.id)]);
}

describe("segmentText", () => {
  it("rebuilds the text exactly from its segments", () => {
    const segments = segmentText(text.length, [fact("a", 6, 11), fact("b", 16, 22)]);
    expect(segments.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
  });

  it("puts each highlighted quantity in a segment of its own", () => {
    expect(pieces([fact("a", 6, 11), fact("b", 16, 22)])).toEqual([
      ["新建5G基站", []],
      ["78个以上", ["a"]],
      ["，完成投资", []],
      ["50亿元以上", ["b"]],
      ["。", []],
    ]);
  });

  it("gives a stretch inside a shaded sentence and a fact both marks", () => {
    const sentence = fact("s", 0, 12, "shade");
    expect(pieces([sentence, fact("a", 6, 11)])).toEqual([
      ["新建5G基站", ["s"]],
      ["78个以上", ["s", "a"]],
      ["，", ["s"]],
      ["完成投资50亿元以上。", []],
    ]);
  });

  it("clips marks that run past the text and drops empty ones", () => {
    expect(pieces([fact("a", 20, 99), fact("b", 3, 3)])).toEqual([
      [text.slice(0, 20), []],
      [text.slice(20), ["a"]],
    ]);
  });

  it("returns one unmarked segment for a text without marks", () => {
    expect(pieces([])).toEqual([[text, []]]);
  });

  it("returns no segment for an empty text", () => {
    expect(segmentText(0, [fact("a", 0, 3)])).toEqual([]);
  });
});
