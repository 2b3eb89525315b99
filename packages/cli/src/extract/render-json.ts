// The JSON that `shared/eval/score.mjs` and every later tool read: facts in the FACTS.md wire format
// (plus each fact's id, which tasks' `targetFactIds` refer to), the rest as the reader returns it.
import { type FactRecord, type ReadReportResult, toFactRecord } from "@luoshi/report";

export interface ExtractDocument {
  report: ReadReportResult["report"];
  facts: (FactRecord & { id: string })[];
  tasks: ReadReportResult["tasks"];
  sections: ReadReportResult["sections"];
  issues: ReadReportResult["issues"];
}

export function toExtractDocument(result: ReadReportResult): ExtractDocument {
  return {
    report: result.report,
    facts: result.facts.map((fact) => ({ id: fact.id, ...toFactRecord(fact) })),
    tasks: result.tasks,
    sections: result.sections,
    issues: result.issues,
  };
}

export function renderJson(result: ReadReportResult): string {
  return `${JSON.stringify(toExtractDocument(result), null, 2)}\n`;
}
