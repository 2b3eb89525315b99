// 任务台账 and 任务详情 in Chromium against a real server started with the seed report imported and
// published, as `npm start` leaves it: the leader reads (filters from the URL, 批示), the office edits.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { unlabelledFields } from "../../e2e/accessibility.js";
import { type BrowserSession, describeInBrowser, launchBrowser } from "../../e2e/browser.js";
import { drawnInChineseFont, horizontalOverflow, saveScreenshot } from "../../e2e/screenshots.js";
import { apiGet, choose, logIn, logOut, messageShown } from "../../e2e/session-actions.js";
import { startTestServer, type TestServer } from "../../e2e/test-server.js";
import type { ItemDetail, ItemSummary, PlanSummary, Session } from "../api/api-types.js";
import { describeGoal } from "./target-words.js";

const STEP = 60_000;

describeInBrowser("任务台账 and 任务详情 in Chromium against a real server", () => {
  let server: TestServer;
  let browser: BrowserSession;
  let page: Page;
  let origin: string;
  let plan: PlanSummary;
  let items: ItemSummary[];

  beforeAll(async () => {
    // Mid-May: the first quarter's milestones are past, so statuses differ across tasks.
    server = await startTestServer({ now: "2026-05-15T02:00:00Z", seedPlan: true });
    origin = server.url;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
    await logIn(page, origin, "leader", server.password("leader"));
    plan = (await apiGet<PlanSummary[]>(page, origin, "/plans")).body[0]!;
    items = (await apiGet<ItemSummary[]>(page, origin, `/items?planId=${plan.id}`)).body;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const rowTitles = () => page.locator(".ledger-task-row .ledger-task-title").allTextContents();
  const titlesOf = (list: ItemSummary[]) => list.map((item) => `${items.indexOf(item) + 1}. ${item.title}`);

  it(
    "shows a leader the published ledger grouped by work area, every status in words, to read only",
    async () => {
      await page.goto(`${origin}/tasks`);
      await page.locator(".ledger-task-row").first().waitFor();
      await expect(rowTitles()).resolves.toEqual(titlesOf(items));
      const areas = [...new Set(items.map((item) => item.area ?? "未分领域"))];
      await expect(page.locator(".ledger-area-title").allTextContents()).resolves.toEqual(
        areas.map(
          (area) => `${area}（${items.filter((item) => (item.area ?? "未分领域") === area).length} 项）`,
        ),
      );
      const words = await page.locator(".ledger-task-row .status-light-word").allTextContents();
      expect(words).toHaveLength(items.length);
      expect(words.every((word) => ["已完成", "正常推进", "滞后", "严重滞后", "逾期"].includes(word))).toBe(
        true,
      );
      await expect(page.locator(".ant-table-selection-column").count()).resolves.toBe(0);
      await expect(
        page.getByRole("button", { name: /^编辑|^发布(分解方案|新版本)$|批量分配/ }).count(),
      ).resolves.toBe(0);
      await expect(page.getByRole("button", { name: "发布记录" }).count()).resolves.toBe(1);
      await expect(drawnInChineseFont(page, ".ledger-task-title")).resolves.toBe(true);
      await expect(unlabelledFields(page, ".ledger-filters")).resolves.toEqual([]);
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await saveScreenshot(page, "ledger-leader");
    },
    STEP,
  );

  it(
    "reads its filters from the URL, as the dashboard's charts link to it, and clears them",
    async () => {
      const area = items[items.length - 1]!.area!;
      const status = items.find((item) => item.area === area)!.status;
      await page.goto(`${origin}/tasks?area=${encodeURIComponent(area)}&status=${status}`);
      const expected = items.filter((item) => item.area === area && item.status === status);
      await expect.poll(rowTitles).toEqual(titlesOf(expected));
      await expect(page.locator(".ledger-filter-form").textContent()).resolves.toContain(area);

      const unit = items[0]!.leadUnit!;
      await page.goto(`${origin}/tasks?unitId=${unit.id}`);
      const ofUnit = (await apiGet<ItemSummary[]>(page, origin, `/items?planId=${plan.id}&unitId=${unit.id}`))
        .body;
      await expect
        .poll(rowTitles)
        .toEqual(titlesOf(items.filter((item) => ofUnit.some((own) => own.id === item.id))));
      await expect(page.locator(".ledger-filter-form").textContent()).resolves.toContain(unit.name);

      await page.getByRole("button", { name: "清除筛选" }).click();
      await expect.poll(async () => (await rowTitles()).length).toBe(items.length);
      expect(new URL(page.url()).searchParams.has("area")).toBe(false);
    },
    STEP,
  );

  it(
    "searches when Enter is pressed in the search box",
    async () => {
      const wanted = items.find((item) => item.targets.length > 0)!;
      const search = page.getByLabel("搜索");
      await search.focus();
      await page.keyboard.type(wanted.title);
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.searchParams.get("q") === wanted.title);
      await expect
        .poll(async () => (await rowTitles()).some((title) => title.endsWith(wanted.title)))
        .toBe(true);
      const server = (
        await apiGet<ItemSummary[]>(
          page,
          origin,
          `/items?planId=${plan.id}&q=${encodeURIComponent(wanted.title)}`,
        )
      ).body;
      await expect.poll(async () => (await rowTitles()).length).toBe(server.length);
    },
    STEP,
  );

  it(
    "lets a leader give an instruction (批示) on a task",
    async () => {
      const task = items.find((item) => item.targets.length > 0)!;
      await page.goto(`${origin}/tasks/${task.id}`);
      await page.getByRole("tab", { name: /评论与批示/ }).click();
      await expect(unlabelledFields(page, ".discussion-form")).resolves.toEqual([]);
      await page.getByLabel("评论或批示").fill("请加快进度，月底前报告推进情况。");
      await page.getByRole("button", { name: "作出批示" }).click();
      await messageShown(page, "批示已发送");
      const entry = page.locator(".discussion-instruction").first();
      await entry.waitFor();
      await expect(entry.textContent()).resolves.toContain("请加快进度，月底前报告推进情况。");
      await expect(entry.textContent()).resolves.toContain("领导批示");
    },
    STEP,
  );

  it(
    "shows a target's source sentence in the report when its goal is clicked",
    async () => {
      const task = items.find((item) => item.targets.some((target) => target.source))!;
      const target = task.targets.find((entry) => entry.source)!;
      await page.goto(`${origin}/tasks/${task.id}`);
      await page.locator(".item-targets").waitFor();
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await saveScreenshot(page, "task-detail");
      await page
        .locator(".item-targets")
        .getByRole("button", { name: describeGoal(target), exact: true })
        .first()
        .click();
      const focused = page.locator("[data-testid=report-text] [data-focus]");
      await focused.first().waitFor();
      const text = (await focused.allTextContents()).join("");
      expect(text).toBe(target.quote);
      await expect(page.getByRole("tab", { name: "报告原文", selected: true }).count()).resolves.toBe(1);
      // Scrolled into the window, not only within the text box.
      await expect
        .poll(() =>
          focused.first().evaluate((element) => {
            const box = element.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        )
        .toBe(true);
      await saveScreenshot(page, "task-detail-source");
    },
    STEP,
  );

  it(
    "lets the office edit a task in the drawer, saving with Enter, and shows the change in the ledger",
    async () => {
      await logOut(page);
      await logIn(page, origin, "admin", server.password("admin"));
      await page.goto(`${origin}/tasks?planId=${plan.id}`);
      const task = items[1]!;
      await page.getByRole("button", { name: `编辑“${task.title}”` }).click();
      const drawer = page.locator(".item-edit-drawer");
      const title = drawer.getByLabel("任务名称");
      await expect(title.inputValue()).resolves.toBe(task.title);
      await expect(drawer.getByLabel("牵头单位").count()).resolves.toBe(1);
      await expect(unlabelledFields(page, ".item-edit-drawer")).resolves.toEqual([]);
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await saveScreenshot(page, "ledger-edit-drawer");

      await title.fill(`${task.title}（修订）`);
      await title.press("Enter");
      await messageShown(page, `已保存“${task.title}（修订）”`);
      await expect.poll(rowTitles).toContainEqual(`2. ${task.title}（修订）`);
      const saved = (await apiGet<ItemDetail>(page, origin, `/items/${task.id}`)).body;
      expect([saved.title, saved.version]).toEqual([`${task.title}（修订）`, task.version + 1]);
    },
    STEP,
  );

  it(
    "refuses an edit based on a version someone else has replaced, and reloads the task",
    async () => {
      const task = items[2]!;
      await page.getByRole("button", { name: `编辑“${task.title}”` }).click();
      const drawer = page.locator(".item-edit-drawer");
      await expect(drawer.getByLabel("任务名称").inputValue()).resolves.toBe(task.title);

      // Someone else saves first.
      const session = (await apiGet<Session>(page, origin, "/auth/me")).body;
      const other = await page.request.patch(`${origin}/api/items/${task.id}`, {
        headers: { "x-csrf-token": session.csrfToken },
        data: { version: task.version, title: `${task.title}（他人修改）` },
      });
      expect(other.status()).toBe(200);

      await drawer.getByLabel("任务名称").fill(`${task.title}（我的修改）`);
      await drawer.getByRole("button", { name: /^保\s*存$/ }).click();
      await messageShown(page, "该内容已被他人修改");
      await expect.poll(() => drawer.getByLabel("任务名称").inputValue()).toBe(`${task.title}（他人修改）`);
    },
    STEP,
  );

  it(
    "lets the office add a task by hand, then delete it after confirming, while a task with history cannot be",
    async () => {
      await page.goto(`${origin}/tasks?planId=${plan.id}`);
      await page.getByRole("button", { name: "新增任务" }).click();
      const dialog = page.locator(".ant-modal").filter({ hasText: "新增任务" });
      await expect(unlabelledFields(page, ".new-item-form")).resolves.toEqual([]);
      const title = "建成区级应急物资储备库";
      await dialog.getByLabel("任务名称").fill(title);
      await dialog.getByLabel("工作领域").fill(items[0]!.area ?? "");
      await saveScreenshot(page, "ledger-new-task");
      await dialog.getByRole("button", { name: "确认新增" }).click();
      await messageShown(page, `已新增任务“${title}”`);
      // The drawer opens on the new task for its targets and milestones.
      const drawer = page.locator(".item-edit-drawer");
      await expect.poll(() => drawer.getByLabel("任务名称").inputValue()).toBe(title);
      await expect.poll(rowTitles).toContainEqual(`${items.length + 1}. ${title}`);

      await drawer.getByRole("button", { name: "删除任务" }).click();
      const confirm = page.locator(".ant-modal-confirm").filter({ hasText: `删除任务“${title}”？` });
      await confirm.getByRole("button", { name: "确认删除" }).click();
      await messageShown(page, `已删除“${title}”`);
      await expect.poll(async () => (await rowTitles()).some((row) => row.endsWith(title))).toBe(false);
      const all = (await apiGet<ItemSummary[]>(page, origin, `/items?planId=${plan.id}`)).body;
      expect(all.map((item) => item.title)).not.toContain(title);

      // The task the leader gave an instruction on has history: the drawer offers no deletion.
      const commented = items.find((item) => item.targets.length > 0)!;
      await page.getByRole("button", { name: `编辑“${commented.title}”` }).click();
      await expect(drawer.getByRole("button", { name: "删除任务" }).isDisabled()).resolves.toBe(true);
      await expect(drawer.textContent()).resolves.toContain("已有进展报告或评论，不能删除");
      await drawer.getByRole("button", { name: /^取\s*消$/ }).click();
    },
    STEP,
  );

  it(
    "lets the office remind one unit by hand, about one of its tasks",
    async () => {
      const task = items.find((item) => item.leadUnit)!;
      await page.goto(`${origin}/reviews?tab=reminders`);
      await page.getByRole("button", { name: "单独催办" }).click();
      const dialog = page.locator(".ant-modal");
      await expect(unlabelledFields(page, ".ant-modal")).resolves.toEqual([]);
      await choose(page, "催办单位", task.leadUnit!.name);
      await choose(page, "相关任务", task.title);
      await dialog.getByLabel("催办内容").fill("请于本周五前报送一季度进展。");
      await dialog.getByRole("button", { name: "发出催办" }).click();
      await messageShown(page, `已向${task.leadUnit!.name}发出催办`);
      const row = page
        .locator(".reminders-panel .ant-table-row")
        .filter({ hasText: "请于本周五前报送一季度进展。" });
      await expect(row.textContent()).resolves.toContain(task.title);
      await expect(row.textContent()).resolves.toContain("督查室催办");
    },
    STEP,
  );
});
