// `luoshi extract FILE|DIR`: checks the words, then extracts one file to stdout (or --out) or hands a
// folder to extractFolder.
import { mkdir, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { parseArgs } from "../args.js";
import { CliError, describeSystemError, exitCodes } from "../cli-errors.js";
import type { CliIo } from "../cli-io.js";
import { extractHelp } from "../help.js";
import { extractFolder } from "./extract-folder.js";
import { type Format, isFormat, renderReport } from "./formats.js";
import { readReportFile } from "./read-report-file.js";

const options = [
  { name: "format", short: "f", value: true },
  { name: "out", short: "o", value: true },
  { name: "jobs", short: "j", value: true },
  { name: "help", short: "h", value: false },
] as const;

export async function runExtract(words: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(words, options, "extract");
  if (args.options.help) {
    io.stdout.write(extractHelp);
    return exitCodes.ok;
  }
  const [input, extra] = args.positionals;
  if (input === undefined) throw new CliError("MISSING_INPUT");
  if (extra !== undefined) throw new CliError("UNEXPECTED_ARGUMENT", { subject: extra });
  const format = String(args.options.format ?? "json");
  if (!isFormat(format)) throw new CliError("UNKNOWN_FORMAT", { subject: format });
  const out = args.options.out === undefined ? undefined : String(args.options.out);
  const jobs = args.options.jobs === undefined ? undefined : parseJobs(String(args.options.jobs));

  const kind = await pathKind(input);
  if (kind === "missing") throw new CliError("INPUT_NOT_FOUND", { subject: input });
  if (kind === "folder") {
    if (out === undefined) throw new CliError("OUT_REQUIRED", { subject: input });
    return extractFolder({ dir: input, out, format, ...(jobs ? { jobs } : {}) }, io);
  }
  return extractFile(input, format, out, io);
}

async function extractFile(
  path: string,
  format: Format,
  out: string | undefined,
  io: CliIo,
): Promise<number> {
  const read = await readReportFile(path);
  if (!read.ok) throw read.error;
  const rendered = renderReport(format, read.file);
  if (out === undefined) {
    io.stdout.write(rendered);
    return exitCodes.ok;
  }
  const outKind = await pathKind(out).catch((error: CliError) => {
    throw new CliError("OUT_NOT_WRITABLE", { subject: out, reason: error.detail.reason });
  });
  const target = outKind === "folder" ? join(out, `${basename(path, extname(path))}.${format}`) : out;
  if (resolve(target) === resolve(path)) throw new CliError("OUT_OVERWRITES_INPUT", { subject: path });
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, rendered);
  } catch (error) {
    throw new CliError("OUT_NOT_WRITABLE", { subject: target, reason: describeSystemError(error) });
  }
  return exitCodes.ok;
}

async function pathKind(path: string): Promise<"file" | "folder" | "missing"> {
  try {
    return (await stat(path)).isDirectory() ? "folder" : "file";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw new CliError("INPUT_UNREADABLE", { subject: path, reason: describeSystemError(error) });
  }
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliError("INVALID_JOBS", { subject: value });
  return n;
}
