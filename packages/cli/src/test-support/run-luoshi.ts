// Runs the real `luoshi` bin in a child process, as a user would, and collects what it printed.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const binPath = fileURLToPath(new URL("../../bin/luoshi.js", import.meta.url));
export const sharedDir = fileURLToPath(new URL("../../../../../shared/", import.meta.url));
export const seedPath = `${sharedDir}seeds/000_ce1c9eea1a55d054.txt`;
export const samplePath = `${repoRoot}examples/sample-report.md`;

/** Whether ../shared is here; in CI its absence is a failure, elsewhere a skipped test with a message. */
export const sharedAvailable = existsSync(seedPath);
if (!sharedAvailable && process.env.CI !== "true") {
  console.warn(`../shared is absent (${seedPath}): tests on the seed report are skipped`);
}

export interface LuoshiRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runLuoshi(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; encoding?: "utf8" | "latin1" } = {},
): Promise<LuoshiRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [binPath, ...args],
      {
        cwd: options.cwd ?? repoRoot,
        env: { ...process.env, LUOSHI_DEBUG: "", ...options.env },
        encoding: options.encoding ?? "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** What a user must never see: a JavaScript stack frame. */
export const stackTrace = /^\s+at .+[(:]\d+|Error: |node:internal/m;
