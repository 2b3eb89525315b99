// One report of a folder run: read, extract, render, write. The same function runs in the main
// thread or in a worker, so its input and outcome are plain data that cross a thread boundary.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { CliError, type CliErrorCode, describeSystemError } from "../cli-errors.js";
import { type Format, renderReport } from "./formats.js";
import { readReportFile } from "./read-report-file.js";

export interface ReportJob {
  input: string;
  output: string;
  format: Format;
}

export type ReportOutcome =
  | { ok: true; facts: number; tasks: number }
  | { ok: false; code: CliErrorCode; line: string };

export async function processReport(job: ReportJob): Promise<ReportOutcome> {
  const read = await readReportFile(job.input);
  if (!read.ok) return failed(read.error);
  const rendered = renderReport(job.format, read.file);
  try {
    await mkdir(dirname(job.output), { recursive: true });
    await writeFile(job.output, rendered);
  } catch (error) {
    return failed(
      new CliError("OUT_NOT_WRITABLE", { subject: job.output, reason: describeSystemError(error) }),
    );
  }
  return { ok: true, facts: read.file.result.facts.length, tasks: read.file.result.tasks.length };
}

function failed(error: CliError): ReportOutcome {
  return { ok: false, code: error.code, line: error.line };
}
