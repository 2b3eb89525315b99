// Reads a chosen report file in the browser with the same pure reader the server uses, so the office
// sees the draft before anything is uploaded.
import { decodeReportBytes, type Encoding, type ReadReportResult, readReport } from "@luoshi/report";

export const ACCEPTED_EXTENSIONS = [".md", ".txt"] as const;

export type ReportFileErrorCode =
  | "REPORT_FORMAT"
  | "REPORT_EMPTY"
  | "REPORT_TOO_LARGE"
  | "REPORT_BINARY"
  | "REPORT_ENCODING";

export type ReportFileResult =
  | { ok: true; text: string; encoding: Encoding; reading: ReadReportResult }
  | { ok: false; error: { code: ReportFileErrorCode; message: string } };

export function readReportFile(fileName: string, bytes: Uint8Array): ReportFileResult {
  const lower = fileName.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
    return {
      ok: false,
      error: {
        code: "REPORT_FORMAT",
        message: `暂只支持 Markdown（.md）和纯文本（.txt）格式的报告，“${fileName}”不是这两种格式`,
      },
    };
  }
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, text: decoded.text, encoding: decoded.encoding, reading: readReport(decoded.text) };
}
