// The organisation's own settings: its name and the lagging thresholds of the status engine.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../auth/auth.plugin.js";
import { errorResponses } from "../http/responses.js";
import { getOrganisation, setThresholds } from "./org.service.js";

const thresholdsSchema = z
  .object({
    laggingPp: z.number().min(0).max(100),
    seriouslyLaggingPp: z.number().min(0).max(100),
  })
  .refine((t) => t.seriouslyLaggingPp >= t.laggingPp, {
    message: "严重滞后阈值不能小于滞后阈值",
    path: ["seriouslyLaggingPp"],
  });

const orgSchema = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  thresholds: z.object({ laggingPp: z.number(), seriouslyLaggingPp: z.number() }),
});

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/org",
    {
      schema: {
        tags: ["admin"],
        summary: "本组织及其状态阈值",
        response: { 200: orgSchema, ...errorResponses },
      },
    },
    async (request) => getOrganisation(app.db, requireActor(request)),
  );

  app.patch(
    "/api/org",
    {
      schema: {
        tags: ["admin"],
        summary: "修改状态阈值（百分点）",
        body: z.object({ thresholds: thresholdsSchema }),
        response: { 200: orgSchema, ...errorResponses },
      },
    },
    async (request) => setThresholds(app.db, requireActor(request), request.body.thresholds),
  );
};
