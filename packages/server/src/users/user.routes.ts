import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../auth/auth.plugin.js";
import { errorResponses } from "../http/responses.js";
import { createUserBodySchema, managedUserSchema, updateUserBodySchema } from "./user.schema.js";
import { createUser, editUser, listUsers, resetPassword } from "./user.service.js";

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/users",
    {
      schema: {
        tags: ["admin"],
        summary: "用户列表",
        response: { 200: z.array(managedUserSchema), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request, ["admin"]);
      return listUsers(app.db, actor.orgId);
    },
  );

  app.post(
    "/api/users",
    {
      schema: {
        tags: ["admin"],
        summary: "新增用户；未给密码时生成一个，仅此一次返回",
        body: createUserBodySchema,
        response: { 201: z.object({ user: managedUserSchema, password: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, ["admin"]);
      return reply.status(201).send(await createUser(app.db, actor, request.body));
    },
  );

  app.patch(
    "/api/users/:id",
    {
      schema: {
        tags: ["admin"],
        summary: "修改用户（姓名、角色、单位、停用）",
        params: z.object({ id: z.string() }),
        body: updateUserBodySchema,
        response: { 200: managedUserSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request, ["admin"]);
      return editUser(app.db, actor, request.params.id, request.body);
    },
  );

  app.post(
    "/api/users/:id/reset-password",
    {
      schema: {
        tags: ["admin"],
        summary: "重置密码，返回新密码",
        params: z.object({ id: z.string() }),
        response: { 200: z.object({ password: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request, ["admin"]);
      const password = await resetPassword(app.db, actor, { orgId: actor.orgId, userId: request.params.id });
      return { password };
    },
  );
};
