// A worker thread of a folder run: takes one job at a time, answers with its outcome. Anything
// unexpected becomes an INTERNAL outcome for that file rather than a dead worker.
import { parentPort } from "node:worker_threads";
import { CliError } from "../cli-errors.js";
import { processReport, type ReportJob, type ReportOutcome } from "./process-report.js";

export interface WorkerRequest {
  id: number;
  job: ReportJob;
}

export interface WorkerResponse {
  id: number;
  outcome: ReportOutcome;
}

const port = parentPort;
if (port) {
  port.on("message", async ({ id, job }: WorkerRequest) => {
    let outcome: ReportOutcome;
    try {
      outcome = await processReport(job);
    } catch (error) {
      const e = new CliError("INTERNAL", {
        reason: `${job.input}：${error instanceof Error ? error.message : error}`,
      });
      outcome = { ok: false, code: e.code, line: e.line };
    }
    port.postMessage({ id, outcome } satisfies WorkerResponse);
  });
}
