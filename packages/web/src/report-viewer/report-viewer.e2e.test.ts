import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../../e2e/browser.js";
import { type OpenApp, openApp } from "../../e2e/open-app.js";
import { saveScreenshot } from "../../e2e/screenshots.js";
import { VIEWER_FIXTURE_TEXT } from "../../e2e/viewer-fixture.js";

describeInBrowser("report viewer and status components in Chromium", () => {
  let app: OpenApp;
  let page: Page;

  beforeAll(async () => {
    app = await openApp("harness", "/e2e/harness.html#viewer");
    page = app.page;
    await page.getByTestId("report-text").waitFor();
  });

  afterAll(() => app?.close());

  it("keeps the text exactly as given, line breaks included", async () => {
    await expect(page.getByTestId("report-text").textContent()).resolves.toBe(VIEWER_FIXTURE_TEXT);
    await expect(
      page.getByTestId("report-text").evaluate((element) => getComputedStyle(element).whiteSpace),
    ).resolves.toBe("pre-wrap");
  });

  it("marks a result and a target differently in line style as well as colour", async () => {
    const styles = await page.$$eval("[data-testid=report-text] mark", (marks) =>
      marks.map((mark) => `${mark.getAttribute("data-status")}:${getComputedStyle(mark).borderBottomStyle}`),
    );
    expect(styles).toEqual(["actual:solid", "target:dashed"]);
  });

  it("opens a fact's fields when it is clicked", async () => {
    await page.getByRole("button", { name: "实绩：地区生产总值 272.45亿元" }).click();
    const drawer = page.getByRole("dialog", { name: "数据详情" });
    await drawer.waitFor();
    const fields = (await drawer.textContent()) ?? "";
    expect(fields).toContain("实绩（已经完成的数）");
    expect(fields).toContain("27,245,000,000元");
    expect(fields).toContain("全区地区生产总值完成272.45亿元，增长4.7%。");
    await saveScreenshot(page, "viewer-fact");
    await page.getByRole("button", { name: "关闭" }).click();
    await drawer.waitFor({ state: "hidden" });
  });

  it("opens a fact from the keyboard with Tab and Enter", async () => {
    await page.getByRole("button", { name: "查看原文" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-fact-id"))).resolves.toBe(
      "5g",
    );
    await page.keyboard.press("Enter");
    const drawer = page.getByRole("dialog", { name: "数据详情" });
    await expect(drawer.textContent()).resolves.toContain("目标（预期要完成的数）");
    await page.getByRole("button", { name: "关闭" }).click();
    await drawer.waitFor({ state: "hidden" });
  });

  it("marks the span it is asked to show", async () => {
    await page.getByRole("button", { name: "查看原文" }).click();
    await expect(page.locator("[data-focus]").allTextContents()).resolves.toEqual([
      "新建5G基站",
      "78个以上",
      "，新增城镇就业8000人以上。",
    ]);
  });

  it("shows every status light with its word", async () => {
    await expect(page.locator(".status-light").allTextContents()).resolves.toEqual([
      "已完成",
      "正常推进",
      "滞后",
      "严重滞后",
      "逾期",
    ]);
  });

  it("states completion and expected progress in words on the completion bar", async () => {
    const bar = page.getByRole("progressbar", { name: "完成进度" });
    await expect(bar.getAttribute("aria-valuetext")).resolves.toBe("完成 40%，序时进度 25%");
    await saveScreenshot(page, "viewer-components");
  });
});
