import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { type Harness, startHarness, TEST_PASSWORD } from "../testing/harness.js";
import { engines } from "../testing/test-database.js";

describe.each(engines)("auth on %s", (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => h?.close());

  it("logs in with the right password and answers me with the user and a CSRF token", async () => {
    const session = await h.login(h.fixture.users.devUnit);
    const me = await session.get("/api/auth/me");
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.user).toMatchObject({
      role: "unit",
      unitId: h.fixture.units.development,
      unitName: "发展和改革委员会",
    });
    expect(body.csrfToken).toBe(session.csrfToken);
  });

  it("sets the session cookie httpOnly and SameSite=Strict", async () => {
    const response = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: h.fixture.users.leader, password: TEST_PASSWORD },
    });
    const cookie = String(response.headers["set-cookie"]);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
  });

  it("refuses a wrong password with 401 WRONG_CREDENTIALS and the same answer for an unknown user", async () => {
    const wrong = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: h.fixture.users.leader, password: "nope-nope" },
    });
    const unknown = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "nobody-here", password: "nope-nope" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe("WRONG_CREDENTIALS");
    expect(unknown.json()).toEqual(wrong.json());
  });

  it("locks an account after five wrong passwords, even against the right one, with 429 and a retry time", async () => {
    const username = h.fixture.users.transportUnit;
    for (let i = 0; i < 5; i++) {
      await h.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password: "wrong-guess" },
      });
    }
    const locked = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password: TEST_PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe("LOGIN_LOCKED");
    expect(locked.json().error.retryAfterSeconds).toBeGreaterThan(0);
    h.clock.now = new Date(h.clock.now.getTime() + 16 * 60_000);
    const later = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password: TEST_PASSWORD },
    });
    expect(later.statusCode).toBe(200);
  });

  it("answers 401 NOT_LOGGED_IN without a session", async () => {
    const response = await h.app.inject({ method: "GET", url: "/api/items" });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("NOT_LOGGED_IN");
  });

  it("refuses a state-changing request without the CSRF header with 403 CSRF_INVALID", async () => {
    const session = await h.login(h.fixture.users.admin);
    const response = await h.app.inject({
      method: "POST",
      url: "/api/units",
      headers: { cookie: session.cookie },
      payload: { name: "审计局" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("CSRF_INVALID");
    const units = await session.get("/api/units");
    expect(units.json().map((u: { name: string }) => u.name)).not.toContain("审计局");
  });

  it("ends the session on logout", async () => {
    const session = await h.login(h.fixture.users.leader);
    expect((await session.send("POST", "/api/auth/logout")).statusCode).toBe(204);
    expect((await session.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("limits login attempts per address with 429 TOO_MANY_REQUESTS", async () => {
    const strict = await buildApp({
      database: h.database,
      closeDatabase: false,
      webDistDir: null,
      loginRateLimit: 3,
    });
    try {
      const attempt = () =>
        strict.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { username: "nobody", password: "guess-guess" },
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const limited = await attempt();
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe("TOO_MANY_REQUESTS");
    } finally {
      await strict.close();
    }
  });

  it("names the missing field of an invalid body", async () => {
    const response = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "x" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "VALIDATION_FAILED",
      field: "password",
      message: "缺少密码",
    });
  });
});
