import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../auth/auth.plugin.js";
import type { Clock } from "../clock.js";
import { errorBodySchema, errorResponses } from "../http/responses.js";
import { readUploadedFile } from "../http/upload.js";
import { presentPlan, presentPlanDetail, presentVersion } from "./plan.presenter.js";
import {
  planDetailSchema,
  planParamsSchema,
  planSchema,
  planVersionSchema,
  publishBodySchema,
  updatePlanBodySchema,
} from "./plan.schema.js";
import {
  getPlanDetail,
  importPlan,
  listPlanViews,
  listVersions,
  MAX_REPORT_BYTES,
  publishPlan,
  updatePlan,
} from "./plan.service.js";

export function planRoutes(clock: Clock) {
  const routes: FastifyPluginAsyncZod = async (app) => {
    app.post(
      "/api/plans",
      {
        schema: {
          tags: ["plans"],
          summary: "导入报告（multipart 字段 file：.md/.txt，UTF-8 或 GB18030），生成草稿台账",
          consumes: ["multipart/form-data"],
          response: { 201: z.object({ plan: planSchema }), ...errorResponses, 413: errorBodySchema },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request, ["admin"]);
        const file = await readUploadedFile(request, {
          maxBytes: MAX_REPORT_BYTES,
          tooLarge: "REPORT_TOO_LARGE",
          tooLargeMessage: `报告文件过大，不能超过 ${MAX_REPORT_BYTES / 1024 / 1024} MB`,
        });
        const plan = await importPlan(app.db, actor, file, clock());
        return reply.status(201).send({ plan: presentPlan(plan) });
      },
    );

    app.get(
      "/api/plans",
      {
        schema: {
          tags: ["plans"],
          summary: "计划列表",
          response: { 200: z.array(planSchema), ...errorResponses },
        },
      },
      async (request) => (await listPlanViews(app.db, requireActor(request))).map(presentPlan),
    );

    app.get(
      "/api/plans/:id",
      {
        schema: {
          tags: ["plans"],
          summary: "计划详情：报告原文、结构、主题、事实（含原文位置）",
          params: planParamsSchema,
          response: { 200: planDetailSchema, ...errorResponses },
        },
      },
      async (request) =>
        presentPlanDetail(await getPlanDetail(app.db, requireActor(request), request.params.id)),
    );

    app.patch(
      "/api/plans/:id",
      {
        schema: {
          tags: ["plans"],
          summary: "修改计划标题或填报周期（月/季）",
          params: planParamsSchema,
          body: updatePlanBodySchema,
          response: { 200: planSchema, ...errorResponses },
        },
      },
      async (request) =>
        presentPlan(await updatePlan(app.db, requireActor(request), request.params.id, request.body)),
    );

    app.post(
      "/api/plans/:id/publish",
      {
        schema: {
          tags: ["plans"],
          summary: "发布（版本号 +1，记录变更）",
          params: planParamsSchema,
          body: publishBodySchema,
          response: { 200: z.object({ plan: planSchema }), ...errorResponses },
        },
      },
      async (request) => {
        const plan = await publishPlan(
          app.db,
          requireActor(request),
          request.params.id,
          request.body.note,
          clock(),
        );
        return { plan: presentPlan(plan) };
      },
    );

    app.get(
      "/api/plans/:id/versions",
      {
        schema: {
          tags: ["plans"],
          summary: "发布历史与每版变更",
          params: planParamsSchema,
          response: { 200: z.array(planVersionSchema), ...errorResponses },
        },
      },
      async (request) =>
        (await listVersions(app.db, requireActor(request), request.params.id)).map(presentVersion),
    );
  };
  return routes;
}
