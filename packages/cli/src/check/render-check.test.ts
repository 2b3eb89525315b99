import { describe, expect, it } from "vitest";
import { displayWidth, locate, markSpan } from "./render-check.js";

describe("locate", () => {
  it("gives the 1-based line of an offset and that line's range", () => {
    const text = "第一行\n第二行有内容\n";
    expect(locate(text, 6)).toEqual({ line: 2, start: 4, end: 10 });
    expect(locate(text, 0)).toEqual({ line: 1, start: 0, end: 3 });
  });
});

describe("displayWidth", () => {
  it("counts Chinese characters and full-width punctuation as two columns, ASCII as one", () => {
    expect(displayWidth("健康漯河")).toBe(8);
    expect(displayWidth("5G，")).toBe(4);
  });
});

describe("markSpan", () => {
  it("underlines the span under the Chinese text it marks", () => {
    const text = "扎实推进“健康漯河”建设。";
    const start = text.indexOf("漯河");
    const [line, carets] = markSpan(text, { start, end: start + 2 }, "").split("\n");
    expect(line).toBe(text);
    expect(carets).toBe(`${" ".repeat(displayWidth("扎实推进“健康"))}^^^^`);
  });

  it("cuts a long line to the text around the span", () => {
    const text = `${"甲".repeat(100)}漯河${"乙".repeat(100)}`;
    const [line] = markSpan(text, { start: 100, end: 102 }, "").split("\n");
    expect(line).toBe(`…${"甲".repeat(24)}漯河${"乙".repeat(24)}…`);
  });
});
