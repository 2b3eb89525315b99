import { readFile } from "node:fs/promises";
import { type CheckFinding, checkReport } from "@luoshi/report";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../../e2e/browser.js";
import { drawnInChineseFont, horizontalOverflow, saveScreenshot } from "../../e2e/screenshots.js";
import { openPageOn, SEED_REPORT, startTestServer, type TestServer } from "../../e2e/test-server.js";

describeInBrowser("报告体检 in Chromium on the seed report the server imported", () => {
  let server: TestServer;
  let browser: { page: Page; close(): Promise<void> };
  let page: Page;
  let seedText: string;
  let findings: CheckFinding[];

  beforeAll(async () => {
    seedText = await readFile(SEED_REPORT, "utf8");
    findings = checkReport(seedText).findings;
    server = await startTestServer();
    browser = await openPageOn(server, "admin");
    page = browser.page;
    await page.goto(`${server.url}/plans/checkup`);
    await page.locator(".checkup-finding").first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const listed = () =>
    page.$$eval(".checkup-finding", (buttons) =>
      buttons.map((button) => ({
        code: button.getAttribute("data-code"),
        severity: button.getAttribute("data-severity"),
      })),
    );

  it("lists every finding of the health check on the stored text, in reading order", async () => {
    expect(findings.length).toBeGreaterThan(0);
    await expect(listed()).resolves.toEqual(findings.map((f) => ({ code: f.code, severity: f.severity })));
    await expect(page.locator(".checkup-findings .ant-card-head-title").textContent()).resolves.toBe(
      `发现 ${findings.length} 处`,
    );
  });

  it("names the other jurisdiction in a place-name finding, with its line and severity in words", async () => {
    const entry = page.locator('.checkup-finding[data-code="PLACE_OTHER_JURISDICTION"]').first();
    const text = (await entry.textContent()) ?? "";
    expect(text).toContain("错误");
    expect(text).toContain("他地地名");
    expect(text).toContain("漯河");
    expect(text).toMatch(/第 \d+ 行/);
  });

  it("underlines every finding in the report text, each mark saying what it is", async () => {
    const marks = await page.$$eval("[data-testid=report-text] [data-note-id]", (elements) =>
      elements.map((element) => ({
        id: element.getAttribute("data-note-id"),
        title: element.getAttribute("title"),
      })),
    );
    expect(new Set(marks.map((mark) => mark.id)).size).toBe(findings.length);
    for (const mark of marks) expect(mark.title).toMatch(/^(错误|提醒|存疑)·/);
  });

  it("scrolls the report to a finding's text when the finding is clicked", async () => {
    const index = findings.findIndex((f) => f.code === "NEAR_TWIN_PHRASE");
    await page.locator(`.checkup-finding[data-finding-index="${index}"]`).click();
    const focused = page.locator("[data-testid=report-text] [data-focus]");
    await focused.first().waitFor();
    const finding = findings[index]!;
    await expect(focused.allTextContents().then((parts) => parts.join(""))).resolves.toBe(
      seedText.slice(finding.source.start, finding.source.end),
    );
    // Within the visible part of the scrolling text box.
    await page.waitForFunction(() => {
      const box = document.querySelector("[data-testid=report-text]")?.getBoundingClientRect();
      const mark = document.querySelector("[data-testid=report-text] [data-focus]")?.getBoundingClientRect();
      return box && mark && mark.top >= box.top && mark.bottom <= box.bottom;
    });
    await expect(horizontalOverflow(page)).resolves.toBe(0);
    await expect(drawnInChineseFont(page, ".checkup-finding-message")).resolves.toBe(true);
    await saveScreenshot(page, "checkup");
  });

  it("selects the finding in the list when its mark in the text is clicked", async () => {
    const index = findings.findIndex((f) => f.code === "TARGET_BELOW_RESULT");
    await page.locator(`[data-testid=report-text] [data-note-id="${index}"]`).first().click();
    await expect(
      page.locator(`.checkup-finding[data-finding-index="${index}"]`).getAttribute("aria-current"),
    ).resolves.toBe("true");
  });

  it("reaches and opens a finding with the keyboard", async () => {
    const first = page.locator(".checkup-finding").first();
    await first.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.locator(".checkup-finding").nth(1).getAttribute("aria-current")).resolves.toBe("true");
  });

  it("lists only the severities left ticked", async () => {
    await page.getByRole("checkbox", { name: /^提醒/ }).uncheck();
    await page.getByRole("checkbox", { name: /^存疑/ }).uncheck();
    const errors = findings.filter((f) => f.severity === "error");
    await expect(listed()).resolves.toEqual(errors.map((f) => ({ code: f.code, severity: f.severity })));
    await expect(page.locator("[data-testid=report-text] .mark-note-warning").count()).resolves.toBe(0);
  });
});
