import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../../e2e/browser.js";
import { drawnInChineseFont, horizontalOverflow, saveScreenshot } from "../../e2e/screenshots.js";
import {
  ApiSession,
  loginInBrowser,
  openPageOn,
  startTestServer,
  type TestServer,
} from "../../e2e/test-server.js";
import type { Unit } from "../api/api-types.js";

describeInBrowser("单位与用户 in Chromium on the real server", () => {
  let server: TestServer;
  let browser: { page: Page; close(): Promise<void> };
  let page: Page;
  let units: Unit[];

  beforeAll(async () => {
    server = await startTestServer();
    units = await (await server.login("admin")).get<Unit[]>("/api/units");
    browser = await openPageOn(server, "admin");
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const dialog = () => page.getByRole("dialog");

  it("lists every unit with its keywords and whether it is in use, in words", async () => {
    await page.goto(`${server.url}/admin/units`);
    await page.locator(".admin-units tbody tr.ant-table-row").first().waitFor();
    const rows = await page.$$eval(".admin-units tbody tr.ant-table-row", (elements) =>
      elements.map((row) => row.textContent ?? ""),
    );
    expect(rows).toHaveLength(Math.min(20, units.length));
    expect(rows[0]).toContain(units[0]!.name);
    expect(rows[0]).toContain(units[0]!.keywords[0]);
    expect(rows[0]).toContain("启用");
    await expect(page.getByText(`共 ${units.length} 个单位`).isVisible()).resolves.toBe(true);
    await expect(drawnInChineseFont(page, ".admin-units tbody td:nth-child(2)")).resolves.toBe(true);
    await expect(horizontalOverflow(page)).resolves.toBe(0);
    await saveScreenshot(page, "admin-units");
  });

  it("adds a unit from a form filled and sent with the keyboard alone", async () => {
    await page.getByRole("button", { name: "新增单位" }).click();
    await dialog().getByLabel("单位名称").waitFor();
    // The dialog puts the cursor in its first field once it has opened.
    await page.waitForFunction(() => document.activeElement?.id === "unit_name");
    await page.keyboard.type("数据局");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("unit_keywords");
    await page.keyboard.type("大数据、算力，数据要素");
    // Back to the name with Shift+Tab; Enter in a text field sends the form.
    await page.keyboard.press("Shift+Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("unit_name");
    await page.keyboard.press("Enter");
    await dialog().waitFor({ state: "detached" });
    const created = (await (await server.login("admin")).get<Unit[]>("/api/units")).find(
      (unit) => unit.name === "数据局",
    );
    expect(created?.keywords).toEqual(["大数据", "算力", "数据要素"]);
  });

  it("shows the server's refusal on the name field when the name is taken", async () => {
    await page.getByRole("button", { name: "新增单位" }).click();
    await dialog().getByLabel("单位名称").fill(units[0]!.name);
    await dialog()
      .getByRole("button", { name: /^保\s*存$/ })
      .click();
    await dialog().getByText("单位名称已存在").waitFor();
    await saveScreenshot(page, "admin-unit-taken");
    await dialog()
      .getByRole("button", { name: /^取\s*消$/ })
      .click();
    await dialog().waitFor({ state: "detached" });
  });

  it("stops a unit and says so in words", async () => {
    const unit = units.at(-1)!;
    await page.getByText(`共 ${units.length + 1} 个单位`).waitFor();
    await page.locator(".admin-units .ant-pagination-next").click();
    await page.getByRole("button", { name: `停用${unit.name}` }).click();
    await page.getByRole("button", { name: `启用${unit.name}` }).waitFor();
    const row = page.locator(".admin-units tbody tr", { hasText: unit.name });
    await expect(row.locator(".admin-active").textContent()).resolves.toBe("停用");
  });

  it("creates a department account whose generated password, shown once, logs in", async () => {
    await page.getByRole("tab", { name: /用户/ }).click();
    await page.getByRole("button", { name: "新增用户" }).click();
    await dialog().getByLabel("用户名").fill("zhang.wei");
    await dialog().getByLabel("姓名").fill("张伟");
    await dialog().getByLabel("所属单位").click();
    await page.keyboard.type("数据局");
    await page.keyboard.press("Enter");
    await dialog()
      .getByRole("button", { name: /^保\s*存$/ })
      .click();
    await page.getByRole("dialog").getByText("zhang.wei", { exact: true }).waitFor();
    const password = (await page.getByTestId("shown-password").textContent())?.trim() ?? "";
    expect(password.length).toBeGreaterThanOrEqual(8);
    // The screenshot waits for the dialog's opening animation to end.
    await page
      .locator(".ant-modal")
      .last()
      .evaluate((modal) => Promise.all(modal.getAnimations({ subtree: true }).map((a) => a.finished)));
    await saveScreenshot(page, "admin-password-shown");
    await page.getByRole("button", { name: "我已记下" }).click();
    const session = await ApiSession.login(server.url, "zhang.wei", password);
    expect(session.user.role).toBe("unit");
    const row = page.locator(".admin-users tbody tr", { hasText: "zhang.wei" });
    await expect(row.textContent()).resolves.toContain("数据局");
  });

  it("labels every field of the user form", async () => {
    await page.getByRole("button", { name: "新增用户" }).click();
    for (const label of ["用户名", "姓名", "角色", "所属单位", "初始密码"])
      await expect(dialog().getByLabel(label).count(), label).resolves.toBe(1);
    await dialog()
      .getByRole("button", { name: /^取\s*消$/ })
      .click();
    await dialog().waitFor({ state: "detached" });
  });

  it("shows the server's refusal on the user name when it is taken", async () => {
    await page.getByRole("button", { name: "新增用户" }).click();
    await dialog().getByLabel("用户名").fill("leader");
    await dialog().getByLabel("姓名").fill("重名");
    await dialog().getByLabel("角色").click();
    await page.getByTitle("领导").click();
    await dialog()
      .getByRole("button", { name: /^保\s*存$/ })
      .click();
    await dialog().getByText("用户名已被使用").waitFor();
    await dialog()
      .getByRole("button", { name: /^取\s*消$/ })
      .click();
    await dialog().waitFor({ state: "detached" });
  });

  it("resets a password: the old one stops working, the new one logs in", async () => {
    await page.getByRole("button", { name: "重置unit2的密码" }).click();
    await page.getByRole("button", { name: /^重\s*置$/ }).click();
    await page.getByRole("dialog").getByText("unit2", { exact: true }).waitFor();
    const password = (await page.getByTestId("shown-password").textContent())?.trim() ?? "";
    await page.getByRole("button", { name: "我已记下" }).click();
    await expect(ApiSession.login(server.url, "unit2", server.passwords.unit2!)).rejects.toThrow(/401/);
    await expect(ApiSession.login(server.url, "unit2", password)).resolves.toBeInstanceOf(ApiSession);
  });

  it("stops an account, which can then no longer log in", async () => {
    await page.getByRole("button", { name: "停用unit3" }).click();
    await page.getByRole("button", { name: "启用unit3" }).waitFor();
    await expect(ApiSession.login(server.url, "unit3", server.passwords.unit3!)).rejects.toThrow(/40[13]/);
    await expect(horizontalOverflow(page)).resolves.toBe(0);
    await saveScreenshot(page, "admin-users");
  });

  it("keeps a department user out, in the page and in the API", async () => {
    await page.context().clearCookies();
    await loginInBrowser(page, server, "unit1");
    await page.goto(`${server.url}/admin/units`);
    await page.getByText("无权访问").waitFor();
    const unit = await server.login("unit1");
    await expect(unit.raw("GET", "/api/users")).resolves.toMatchObject({
      status: 403,
      body: { error: { code: "FORBIDDEN_ROLE" } },
    });
  });
});
