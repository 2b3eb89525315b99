// Opens the one SQL database the server uses: embedded PGlite in a data folder by default, a real
// PostgreSQL server when a connection string is given. Everything above this file is engine-agnostic.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

// Durability on PGlite: its Node filesystem writes every page and WAL record straight to the OS
// (fs.writeSync) before a statement returns, and relaxedDurability stays off so nothing is held
// back in memory; a killed server process loses no acknowledged commit (the crash test checks it).
// It implements no fsync, so an OS crash or power cut can lose the last commits: deployments that
// need that guarantee run on PostgreSQL (DATABASE_URL).
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
  const releaseLock = config.dataDir ? lockDataDir(config.dataDir) : () => {};
  const pglite = await PGlite.create({
    ...(config.dataDir ? { dataDir: config.dataDir } : {}),
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
      releaseLock();
    },
  };
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${dataDir} 正被进程 ${pid} 使用：请先停止该进程（PGlite 只允许一个进程打开同一数据目录）`,
    );
    this.name = "DataDirInUseError";
  }
}

// PGlite has no lock of its own: two processes on one data folder would corrupt it. A lock file
// holds the owner's pid; one left by a killed process (pid no longer alive) is taken over.
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, "luoshi.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8"));
      if (isAlive(owner)) throw new DataDirInUseError(dataDir, owner);
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirInUseError(dataDir, Number.NaN);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
