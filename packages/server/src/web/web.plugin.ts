// Serves the built web app (packages/web/dist) at `/`, with index.html for any other GET outside
// /api so the app's own router handles it. Without a build, the server answers the API alone.
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.js";

export async function registerWebApp(app: FastifyInstance, distDir: string | null): Promise<void> {
  const served = distDir !== null && existsSync(join(distDir, "index.html"));
  if (served) {
    await app.register(fastifyStatic, { root: distDir, prefix: "/", wildcard: false, index: ["index.html"] });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url === "/api" || request.url.startsWith("/api/");
    if (served && request.method === "GET" && !isApi) {
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    }
    const e = new AppError("ROUTE_NOT_FOUND");
    return reply.status(e.status).send(e.toBody());
  });
}
