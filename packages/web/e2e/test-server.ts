// The one real Luoshi server for browser tests: the server's own buildApp over PGlite in a temporary
// folder, its first start (units, demo users and, unless told otherwise, the seed report imported and
// published, as `npm start` leaves it), the built web app, on 127.0.0.1 at a free port, with its clock
// set by the test. Nothing is faked: tests prepare data through the same HTTP API the app uses.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp, migrateToLatest, openDatabase, prepareFirstStart } from "@luoshi/server";
import type { Page } from "playwright-core";
import { launchBrowser } from "./browser.js";
import { builtApp } from "./built-app.js";
import { logIn } from "./session-actions.js";

/** The first customer's report, read from ../shared at run time (never copied into the project). */
export const SEED_REPORT = fileURLToPath(
  new URL("../../../../shared/seeds/000_ce1c9eea1a55d054.txt", import.meta.url),
);

/** The default instant: mid-year, so statuses and the trend have something to show. */
export const TEST_SERVER_NOW = "2026-06-30T04:00:00Z";

export interface DemoUser {
  username: string;
  password: string;
  role: string;
  displayName: string;
}

export interface TestServer {
  url: string;
  /** The demo users of the first start (admin, leader, unit1–3), passwords as generated. */
  users: DemoUser[];
  /** Demo passwords by username. */
  passwords: Record<string, string>;
  password(username: string): string;
  /** The seed report's plan, published at the first start; throws when started without it. */
  readonly seedPlanId: string;
  /** Moves the server's clock (statuses, due periods and reminders follow it). */
  setNow(instant: string): void;
  /** Logs in through the API, for preparing data the way the web app would. */
  login(username: string): Promise<ApiSession>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: {
    /** The instant the server believes it is; TEST_SERVER_NOW unless given. */
    now?: string;
    /** Whether the first start imports and publishes the seed report (default), as `npm start` does. */
    seedPlan?: boolean;
  } = {},
): Promise<TestServer> {
  const [webDistDir, dataDir] = await Promise.all([
    builtApp("app"),
    mkdtemp(path.join(os.tmpdir(), "luoshi-e2e-data-")),
  ]);
  const database = await openDatabase({ engine: "pglite", dataDir });
  let now = new Date(options.now ?? TEST_SERVER_NOW);
  const seedPlan = options.seedPlan ?? true;
  try {
    await migrateToLatest(database.db);
    const first = await prepareFirstStart(database.db, {
      seedReportPaths: seedPlan ? [SEED_REPORT] : [],
      now,
    });
    let seedPlanId: string | null = null;
    if (seedPlan) {
      if (!first.seed || !("planId" in first.seed))
        throw new Error(`the seed report was not imported: ${JSON.stringify(first.seed)}`);
      seedPlanId = first.seed.planId;
    }
    const app = await buildApp({
      database,
      clock: () => now,
      webDistDir,
      logger: false,
      loginRateLimit: 1000,
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    if (!address || typeof address === "string") throw new Error("the server has no TCP address");
    const url = `http://127.0.0.1:${address.port}`;
    const users = first.credentials;
    const passwords = Object.fromEntries(users.map((c) => [c.username, c.password]));
    return {
      url,
      users,
      passwords,
      password(username) {
        const password = passwords[username];
        if (password === undefined) throw new Error(`no demo user ${username}`);
        return password;
      },
      get seedPlanId() {
        if (seedPlanId === null) throw new Error("the server was started without the seed plan");
        return seedPlanId;
      },
      setNow(instant) {
        now = new Date(instant);
      },
      login: (username) => ApiSession.login(url, username, passwords[username] ?? ""),
      async close() {
        await app.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A logged-in API session over real HTTP: the cookie, and the CSRF header on every change. */
export class ApiSession {
  private constructor(
    private readonly url: string,
    private readonly cookie: string,
    private readonly csrfToken: string,
    readonly user: { id: string; role: string; unitId: string | null; displayName: string },
  ) {}

  static async login(url: string, username: string, password: string): Promise<ApiSession> {
    const response = await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const body = (await response.json()) as { csrfToken: string; user: ApiSession["user"] };
    return new ApiSession(url, cookie, body.csrfToken, body.user);
  }

  get<T>(pathname: string): Promise<T> {
    return this.call<T>("GET", pathname);
  }

  send<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", pathname: string, body?: unknown): Promise<T> {
    return this.call<T>(method, pathname, body);
  }

  /** Uploads a file as the multipart field `file`, as the web app's file pickers do. */
  async upload<T>(
    pathname: string,
    fileName: string,
    bytes: Uint8Array<ArrayBuffer>,
    type = "text/plain",
  ): Promise<T> {
    const form = new FormData();
    form.set("file", new Blob([bytes], { type }), fileName);
    const response = await fetch(this.url + pathname, {
      method: "POST",
      headers: { cookie: this.cookie, "x-csrf-token": this.csrfToken },
      body: form,
    });
    const body: unknown = await response.json();
    if (!response.ok) throw new Error(`upload ${fileName}: ${response.status} ${JSON.stringify(body)}`);
    return body as T;
  }

  /** Any answer, status included, for tests of refusals. */
  async raw(method: string, pathname: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = { cookie: this.cookie, "x-csrf-token": this.csrfToken };
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(this.url + pathname, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  private async call<T>(method: string, pathname: string, body?: unknown): Promise<T> {
    const answer = await this.raw(method, pathname, body);
    if (answer.status >= 400)
      throw new Error(`${method} ${pathname}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as T;
  }
}

/** Chromium with one page on the server, logged in through the form as `username` if one is given. */
export async function openPageOn(
  server: TestServer,
  username: string | null,
): Promise<{ page: Page; close(): Promise<void> }> {
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  if (username) await loginInBrowser(page, server, username);
  return { page, close: () => browser.close() };
}

/** Logs a browser page in through the login form, as a person would. */
export function loginInBrowser(page: Page, server: TestServer, username: string): Promise<void> {
  return logIn(page, server.url, username, server.password(username));
}

/** The parts of a ledger item that tests prepare data with. */
export interface LedgerItem {
  id: string;
  title: string;
  area: string | null;
  leadUnit: { id: string; name: string } | null;
  version: number;
  targets: { id: string; metric: string; targetValue: number }[];
}

/**
 * A unit files progress on one of its items and the office decides on it: what a month of real use
 * leaves behind. Each target is reported at `share` of its target value.
 */
export async function fileProgress(
  unit: ApiSession,
  admin: ApiSession,
  item: LedgerItem,
  report: {
    period: string;
    share: number;
    narrative: string;
    decision: "accept" | "return";
    comment?: string;
    evidenceIds?: string[];
  },
): Promise<void> {
  const filed = await unit.send<{ report: { id: string } }>("POST", `/api/items/${item.id}/progress`, {
    period: report.period,
    narrative: report.narrative,
    values: item.targets.map((t) => ({ targetId: t.id, value: t.targetValue * report.share })),
    evidenceIds: report.evidenceIds ?? [],
  });
  await admin.send("POST", `/api/progress/${filed.report.id}/review`, {
    decision: report.decision,
    comment: report.comment ?? "",
  });
}
