// Settings from the environment, read once at start.
import { resolve } from "node:path";
import type { DatabaseConfig } from "./db/database.js";

export interface ServerConfig {
  host: string;
  port: number;
  database: DatabaseConfig;
  seedReportPaths: string[];
}

export function readConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const repoRoot = resolve(cwd, env.npm_config_local_prefix ?? findRepoRoot(cwd));
  return {
    host: env.HOST ?? "127.0.0.1",
    port: Number(env.PORT ?? 3000),
    database: env.DATABASE_URL
      ? { engine: "postgres", connectionString: env.DATABASE_URL }
      : { engine: "pglite", dataDir: resolve(repoRoot, env.LUOSHI_DATA_DIR ?? "data") },
    seedReportPaths: [
      resolve(repoRoot, "../shared/seeds/000_ce1c9eea1a55d054.txt"),
      resolve(repoRoot, "examples/sample-report.md"),
    ],
  };
}

// `npm start` runs in packages/server; data and the seed paths are relative to the checkout root.
function findRepoRoot(cwd: string): string {
  return cwd.endsWith("packages/server") ? resolve(cwd, "../..") : cwd;
}
