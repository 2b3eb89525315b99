// The process around runCli: real streams, the exit code, and a reader that closes the pipe early
// (`luoshi extract … | head`) ending the run quietly instead of with EPIPE.
import { runCli } from "./cli.js";

for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
