import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../../e2e/browser.js";
import { type OpenApp, openApp } from "../../e2e/open-app.js";
import { drawnInChineseFont, horizontalOverflow, saveScreenshot } from "../../e2e/screenshots.js";

describeInBrowser("login page in Chromium", () => {
  let app: OpenApp;
  let page: Page;

  beforeAll(async () => {
    app = await openApp("app", "/login");
    page = app.page;
    await page
      .getByRole("button", { name: "登 录" })
      .or(page.getByRole("button", { name: "登录" }))
      .waitFor();
  });

  afterAll(() => app?.close());

  it("shows the product and the form in Chinese, drawn with a Chinese font", async () => {
    await expect(page.locator(".login-subtitle").textContent()).resolves.toBe("政府工作报告重点任务督查系统");
    await expect(drawnInChineseFont(page, ".login-subtitle")).resolves.toBe(true);
    await saveScreenshot(page, "login");
  });

  it("labels both fields so that they can be found by their labels", async () => {
    await expect(page.getByLabel("用户名").getAttribute("autocomplete")).resolves.toBe("username");
    await expect(page.getByLabel("密码").getAttribute("type")).resolves.toBe("password");
  });

  it("goes from user name to password to the login button with the Tab key", async () => {
    await page.getByLabel("用户名").focus();
    const focusedAfterTabs: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      focusedAfterTabs.push(
        await page.evaluate(() => {
          const element = document.activeElement;
          return element?.id || element?.textContent?.replace(/\s/g, "") || element?.tagName || "";
        }),
      );
    }
    expect(focusedAfterTabs[0]).toBe("login_password");
    expect(focusedAfterTabs).toContain("登录");
  });

  it("asks for the missing fields when submitted empty with Enter", async () => {
    await page.getByLabel("用户名").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("请输入用户名").waitFor()).resolves.toBeUndefined();
    await expect(page.getByText("请输入密码").isVisible()).resolves.toBe(true);
  });

  it("tells the user in words, not a stack trace, when the login cannot get an answer", async () => {
    // This static server has no API behind it, as when the server is down: the login must say so.
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByLabel("密码").press("Enter");
    const alert = page.locator(".login-alert");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/Error|at \w+ \(|undefined/);
    await saveScreenshot(page, "login-error");
  });

  it("fits a 1366-pixel-wide window without sideways scrolling", async () => {
    await expect(horizontalOverflow(page)).resolves.toBe(0);
  });

  it("sends a visitor who is not logged in from a working page to the login page or says why it cannot", async () => {
    await page.goto(`${app.origin}/tasks`);
    // Without a server the session cannot be checked: the page says so instead of showing the ledger.
    await page
      .getByText(/无法确认登录状态|账号登录/)
      .first()
      .waitFor();
    await expect(page.locator(".app-layout").count()).resolves.toBe(0);
  });
});
