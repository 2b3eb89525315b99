import type { ProgressStream } from "./progress-bar.js";

/** Where a command writes: the process's streams, or buffers in a test. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: ProgressStream;
}
