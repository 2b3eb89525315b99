import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, createHttpClient, isStateChanging, parseApiError, queryString } from "./http-client.js";

describe("parseApiError", () => {
  it("takes the code, message and field from the server's error body", () => {
    const error = parseApiError(
      400,
      { error: { code: "VALIDATION", message: "标题不能为空", field: "title" } },
      null,
    );
    expect([error.status, error.code, error.message, error.details.field]).toEqual([
      400,
      "VALIDATION",
      "标题不能为空",
      "title",
    ]);
  });

  it("reads the lock-out wait from the error body", () => {
    const body = { error: { code: "LOGIN_LOCKED", message: "账号已锁定", retryAfterSeconds: 300 } };
    expect(parseApiError(429, body, null).details.retryAfterSeconds).toBe(300);
  });

  it("reads the lock-out wait from the Retry-After header when the body has none", () => {
    const body = { error: { code: "LOGIN_LOCKED", message: "账号已锁定" } };
    expect(parseApiError(429, body, "120").details.retryAfterSeconds).toBe(120);
  });

  it("gives a Chinese message for a body that is not the server's error shape", () => {
    const error = parseApiError(502, "<html>Bad Gateway</html>", null);
    expect(error.code).toBe("BAD_RESPONSE");
    expect(error.message).toBe("服务器出错（502），请稍后重试");
  });

  it("is an Error a page can tell apart from a bug", () => {
    expect(parseApiError(404, null, null)).toBeInstanceOf(ApiError);
  });
});

describe("request helpers", () => {
  it("treats POST, PUT, PATCH and DELETE as state-changing and GET as not", () => {
    expect(["POST", "put", "PATCH", "DELETE", "GET"].map(isStateChanging)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it("leaves empty filters out of the query string", () => {
    expect(queryString({ planId: "p1", area: "", status: undefined, q: "5G 基站" })).toBe(
      "?planId=p1&q=5G+%E5%9F%BA%E7%AB%99",
    );
  });
});

describe("createHttpClient against a real HTTP server that echoes what it receives", () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(
          JSON.stringify({ method: request.method, url: request.url, headers: request.headers, body }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  interface Echo {
    method: string;
    url: string;
    headers: Record<string, string>;
    body: string;
  }

  it("sends the CSRF token on a state-changing request", async () => {
    const client = createHttpClient({ baseUrl });
    client.setCsrfToken("token-1");
    const echo = await client.request<Echo>("POST", "/plans/p1/publish", { body: { note: "首次发布" } });
    expect(echo.headers["x-csrf-token"]).toBe("token-1");
    expect(JSON.parse(echo.body)).toEqual({ note: "首次发布" });
  });

  it("does not send the CSRF token on a read", async () => {
    const client = createHttpClient({ baseUrl });
    client.setCsrfToken("token-1");
    const echo = await client.request<Echo>("GET", "/items", { query: { planId: "p1" } });
    expect(echo.headers["x-csrf-token"]).toBeUndefined();
    expect(echo.url).toBe("/api/items?planId=p1");
  });

  it("stops sending the token once it is cleared at logout", async () => {
    const client = createHttpClient({ baseUrl });
    client.setCsrfToken("token-1");
    client.setCsrfToken(null);
    const echo = await client.request<Echo>("DELETE", "/units/u1");
    expect(echo.headers["x-csrf-token"]).toBeUndefined();
  });

  it("turns a refused connection into NETWORK_ERROR with a message a user can act on", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = createHttpClient({ baseUrl: `http://127.0.0.1:${port}/api` });
    const failure = await client.request("GET", "/plans").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe("NETWORK_ERROR");
    expect((failure as ApiError).message).toBe("无法连接服务器，请检查网络后重试");
  });
});
