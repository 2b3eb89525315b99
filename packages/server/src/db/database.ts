// Opens the one SQL database the server uses: embedded PGlite in a data folder by default, a real
// PostgreSQL server when a connection string is given. Everything above this file is engine-agnostic.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import type { Database } from "./schema.js";

export type DatabaseConfig =
  | { engine: "pglite"; dataDir: string | null; loadDataDir?: Blob }
  | { engine: "postgres"; connectionString: string; poolSize?: number; onIdleError?: (error: Error) => void };

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: "pglite" | "postgres";
  /** The embedded instance, for copying a database (tests, backups); null on PostgreSQL. */
  pglite: PGlite | null;
  close(): Promise<void>;
}

// PGlite starts single-user Postgres with `-F` (fsync off). A process kill keeps what reached the
// OS, but a power cut could lose an acknowledged commit, so a data folder on disk gets fsync back.
function durableStartParams(): string[] {
  return PGlite.defaultStartParams.filter((p) => p !== "-F");
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.engine === "postgres") {
    const pool = new pg.Pool({ connectionString: config.connectionString, max: config.poolSize ?? 10 });
    // An idle client whose server restarts or shuts down emits an error on the pool; unhandled, it
    // would end the process. The pool drops that client and the next query opens a new one.
    pool.on("error", (error) => {
      config.onIdleError?.(error);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: "postgres", pglite: null, close: () => db.destroy() };
  }
  if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(config.dataDir ? { dataDir: config.dataDir, startParams: durableStartParams() } : {}),
    ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
    relaxedDurability: false,
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: "pglite",
    pglite,
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
