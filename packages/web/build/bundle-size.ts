// Sizes of the built web app: every chunk raw and gzipped, and the JavaScript a first visit loads
// (the entry script and the modules index.html preloads), against the 500 KB gzipped budget.
// `tsx build/bundle-size.ts [distDir]` prints them; the build and `npm run bench` call printBundleSizes.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const INITIAL_JS_BUDGET_GZIP = 500 * 1024;

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  /** Loaded by index.html itself rather than on demand. */
  initial: boolean;
}

export interface BundleSizes {
  chunks: ChunkSize[];
  initialJs: { raw: number; gzip: number };
}

export async function measureBundle(distDir: string): Promise<BundleSizes> {
  const html = await readFile(path.join(distDir, "index.html"), "utf8");
  // Vite lists the entry and every module it imports statically in index.html; the rest load on demand.
  const initialFiles = new Set(
    [...html.matchAll(/\b(?:src|href)="\/?(assets\/[^"]+)"/g)].map((match) => path.normalize(match[1]!)),
  );
  const assets = await readdir(path.join(distDir, "assets"));
  const chunks: ChunkSize[] = [];
  for (const name of assets.filter((file) => file.endsWith(".js") || file.endsWith(".css"))) {
    const file = path.join("assets", name);
    const content = await readFile(path.join(distDir, file));
    chunks.push({
      file,
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      initial: initialFiles.has(file),
    });
  }
  chunks.sort((a, b) => b.gzip - a.gzip);
  const initial = chunks.filter((chunk) => chunk.initial && chunk.file.endsWith(".js"));
  return {
    chunks,
    initialJs: {
      raw: initial.reduce((sum, chunk) => sum + chunk.raw, 0),
      gzip: initial.reduce((sum, chunk) => sum + chunk.gzip, 0),
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);

export function formatBundleSizes(sizes: BundleSizes): string {
  const width = Math.max(...sizes.chunks.map((chunk) => chunk.file.length), 10);
  const lines = [`${"chunk".padEnd(width)}        raw       gzip  load`];
  for (const chunk of sizes.chunks) {
    lines.push(
      `${chunk.file.padEnd(width)} ${kb(chunk.raw)} ${kb(chunk.gzip)}  ${chunk.initial ? "initial" : "on demand"}`,
    );
  }
  const { raw, gzip } = sizes.initialJs;
  const verdict = gzip <= INITIAL_JS_BUDGET_GZIP ? "within" : "OVER";
  lines.push(
    `initial JavaScript: ${kb(raw).trim()} raw, ${kb(gzip).trim()} gzipped (${verdict} the ${INITIAL_JS_BUDGET_GZIP / 1024} KB gzipped budget)`,
  );
  return lines.join("\n");
}

/** Prints the table; false when the initial JavaScript is over budget. */
export async function printBundleSizes(distDir: string): Promise<boolean> {
  const sizes = await measureBundle(distDir);
  console.log(formatBundleSizes(sizes));
  return sizes.initialJs.gzip <= INITIAL_JS_BUDGET_GZIP;
}

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const within = await printBundleSizes(process.argv[2] ?? path.join(WEB_DIR, "dist"));
  process.exitCode = within ? 0 : 1;
}
