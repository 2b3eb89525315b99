import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../../e2e/browser.js";
import { drawnInChineseFont, horizontalOverflow, saveScreenshot } from "../../e2e/screenshots.js";
import {
  fileProgress,
  type LedgerItem,
  openPageOn,
  startTestServer,
  type TestServer,
} from "../../e2e/test-server.js";

const SECOND_REPORT = new URL("../../../../../shared/corpus/易县-2025.md", import.meta.url);

// Words that exist only inside the office: each must stay off the public page.
const INTERNAL = {
  narrative: "内部填报说明：尚有两家企业未签约",
  returnComment: "退回意见：请补充签约合同",
  comment: "督查室内部意见：下周约谈",
  evidenceName: "内部佐证材料清单.txt",
};

describeInBrowser("公开 in Chromium on the real server, without logging in", () => {
  let server: TestServer;
  let browser: { page: Page; close(): Promise<void> };
  let page: Page;
  let published: LedgerItem[];
  let unpublished: LedgerItem[];
  let draftPlanId: string;
  let staffNames: string[];

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await server.login("admin");
    const unit = await server.login("unit1");
    const items = await admin.get<LedgerItem[]>(`/api/items?planId=${server.seedPlanId}`);
    const own = items.filter((item) => item.leadUnit?.id === unit.user.unitId && item.targets.length > 0);
    published = [own[0]!, items.find((item) => item.leadUnit?.id !== unit.user.unitId)!];
    unpublished = items.filter((item) => !published.includes(item));
    for (const item of published) {
      await admin.send("PATCH", `/api/items/${item.id}`, {
        version: item.version,
        public: true,
        publicProgress: `${item.title}：已完成年度目标的三成，正按计划推进。`,
      });
    }
    // Everything internal happens on the first public task: a returned report with evidence, the
    // refiling, an accepted report, a comment.
    const evidence = await unit.upload<{ id: string }>(
      "/api/evidence",
      INTERNAL.evidenceName,
      new TextEncoder().encode("签约清单"),
    );
    const item = published[0]!;
    await fileProgress(unit, admin, item, {
      period: "2026-05",
      share: 0.3,
      narrative: INTERNAL.narrative,
      decision: "return",
      comment: INTERNAL.returnComment,
      evidenceIds: [evidence.id],
    });
    await fileProgress(unit, admin, item, {
      period: "2026-05",
      share: 0.3,
      narrative: INTERNAL.narrative,
      decision: "accept",
    });
    await admin.send("POST", `/api/items/${item.id}/comments`, { kind: "comment", body: INTERNAL.comment });
    const users = await admin.get<{ displayName: string }[]>("/api/users");
    staffNames = users.map((user) => user.displayName);
    // A second report imported and left as a draft: not the public's business yet.
    const draft = await admin.upload<{ plan: { id: string } }>(
      "/api/plans",
      "易县-2025.md",
      new Uint8Array(await readFile(SECOND_REPORT)),
    );
    draftPlanId = draft.plan.id;

    browser = await openPageOn(server, null);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lists the published plan to a visitor who is not logged in, and not the draft", async () => {
    await page.goto(`${server.url}/public`);
    await page.getByRole("link", { name: "湛河区2026年政府工作报告" }).waitFor();
    const text = (await page.locator(".app-content").textContent()) ?? "";
    expect(text).toContain("湛河区人民政府");
    expect(text).not.toContain("易县");
    await expect(page.locator(".app-layout").count()).resolves.toBe(0);
    await saveScreenshot(page, "public-plans");
  });

  it("shows exactly the tasks the office made public, each with its status in words and the published text", async () => {
    await page.getByRole("link", { name: "湛河区2026年政府工作报告" }).click();
    await page.locator(".public-area").first().waitFor();
    const rows = await page.$$eval(".public-area tbody tr.ant-table-row", (elements) =>
      elements.map((row) => row.textContent ?? ""),
    );
    expect(rows).toHaveLength(published.length);
    for (const item of published) {
      const row = rows.find((text) => text.includes(item.title)) ?? "";
      expect(row).toMatch(/已完成|正常推进|滞后|严重滞后|逾期/);
      expect(row).toContain(`${item.title}：已完成年度目标的三成，正按计划推进。`);
    }
  });

  it("shows nothing internal: no other task, report narrative, review comment, evidence or staff name", async () => {
    const text = (await page.locator("body").textContent()) ?? "";
    for (const word of Object.values(INTERNAL)) expect(text).not.toContain(word);
    for (const name of staffNames) expect(text).not.toContain(name);
    for (const item of unpublished) expect(text).not.toContain(item.title);
  });

  it("fits the window and draws its Chinese in a Chinese font", async () => {
    await expect(drawnInChineseFont(page, ".public-area .ant-card-head-title")).resolves.toBe(true);
    await expect(horizontalOverflow(page)).resolves.toBe(0);
    await saveScreenshot(page, "public");
  });

  it("answers the public API with public fields only", async () => {
    const response = await fetch(`${server.url}/api/public/plans/${server.seedPlanId}/items`);
    const items = (await response.json()) as Record<string, unknown>[];
    expect(items).toHaveLength(published.length);
    for (const item of items)
      expect(Object.keys(item).sort()).toEqual(
        ["area", "completion", "deadline", "id", "leadUnitName", "progressText", "status", "title"].sort(),
      );
  });

  it("says the plan does not exist for a draft plan's address", async () => {
    await page.goto(`${server.url}/public/${draftPlanId}`);
    await page.getByText("计划不存在").waitFor();
    await expect(page.locator(".public-area").count()).resolves.toBe(0);
  });
});
