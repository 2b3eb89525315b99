import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../auth/auth.plugin.js";
import { errorResponses } from "../http/responses.js";
import { createUnitBodySchema, unitSchema, updateUnitBodySchema } from "./unit.schema.js";
import { createUnit, editUnit, listUnits } from "./unit.service.js";

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/units",
    {
      schema: {
        tags: ["admin"],
        summary: "单位列表",
        response: { 200: z.array(unitSchema), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listUnits(app.db, actor.orgId);
    },
  );

  app.post(
    "/api/units",
    {
      schema: {
        tags: ["admin"],
        summary: "新增单位",
        body: createUnitBodySchema,
        response: { 201: unitSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, ["admin"]);
      return reply.status(201).send(await createUnit(app.db, actor, request.body));
    },
  );

  app.patch(
    "/api/units/:id",
    {
      schema: {
        tags: ["admin"],
        summary: "修改单位（名称、关键词、停用）",
        params: z.object({ id: z.string() }),
        body: updateUnitBodySchema,
        response: { 200: unitSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request, ["admin"]);
      return editUnit(app.db, actor, request.params.id, request.body);
    },
  );
};
