// The main path of issue 4 in Chromium against a real server, one step per test, in order: the office
// imports the seed and publishes; a department files progress with an evidence file; the office returns
// it; the department refiles; the office accepts; the task's status and the dashboard follow. Around
// it: a wrong password, and a department refused another department's task in the page and the API.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { unlabelledFields } from "../../e2e/accessibility.js";
import { type BrowserSession, describeInBrowser, launchBrowser } from "../../e2e/browser.js";
import { animationsSettled, horizontalOverflow, saveScreenshot } from "../../e2e/screenshots.js";
import { apiGet, choose, logIn, logOut, messageShown } from "../../e2e/session-actions.js";
import { SEED_REPORT, startTestServer, type TestServer } from "../../e2e/test-server.js";
import type {
  Dashboard,
  ItemDetail,
  ItemSummary,
  ManagedUser,
  PlanSummary,
  Reminder,
  Unit,
} from "../api/api-types.js";
import { describeGoal } from "../tasks/target-words.js";

const STEP = 60_000;

describeInBrowser("the tracking workflow in Chromium against a real server", () => {
  let server: TestServer;
  let browser: BrowserSession;
  let page: Page;
  let origin: string;
  // Found as the story goes.
  let plan: PlanSummary;
  let task: ItemSummary;
  let otherUnitsTask: ItemSummary;
  let unitName: string;
  let dashboardTextBefore: string;

  const asUser = async (username: string) => {
    if (new URL(page.url()).pathname !== "/login" && page.url() !== "about:blank") await logOut(page);
    await logIn(page, origin, username, server.password(username));
  };

  beforeAll(async () => {
    // Early February: January's report is due, and nothing is behind its milestones yet.
    server = await startTestServer({ now: "2026-02-10T02:00:00Z", seedPlan: false });
    origin = server.url;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    "tells a user who types a wrong password so, and keeps them on the login page",
    async () => {
      await page.goto(`${origin}/login`);
      await page.getByLabel("用户名").fill("admin");
      await page.getByLabel("密码").fill("not-the-password");
      await page.getByRole("button", { name: /^登\s*录$/ }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain("用户名或密码错误");
      expect(new URL(page.url()).pathname).toBe("/login");
      await saveScreenshot(page, "workflow-login-wrong-password");
    },
    STEP,
  );

  it(
    "lets the office import the seed report and lands it on the draft ledger",
    async () => {
      await logIn(page, origin, "admin", server.password("admin"));
      await page.goto(`${origin}/plans/import`);
      await page.getByLabel("选择报告文件").setInputFiles(SEED_REPORT);
      await page.getByRole("button", { name: "导入并生成任务台账" }).click();
      await page.locator(".import-done").getByRole("link", { name: "打开任务台账" }).click();
      await page.waitForURL((url) => url.pathname === "/tasks" && url.searchParams.has("planId"));
      await page.locator(".ledger-task-row").first().waitFor();

      const plans = await apiGet<PlanSummary[]>(page, origin, "/plans");
      plan = plans.body[0]!;
      expect(plan.state).toBe("draft");
      const items = (await apiGet<ItemSummary[]>(page, origin, `/items?planId=${plan.id}`)).body;
      await expect(page.locator(".ledger-task-row").count()).resolves.toBe(items.length);
      await expect(page.getByText("草稿 · 未发布").isVisible()).resolves.toBe(true);
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await saveScreenshot(page, "workflow-ledger-draft");

      // The task the story follows: one whose targets are all quantities to build up, so filing its
      // full goal completes it.
      const found = items.find(
        (item) =>
          item.targets.length > 0 &&
          item.targets.every(
            (target) =>
              target.measure === "cumulative" && target.comparator !== "lte" && target.baseline === null,
          ),
      );
      expect(found, "the seed drafts a task with quantity targets").toBeDefined();
      task = found!;
    },
    STEP,
  );

  it(
    "lets the office find the task by search and assign its lead unit in bulk",
    async () => {
      const users = (await apiGet<ManagedUser[]>(page, origin, "/users")).body;
      const units = (await apiGet<Unit[]>(page, origin, "/units")).body;
      const unitId = users.find((user) => user.username === "unit1")!.unitId;
      unitName = units.find((unit) => unit.id === unitId)!.name;

      await page.getByLabel("搜索").fill(task.title);
      await page.getByLabel("搜索").press("Enter");
      await page.waitForURL((url) => url.searchParams.get("q") === task.title);
      await page.getByLabel(`选择“${task.title}”`).check();
      await page.getByRole("button", { name: "批量分配单位" }).click();
      await expect(unlabelledFields(page, ".ant-modal")).resolves.toEqual([]);
      await choose(page, "牵头单位", unitName);
      await page.getByRole("button", { name: "确认分配" }).click();
      await messageShown(page, "已为 1 项任务分配单位");

      const assigned = (await apiGet<ItemDetail>(page, origin, `/items/${task.id}`)).body;
      expect(assigned.leadUnit?.name).toBe(unitName);
      const row = page.locator(".ledger-task-row").filter({ hasText: task.title });
      await expect(row.first().textContent()).resolves.toContain(unitName);
      task = assigned;

      const all = (await apiGet<ItemSummary[]>(page, origin, `/items?planId=${plan.id}`)).body;
      otherUnitsTask = all.find(
        (item) => item.leadUnit?.id !== unitId && !item.coUnits.some((unit) => unit.id === unitId),
      )!;
      expect(otherUnitsTask).toBeDefined();
    },
    STEP,
  );

  it(
    "lets the office publish the ledger as version 1",
    async () => {
      await page.getByRole("button", { name: "发布分解方案" }).click();
      await page.getByLabel("发布说明").fill("经区政府常务会议研究通过");
      await page.getByRole("button", { name: "确认发布" }).click();
      await messageShown(page, "第 1 版");
      await page.getByText("已发布 · 第 1 版").waitFor();
      const published = (await apiGet<PlanSummary[]>(page, origin, "/plans")).body[0]!;
      expect([published.state, published.version]).toEqual(["published", 1]);

      await page.goto(`${origin}/dashboard`);
      await page.getByTestId("trend-line-chart").locator("svg").waitFor();
      dashboardTextBefore = (await page.locator(".app-content").textContent()) ?? "";
    },
    STEP,
  );

  it(
    "lets the office remind every unit late with January's report at one click",
    async () => {
      await page.goto(`${origin}/reviews?tab=reminders`);
      await page.getByRole("button", { name: "一键催办逾期未报和进度滞后的任务" }).click();
      await messageShown(page, "条催办");
      const rows = page.locator(".reminders-panel .ant-table-row");
      await rows.first().waitFor();
      const sent = (await apiGet<Reminder[]>(page, origin, "/reminders")).body;
      expect(sent.some((reminder) => reminder.itemId === task.id && reminder.kind === "late_report")).toBe(
        true,
      );
      await expect(rows.count()).resolves.toBe(Math.min(sent.length, 50));
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await saveScreenshot(page, "workflow-reminders");
    },
    STEP,
  );

  it(
    "shows a department only its own tasks and lets it file progress with an evidence file",
    async () => {
      await asUser("unit1");
      expect(new URL(page.url()).pathname).toBe("/filing");
      const own = (await apiGet<ItemSummary[]>(page, origin, "/items")).body;
      expect(own.some((item) => item.id === otherUnitsTask.id)).toBe(false);
      const led = own.filter((item) => item.leadUnit?.name === unitName);
      const entries = page.locator(".filing-entry-title");
      await entries.first().waitFor();
      await expect(entries.allTextContents()).resolves.toEqual(led.map((item) => item.title));

      await expect(page.locator(".filing-reminders").textContent()).resolves.toMatch(
        /督查室催办（共 \d+ 条）/,
      );
      await page.locator(".filing-entry-button").filter({ hasText: task.title }).click();
      await page.locator(".filing-panel .ant-card-head-title").filter({ hasText: task.title }).waitFor();
      await expect(page.locator(".filing-task-reminders").textContent()).resolves.toContain(
        `“${task.title}”2026年1月的进展尚未报送`,
      );
      const form = page.getByRole("form", { name: `填报“${task.title}”` });
      await form.waitFor();
      await expect(form.getByText("2026年1月").first().isVisible()).resolves.toBe(true);
      for (const target of task.targets) {
        await form
          .getByLabel(`${target.metric}（目标：${describeGoal(target)}）`)
          .fill(String(target.targetValue));
      }
      await form.getByLabel("进展情况").fill("已完成全年目标，相关项目均已投用。");
      // A real PNG: a screenshot of the page itself.
      const photo = await page.screenshot();
      await form
        .getByLabel("上传佐证材料")
        .setInputFiles({ name: "现场照片.png", mimeType: "image/png", buffer: photo });
      await messageShown(page, "已上传“现场照片.png”");
      await expect(unlabelledFields(page, ".filing-form")).resolves.toEqual([]);
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await saveScreenshot(page, "workflow-filing");

      // A draft comes back after the page is left: values, narrative and the uploaded file, all from
      // the server (the browser's storage is emptied first).
      await form.getByRole("button", { name: "保存草稿" }).click();
      await messageShown(page, "草稿已保存");
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      await page.reload();
      await page.locator(".filing-entry-button").filter({ hasText: task.title }).click();
      const first = task.targets[0]!;
      const firstField = form.getByLabel(`${first.metric}（目标：${describeGoal(first)}）`);
      await expect.poll(() => firstField.inputValue()).toBe(String(first.targetValue));
      await expect(form.getByLabel("进展情况").inputValue()).resolves.toBe(
        "已完成全年目标，相关项目均已投用。",
      );
      await expect(form.locator(".filing-evidence-list").textContent()).resolves.toContain("现场照片.png");
      await expect(form.getByText(/^草稿保存于/).count()).resolves.toBe(1);

      await form.getByRole("button", { name: "提交审核" }).click();
      await messageShown(page, "2026年1月的进展已提交");
      const history = page.locator(".progress-report").filter({ hasText: "现场照片.png" });
      await history.first().waitFor();
      await expect(history.first().locator("[data-report-state]").textContent()).resolves.toBe("待审核");
    },
    STEP,
  );

  it(
    "refuses a department another department's task, in the page and in the API",
    async () => {
      await page.goto(`${origin}/tasks/${otherUnitsTask.id}`);
      await page.getByText("无权查看该任务").waitFor();
      await expect(page.locator(".error-state").textContent()).resolves.toContain(
        "只能查看和填报本单位的任务",
      );
      await expect(page.getByText(otherUnitsTask.title).count()).resolves.toBe(0);
      await saveScreenshot(page, "workflow-task-refused");

      const refused = await apiGet<{ error: { code: string } }>(page, origin, `/items/${otherUnitsTask.id}`);
      expect([refused.status, refused.body.error.code]).toEqual([403, "FORBIDDEN_UNIT"]);
      const listed = await apiGet<{ error: { code: string } }>(
        page,
        origin,
        `/items?unitId=${otherUnitsTask.leadUnit?.id ?? "none"}`,
      );
      expect(listed.status).toBe(403);
    },
    STEP,
  );

  it(
    "lets the office return the report with its reason",
    async () => {
      await asUser("admin");
      await page.goto(`${origin}/reviews`);
      const open = page.getByRole("button", { name: `审核“${task.title}”2026年1月的进展` });
      await open.waitFor();
      await expect(page.getByRole("tab", { name: "待审核（1）" }).count()).resolves.toBe(1);
      await page.locator(".ant-spin-blur").waitFor({ state: "detached" });
      await animationsSettled(page); // the table's fade-in, so the screenshot shows it as a person would
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await saveScreenshot(page, "workflow-review-queue");
      await open.click();
      const drawer = page.locator(".review-drawer");
      await drawer.getByText("现场照片.png").waitFor();
      await expect(unlabelledFields(page, ".review-drawer")).resolves.toEqual([]);
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await saveScreenshot(page, "workflow-review");

      await drawer.getByRole("button", { name: /^退\s*回$/ }).click();
      await drawer.getByText("退回时请写明退回原因").waitFor();
      await drawer.getByLabel("审核意见").fill("请说明项目投用的具体时间");
      await drawer.getByRole("button", { name: /^退\s*回$/ }).click();
      await messageShown(page, "已退回");
      await page.getByText("没有待审核的进展报告").waitFor();
    },
    STEP,
  );

  it(
    "shows the department the returned report with the reviewer's comment, and lets it refile",
    async () => {
      await asUser("unit1");
      await page.goto(`${origin}/filing?itemId=${task.id}`);
      const notice = page.getByRole("alert").filter({ hasText: "被退回" });
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain("退回原因：请说明项目投用的具体时间");
      const form = page.getByRole("form", { name: `填报“${task.title}”` });
      // The form starts from the returned report: its narrative and its evidence.
      await expect(form.getByLabel("进展情况").inputValue()).resolves.toBe(
        "已完成全年目标，相关项目均已投用。",
      );
      await expect(form.locator(".filing-evidence-list").textContent()).resolves.toContain("现场照片.png");
      await saveScreenshot(page, "workflow-filing-returned");

      // Refiled with the keyboard alone: type, then Tab to the submit button and press Enter.
      await form.getByLabel("进展情况").fill("已完成全年目标，项目于1月20日全部投用。");
      const submit = form.getByRole("button", { name: "提交审核" });
      for (
        let presses = 0;
        presses < 8 && !(await submit.evaluate((b) => b === document.activeElement));
        presses++
      )
        await page.keyboard.press("Tab");
      await expect(submit.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press("Enter");
      await messageShown(page, "2026年1月的进展已提交");
      const detail = (await apiGet<ItemDetail>(page, origin, `/items/${task.id}`)).body;
      const revisions = [...detail.progressReports].sort((a, b) => a.revision - b.revision);
      expect(revisions.map((report) => [report.revision, report.state])).toEqual([
        [1, "returned"],
        [2, "submitted"],
      ]);
    },
    STEP,
  );

  it(
    "lets the office accept the refiling, after which the task is done and the dashboard counts it",
    async () => {
      await asUser("admin");
      const before = (await apiGet<Dashboard>(page, origin, `/dashboard?planId=${plan.id}`)).body;
      await page.goto(`${origin}/reviews`);
      await page.getByRole("button", { name: `审核“${task.title}”2026年1月的进展` }).click();
      const drawer = page.locator(".review-drawer");
      await drawer.getByText("本期此前的填报（1 次）").waitFor();
      // Accepted from the keyboard: the comment, then Tab to 审核通过.
      await drawer.getByLabel("审核意见").fill("同意");
      await page.keyboard.press("Tab");
      await expect(
        page.evaluate(() => document.activeElement?.textContent?.replace(/\s/g, "")),
      ).resolves.toBe("审核通过");
      await page.keyboard.press("Enter");
      await messageShown(page, "已通过");

      await page.goto(`${origin}/tasks/${task.id}`);
      await expect(page.locator(".detail-status").getAttribute("data-item-status")).resolves.toBe("done");
      await expect(page.locator(".detail-status").textContent()).resolves.toContain("已完成");
      const states = await page.locator(".progress-report [data-report-state]").allTextContents();
      expect(states).toEqual(["已通过", "已退回"]);
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await saveScreenshot(page, "workflow-task-detail");

      const after = (await apiGet<Dashboard>(page, origin, `/dashboard?planId=${plan.id}`)).body;
      const done = (dashboard: Dashboard) =>
        dashboard.byStatus.find((entry) => entry.status === "done")?.count;
      expect(done(after)).toBe((done(before) ?? 0) + 1);
      expect(after.overall.completion).toBeGreaterThan(before.overall.completion);

      await page.goto(`${origin}/dashboard`);
      await page.getByTestId("trend-line-chart").locator("svg").waitFor();
      const dashboardTextAfter = (await page.locator(".app-content").textContent()) ?? "";
      expect(dashboardTextAfter).not.toBe(dashboardTextBefore);
      await saveScreenshot(page, "workflow-dashboard");

      await page.goto(`${origin}/tasks?planId=${plan.id}&status=done`);
      await page.locator(".ledger-task-row").first().waitFor();
      await expect(
        page.locator(".ledger-task-row .ledger-task-title").allTextContents(),
      ).resolves.toContainEqual(expect.stringContaining(task.title));
      await saveScreenshot(page, "workflow-ledger-done");
    },
    STEP,
  );
});
