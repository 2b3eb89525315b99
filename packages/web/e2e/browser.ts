// Debian's Chromium driven by playwright-core, each run with a fresh profile, and the policy for a
// machine without it: skip with a printed line locally, fail in CI (CI=true).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { describe, it } from "vitest";

export const CHROMIUM_PATH = process.env.LUOSHI_CHROMIUM ?? "/usr/bin/chromium";
const INSTALL_HINT = "apt-get install -y chromium fonts-noto-cjk";

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Why browser tests cannot run here, or null when they can. */
export function missingBrowserReason(): string | null {
  if (!existsSync(CHROMIUM_PATH)) return `Chromium not found at ${CHROMIUM_PATH}`;
  if (!hasChineseFont())
    return "no font with Chinese characters (fc-list :lang=zh is empty), so Chinese would render as boxes";
  return null;
}

function hasChineseFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

/**
 * `describe` for tests that need the real browser. Without Chromium (or a Chinese font) they are
 * skipped with a line saying so, unless CI=true, where that is a failure.
 */
export function describeInBrowser(name: string, body: () => void): void {
  const reason = missingBrowserReason();
  if (!reason) {
    describe(name, body);
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("has Chromium and a Chinese font to run in", () => {
        throw new Error(`${reason}; CI must install them: ${INSTALL_HINT}`);
      });
    });
    return;
  }
  console.log(`[e2e] skipped "${name}": ${reason}. Install with: ${INSTALL_HINT}`);
  describe.skip(name, body);
}

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "luoshi-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1366, height: 768 },
    locale: "zh-CN",
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
