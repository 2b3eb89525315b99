// The organisation's own settings: its name and the lagging thresholds of the status engine.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../audit/audit.repository.js";
import { requireActor } from "../auth/auth.plugin.js";
import { AppError } from "../errors.js";
import { errorResponses } from "../http/responses.js";
import { findOrganisation, updateThresholds } from "./org.repository.js";

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
    async (request) => {
      const actor = requireActor(request);
      const org = await findOrganisation(app.db, actor.orgId);
      if (!org) throw new AppError("NOT_LOGGED_IN");
      return org;
    },
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
    async (request) => {
      const actor = requireActor(request, ["admin"]);
      return app.db.transaction().execute(async (trx) => {
        const before = await findOrganisation(trx, actor.orgId);
        if (!before) throw new AppError("NOT_LOGGED_IN");
        await updateThresholds(trx, actor.orgId, request.body.thresholds);
        await recordAudit(trx, {
          orgId: actor.orgId,
          actorId: actor.userId,
          action: "org.update",
          entity: "organisation",
          entityId: actor.orgId,
          before: before.thresholds,
          after: request.body.thresholds,
        });
        return { ...before, thresholds: request.body.thresholds };
      });
    },
  );
};
