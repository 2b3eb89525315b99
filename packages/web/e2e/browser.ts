// Debian's Chromium driven by playwright-core, each run with a fresh profile, and the policy for a
// machine without it: skip with a printed line locally, fail in CI (CI=true).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, type ConsoleMessage, chromium } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";

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
    describe(name, () => {
      // Every test leaves the browser console clean: a React or antd warning, an uncaught error or a
      // failed request for a page asset fails the test that caused it.
      afterEach(() => {
        expect(takeConsoleProblems()).toEqual([]);
      });
      body();
    });
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

// The warnings and errors of every browser this test file launched, since the last test ended.
const consoleProblems: string[] = [];

/** The console's warnings and errors since the last call, emptied. */
export function takeConsoleProblems(): string[] {
  return consoleProblems.splice(0);
}

/**
 * Whether a console message is a problem. An API refusal (401, 403, 404, 409…) is logged by Chromium
 * as "Failed to load resource" although the page handles it: tests of refusals cause those on purpose.
 */
function isProblem(message: ConsoleMessage): boolean {
  if (message.type() !== "warning" && message.type() !== "error") return false;
  const refusedApiCall =
    message.text().startsWith("Failed to load resource: the server responded with a status of 4") &&
    new URL(message.location().url || "http://x/").pathname.startsWith("/api/");
  return !refusedApiCall;
}

function watchConsole(context: BrowserContext): void {
  context.on("console", (message) => {
    if (isProblem(message))
      consoleProblems.push(`${message.type()}: ${message.text()} (${message.location().url || "page"})`);
  });
  context.on("weberror", (error) => consoleProblems.push(`uncaught: ${error.error().message}`));
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
  watchConsole(context);
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
