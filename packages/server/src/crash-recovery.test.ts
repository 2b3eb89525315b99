// The crash test: a real server process on a PGlite data folder is killed with SIGKILL while
// departments file progress concurrently; restarted on the same folder, it must still hold every
// report it acknowledged, each whole (values and audit entry), and nothing half-written.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { countyReportText } from "./testing/report-texts.js";

const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ITEMS = 12;
const trace = (message: string) => process.env.CRASH_DEBUG && console.error(`[crash] ${message}`);

describe("crash recovery on PGlite", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "luoshi-crash-"));
  const running: ChildProcess[] = [];
  afterAll(() => {
    for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged progress report through a SIGKILL during concurrent filing", async () => {
    const port = await freePort();
    const first = await startServer(dataDir, port, running);
    trace(`first server up, passwords for ${[...first.passwords.keys()].join(",")}`);
    const admin = await Client.login(port, "admin", first.passwords.get("admin") as string);
    const unit = await Client.login(port, "unit1", first.passwords.get("unit1") as string);
    const unitId = (await unit.json("GET", "/api/auth/me")).user.unitId as string;

    const form = new FormData();
    form.append("file", new Blob([countyReportText]), "county-2026.md");
    const plan = (await admin.request("POST", "/api/plans", form)).json.plan;
    const itemIds: string[] = [];
    const targetIds: string[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const item = await admin.json("POST", "/api/items", {
        planId: plan.id,
        title: `任务${i + 1}`,
        leadUnitId: unitId,
        targets: [{ metric: `指标${i + 1}`, unit: "个", targetValue: 100 }],
      });
      itemIds.push(item.id);
      targetIds.push(item.targets[0].id);
    }
    await admin.json("POST", `/api/plans/${plan.id}/publish`, {});
    trace("plan published");

    // File month after month for every item from 8 concurrent senders; kill mid-stream.
    const jobs = itemIds.flatMap((itemId, i) =>
      Array.from({ length: 12 }, (_, m) => ({ itemId, targetId: targetIds[i] as string, month: m + 1 })),
    );
    const acknowledged: { id: string; itemId: string; value: number }[] = [];
    let killed = false;
    const sender = async () => {
      while (jobs.length > 0 && !killed) {
        const job = jobs.shift() as (typeof jobs)[number];
        const value = job.month * 5;
        try {
          const response = await unit.request("POST", `/api/items/${job.itemId}/progress`, {
            period: `2026-${String(job.month).padStart(2, "0")}`,
            values: [{ targetId: job.targetId, value }],
            narrative: `第${job.month}月进展`,
          });
          if (response.status === 201)
            acknowledged.push({ id: response.json.report.id, itemId: job.itemId, value });
        } catch {
          // The connection died with the server: not acknowledged, so nothing is promised.
        }
        if (acknowledged.length >= 40 && !killed) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, sender));
    trace(`senders done: ${acknowledged.length} acknowledged, killed=${killed}`);
    expect(killed).toBe(true);
    await exited(first.child);

    const second = await startServer(dataDir, port, running);
    trace("second server up");
    expect(second.passwords.size, "a restart must not create the demo users again").toBe(0);
    const admin2 = await Client.login(port, "admin", first.passwords.get("admin") as string);
    const stored = new Map<
      string,
      { values: { value: number }[]; revision: number; period: string; state: string }
    >();
    for (const itemId of itemIds) {
      const detail = await admin2.json("GET", `/api/items/${itemId}`);
      for (const r of detail.progressReports) stored.set(r.id, r);
      const periods = detail.progressReports.map(
        (r: { period: string; revision: number }) => `${r.period}#${r.revision}`,
      );
      expect(new Set(periods).size).toBe(periods.length);
    }
    for (const ack of acknowledged) {
      const report = stored.get(ack.id);
      expect(report, `acknowledged report ${ack.id} survives`).toBeDefined();
      expect(report?.values.map((v) => v.value)).toEqual([ack.value]);
    }
    for (const report of stored.values()) expect(report.values).toHaveLength(1);
    const audit = await admin2.json("GET", "/api/audit?entity=progress_report&limit=1000");
    const audited = new Set(audit.map((e: { entityId: string }) => e.entityId));
    for (const id of stored.keys()) expect(audited.has(id), `audit entry for ${id}`).toBe(true);
    const queue = await admin2.json("GET", "/api/reviews?state=submitted");
    expect(queue).toHaveLength(stored.size);
    console.log(
      `crash test: ${acknowledged.length} acknowledged before SIGKILL, ${stored.size} stored after restart`,
    );

    second.child.kill("SIGTERM");
    await exited(second.child);
  }, 180_000);
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveExit) => child.once("exit", () => resolveExit()));
}

async function startServer(dataDir: string, port: number, running: ChildProcess[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: {
      ...process.env,
      LUOSHI_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  const passwords = new Map<string, string>();
  let output = "";
  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    child.stderr?.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stdout?.on("data", (chunk) => {
      output += String(chunk);
      for (const m of output.matchAll(/^\s+(?:admin|leader|unit)\s+(\S+)\s+(\S+)/gm))
        passwords.set(m[1] as string, m[2] as string);
      if (output.includes("Luoshi 已启动")) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  child.removeAllListeners("exit");
  return { child, passwords };
}

class Client {
  private constructor(
    private readonly port: number,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async login(port: number, username: string, password: string): Promise<Client> {
    const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200)
      throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    return new Client(port, cookie, ((await response.json()) as { csrfToken: string }).csrfToken);
  }

  // biome-ignore lint/suspicious/noExplicitAny: the test reads responses of many shapes as plain JSON
  async request(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
    const isForm = body instanceof FormData;
    const response = await fetch(`http://127.0.0.1:${this.port}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        "x-csrf-token": this.csrf,
        ...(body !== undefined && !isForm ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { body: isForm ? body : JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
  }

  // biome-ignore lint/suspicious/noExplicitAny: as above
  async json(method: string, path: string, body?: unknown): Promise<any> {
    const response = await this.request(method, path, body);
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.json)}`);
    return response.json;
  }
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
