import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../auth/auth.plugin.js";
import type { Clock } from "../clock.js";
import { errorResponses } from "../http/responses.js";
import { statusSchema } from "../items/item.schema.js";
import { getDashboard, getRollup } from "./dashboard.service.js";

const byStatusSchema = z.record(statusSchema, z.number().int());
const summarySchema = z.object({
  count: z.number().int(),
  completion: z.number().describe("percent done, items weighted by their number of targets"),
  expected: z.number().describe("percent expected by now (序时进度), weighted the same way"),
  byStatus: byStatusSchema,
});

export const dashboardSchema = z
  .object({
    plan: z
      .object({ id: z.string(), title: z.string(), year: z.number().int(), version: z.number().int() })
      .nullable(),
    overall: summarySchema,
    byStatus: z.array(z.object({ status: statusSchema, count: z.number().int() })),
    byArea: z.array(summarySchema.extend({ name: z.string(), area: z.string() })),
    byUnit: z.array(
      summarySchema.extend({ name: z.string(), unitId: z.string().nullable(), unitName: z.string() }),
    ),
    ranking: z.array(
      z.object({
        rank: z.number().int(),
        name: z.string(),
        unitId: z.string().nullable(),
        unitName: z.string(),
        completion: z.number(),
        expected: z.number(),
        count: z.number().int(),
      }),
    ),
    trend: z.array(z.object({ period: z.string(), completion: z.number() })),
    seriouslyLagging: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        area: z.string().nullable(),
        leadUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
        deadline: z.string(),
        status: statusSchema,
        completion: z.number(),
        expected: z.number(),
        statusReason: z.string(),
      }),
    ),
  })
  .meta({ id: "Dashboard" });

export const rollupSchema = z.object({
  total: summarySchema,
  organisations: z.array(
    summarySchema.extend({
      orgId: z.string(),
      orgName: z.string(),
      planId: z.string().nullable(),
      planTitle: z.string().nullable(),
    }),
  ),
});

export function dashboardRoutes(clock: Clock) {
  const routes: FastifyPluginAsyncZod = async (app) => {
    app.get(
      "/api/dashboard",
      {
        schema: {
          tags: ["dashboard"],
          summary: "驾驶舱（默认最新发布的计划）",
          querystring: z.object({ planId: z.string().optional() }),
          response: { 200: dashboardSchema, ...errorResponses },
        },
      },
      async (request) => getDashboard(app.db, requireActor(request), request.query.planId, clock()),
    );

    app.get(
      "/api/dashboard/rollup",
      {
        schema: {
          tags: ["dashboard"],
          summary: "本级及下级政府汇总（各取最新发布的计划）",
          response: { 200: rollupSchema, ...errorResponses },
        },
      },
      async (request) => getRollup(app.db, requireActor(request), clock()),
    );
  };
  return routes;
}
