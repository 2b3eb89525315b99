import { describe, expect, it } from "vitest";
import type { ProgressDraft, ProgressReport } from "../api/api-types.js";
import { canFile, enteredValues, filingStatus, initialFilingValues } from "./filing-state.js";

function report(period: string, revision: number, state: ProgressReport["state"]): ProgressReport {
  return {
    id: `${period}-${revision}`,
    itemId: "i1",
    itemTitle: "促进服务业提质扩容",
    unitId: "u1",
    unitName: "发展和改革委员会",
    period,
    revision,
    state,
    narrative: `第${revision}次`,
    values: [{ targetId: "t1", value: revision }],
    evidence: [{ id: `e${revision}`, name: "照片.png", size: 10, type: "image/png" }],
    evidenceIds: [`e${revision}`],
    submittedBy: "user",
    submittedByName: "填报员",
    submittedAt: "2026-02-03T02:00:00Z",
    reviewedBy: null,
    reviewedAt: null,
    reviewComment: state === "returned" ? "请补充佐证材料" : null,
  };
}

const DRAFT: ProgressDraft = {
  period: "2026-01",
  periods: ["2026-01", "2026-02"],
  values: [{ targetId: "t1", value: 9 }],
  narrative: "草稿",
  evidenceIds: [],
  evidence: [],
  savedAt: null,
  lastValues: [],
};

describe("where a unit stands for a period", () => {
  it("has nothing to show before anything is filed or drafted", () => {
    expect(filingStatus("2026-01", [], DRAFT).step).toBe("to_file");
  });

  it("shows a draft saved for that period", () => {
    expect(filingStatus("2026-01", [], { period: "2026-01", savedAt: "2026-02-01T00:00:00Z" }).step).toBe(
      "draft_saved",
    );
  });

  it("does not count a draft saved for another period", () => {
    expect(filingStatus("2026-02", [], { period: "2026-01", savedAt: "2026-02-01T00:00:00Z" }).step).toBe(
      "to_file",
    );
  });

  it("is decided by the period's latest revision: a refiling after a return waits for review", () => {
    const status = filingStatus(
      "2026-01",
      [report("2026-01", 1, "returned"), report("2026-01", 2, "submitted")],
      DRAFT,
    );
    expect([status.step, status.latest?.revision]).toEqual(["submitted", 2]);
  });

  it("lets the unit file a returned period again, but not one waiting for review or accepted", () => {
    const step = (state: ProgressReport["state"]) =>
      canFile(filingStatus("2026-01", [report("2026-01", 1, state)], DRAFT));
    expect([step("returned"), step("submitted"), step("accepted")]).toEqual([true, false, false]);
  });
});

describe("what the filing form starts with", () => {
  it("starts a returned period from the returned report, evidence included", () => {
    const start = initialFilingValues(DRAFT, report("2026-01", 1, "returned"));
    expect(start.values).toEqual({ period: "2026-01", narrative: "第1次", values: { t1: 1 } });
    expect(start.evidence.map((file) => file.id)).toEqual(["e1"]);
  });

  it("prefers a saved draft, with the evidence the server kept for it, over the returned report", () => {
    const kept = { id: "d1", name: "草稿附件.pdf", size: 20, type: "application/pdf" };
    const start = initialFilingValues(
      { ...DRAFT, savedAt: "2026-02-04T00:00:00Z", evidenceIds: ["d1"], evidence: [kept] },
      report("2026-01", 1, "returned"),
    );
    expect(start.values.narrative).toBe("草稿");
    expect(start.evidence).toEqual([kept]);
  });

  it("sends every target, a field left empty as null", () => {
    expect(enteredValues(["t1", "t2", "t3"], { t1: 3, t2: null })).toEqual([
      { targetId: "t1", value: 3 },
      { targetId: "t2", value: null },
      { targetId: "t3", value: null },
    ]);
  });
});
