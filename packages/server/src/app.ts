// Builds the Fastify application without listening, so tests drive it through `inject()` and
// main.ts decides where it listens.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { auditRoutes } from "./audit/audit.routes.js";
import { authPlugin } from "./auth/auth.plugin.js";
import { authRoutes } from "./auth/auth.routes.js";
import type { Clock } from "./clock.js";
import { dashboardRoutes } from "./dashboard/dashboard.routes.js";
import type { DatabaseHandle } from "./db/database.js";
import { databasePlugin } from "./db/database.plugin.js";
import { installErrorHandler } from "./http/error-handler.js";
import { itemRoutes } from "./items/item.routes.js";
import { orgRoutes } from "./orgs/org.routes.js";
import { planRoutes } from "./plans/plan.routes.js";
import { progressRoutes } from "./progress/progress.routes.js";
import { publicRoutes } from "./public/public.routes.js";
import { reminderRoutes } from "./reminders/reminder.routes.js";
import { statisticsRoutes } from "./statistics/statistics.routes.js";
import { unitRoutes } from "./units/unit.routes.js";
import { userRoutes } from "./users/user.routes.js";
import { registerWebApp } from "./web/web.plugin.js";

export const defaultWebDistDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export interface AppOptions {
  database: DatabaseHandle;
  /** Close the database when the app closes (true when the app owns it). */
  closeDatabase?: boolean;
  clock?: Clock;
  logger?: boolean;
  /** The built web app to serve at `/`; null serves the API only. */
  webDistDir?: string | null;
  /** Login attempts per IP per minute before 429 (the per-account lock-out applies as well). */
  loginRateLimit?: number;
  secureCookie?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // Error details go through the error handler only; never echo internals in responses.
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(databasePlugin(options.database, { closeWithApp: options.closeDatabase ?? true }));
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 10, fieldSize: 100_000 } });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(authPlugin(clock));
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Luoshi 落实 API",
        description: "政府工作报告任务台账、进展填报、审核、状态与驾驶舱。错误码见 docs/ERRORS.md。",
        version: "0.1.0",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "luoshi_session" },
          csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  await app.register(
    authRoutes({
      clock,
      loginRateLimit: options.loginRateLimit ?? 30,
      secureCookie: options.secureCookie ?? false,
    }),
  );
  await app.register(orgRoutes);
  await app.register(unitRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(planRoutes(clock));
  await app.register(itemRoutes(clock));
  await app.register(progressRoutes(clock));
  await app.register(reminderRoutes(clock));
  await app.register(dashboardRoutes(clock));
  await app.register(publicRoutes(clock));
  await app.register(statisticsRoutes(clock));
  await registerWebApp(app, options.webDistDir === undefined ? defaultWebDistDir : options.webDistDir);
  return app;
}
