import { readFile } from "node:fs/promises";
import { readReport } from "@luoshi/report";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../../e2e/browser.js";
import { type OpenApp, openApp } from "../../e2e/open-app.js";
import { drawnInChineseFont, horizontalOverflow, saveScreenshot } from "../../e2e/screenshots.js";

const SEED = new URL("../../../../../shared/seeds/000_ce1c9eea1a55d054.txt", import.meta.url).pathname;

describeInBrowser("导入报告 in Chromium, reading the seed report in the browser", () => {
  let app: OpenApp;
  let page: Page;
  let seedText: string;

  beforeAll(async () => {
    seedText = await readFile(SEED, "utf8");
    app = await openApp("harness", "/e2e/harness.html#import");
    page = app.page;
    await page.getByLabel("选择报告文件").setInputFiles(SEED);
    await page.getByTestId("report-text").waitFor();
  });

  afterAll(() => app?.close());

  it("shows the report's text exactly as stored", async () => {
    await expect(page.getByTestId("report-text").textContent()).resolves.toBe(seedText);
  });

  it("highlights every fact the reader finds, each with its status in words", async () => {
    const expected = readReport(seedText).facts;
    const marks = await page.$$eval("[data-testid=report-text] mark[aria-label]", (elements) =>
      elements.map((element) => ({
        id: element.getAttribute("data-fact-id"),
        label: element.getAttribute("aria-label"),
      })),
    );
    expect(marks.map((mark) => mark.id)).toEqual(expected.map((fact) => fact.id));
    for (const mark of marks) expect(mark.label).toMatch(/^(实绩|目标)：/);
  });

  it("explains the highlight colours in words in a legend", async () => {
    const legend = (await page.locator(".fact-legend").textContent()) ?? "";
    expect(legend).toContain("实绩");
    expect(legend).toContain("目标");
  });

  it("shows the draft ledger beside the text, one entry per task the reader drafts", async () => {
    const tasks = readReport(seedText).tasks;
    await page.locator(".draft-ledger").waitFor();
    if (tasks.length === 0) {
      await expect(page.locator(".draft-ledger .empty-state").isVisible()).resolves.toBe(true);
    } else {
      await expect(page.locator(".draft-ledger [data-task-id]").count()).resolves.toBe(tasks.length);
    }
    const text = await page.getByTestId("report-text").boundingBox();
    const ledger = await page.locator(".draft-ledger").boundingBox();
    expect(ledger && text && ledger.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0) - 1);
  });

  it("offers the upload once the file has been read", async () => {
    await expect(page.getByRole("button", { name: "导入并生成任务台账" }).isEnabled()).resolves.toBe(true);
  });

  it("draws the report in a Chinese font and fits the window", async () => {
    await expect(drawnInChineseFont(page, "[data-testid=report-text]")).resolves.toBe(true);
    await expect(horizontalOverflow(page)).resolves.toBe(0);
    await saveScreenshot(page, "import-seed");
  });

  it("goes from the file picker to the upload button with the Tab key", async () => {
    await page.getByLabel("重新选择报告文件").focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent?.replace(/\s/g, ""))).resolves.toBe(
      "导入并生成任务台账",
    );
  });

  it("reaches the file picker with the Tab key", async () => {
    await page.reload();
    await page.locator("body").click();
    await page.keyboard.press("Tab");
    await expect(
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type),
    ).resolves.toBe("file");
  });

  it("refuses a Word file with a message naming the formats it takes", async () => {
    await page.getByLabel("选择报告文件").setInputFiles({
      name: "报告.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from("PK\u0003\u0004"),
    });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(".md");
    await saveScreenshot(page, "import-refused");
  });
});
