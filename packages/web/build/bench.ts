// `npm run bench` for the web app: the built chunk sizes, and how long the report viewer takes to
// show a report of over 100 KB with a highlight on every number, in the real browser. Prints only.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Fact } from "@luoshi/report";
import { launchBrowser, missingBrowserReason } from "../e2e/browser.js";
import { builtApp } from "../e2e/built-app.js";
import { serveStatic } from "../e2e/static-server.js";
import { buildWeb, isBuildFresh } from "./build-web.js";
import { printBundleSizes, WEB_DIR } from "./bundle-size.js";

const CORPUS = path.resolve(WEB_DIR, "../../../shared/corpus");
const RUNS = 5;

if (!(await isBuildFresh())) await buildWeb({ quiet: true });
await printBundleSizes(path.join(WEB_DIR, "dist"));

const reason = missingBrowserReason();
if (reason) {
  console.log(`report viewer: not measured (${reason})`);
} else {
  const text = await largeReport();
  const facts = numberFacts(text);
  const server = await serveStatic(await builtApp("harness"));
  const browser = await launchBrowser();
  try {
    const timings: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/e2e/harness.html#viewer-bench`);
      await page.waitForFunction(() => typeof window.renderViewer === "function");
      timings.push(await page.evaluate(([t, f]) => window.renderViewer!(t, f), [text, facts] as const));
      await page.close();
    }
    timings.sort((a, b) => a - b);
    console.log(
      `report viewer: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB (${text.length} characters), ${facts.length} highlights: ` +
        `render to paint median ${timings[Math.floor(RUNS / 2)]!.toFixed(0)} ms (min ${timings[0]!.toFixed(0)}, max ${timings[RUNS - 1]!.toFixed(0)}) over ${RUNS} runs`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The two largest real reports of the corpus joined: over 100 KB of UTF-8. */
async function largeReport(): Promise<string> {
  const parts = await Promise.all(
    ["广东省-2026.md", "国务院-2025.md"].map((name) => readFile(path.join(CORPUS, name), "utf8")),
  );
  return parts.join("\n\n");
}

/** A highlight on every number with its unit: as many as a real extraction would mark, or more. */
function numberFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  for (const match of text.matchAll(/\d+(?:\.\d+)?\s*(?:%|万|亿)?[元个人亩家项公里吨户]?/g)) {
    const start = match.index;
    const end = start + match[0].length;
    facts.push({
      id: `n${facts.length}`,
      quote: match[0],
      metric: "",
      value: Number.parseFloat(match[0]),
      upperValue: null,
      unit: "",
      baseValue: Number.parseFloat(match[0]),
      baseUnit: "",
      kind: "amount",
      direction: null,
      period: "",
      status: facts.length % 2 === 0 ? "actual" : "target",
      comparator: "eq",
      source: { start, end },
      sentence: { start, end },
      sectionId: null,
      themeId: null,
    });
  }
  return facts;
}
