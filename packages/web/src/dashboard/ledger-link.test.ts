import { describe, expect, it } from "vitest";
import { ledgerLink, taskLink } from "./ledger-link.js";

describe("ledgerLink", () => {
  it("opens the whole ledger of the plan when no filter is given", () => {
    expect(ledgerLink("p1")).toBe("/tasks?planId=p1");
  });

  it("carries a work area in the query, encoded so that Chinese and commas survive", () => {
    const link = ledgerLink("p1", { area: "聚力产业培育，在特色发展上求突破" });
    expect(new URL(link, "http://x").searchParams.get("area")).toBe("聚力产业培育，在特色发展上求突破");
  });

  it("combines status and unit filters", () => {
    const query = new URL(ledgerLink("p1", { status: "seriously_lagging", unitId: "u-7" }), "http://x")
      .searchParams;
    expect([query.get("planId"), query.get("status"), query.get("unitId")]).toEqual([
      "p1",
      "seriously_lagging",
      "u-7",
    ]);
  });
});

describe("taskLink", () => {
  it("links to the task's own page", () => {
    expect(taskLink("a/b")).toBe("/tasks/a%2Fb");
  });
});
