// Builds the web app into packages/web/dist, stamps the build with a hash of its inputs and prints
// the chunk sizes. `--if-stale` skips the build when the stamp matches (npm start runs it that way).
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { printBundleSizes, WEB_DIR } from "./bundle-size.js";

const STAMP = ".build-inputs";
const REPO_DIR = path.resolve(WEB_DIR, "../..");

/** Everything the bundle is made from: the web sources and config, the report package, the lockfile. */
async function inputFiles(): Promise<string[]> {
  const files = ["index.html", "vite.config.ts", "package.json"].map((file) => path.join(WEB_DIR, file));
  files.push(path.join(REPO_DIR, "package-lock.json"));
  for (const dir of [path.join(WEB_DIR, "src"), path.join(REPO_DIR, "packages/report/src")]) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
        files.push(path.join(entry.parentPath, entry.name));
    }
  }
  return files.sort();
}

export async function hashBuildInputs(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await inputFiles()) {
    hash.update(path.relative(REPO_DIR, file));
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

async function readStamp(outDir: string): Promise<string | null> {
  try {
    return (await readFile(path.join(outDir, STAMP), "utf8")).trim();
  } catch {
    return null;
  }
}

export interface BuildOptions {
  outDir?: string;
  /** Extra HTML entries (the e2e component harness); the app's own build has none. */
  extraInputs?: Record<string, string>;
  quiet?: boolean;
}

/** Builds the app; returns the output folder. */
export async function buildWeb(options: BuildOptions = {}): Promise<string> {
  const outDir = options.outDir ?? path.join(WEB_DIR, "dist");
  const inputsHash = await hashBuildInputs();
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: path.join(WEB_DIR, "vite.config.ts"),
      logLevel: options.quiet ? "warn" : "info",
      build: {
        outDir,
        emptyOutDir: true,
        ...(options.extraInputs && {
          rolldownOptions: { input: { index: path.join(WEB_DIR, "index.html"), ...options.extraInputs } },
        }),
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  await writeFile(path.join(outDir, STAMP), `${inputsHash}\n`);
  return outDir;
}

export async function isBuildFresh(outDir = path.join(WEB_DIR, "dist")): Promise<boolean> {
  return (await readStamp(outDir)) === (await hashBuildInputs());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes("--if-stale");
  if (ifStale && (await isBuildFresh())) {
    console.log("web app: dist/ is up to date with its sources; not rebuilding");
  } else {
    const started = performance.now();
    const outDir = await buildWeb({ quiet: true });
    console.log(
      `web app: built into ${path.relative(process.cwd(), outDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    process.exitCode = (await printBundleSizes(outDir)) ? 0 : 1;
  }
}
