import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../../e2e/browser.js";
import { type OpenApp, openApp } from "../../e2e/open-app.js";
import { saveScreenshot } from "../../e2e/screenshots.js";

describeInBrowser("report text beside the draft ledger, in Chromium", () => {
  let app: OpenApp;
  let page: Page;

  beforeAll(async () => {
    app = await openApp("harness", "/e2e/harness.html#workspace");
    page = app.page;
    await page.getByTestId("report-text").waitFor();
  });

  afterAll(() => app?.close());

  it("lists each task under its work area with its target, units and deadline", async () => {
    const area = page.getByRole("region", { name: "聚力产业培育，在特色发展上求突破" });
    const entry = (await area.locator("[data-task-id=task-5g]").textContent()) ?? "";
    expect(entry).toContain("加快新型基础设施建设");
    expect(entry).toContain("新建5G基站 78个以上");
    expect(entry).toContain("牵头 · 工业和信息化局");
    expect(entry).toContain("配合 · 人力资源和社会保障局");
    expect(entry).toContain("完成时限：2026年12月31日");
  });

  it("shades a task's sentences in the report when the task is clicked", async () => {
    await page.getByRole("button", { name: "加快新型基础设施建设" }).click();
    const shaded = (await page.locator("[data-testid=report-text] .mark-shade").allTextContents()).join("");
    expect(shaded).toBe("新建5G基站78个以上，新增城镇就业8000人以上。");
    await expect(page.locator(".draft-task-selected").getAttribute("data-task-id")).resolves.toBe("task-5g");
    await saveScreenshot(page, "workspace-task");
  });

  it("opens a target's fields from the ledger", async () => {
    await page.getByRole("button", { name: "新建5G基站 78个以上", exact: true }).click();
    const drawer = page.getByRole("dialog", { name: "数据详情" });
    await expect(drawer.textContent()).resolves.toContain("目标（预期要完成的数）");
  });
});
