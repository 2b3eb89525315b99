import { describe, expect, it } from "vitest";
import { canOpen, homePathFor, menuFor, pageByKey, returnPathAfterLogin } from "./pages.js";

const titles = (role: Parameters<typeof menuFor>[0]) => menuFor(role).map((page) => page.title);

describe("pages by role", () => {
  it("gives a department user only its filing page in the menu", () => {
    expect(titles("unit")).toEqual(["填报"]);
  });

  it("gives a leader the dashboard and the ledger", () => {
    expect(titles("leader")).toEqual(["驾驶舱", "任务台账"]);
  });

  it("gives the supervision office every working page", () => {
    expect(titles("admin")).toEqual(["驾驶舱", "任务台账", "审核", "导入报告", "报告体检", "单位与用户"]);
  });

  it("opens the public page to anyone, logged in or not", () => {
    expect(canOpen(pageByKey("public"), null)).toBe(true);
  });

  it("keeps a department user out of user administration", () => {
    expect(canOpen(pageByKey("admin"), "unit")).toBe(false);
  });

  it("sends each role home to its daily work", () => {
    expect([homePathFor("admin"), homePathFor("unit"), homePathFor("leader")]).toEqual([
      "/tasks",
      "/filing",
      "/dashboard",
    ]);
  });
});

describe("returnPathAfterLogin", () => {
  it("returns to the page the user was sent away from", () => {
    expect(returnPathAfterLogin("/tasks/42?tab=history", "unit")).toBe("/tasks/42?tab=history");
  });

  it("does not return a department user to a page it may not open", () => {
    expect(returnPathAfterLogin("/reviews", "unit")).toBe("/filing");
  });

  it("never follows a link to another site", () => {
    expect(returnPathAfterLogin("//evil.example/tasks", "admin")).toBe("/tasks");
  });

  it("goes home for a path the app does not have", () => {
    expect(returnPathAfterLogin("/nowhere", "leader")).toBe("/dashboard");
  });
});
