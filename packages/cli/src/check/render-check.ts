// Health-check findings for a person (one block per finding: line, severity, code, message, and
// the source line with the span underlined) or for a program (JSON with offsets and line numbers).
import { basename } from "node:path";
import type { CheckFinding, CheckSeverity, SourceSpan } from "@luoshi/report";
import type { ReportFile } from "../extract/read-report-file.js";

const severityNames: Record<CheckSeverity, string> = { error: "错误", warning: "警告", question: "疑问" };

/** Where an offset falls: 1-based line and the line's range. */
export function locate(text: string, offset: number): { line: number; start: number; end: number } {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const end = newline < 0 ? text.length : newline;
  return { line, start, end: end > start && text[end - 1] === "\r" ? end - 1 : end };
}

/** Columns a character takes in a terminal: two for CJK and full-width forms. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

const CONTEXT = 24;

/**
 * The source line around a span and a second line of `^` under the span, both starting with
 * `prefix`. Long lines are cut to some characters either side; a span running past its line is
 * marked to the line's end.
 */
export function markSpan(text: string, span: SourceSpan, prefix = "  "): string {
  const at = locate(text, span.start);
  const end = Math.min(span.end, at.end);
  const from = Math.max(at.start, span.start - CONTEXT);
  const to = Math.min(at.end, Math.max(end, span.start + 1) + CONTEXT);
  const clean = (s: string) => s.replace(/\t/g, " ");
  const head = `${from > at.start ? "…" : ""}${clean(text.slice(from, span.start))}`;
  const marked = clean(text.slice(span.start, Math.max(end, span.start + 1)));
  const tail = `${clean(text.slice(Math.max(end, span.start + 1), to))}${to < at.end ? "…" : ""}`;
  const carets = "^".repeat(Math.max(1, displayWidth(marked)));
  return `${prefix}${head}${marked}${tail}\n${prefix}${" ".repeat(displayWidth(head))}${carets}\n`;
}

function summaryOf(findings: readonly CheckFinding[]): Record<"errors" | "warnings" | "questions", number> {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    questions: findings.filter((f) => f.severity === "question").length,
  };
}

export function renderCheckText(file: ReportFile, findings: readonly CheckFinding[]): string {
  const { report } = file.result;
  const whose = [report.place, report.year ? `${report.year}年` : null].filter(Boolean).join(" ");
  const name = basename(file.path);
  const s = summaryOf(findings);
  let out = `报告体检：${name}${whose ? `（${whose}）` : ""}\n`;
  if (findings.length === 0) return `${out}未发现问题。\n`;
  out += `共 ${findings.length} 项：错误 ${s.errors}，警告 ${s.warnings}，疑问 ${s.questions}\n`;
  for (const f of findings) {
    const line = locate(file.text, f.source.start).line;
    out += `\n行 ${line}: ${severityNames[f.severity]} [${f.code}] ${f.message}\n`;
    out += markSpan(file.text, f.source);
    if (f.related?.length) {
      const lines = [...new Set(f.related.map((r) => locate(file.text, r.start).line))];
      out += `  另见：${lines.map((l) => `行 ${l}`).join("、")}\n`;
    }
  }
  return out;
}

export interface CheckDocument {
  file: string;
  report: { place: string | null; year: number | null };
  summary: Record<"errors" | "warnings" | "questions", number>;
  findings: Array<
    CheckFinding & { line: number; text: string; related: Array<SourceSpan & { line: number }> }
  >;
}

export function renderCheckJson(file: ReportFile, findings: readonly CheckFinding[]): string {
  const doc: CheckDocument = {
    file: file.path,
    report: { place: file.result.report.place, year: file.result.report.year },
    summary: summaryOf(findings),
    findings: findings.map((f) => ({
      ...f,
      line: locate(file.text, f.source.start).line,
      text: file.text.slice(f.source.start, f.source.end),
      related: (f.related ?? []).map((r) => ({ ...r, line: locate(file.text, r.start).line })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
