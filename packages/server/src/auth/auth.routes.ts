import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../clock.js";
import { errorResponses } from "../http/responses.js";
import { requireActor, SESSION_COOKIE } from "./auth.plugin.js";
import { presentSessionUser } from "./auth.presenter.js";
import { loginBodySchema, sessionResponseSchema } from "./auth.schema.js";
import { login, logout, SESSION_HOURS } from "./auth.service.js";

export function authRoutes(options: { clock: Clock; loginRateLimit: number; secureCookie: boolean }) {
  const routes: FastifyPluginAsyncZod = async (app) => {
    app.post(
      "/api/auth/login",
      {
        schema: {
          tags: ["auth"],
          summary: "登录",
          body: loginBodySchema,
          response: { 200: sessionResponseSchema, ...errorResponses },
        },
        config: { rateLimit: { max: options.loginRateLimit, timeWindow: "1 minute" } },
      },
      async (request, reply) => {
        const result = await login(app.db, request.body.username, request.body.password, options.clock());
        reply.setCookie(SESSION_COOKIE, result.token, {
          path: "/",
          httpOnly: true,
          sameSite: "strict",
          secure: options.secureCookie,
          maxAge: SESSION_HOURS * 3600,
        });
        return { user: presentSessionUser(result.user), csrfToken: result.csrfToken };
      },
    );

    app.get(
      "/api/auth/me",
      {
        schema: {
          tags: ["auth"],
          summary: "当前用户",
          response: { 200: sessionResponseSchema, ...errorResponses },
        },
      },
      async (request) => {
        const user = requireActor(request);
        return { user: presentSessionUser(user), csrfToken: request.session?.csrfToken ?? "" };
      },
    );

    app.post(
      "/api/auth/logout",
      { schema: { tags: ["auth"], summary: "退出登录", response: { 204: z.null(), ...errorResponses } } },
      async (request, reply) => {
        requireActor(request);
        if (request.session) await logout(app.db, request.session.tokenHash);
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return reply.status(204).send(null);
      },
    );
  };
  return routes;
}
