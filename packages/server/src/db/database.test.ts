import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, inject, it } from "vitest";
import { DataDirInUseError, openDatabase } from "./database.js";

// Each folder starts from the migrated image the global setup made, to skip a fresh initdb.
const image = () => new Blob([readFileSync(inject("pgliteImage"))]);

describe("a PGlite data folder", () => {
  const root = mkdtempSync(join(tmpdir(), "luoshi-db-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("keeps what was written across a close and a reopen", async () => {
    const dataDir = join(root, "keep");
    const first = await openDatabase({ engine: "pglite", dataDir, loadDataDir: image() });
    await sql`create table notes (body text)`.execute(first.db);
    await sql`insert into notes values ('落实')`.execute(first.db);
    await first.close();
    const second = await openDatabase({ engine: "pglite", dataDir });
    const { rows } = await sql<{ body: string }>`select body from notes`.execute(second.db);
    expect(rows).toEqual([{ body: "落实" }]);
    await second.close();
  });

  it("refuses a second opener while the first holds it, naming the holder", async () => {
    const dataDir = join(root, "busy");
    const first = await openDatabase({ engine: "pglite", dataDir, loadDataDir: image() });
    await expect(openDatabase({ engine: "pglite", dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    await first.close();
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    const dataDir = join(root, "stale");
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, "luoshi.lock"), "2147483646");
    const database = await openDatabase({ engine: "pglite", dataDir, loadDataDir: image() });
    await database.close();
  });
});
