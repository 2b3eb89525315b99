import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../../e2e/browser.js";
import {
  drawnInChineseFont,
  horizontalOverflow,
  SCREENSHOT_DIR,
  saveScreenshot,
} from "../../e2e/screenshots.js";
import {
  type ApiSession,
  fileProgress,
  type LedgerItem,
  openPageOn,
  startTestServer,
  type TestServer,
} from "../../e2e/test-server.js";
import type { Dashboard } from "../api/api-types.js";

describeInBrowser("驾驶舱 in Chromium on the real server, after two months of filings", () => {
  let server: TestServer;
  let browser: { page: Page; close(): Promise<void> };
  let page: Page;
  let view: Dashboard;

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await server.login("admin");
    // Two units report on their own tasks; the office accepts: some tasks move, one is finished.
    for (const [username, shares] of [
      ["unit1", [0.3, 1]],
      ["unit3", [0.6]],
    ] as const) {
      const unit = await server.login(username);
      const items = await unit.get<LedgerItem[]>(`/api/items?planId=${server.seedPlanId}`);
      const own = items.filter((item) => item.leadUnit?.id === unit.user.unitId && item.targets.length > 0);
      for (const [i, share] of shares.entries()) {
        const item = own[i];
        if (!item) throw new Error(`${username} has fewer than ${shares.length} tasks with targets`);
        await fileProgress(unit, admin, item, {
          period: "2026-03",
          share: share / 2,
          narrative: "按计划推进",
          decision: "accept",
        });
        await fileProgress(unit, admin, item, {
          period: "2026-05",
          share,
          narrative: "进展顺利",
          decision: "accept",
        });
      }
    }
    const leader: ApiSession = await server.login("leader");
    view = await leader.get<Dashboard>("/api/dashboard");
    browser = await openPageOn(server, "leader");
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openDashboard = async () => {
    await page.goto(`${server.url}/dashboard`);
    await page.getByTestId("trend-line-chart").locator("svg").waitFor();
  };

  it("lands a leader on the dashboard of the published plan", async () => {
    await page.getByRole("heading", { name: "驾驶舱" }).waitFor();
    await expect(page.locator(".page-header-intro").textContent()).resolves.toContain(
      "湛河区2026年政府工作报告",
    );
  });

  it("shows the overall completion and the expected progress the server computed", async () => {
    await openDashboard();
    const gauge = (await page.locator(".dashboard-gauge").textContent()) ?? "";
    expect(view.overall.completion).toBeGreaterThan(0);
    expect(gauge).toContain(`${view.overall.completion}%`);
    expect(gauge).toContain(`${view.overall.expected}%`);
    expect(gauge).toContain(`${view.overall.count} 项`);
  });

  it("counts tasks by status, each count with its status in words", async () => {
    const tiles = await page.$$eval(".status-tile", (elements) =>
      elements.map((element) => ({
        status: element.getAttribute("data-status"),
        text: element.textContent?.replace(/\s/g, ""),
      })),
    );
    expect(tiles.map((tile) => tile.status)).toEqual(view.byStatus.map((entry) => entry.status));
    expect(tiles.find((tile) => tile.status === "done")?.text).toMatch(/^已完成1项/);
    for (const entry of view.byStatus) {
      expect(tiles.find((tile) => tile.status === entry.status)?.text).toContain(`${entry.count}项`);
    }
  });

  it("draws both bar charts and the trend with data, in a Chinese font, within the window", async () => {
    const bars = page.getByTestId("completion-bar-chart");
    await expect(bars.count()).resolves.toBe(2);
    await expect(bars.first().locator("svg path").count()).resolves.toBeGreaterThan(view.byArea.length);
    const trend = (await page.getByTestId("trend-line-chart").getAttribute("aria-label")) ?? "";
    expect(trend).toContain("2026年5月");
    expect(view.trend.at(-1)?.completion).toBeGreaterThan(0);
    await expect(drawnInChineseFont(page, ".status-tile .status-light-word")).resolves.toBe(true);
    await expect(horizontalOverflow(page)).resolves.toBe(0);
    await saveScreenshot(page, "dashboard");
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "dashboard-full.png"), fullPage: true });
  });

  it("ranks units by completion, the best first, each linked to its tasks", async () => {
    const rows = await page.$$eval(".dashboard-ranking tbody tr.ant-table-row", (elements) =>
      elements.map((row) => Array.from(row.querySelectorAll("td")).map((cell) => cell.textContent ?? "")),
    );
    expect(rows[0]?.[0]).toBe("1");
    expect(rows[0]?.[1]).toBe(view.ranking[0]?.unitName);
    const href = await page.locator(".dashboard-ranking tbody a").first().getAttribute("href");
    expect(href).toContain(`unitId=${view.ranking[0]?.unitId}`);
  });

  it("lists the seriously lagging tasks with the reason in words and a link to each", async () => {
    expect(view.seriouslyLagging.length).toBeGreaterThan(0);
    const first = view.seriouslyLagging[0]!;
    const link = page.getByRole("link", { name: first.title, exact: true }).first();
    await expect(link.getAttribute("href")).resolves.toBe(`/tasks/${first.id}`);
    await expect(page.getByText(first.statusReason).first().isVisible()).resolves.toBe(true);
  });

  it("opens the ledger filtered by status when a status count is clicked", async () => {
    await page.locator('.status-tile[data-status="seriously_lagging"]').click();
    await page.waitForURL(/\/tasks\?/);
    const query = new URL(page.url()).searchParams;
    expect([query.get("planId"), query.get("status")]).toEqual([view.plan?.id, "seriously_lagging"]);
  });

  it("opens the ledger filtered by area when an area's bar is clicked", async () => {
    await openDashboard();
    const areaChart = page.getByTestId("completion-bar-chart").first();
    // The top bar is the first area; the grey 序时进度 bars are never empty. The legend's grey
    // sample sits above the plot and is left out.
    const greyBars = areaChart.locator('svg path[fill="#bfbfbf"]');
    await greyBars.first().scrollIntoViewIfNeeded();
    const plotTop = ((await areaChart.boundingBox())?.y ?? 0) + 30;
    const tops = await greyBars.evaluateAll(
      (paths, below) =>
        paths.map((path) => {
          const box = path.getBoundingClientRect();
          return box.height > 2 && box.y > below ? box.y : Number.POSITIVE_INFINITY;
        }),
      plotTop,
    );
    await greyBars.nth(tops.indexOf(Math.min(...tops))).click();
    await page.waitForURL(/\/tasks\?/);
    expect(new URL(page.url()).searchParams.get("area")).toBe(view.byArea[0]?.area);
  });

  it("opens the ledger filtered by unit when a unit's name is clicked in its chart", async () => {
    await openDashboard();
    const unit = view.byUnit.find((entry) => entry.unitId !== null)!;
    await page
      .getByTestId("completion-bar-chart")
      .nth(1)
      .locator("svg text", { hasText: new RegExp(`^${unit.unitName}$`) })
      .click();
    await page.waitForURL(/\/tasks\?/);
    expect(new URL(page.url()).searchParams.get("unitId")).toBe(unit.unitId);
  });

  it("offers each chart's click-throughs as links to keyboard users", async () => {
    await openDashboard();
    const firstLink = page.getByRole("navigation", { name: "各领域的任务" }).getByRole("link").first();
    await firstLink.focus();
    await expect(firstLink.isVisible()).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/tasks\?/);
    expect(new URL(page.url()).searchParams.get("area")).toBe(view.byArea[0]?.area);
  });

  it("refuses the dashboard to a department user in the API", async () => {
    const unit = await server.login("unit1");
    await expect(unit.raw("GET", "/api/dashboard")).resolves.toMatchObject({
      status: 403,
      body: { error: { code: "FORBIDDEN_ROLE" } },
    });
  });
});
