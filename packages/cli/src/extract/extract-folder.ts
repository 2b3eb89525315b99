// `luoshi extract DIR --out OUTDIR`: every report under a folder, one output each. A bad file is
// counted and named, never the end of the run. Large folders spread over worker threads.
import { mkdir, readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, extname, join, relative, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { CliError, exitCodes } from "../cli-errors.js";
import type { CliIo } from "../cli-io.js";
import { createProgressBar } from "../progress-bar.js";
import type { WorkerRequest, WorkerResponse } from "./extract-worker.js";
import type { Format } from "./formats.js";
import { processReport, processReportSync, type ReportJob, type ReportOutcome } from "./process-report.js";

const reportExtensions = new Set([".md", ".markdown", ".txt"]);
// Below this many files, starting worker threads costs more than it saves.
const minFilesForWorkers = 32;

export interface FolderRun {
  dir: string;
  out: string;
  format: Format;
  /** Threads reading reports, the main one included: by default one per core for large folders, one for small ones. */
  jobs?: number;
}

export interface FolderSummary {
  files: number;
  facts: number;
  tasks: number;
  failures: number;
  seconds: number;
}

export async function extractFolder(run: FolderRun, io: CliIo): Promise<number> {
  const started = performance.now();
  const dir = resolve(run.dir);
  const out = resolve(run.out);
  const inputs = await listReports(dir, out);
  if (inputs.length === 0) throw new CliError("NO_REPORTS_IN_FOLDER", { subject: run.dir });
  const jobs = await makeOutputFolders(planJobs(dir, inputs, out, run.format));

  const bar = createProgressBar(io.stderr, jobs.length);
  const summary: FolderSummary = { files: jobs.length, facts: 0, tasks: 0, failures: 0, seconds: 0 };
  let done = 0;
  const record = (job: ReportJob, outcome: ReportOutcome) => {
    done++;
    if (outcome.ok) {
      summary.facts += outcome.facts;
      summary.tasks += outcome.tasks;
    } else {
      summary.failures++;
      bar.log(outcome.line);
    }
    bar.update(done, relative(dir, job.input));
  };
  const threads = run.jobs ?? (jobs.length >= minFilesForWorkers ? Math.min(availableParallelism(), 8) : 1);
  if (threads > 1) await runInWorkers(jobs, threads, record);
  else await runInProcess(jobs, record);
  bar.finish();

  summary.seconds = (performance.now() - started) / 1000;
  io.stdout.write(`${summaryLine(summary)}\n`);
  return summary.failures > 0 ? exitCodes.partial : exitCodes.ok;
}

/** `完成：12 个文件，量化事实 345 条，重点任务 60 项，失败 1 个，用时 0.84 秒` */
export function summaryLine(s: FolderSummary): string {
  return `完成：${s.files} 个文件，量化事实 ${s.facts} 条，重点任务 ${s.tasks} 项，失败 ${s.failures} 个，用时 ${s.seconds.toFixed(2)} 秒`;
}

/** Report files under `dir`, sorted, skipping hidden folders, node_modules and the output folder. */
export async function listReports(dir: string, exclude: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith(".") || entry.name === "node_modules" || path === exclude) continue;
        await walk(path);
      } else if (entry.isFile() && reportExtensions.has(extname(entry.name).toLowerCase())) {
        found.push(path);
      }
    }
  };
  await walk(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// `a/b.md` → `OUT/a/b.json`. Two inputs that would share an output (`b.md` and `b.txt`) keep their
// own extension (`b.md.json`, `b.txt.json`) so neither overwrites the other.
function planJobs(dir: string, inputs: string[], out: string, format: Format): ReportJob[] {
  const stem = (input: string) => {
    const rel = relative(dir, input);
    return rel.slice(0, rel.length - extname(rel).length);
  };
  const counts = new Map<string, number>();
  for (const input of inputs) counts.set(stem(input), (counts.get(stem(input)) ?? 0) + 1);
  const inputSet = new Set(inputs);
  return inputs.map((input) => {
    const rel = (counts.get(stem(input)) ?? 0) > 1 ? relative(dir, input) : stem(input);
    const output = join(out, `${rel}.${format}`);
    if (inputSet.has(output))
      throw new CliError("OUT_OVERWRITES_INPUT", { subject: relative(process.cwd(), output) });
    return { input, output, format };
  });
}

/**
 * Makes each output folder once, not once per file. A folder that cannot be made is left to its
 * files, which then fail one by one with the reason.
 */
async function makeOutputFolders(jobs: ReportJob[]): Promise<ReportJob[]> {
  const made = new Map<string, boolean>();
  for (const job of jobs) {
    const folder = dirname(job.output);
    if (!made.has(folder)) {
      made.set(
        folder,
        await mkdir(folder, { recursive: true }).then(
          () => true,
          () => false,
        ),
      );
    }
  }
  return jobs.map((job) => ({ ...job, folderMade: made.get(dirname(job.output)) === true }));
}

async function runInProcess(jobs: ReportJob[], record: (job: ReportJob, outcome: ReportOutcome) => void) {
  // A few reads in flight keep the disk busy while the reader works on the previous file.
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      record(job, await processReport(job));
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, jobs.length) }, lane));
}

/** Jobs queued ahead in each worker, so it never waits for the main thread between files. */
const jobsAhead = 4;

async function runInWorkers(
  jobs: ReportJob[],
  threads: number,
  record: (job: ReportJob, outcome: ReportOutcome) => void,
): Promise<void> {
  const entry = new URL("./extract-worker.js", import.meta.url);
  let next = 0;
  const leftovers: ReportJob[] = [];
  const lane = () =>
    new Promise<void>((resolveLane) => {
      // A worker runs its queue in order, so the oldest job in flight is the one it works on.
      const inFlight: WorkerRequest[] = [];
      const worker = new Worker(entry);
      const give = () => {
        while (inFlight.length < jobsAhead && next < jobs.length) {
          const request = { id: next, job: jobs[next++]! };
          inFlight.push(request);
          worker.postMessage(request);
        }
        if (inFlight.length === 0) void worker.terminate().then(() => resolveLane());
      };
      worker.on("message", (response: WorkerResponse) => {
        const at = inFlight.findIndex((r) => r.id === response.id);
        if (at >= 0) record(inFlight.splice(at, 1)[0]!.job, response.outcome);
        give();
      });
      // A worker that dies takes only its current file with it; the files queued behind it and the
      // other lanes finish the rest.
      worker.on("error", (error) => {
        const current = inFlight.shift();
        if (current) {
          const e = new CliError("INTERNAL", { reason: `${current.job.input}：${error.message}` });
          record(current.job, { ok: false, code: e.code, line: e.line });
        }
        leftovers.push(...inFlight.splice(0).map((r) => r.job));
        resolveLane();
      });
      give();
    });
  // The main thread takes files too: it is loaded already, while each worker first loads the
  // reader, so `threads` lanes cost `threads - 1` start-ups.
  const here = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      record(job, processReportSync(job));
      // Between files, the workers' answers are taken and they are given more.
      await new Promise((resolveTurn) => setImmediate(resolveTurn));
    }
  };
  await Promise.all([here(), ...Array.from({ length: Math.min(threads - 1, jobs.length) }, lane)]);
  // Jobs a dead lane left behind run here, so every file is accounted for.
  leftovers.push(...jobs.slice(next));
  if (leftovers.length > 0) await runInProcess(leftovers, record);
}
