import { describe, expect, it } from "vitest";
import { readReport } from "./read-report.js";

describe("readReport", () => {
  it("reports an empty input as an EMPTY_INPUT issue instead of throwing", () => {
    const result = readReport("  \n\n ");
    expect(result.issues.map((i) => i.code)).toEqual(["EMPTY_INPUT"]);
    expect(result.facts).toEqual([]);
  });
});
