import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { errorCatalogue } from "./errors.js";

const doc = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../../../docs/ERRORS.md"), "utf8");

describe("the error catalogue", () => {
  it("is listed in docs/ERRORS.md code by code, with the same status and message", () => {
    const rows = new Map(
      [...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(\d{3})\s*\|\s*([^|]+?)\s*\|/gm)].map((m) => [
        m[1],
        { status: Number(m[2]), message: m[3]?.trim() },
      ]),
    );
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      expect(rows.get(code), code).toEqual({ status: entry.status, message: entry.message });
    }
    expect([...rows.keys()].sort()).toEqual(Object.keys(errorCatalogue).sort());
  });
});
