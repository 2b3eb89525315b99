// One fact a row, for Excel: RFC 4180 quoting, CRLF rows, and a UTF-8 byte-order mark, without which
// Excel on Chinese Windows reads the file as GBK and shows mojibake.
import type { ReadReportResult } from "@luoshi/report";
import { createReportView, sectionLabel } from "./report-view.js";

export const csvColumns = [
  "id",
  "quote",
  "metric",
  "value",
  "unit",
  "base_value",
  "base_unit",
  "kind",
  "direction",
  "period",
  "status",
  "comparator",
  "source_start",
  "source_end",
  "line",
  "part",
  "theme",
  "sentence",
] as const;

export function renderCsv(text: string, result: ReadReportResult): string {
  const view = createReportView(text, result);
  const rows: (string | number | null)[][] = [[...csvColumns]];
  for (const fact of result.facts) {
    const part = view.partOf(fact.sectionId);
    rows.push([
      fact.id,
      fact.quote,
      fact.metric,
      fact.value,
      fact.unit,
      fact.baseValue,
      fact.baseUnit,
      fact.kind,
      fact.direction,
      fact.period,
      fact.status,
      fact.comparator,
      fact.source.start,
      fact.source.end,
      view.lineOf(fact.source.start),
      part ? sectionLabel(part) : null,
      view.themeTitle(fact.themeId),
      view.excerpt(fact.sentence),
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** A field quoted as RFC 4180 says: only when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
