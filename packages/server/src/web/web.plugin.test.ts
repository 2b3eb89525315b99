import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { openTestDatabase } from "../testing/test-database.js";

describe("serving the web app", () => {
  const dist = mkdtempSync(join(tmpdir(), "luoshi-dist-"));
  let withWeb: Awaited<ReturnType<typeof buildApp>>;
  let apiOnly: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>落实</title>");
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "assets", "app.js"), "console.log('app')");
    const database = await openTestDatabase("pglite");
    withWeb = await buildApp({ database, webDistDir: dist });
    apiOnly = await buildApp({ database, closeDatabase: false, webDistDir: join(dist, "missing") });
  });
  afterAll(async () => {
    await apiOnly?.close();
    await withWeb?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves index.html at / and the built assets", async () => {
    expect((await withWeb.inject("/")).body).toContain("落实");
    expect((await withWeb.inject("/assets/app.js")).body).toContain("console.log");
  });

  it("answers any other page path with index.html for the app's router", async () => {
    const response = await withWeb.inject("/tasks/123");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
  });

  it("keeps unknown API paths as JSON 404s", async () => {
    const response = await withWeb.inject("/api/nothing-here");
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("ROUTE_NOT_FOUND");
  });

  it("serves nothing at / when the app is not built", async () => {
    expect((await apiOnly.inject("/")).statusCode).toBe(404);
  });

  it("publishes the OpenAPI document at /api/docs", async () => {
    const response = await apiOnly.inject("/api/docs/json");
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(["/api/plans", "/api/items/{id}", "/api/progress/{id}/review"]),
    );
  });
});
