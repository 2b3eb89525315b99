import { describe, expect, it } from "vitest";
import { isFiltered, readLedgerFilter, writeLedgerFilter } from "./ledger-filter.js";

describe("the ledger's filters in the URL", () => {
  it("reads the filters a dashboard chart links to", () => {
    const params = new URLSearchParams("area=聚力产业培育&status=lagging&unitId=u1");
    expect(readLedgerFilter(params)).toEqual({ area: "聚力产业培育", status: "lagging", unitId: "u1" });
  });

  it("drops a status or type the server would refuse", () => {
    expect(readLedgerFilter(new URLSearchParams("status=red&type=memo"))).toEqual({});
  });

  it("ignores empty and blank values", () => {
    expect(readLedgerFilter(new URLSearchParams("area=&q=%20%20"))).toEqual({});
  });

  it("cuts a search longer than the server takes", () => {
    expect(readLedgerFilter(new URLSearchParams(`q=${"招".repeat(150)}`)).q).toHaveLength(100);
  });

  it("writes the filters back in a fixed order without empty ones", () => {
    expect(writeLedgerFilter({ q: "5G", status: "done", area: "", planId: "p1" }).toString()).toBe(
      "planId=p1&status=done&q=5G",
    );
  });

  it("reads back what it wrote", () => {
    const filter = { planId: "p1", area: "聚力民生保障", unitId: "u2", type: "project" as const, q: "学校" };
    expect(readLedgerFilter(writeLedgerFilter(filter))).toEqual(filter);
  });

  it("does not count the choice of plan as a filter", () => {
    expect([isFiltered({ planId: "p1" }), isFiltered({ planId: "p1", q: "学校" })]).toEqual([false, true]);
  });
});
