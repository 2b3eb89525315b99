// The report health check (报告体检): every check over one report, findings in reading order.
import { readReport } from "../read-report.js";
import type { ReadReportResult } from "../types.js";
import type { CheckFinding, CheckResult } from "./check-types.js";
import { viewInput } from "./input-view.js";
import {
  checkFiveYearTotals,
  checkMetricConflicts,
  checkPartsAgainstTotals,
  checkSharesOver100,
  checkTargetsBelowResults,
} from "./numbers.js";
import { checkPlaceNames } from "./place-names.js";
import { checkAnnouncedCounts, checkHeadingLevels, checkLeadInBold, checkNumbering } from "./structure.js";
import { checkDuplicateSentences, checkNearTwins, checkUnbalancedPairs } from "./wording.js";

const severityRank = { error: 0, warning: 1, question: 2 } as const;

/**
 * Checks a report before it goes to the Congress: place names of other jurisdictions, broken
 * numbering and heading levels, numbers that contradict each other, wording slips. Pass the
 * reader's result when you have it; otherwise the report is read here. Never throws on input.
 *
 * @example
 * const { findings } = checkReport(text);
 * findings.find((f) => f.severity === "error"); // on the seed: { code: "PLACE_OTHER_JURISDICTION", message: "“健康漯河”：…", source: { start: 5959, end: 5961 } }
 */
export function checkReport(input: string, read: ReadReportResult = readReport(input)): CheckResult {
  if (input.trim().length === 0) return { findings: [] };
  const view = viewInput(input, read);
  const findings: CheckFinding[] = [
    ...checkPlaceNames(view, read),
    ...checkNumbering(view, read),
    ...checkAnnouncedCounts(view, read),
    ...checkHeadingLevels(view, read),
    ...checkLeadInBold(view, read),
    ...checkMetricConflicts(view, read),
    ...checkTargetsBelowResults(view, read),
    ...checkSharesOver100(view, read),
    ...checkPartsAgainstTotals(view, read),
    ...checkFiveYearTotals(view, read),
    ...checkNearTwins(view),
    ...checkDuplicateSentences(view),
    ...checkUnbalancedPairs(view),
  ];
  findings.sort(
    (a, b) =>
      a.source.start - b.source.start ||
      severityRank[a.severity] - severityRank[b.severity] ||
      a.code.localeCompare(b.code),
  );
  return { findings };
}
