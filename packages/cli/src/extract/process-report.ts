// One report of a folder run: read, extract, render, write. The same function runs in the main
// thread or in a worker, so its input and outcome are plain data that cross a thread boundary.
import { mkdirSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { CliError, type CliErrorCode, describeSystemError } from "../cli-errors.js";
import { type Format, renderReport } from "./formats.js";
import { type ReportFile, readReportFile, readReportFileSync } from "./read-report-file.js";

export interface ReportJob {
  input: string;
  output: string;
  format: Format;
  /** The output's folder exists already (a folder run makes each one once, before the files). */
  folderMade?: boolean;
}

export type ReportOutcome =
  | { ok: true; facts: number; tasks: number }
  | { ok: false; code: CliErrorCode; line: string };

export async function processReport(job: ReportJob): Promise<ReportOutcome> {
  const read = await readReportFile(job.input);
  if (!read.ok) return failed(read.error);
  const rendered = renderReport(job.format, read.file);
  try {
    if (!job.folderMade) await mkdir(dirname(job.output), { recursive: true });
    await writeFile(job.output, rendered);
  } catch (error) {
    return notWritable(job, error);
  }
  return done(read.file);
}

/** The same with synchronous reads and writes, for a worker thread that does one file at a time. */
export function processReportSync(job: ReportJob): ReportOutcome {
  const read = readReportFileSync(job.input);
  if (!read.ok) return failed(read.error);
  const rendered = renderReport(job.format, read.file);
  try {
    if (!job.folderMade) mkdirSync(dirname(job.output), { recursive: true });
    writeFileSync(job.output, rendered);
  } catch (error) {
    return notWritable(job, error);
  }
  return done(read.file);
}

function done(file: ReportFile): ReportOutcome {
  return { ok: true, facts: file.result.facts.length, tasks: file.result.tasks.length };
}

function notWritable(job: ReportJob, error: unknown): ReportOutcome {
  return failed(
    new CliError("OUT_NOT_WRITABLE", { subject: job.output, reason: describeSystemError(error) }),
  );
}

function failed(error: CliError): ReportOutcome {
  return { ok: false, code: error.code, line: error.line };
}
