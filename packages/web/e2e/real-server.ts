// A real Luoshi server for browser tests: the server's own buildApp over PGlite in a temporary
// folder, serving the built web app on 127.0.0.1 and a free port, with its clock set by the test.
// Nothing is faked: the pages talk to the same routes, rules and SQL as in production.
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { buildApp, migrateToLatest, openDatabase, prepareFirstStart } from "@luoshi/server";
import { WEB_DIR } from "../build/bundle-size.js";
import { builtApp } from "./built-app.js";

/** The first customer's report, read from ../shared at run time (never copied into the project). */
export const SEED_REPORT = path.resolve(WEB_DIR, "../../../shared/seeds/000_ce1c9eea1a55d054.txt");

export interface DemoUser {
  username: string;
  password: string;
  role: string;
  displayName: string;
}

export interface RealServer {
  url: string;
  /** The demo users of the first start (admin, leader, unit1–3), passwords as generated. */
  users: DemoUser[];
  password(username: string): string;
  close(): Promise<void>;
}

export async function startRealServer(options: {
  /** The instant the server believes it is (statuses and due periods follow it). */
  now: string;
  /** Whether the first start imports and publishes the seed report, as `npm start` does. */
  seedPlan: boolean;
}): Promise<RealServer> {
  const [webDistDir, dataDir] = await Promise.all([
    builtApp("app"),
    mkdtemp(path.join(os.tmpdir(), "luoshi-e2e-data-")),
  ]);
  const now = new Date(options.now);
  const database = await openDatabase({ engine: "pglite", dataDir });
  await migrateToLatest(database.db);
  const first = await prepareFirstStart(database.db, {
    seedReportPaths: options.seedPlan ? [SEED_REPORT] : [],
    now,
  });
  const app = await buildApp({ database, clock: () => now, webDistDir, logger: false, loginRateLimit: 1000 });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const users = first.credentials;
  return {
    url: `http://127.0.0.1:${port}`,
    users,
    password(username) {
      const user = users.find((entry) => entry.username === username);
      if (!user) throw new Error(`no demo user ${username}`);
      return user.password;
    },
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
