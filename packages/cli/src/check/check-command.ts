// `luoshi check FILE`: the report health check (报告体检) of one file, as text for a person or JSON
// for a program. Exit code 1 when the report has errors, so a script can stop before printing it.
import { stat } from "node:fs/promises";
import { checkReport } from "@luoshi/report";
import { parseArgs } from "../args.js";
import { CliError, describeSystemError, exitCodes } from "../cli-errors.js";
import type { CliIo } from "../cli-io.js";
import { readReportFile } from "../extract/read-report-file.js";
import { checkHelp } from "../help.js";
import { renderCheckJson, renderCheckText } from "./render-check.js";

const options = [
  { name: "format", short: "f", value: true },
  { name: "help", short: "h", value: false },
] as const;

const formats = ["text", "json"] as const;
type CheckFormat = (typeof formats)[number];

export async function runCheck(words: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(words, options, "check");
  if (args.options.help) {
    io.stdout.write(checkHelp);
    return exitCodes.ok;
  }
  const [input, extra] = args.positionals;
  if (input === undefined)
    throw new CliError("MISSING_INPUT", { reason: "luoshi check FILE [--format text|json]" });
  if (extra !== undefined) throw new CliError("UNEXPECTED_ARGUMENT", { subject: extra });
  const format = String(args.options.format ?? "text");
  if (!(formats as readonly string[]).includes(format))
    throw new CliError("UNKNOWN_FORMAT", { subject: format, reason: "text、json" });

  await refuseFolder(input);
  const read = await readReportFile(input);
  if (!read.ok) throw read.error;
  const { file } = read;
  const { findings } = checkReport(file.text, file.result);
  const render = (format as CheckFormat) === "json" ? renderCheckJson : renderCheckText;
  io.stdout.write(render(file, findings));
  return findings.some((f) => f.severity === "error") ? exitCodes.findings : exitCodes.ok;
}

async function refuseFolder(path: string): Promise<void> {
  try {
    if ((await stat(path)).isDirectory()) throw new CliError("INPUT_IS_FOLDER", { subject: path });
  } catch (error) {
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new CliError("INPUT_NOT_FOUND", { subject: path });
    throw new CliError("INPUT_UNREADABLE", { subject: path, reason: describeSystemError(error) });
  }
}
