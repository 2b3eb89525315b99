// The command line's one edge: dispatches a command and turns every failure into one line on stderr
// and an exit code from the error catalogue. No stack trace reaches a user.
import { readFileSync } from "node:fs";
import { runCheck } from "./check/check-command.js";
import { CliError, exitCodes } from "./cli-errors.js";
import type { CliIo } from "./cli-io.js";
import { runDemo } from "./demo.js";
import { runExtract } from "./extract/extract-command.js";
import { mainHelp } from "./help.js";

const commands: Record<string, (words: readonly string[], io: CliIo) => Promise<number>> = {
  extract: runExtract,
  check: runCheck,
  demo: runDemo,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) throw new CliError("MISSING_COMMAND");
    if (first === "--help" || first === "-h" || first === "help") {
      io.stdout.write(mainHelp);
      return exitCodes.ok;
    }
    if (first === "--version" || first === "-V") {
      io.stdout.write(`luoshi ${version()}\n`);
      return exitCodes.ok;
    }
    if (first.startsWith("-")) throw new CliError("UNKNOWN_OPTION", { subject: first });
    const command = commands[first];
    if (!command) throw new CliError("UNKNOWN_COMMAND", { subject: first });
    return await command(rest, io);
  } catch (error) {
    const e =
      error instanceof CliError
        ? error
        : new CliError("INTERNAL", { reason: error instanceof Error ? error.message : String(error) });
    io.stderr.write(`${e.line}\n`);
    if (e.code === "INTERNAL" && process.env.LUOSHI_DEBUG && error instanceof Error) {
      io.stderr.write(`${error.stack}\n`);
    }
    return e.exitCode;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}
