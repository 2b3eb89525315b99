import { describe, expect, it } from "vitest";
import { factsMdFields } from "../test-support/facts-md.js";
import { smallReportResult } from "../test-support/small-report.js";
import { renderJson } from "./render-json.js";

describe("renderJson", () => {
  const doc = JSON.parse(renderJson(smallReportResult));

  it("holds report, facts, tasks, sections and issues", () => {
    expect(Object.keys(doc)).toEqual(["report", "facts", "tasks", "sections", "issues"]);
  });

  it("writes facts in the FACTS.md wire format with their id", () => {
    expect(Object.keys(doc.facts[0]).sort()).toEqual(["id", ...factsMdFields].sort());
    expect(doc.facts[0]).toMatchObject({ quote: "186.3亿元", base_value: 18630000000, base_unit: "元" });
  });

  it("lets a task's target ids be looked up among the facts", () => {
    const ids = new Set(doc.facts.map((f: { id: string }) => f.id));
    for (const id of doc.tasks[0].targetFactIds) expect(ids.has(id)).toBe(true);
  });
});
