// Where a department stands with one task for one reporting period: nothing yet, a draft, filed
// and waiting, returned with the office's comment, or accepted.
import type { EvidenceFile, ProgressDraft, ProgressReport } from "../api/api-types.js";

export type FilingStep = "to_file" | "draft_saved" | "submitted" | "returned" | "accepted";

export const FILING_STEP_WORDS: Record<FilingStep, string> = {
  to_file: "待填报",
  draft_saved: "已存草稿",
  submitted: "待审核",
  returned: "已退回",
  accepted: "已通过",
};

export interface FilingStatus {
  period: string;
  step: FilingStep;
  /** The period's latest revision, if any was filed. */
  latest: ProgressReport | null;
}

/** The latest revision filed for a period, or null. */
export function latestReportFor(reports: readonly ProgressReport[], period: string): ProgressReport | null {
  let latest: ProgressReport | null = null;
  for (const report of reports) {
    if (report.period === period && (!latest || report.revision > latest.revision)) latest = report;
  }
  return latest;
}

/** The step of a period: its latest revision decides; before any, whether a draft for it is saved. */
export function filingStatus(
  period: string,
  reports: readonly ProgressReport[],
  draft: Pick<ProgressDraft, "period" | "savedAt"> | null,
): FilingStatus {
  const latest = latestReportFor(reports, period);
  if (latest) return { period, step: latest.state, latest };
  const drafted = draft?.savedAt !== null && draft?.savedAt !== undefined && draft.period === period;
  return { period, step: drafted ? "draft_saved" : "to_file", latest: null };
}

/** Whether the unit can file this period now (not while its last filing awaits review or was accepted). */
export function canFile(status: FilingStatus): boolean {
  return status.step === "to_file" || status.step === "draft_saved" || status.step === "returned";
}

export interface FilingFormValues {
  period: string;
  narrative: string;
  /** Keyed by target id; undefined or null for a field left empty. */
  values: Record<string, number | null | undefined>;
}

/**
 * What the form starts with. A saved draft wins, with the evidence files the server kept for it; a
 * period returned by the office starts from the returned report, so the unit corrects it rather than
 * typing it again; otherwise the last values and no files.
 */
export function initialFilingValues(
  draft: ProgressDraft,
  returned: ProgressReport | null,
): { values: FilingFormValues; evidence: EvidenceFile[] } {
  const fromReturned = returned !== null && draft.savedAt === null && returned.period === draft.period;
  const source = fromReturned ? returned.values : draft.values;
  return {
    values: {
      period: draft.period,
      narrative: fromReturned ? returned.narrative : draft.narrative,
      values: Object.fromEntries(source.map((value) => [value.targetId, value.value])),
    },
    evidence: fromReturned ? returned.evidence : draft.evidence,
  };
}

/** The form's values as the API takes them: every target of the item, empty ones as null. */
export function enteredValues(targetIds: readonly string[], values: FilingFormValues["values"]) {
  return targetIds.map((targetId) => {
    const value = values[targetId];
    return { targetId, value: typeof value === "number" && Number.isFinite(value) ? value : null };
  });
}
