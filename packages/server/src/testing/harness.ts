// An app on a fresh database with a small organisation in it, and logged-in sessions that speak the
// API the way the web app does (cookie + CSRF header). Test files build everything else through the API.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../app.js";
import type { DatabaseHandle } from "../db/database.js";
import { newId } from "../ids.js";
import { insertOrganisation } from "../orgs/org.repository.js";
import { defaultThresholds } from "../status/status.js";
import { insertUnits } from "../units/unit.repository.js";
import { createUser } from "../users/user.service.js";
import { type Engine, openTestDatabase } from "./test-database.js";

export const TEST_PASSWORD = "test-password-1";

export interface Fixture {
  orgId: string;
  units: { development: string; transport: string; education: string };
  users: Record<"admin" | "leader" | "devUnit" | "transportUnit", string>;
}

export interface Harness {
  engine: Engine;
  app: FastifyInstance;
  database: DatabaseHandle;
  fixture: Fixture;
  /** The instant the app believes it is; tests move it to check time-based status. */
  clock: { now: Date };
  login(username: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

export async function startHarness(
  engine: Engine,
  options: { now?: string; orgName?: string } = {},
): Promise<Harness> {
  const database = await openTestDatabase(engine);
  const clock = { now: new Date(options.now ?? "2026-07-31T04:00:00Z") };
  const fixture = await createFixture(database, options.orgName ?? "测试区人民政府");
  const app = await buildApp({ database, clock: () => clock.now, webDistDir: null, loginRateLimit: 1000 });
  await app.ready();
  return {
    engine,
    app,
    database,
    fixture,
    clock,
    login: (username, password = TEST_PASSWORD) => Session.login(app, username, password),
    close: async () => {
      await app.close();
    },
  };
}

/** A second organisation in the same database, for isolation tests. */
export async function createFixture(database: DatabaseHandle, orgName: string): Promise<Fixture> {
  const orgId = newId();
  const suffix = orgId.slice(0, 6);
  await insertOrganisation(database.db, {
    id: orgId,
    name: orgName,
    parentId: null,
    thresholds: defaultThresholds,
  });
  const units = { development: newId(), transport: newId(), education: newId() };
  await insertUnits(database.db, orgId, [
    {
      id: units.development,
      name: "发展和改革委员会",
      keywords: ["项目", "投资"],
      active: true,
      sortOrder: 0,
    },
    { id: units.transport, name: "交通运输局", keywords: ["公路", "交通"], active: true, sortOrder: 1 },
    { id: units.education, name: "教育局", keywords: ["学校", "教育"], active: true, sortOrder: 2 },
  ]);
  const system = { orgId, userId: "system" };
  const make = async (username: string, role: "admin" | "leader" | "unit", unitId: string | null) => {
    const { user } = await createUser(database.db, system, {
      username: `${username}-${suffix}`,
      displayName: username,
      role,
      unitId,
      password: TEST_PASSWORD,
    });
    return user.username;
  };
  return {
    orgId,
    units,
    users: {
      admin: await make("admin", "admin", null),
      leader: await make("leader", "leader", null),
      devUnit: await make("dev", "unit", units.development),
      transportUnit: await make("transport", "unit", units.transport),
    },
  };
}

export class Session {
  private constructor(
    private readonly app: FastifyInstance,
    readonly cookie: string,
    readonly csrfToken: string,
    readonly user: { id: string; role: string; unitId: string | null },
  ) {}

  static async login(app: FastifyInstance, username: string, password: string): Promise<Session> {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password },
    });
    if (response.statusCode !== 200)
      throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
    const setCookie = response.headers["set-cookie"];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(";")[0] ?? "";
    const body = response.json() as { csrfToken: string; user: Session["user"] };
    return new Session(app, cookie, body.csrfToken, body.user);
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: "GET", url, headers: { cookie: this.cookie } });
  }

  send(
    method: "POST" | "PUT" | "PATCH" | "DELETE",
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: { cookie: this.cookie, "x-csrf-token": this.csrfToken },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  }

  upload(url: string, fileName: string, bytes: Uint8Array, contentType = "application/octet-stream") {
    const { payload, headers } = multipartBody(fileName, bytes, contentType);
    return this.app.inject({
      method: "POST",
      url,
      payload,
      headers: { ...headers, cookie: this.cookie, "x-csrf-token": this.csrfToken },
    });
  }
}

export function multipartBody(fileName: string, bytes: Uint8Array, contentType: string) {
  const boundary = `----luoshi${newId().replaceAll("-", "")}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
