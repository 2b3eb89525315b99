// Resolves the session cookie on every /api request and enforces the CSRF header on state-changing
// ones. Routes then ask `requireActor(request, roles)` for who is calling.
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Clock } from "../clock.js";
import { AppError } from "../errors.js";
import type { Role, SessionUser } from "./actor.js";
import { type ActiveSession, resumeSession } from "./auth.service.js";

export const SESSION_COOKIE = "luoshi_session";
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyRequest {
    session: ActiveSession | null;
  }
}

const stateChanging = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const csrfExempt = new Set(["/api/auth/login"]);

export function authPlugin(clock: Clock) {
  const plugin = async (app: FastifyInstance) => {
    app.decorateRequest("session", null);
    app.addHook("onRequest", async (request) => {
      if (!request.url.startsWith("/api/")) return;
      const token = request.cookies[SESSION_COOKIE];
      request.session = token ? await resumeSession(app.db, token, clock()) : null;
      if (!stateChanging.has(request.method) || csrfExempt.has(request.routeOptions.url ?? "")) return;
      if (!request.session) throw new AppError("NOT_LOGGED_IN");
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameToken(sent, request.session.csrfToken)) {
        throw new AppError("CSRF_INVALID");
      }
    });
  };
  Object.assign(plugin, { [Symbol.for("skip-override")]: true });
  return plugin;
}

/** The logged-in user, refused with 401 when nobody is and 403 when the role may not do this. */
export function requireActor(request: FastifyRequest, roles?: readonly Role[]): SessionUser {
  const user = request.session?.user;
  if (!user) throw new AppError("NOT_LOGGED_IN");
  if (roles && !roles.includes(user.role)) throw new AppError("FORBIDDEN_ROLE");
  return user;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
