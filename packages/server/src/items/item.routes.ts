import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../auth/auth.plugin.js";
import type { Clock } from "../clock.js";
import { errorResponses } from "../http/responses.js";
import {
  bulkAssignBodySchema,
  commentBodySchema,
  commentViewSchema,
  createItemBodySchema,
  itemDetailSchema,
  itemSummarySchema,
  listItemsQuerySchema,
  patchItemBodySchema,
} from "./item.schema.js";
import {
  addComment,
  bulkAssign,
  createItem,
  getItemDetail,
  listItemViews,
  patchItem,
  removeItem,
} from "./item.service.js";

const params = z.object({ id: z.string() });

export function itemRoutes(clock: Clock) {
  const routes: FastifyPluginAsyncZod = async (app) => {
    app.get(
      "/api/items",
      {
        schema: {
          tags: ["items"],
          summary: "任务台账（单位用户只看到本单位的任务）",
          querystring: listItemsQuerySchema,
          response: { 200: z.array(itemSummarySchema), ...errorResponses },
        },
      },
      async (request) => listItemViews(app.db, requireActor(request), request.query, clock()),
    );

    app.post(
      "/api/items",
      {
        schema: {
          tags: ["items"],
          summary: "新增任务（督查室）",
          body: createItemBodySchema,
          response: { 201: itemDetailSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        return reply.status(201).send(await createItem(app.db, actor, request.body, clock()));
      },
    );

    app.post(
      "/api/items/bulk-assign",
      {
        schema: {
          tags: ["items"],
          summary: "批量分配牵头单位和配合单位",
          body: bulkAssignBodySchema,
          response: { 200: z.object({ updated: z.number().int() }), ...errorResponses },
        },
      },
      async (request) => bulkAssign(app.db, requireActor(request), request.body),
    );

    app.get(
      "/api/items/:id",
      {
        schema: {
          tags: ["items"],
          summary: "任务详情：指标、节点、进展（每一版及审核）、评论、批示、催办",
          params,
          response: { 200: itemDetailSchema, ...errorResponses },
        },
      },
      async (request) => getItemDetail(app.db, requireActor(request), request.params.id, clock()),
    );

    app.patch(
      "/api/items/:id",
      {
        schema: {
          tags: ["items"],
          summary: "修改任务（带版本号，过期返回 409）",
          params,
          body: patchItemBodySchema,
          response: { 200: itemDetailSchema, ...errorResponses },
        },
      },
      async (request) => patchItem(app.db, requireActor(request), request.params.id, request.body, clock()),
    );

    app.delete(
      "/api/items/:id",
      {
        schema: {
          tags: ["items"],
          summary: "删除任务（仅限尚无进展报告和评论的任务）",
          params,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await removeItem(app.db, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/api/items/:id/comments",
      {
        schema: {
          tags: ["items"],
          summary: "评论（督查室、领导）或批示（领导）",
          params,
          body: commentBodySchema,
          response: { 201: commentViewSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const comment = await addComment(
          app.db,
          requireActor(request),
          request.params.id,
          request.body,
          clock(),
        );
        return reply.status(201).send(comment);
      },
    );
  };
  return routes;
}
