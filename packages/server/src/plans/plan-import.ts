// Turns what @luoshi/report read from a report into a draft ledger: one item per drafted task, its
// target facts as targets, units suggested from the organisation's own catalogue. No I/O here.
import { decodeReportBytes, type ReadReportResult, readReport, type UnitCatalogue } from "@luoshi/report";
import { AppError } from "../errors.js";
import { newId } from "../ids.js";
import type { NewItem } from "../items/item.model.js";
import { classifyMeasure } from "../status/status.js";

/**
 * Reads an uploaded report, refusing what is empty, binary, too large or plainly not a report. Its
 * tasks' units are suggested from the organisation's own catalogue.
 */
export function readUploadedReport(
  bytes: Uint8Array,
  maxBytes: number,
  catalogue: UnitCatalogue,
): { text: string; reading: ReadReportResult } {
  const decoded = decodeReportBytes(bytes, { maxBytes });
  if (!decoded.ok) throw new AppError(decoded.error.code, { message: decoded.error.message });
  const reading = readReport(decoded.text, { units: catalogue });
  if (reading.issues.some((i) => i.code === "EMPTY_INPUT")) throw new AppError("REPORT_EMPTY");
  const refusal = reading.issues.find((i) => i.code === "NOT_A_REPORT" && i.severity === "error");
  if (refusal)
    throw new AppError("NOT_A_REPORT", { message: `文件内容不像政府工作报告：${refusal.message}` });
  if (!looksLikeChineseProse(decoded.text)) {
    throw new AppError("NOT_A_REPORT", {
      message: "文件内容不像政府工作报告：报告应是一篇中文文稿（至少数百个汉字）",
    });
  }
  return { text: decoded.text, reading };
}

// Whatever the reader concludes, a work report is a long Chinese text: a spreadsheet export, source
// code or an English document is refused at the door.
function looksLikeChineseProse(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const visible = text.replace(/\s/g, "").length;
  return han >= 200 && han / Math.max(1, visible) >= 0.3;
}

export function draftItems(
  reading: ReadReportResult,
  text: string,
  context: {
    planId: string;
    year: number;
    unitIdByName: ReadonlyMap<string, string>;
  },
): NewItem[] {
  const facts = new Map(reading.facts.map((f) => [f.id, f]));
  return reading.tasks.map((task, order) => {
    const taskText = text.slice(task.source.start, task.source.end);
    const leadUnitId = task.leadUnit ? (context.unitIdByName.get(task.leadUnit.unit) ?? null) : null;
    const coUnitIds = task.coUnits
      .map((s) => context.unitIdByName.get(s.unit))
      .filter((id): id is string => id !== undefined && id !== leadUnitId);
    const targets = task.targetFactIds.flatMap((id) => {
      const fact = facts.get(id);
      if (!fact) return [];
      return [
        {
          metric: fact.metric,
          unit: fact.unit,
          comparator: fact.comparator,
          measure: classifyMeasure(fact),
          direction: fact.direction,
          kind: fact.kind,
          targetValue: fact.value,
          upperValue: fact.upperValue,
          baseline: null,
          quote: fact.quote,
          source: { start: fact.source.start, end: fact.source.end },
        },
      ];
    });
    return {
      planId: context.planId,
      type: "task" as const,
      title: task.title,
      description: taskText.trim(),
      area: task.area,
      leadUnitId,
      coUnitIds,
      startDate: `${context.year}-01-01`,
      deadline: task.deadline || `${context.year}-12-31`,
      milestones: task.milestones.map((m) => ({ id: newId(), name: m.name, due: m.due, done: null })),
      public: false,
      publicProgress: "",
      source: { start: task.source.start, end: task.source.end },
      sortOrder: order,
      targets,
    };
  });
}
