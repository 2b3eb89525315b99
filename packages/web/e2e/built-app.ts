// The built app for tests, built once per change of its sources and shared by every test file (and
// by later runs): vitest runs files in parallel workers, so a build lands under its input hash by an
// atomic rename, and a worker that loses the race uses the winner's.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildWeb, hashBuildInputs } from "../build/build-web.js";
import { WEB_DIR } from "../build/bundle-size.js";

const CACHE_PREFIX = "luoshi-web-build-";
// Builds are named by checkout too: two checkouts testing at once (git worktrees) must not delete
// each other's build while its server is serving it.
const CHECKOUT = createHash("sha256").update(WEB_DIR).digest("hex").slice(0, 8);

/** `app`: exactly what ships. `harness`: the app plus e2e/harness.html, which mounts single components. */
export type BuildFlavour = "app" | "harness";

const pending = new Map<BuildFlavour, Promise<string>>();

export function builtApp(flavour: BuildFlavour): Promise<string> {
  let build = pending.get(flavour);
  if (!build) {
    build = buildOnce(flavour);
    pending.set(flavour, build);
  }
  return build;
}

async function buildOnce(flavour: BuildFlavour): Promise<string> {
  const hash = (await hashBuildInputs()).slice(0, 16);
  const harnessHash = flavour === "harness" ? `-${await harnessInputsHash()}` : "";
  const name = `${CACHE_PREFIX}${CHECKOUT}-${flavour}-${hash}${harnessHash}`;
  const target = path.join(os.tmpdir(), name);
  if (await exists(path.join(target, "index.html"))) return target;

  const scratch = `${target}.${process.pid}.${Date.now()}`;
  await buildWeb({
    outDir: scratch,
    quiet: true,
    ...(flavour === "harness" && { extraInputs: { harness: path.join(WEB_DIR, "e2e/harness.html") } }),
  });
  try {
    await rename(scratch, target);
  } catch {
    await rm(scratch, { recursive: true, force: true });
  }
  await removeOtherBuilds(flavour, name);
  return target;
}

async function harnessInputsHash(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of ["harness.html", "harness.tsx", "viewer-fixture.ts"])
    hash.update(await readFile(path.join(WEB_DIR, "e2e", file)));
  return hash.digest("hex").slice(0, 8);
}

async function removeOtherBuilds(flavour: BuildFlavour, keep: string): Promise<void> {
  const entries = await readdir(os.tmpdir()).catch(() => [] as string[]);
  const stale = entries.filter(
    (entry) =>
      entry.startsWith(`${CACHE_PREFIX}${CHECKOUT}-${flavour}-`) && entry !== keep && !entry.includes("."),
  );
  await Promise.all(
    stale.map((entry) => rm(path.join(os.tmpdir(), entry), { recursive: true, force: true })),
  );
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null)) !== null;
}
