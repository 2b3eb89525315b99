// The app as shipped stays light enough for a county office's network: the JavaScript a first visit
// loads is within 500 KB gzipped, and ECharts only comes with the pages that chart.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type BundleSizes, INITIAL_JS_BUDGET_GZIP, measureBundle } from "../../build/bundle-size.js";
import { builtApp } from "../../e2e/built-app.js";

describe("the built web app", () => {
  let distDir: string;
  let sizes: BundleSizes;

  beforeAll(async () => {
    distDir = await builtApp("app");
    sizes = await measureBundle(distDir);
  });

  it("loads at most 500 KB of gzipped JavaScript on a first visit", () => {
    expect(sizes.initialJs.gzip).toBeGreaterThan(0);
    expect(sizes.initialJs.gzip).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP);
  });

  it("keeps ECharts out of the initial load", async () => {
    const initial = sizes.chunks.filter((chunk) => chunk.initial && chunk.file.endsWith(".js"));
    for (const chunk of initial) {
      const code = await readFile(path.join(distDir, chunk.file), "utf8");
      expect(code.includes("echarts"), chunk.file).toBe(false);
    }
    const lazy = sizes.chunks.filter((chunk) => !chunk.initial);
    const withCharts = await Promise.all(
      lazy.map(async (chunk) => (await readFile(path.join(distDir, chunk.file), "utf8")).includes("echarts")),
    );
    expect(withCharts).toContain(true);
  });

  it("ships a production build of React, not the development one", async () => {
    const initial = sizes.chunks.filter((chunk) => chunk.initial && chunk.file.endsWith(".js"));
    const code = await Promise.all(initial.map((chunk) => readFile(path.join(distDir, chunk.file), "utf8")));
    // A warning only React's development build carries.
    expect(code.join("\n")).not.toContain("Each child in a list should have a unique");
  });
});
