import type { ReadReportResult } from "./types.js";

/**
 * Reads a government work report (Markdown or plain text) into structure, facts and tasks.
 *
 * @example
 * const { report, facts } = readReport(text);
 */
export function readReport(input: string): ReadReportResult {
  const empty = input.trim().length === 0;
  return {
    report: {
      title: null,
      place: null,
      level: "unknown",
      year: null,
      date: null,
      speaker: null,
      speakerTitle: null,
      sources: {},
    },
    sections: [],
    themes: [],
    facts: [],
    tasks: [],
    issues: empty ? [{ code: "EMPTY_INPUT", severity: "error", message: "报告内容为空" }] : [],
  };
}
