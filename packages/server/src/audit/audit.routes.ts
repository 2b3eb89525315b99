// Reading the audit log (admin only). There is deliberately no route that edits or deletes it.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../auth/auth.plugin.js";
import { errorResponses } from "../http/responses.js";
import { readAuditLog } from "./audit.service.js";

const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/audit",
    {
      schema: {
        tags: ["admin"],
        summary: "审计日志（只读）",
        querystring: z.object({
          entity: z.string().optional(),
          entityId: z.string().optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(200),
        }),
        response: { 200: z.array(auditEntrySchema), ...errorResponses },
      },
    },
    async (request) => {
      const rows = await readAuditLog(app.db, requireActor(request), request.query);
      return rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorId: r.actorId,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        before: r.before,
        after: r.after,
      }));
    },
  );
};
