// A report file on disk → its text and what the reader makes of it. Refusals come back as CliError
// values so a folder run can count them and go on.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { decodeReportBytes, type Encoding, type ReadReportResult, readReport } from "@luoshi/report";
import { CliError, describeSystemError } from "../cli-errors.js";

export interface ReportFile {
  path: string;
  /** The decoded text: every source span of `result` is an offset into it. */
  text: string;
  encoding: Encoding;
  bytes: number;
  result: ReadReportResult;
  /** Time spent in `readReport` alone, in milliseconds. */
  readMs: number;
}

export type ReportFileOutcome = { ok: true; file: ReportFile } | { ok: false; error: CliError };

export async function readReportFile(path: string): Promise<ReportFileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: unreadable(path, error) };
  }
  return readReportBytes(path, bytes);
}

/**
 * The same, reading the file synchronously: for a worker thread, which has nothing else to do
 * meanwhile and saves the cost of the asynchronous calls.
 */
export function readReportFileSync(path: string): ReportFileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, error: unreadable(path, error) };
  }
  return readReportBytes(path, bytes);
}

function unreadable(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT"
    ? new CliError("INPUT_NOT_FOUND", { subject: path })
    : new CliError("INPUT_UNREADABLE", { subject: path, reason: describeSystemError(error) });
}

function readReportBytes(path: string, bytes: Uint8Array): ReportFileOutcome {
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      error: new CliError(decoded.error.code, { subject: path, reason: decoded.error.message }),
    };
  }
  // Offsets must index the file as a UTF-8 reader sees it (`readFileSync(path, "utf8")`, which keeps
  // a byte-order mark as U+FEFF), so the mark the decoder dropped goes back in front.
  const text = decoded.encoding === "utf-8" && hasUtf8Bom(bytes) ? `\uFEFF${decoded.text}` : decoded.text;
  const started = performance.now();
  const result = readReport(text);
  const readMs = performance.now() - started;
  return {
    ok: true,
    file: { path, text, encoding: decoded.encoding, bytes: bytes.length, result, readMs },
  };
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
