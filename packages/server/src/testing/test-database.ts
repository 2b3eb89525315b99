// A fresh, migrated database for one test file on either engine, copied from the images the global
// setup prepared: PGlite from its saved data directory, PostgreSQL from its template database.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../db/database.js";

export type Engine = "pglite" | "postgres";
export const engines: readonly Engine[] = ["pglite", "postgres"];

export async function openTestDatabase(engine: Engine): Promise<DatabaseHandle> {
  if (engine === "pglite") {
    const image = new Blob([readFileSync(inject("pgliteImage"))]);
    return openDatabase({ engine: "pglite", dataDir: null, loadDataDir: image });
  }
  const adminUrl = inject("postgresAdminUrl");
  const name = `luoshi_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, async (admin) => {
    // Two files copying the template at the same instant can collide; the second simply retries.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("postgresTemplate")}`);
        return;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  const handle = await openDatabase({
    engine: "postgres",
    connectionString: databaseUrl(adminUrl, name),
    poolSize: 4,
  });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name}`));
    },
  };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
