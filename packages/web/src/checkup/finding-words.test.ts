import { describe, expect, it } from "vitest";
import { CHECK_NAMES, lineFinder } from "./finding-words.js";

describe("lineFinder", () => {
  const lineOf = lineFinder("一、总体要求\n\n（一）稳增长\n");

  it("puts the first character on line 1", () => {
    expect(lineOf(0)).toBe(1);
  });

  it("counts blank lines", () => {
    expect(lineOf("一、总体要求\n\n".length)).toBe(3);
  });

  it("keeps a line's newline on that line", () => {
    expect(lineOf("一、总体要求".length)).toBe(1);
  });
});

describe("CHECK_NAMES", () => {
  it("names every check in Chinese", () => {
    for (const name of Object.values(CHECK_NAMES)) expect(name).toMatch(/[\u4e00-\u9fff]/);
  });
});
