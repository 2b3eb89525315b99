// A worker thread of a folder run: runs its jobs one at a time, answers with each outcome. Anything
// unexpected becomes an INTERNAL outcome for that file rather than a dead worker.
import { parentPort } from "node:worker_threads";
import { CliError } from "../cli-errors.js";
import { processReportSync, type ReportJob, type ReportOutcome } from "./process-report.js";

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
  // Jobs arrive a few ahead and wait in the port's queue; each runs to its end before the next.
  port.on("message", ({ id, job }: WorkerRequest) => {
    let outcome: ReportOutcome;
    try {
      outcome = processReportSync(job);
    } catch (error) {
      const e = new CliError("INTERNAL", {
        reason: `${job.input}：${error instanceof Error ? error.message : error}`,
      });
      outcome = { ok: false, code: e.code, line: e.line };
    }
    port.postMessage({ id, outcome } satisfies WorkerResponse);
  });
}
