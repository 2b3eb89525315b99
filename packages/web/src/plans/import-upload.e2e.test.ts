import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../../e2e/browser.js";
import { horizontalOverflow, saveScreenshot } from "../../e2e/screenshots.js";
import { type ApiSession, openPageOn, startTestServer, type TestServer } from "../../e2e/test-server.js";

const OTHER_REPORT = fileURLToPath(new URL("../../../../../shared/corpus/易县-2025.md", import.meta.url));

interface PlanRow {
  id: string;
  title: string;
  state: string;
  itemCount: number;
}

describeInBrowser("导入报告 against the real server", () => {
  let server: TestServer;
  let browser: { page: Page; close(): Promise<void> };
  let page: Page;
  let admin: ApiSession;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login("admin");
    browser = await openPageOn(server, "admin");
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("uploads a report, creates its draft plan and links to that plan's 报告体检 and ledger", async () => {
    await page.goto(`${server.url}/plans/import`);
    await page.getByLabel("选择报告文件").setInputFiles(OTHER_REPORT);
    await page.getByTestId("report-text").waitFor();
    await page.getByRole("button", { name: "导入并生成任务台账" }).click();
    const done = page.locator(".import-done");
    await done.waitFor();
    await expect(done.textContent()).resolves.toMatch(
      /已导入“.*易县.*”，任务台账草稿已生成（共 \d+ 项任务）/,
    );
    await expect(page.getByRole("button", { name: "导入并生成任务台账" }).count()).resolves.toBe(0);
    await saveScreenshot(page, "import-done");

    const ledgerLink = await done.getByRole("link", { name: "打开任务台账" }).getAttribute("href");
    await done.getByRole("link", { name: "报告体检" }).click();
    await page.waitForURL(/\/plans\/checkup\?planId=/);
    const planId = new URL(page.url()).searchParams.get("planId");
    expect(ledgerLink).toBe(`/tasks?planId=${planId}`);
    await page.locator(".checkup-workspace, .ant-card .ant-empty").first().waitFor();
    await expect(page.locator(".checkup-plan-picker").textContent()).resolves.toContain("易县");
    const plans = await admin.get<PlanRow[]>("/api/plans");
    const plan = plans.find((entry) => entry.id === planId);
    expect(plan?.state).toBe("draft");
    expect(plan?.title).toContain("易县");
    expect(plan?.itemCount).toBeGreaterThan(0);
  });

  it("shows the server's own message when it refuses a text that is not a work report", async () => {
    const before = (await admin.get<PlanRow[]>("/api/plans")).length;
    await page.goto(`${server.url}/plans/import`);
    const notice = `关于做好春节期间值班工作的通知\n\n各单位：\n\n${"请各单位按照要求安排值班人员，确保通讯畅通，遇有突发情况及时报告。".repeat(8)}\n`;
    await page.getByLabel("选择报告文件").setInputFiles({
      name: "值班通知.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(notice, "utf8"),
    });
    await page.getByRole("button", { name: "导入并生成任务台账" }).click();
    const alert = page.locator(".import-upload-error");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("文件内容不像政府工作报告");
    expect(text).toContain("NOT_A_REPORT");
    await expect(horizontalOverflow(page)).resolves.toBe(0);
    await saveScreenshot(page, "import-server-refused");
    expect(page.url()).toContain("/plans/import");
    expect((await admin.get<PlanRow[]>("/api/plans")).length).toBe(before);
  });

  it("refuses the same upload to a department user in the API", async () => {
    const unit = await server.login("unit1");
    const bytes = new Uint8Array(await readFile(OTHER_REPORT));
    await expect(unit.upload("/api/plans", "易县-2025.md", bytes)).rejects.toThrow(/403.*FORBIDDEN_ROLE/);
  });
});
