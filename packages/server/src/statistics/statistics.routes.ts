import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../auth/auth.plugin.js";
import type { Clock } from "../clock.js";
import { errorBodySchema, errorResponses } from "../http/responses.js";
import { readUploadedFile } from "../http/upload.js";
import { importStatistics } from "./statistics.service.js";

const rowSchema = z.object({ indicator: z.string(), period: z.string(), value: z.number() });

export function statisticsRoutes(clock: Clock) {
  const routes: FastifyPluginAsyncZod = async (app) => {
    app.post(
      "/api/statistics",
      {
        schema: {
          tags: ["admin"],
          summary: "导入统计局数据表（xlsx/csv：指标、期间、数值），更新匹配的指标",
          consumes: ["multipart/form-data"],
          response: {
            200: z.object({
              matched: z.array(
                rowSchema.extend({
                  targets: z.array(z.object({ id: z.string(), itemId: z.string(), metric: z.string() })),
                }),
              ),
              unmatched: z.array(rowSchema),
              skippedRows: z.number().int(),
            }),
            ...errorResponses,
            413: errorBodySchema,
          },
        },
      },
      async (request) => {
        const actor = requireActor(request, ["admin"]);
        const file = await readUploadedFile(request, {
          maxBytes: 5 * 1024 * 1024,
          tooLarge: "STATISTICS_TOO_LARGE",
          tooLargeMessage: "统计数据表不能超过 5 MB",
        });
        return importStatistics(app.db, actor, file, clock());
      },
    );
  };
  return routes;
}
