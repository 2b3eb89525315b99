import { basename } from "node:path";
import type { ReportFile } from "./read-report-file.js";
import { renderCsv } from "./render-csv.js";
import { renderJson } from "./render-json.js";
import { renderMarkdown } from "./render-markdown.js";

export const formats = ["json", "md", "csv"] as const;
export type Format = (typeof formats)[number];

export function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value);
}

export function renderReport(format: Format, file: ReportFile): string {
  switch (format) {
    case "json":
      return renderJson(file.result);
    case "md":
      return renderMarkdown(file.text, file.result, basename(file.path));
    case "csv":
      return renderCsv(file.text, file.result);
  }
}
