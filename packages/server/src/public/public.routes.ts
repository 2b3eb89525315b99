import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../clock.js";
import { errorResponses } from "../http/responses.js";
import { statusSchema } from "../items/item.schema.js";
import { listPublicItems, listPublicPlans } from "./public.service.js";

export const publicPlanSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int(),
  place: z.string().nullable(),
  orgName: z.string(),
  publishedAt: z.string(),
});

export const publicItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  area: z.string().nullable(),
  leadUnitName: z.string().nullable(),
  deadline: z.string(),
  status: statusSchema,
  completion: z.number(),
  progressText: z.string().describe("the office's own words for the public (the item's publicProgress)"),
});

export function publicRoutes(clock: Clock) {
  const routes: FastifyPluginAsyncZod = async (app) => {
    app.get(
      "/api/public/plans",
      {
        schema: {
          tags: ["public"],
          summary: "已发布的计划（无需登录）",
          response: {
            200: z.array(publicPlanSchema),
          },
        },
      },
      async () => listPublicPlans(app.db),
    );

    app.get(
      "/api/public/plans/:id/items",
      {
        schema: {
          tags: ["public"],
          summary: "已发布计划中公开的任务及进展（无需登录）",
          params: z.object({ id: z.string() }),
          response: {
            200: z.array(publicItemSchema),
            ...errorResponses,
          },
        },
      },
      async (request) => listPublicItems(app.db, request.params.id, clock()),
    );
  };
  return routes;
}
