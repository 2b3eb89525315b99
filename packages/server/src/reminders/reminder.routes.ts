import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../auth/auth.plugin.js";
import type { Clock } from "../clock.js";
import { errorResponses } from "../http/responses.js";
import { presentReminder } from "../items/item.presenter.js";
import { reminderViewSchema } from "../items/item.schema.js";
import { createAutomaticReminders, listRemindersFor, sendReminder } from "./reminder.service.js";

export function reminderRoutes(clock: Clock) {
  const routes: FastifyPluginAsyncZod = async (app) => {
    app.get(
      "/api/reminders",
      {
        schema: {
          tags: ["reminders"],
          summary: "催办（单位用户只看本单位的）",
          response: { 200: z.array(reminderViewSchema), ...errorResponses },
        },
      },
      async (request) => (await listRemindersFor(app.db, requireActor(request))).map(presentReminder),
    );

    app.post(
      "/api/reminders",
      {
        schema: {
          tags: ["reminders"],
          summary: "手动催办",
          body: z.object({
            unitId: z.string(),
            itemId: z.string().optional(),
            message: z.string().trim().min(1).max(2000),
          }),
          response: { 201: reminderViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(presentReminder(await sendReminder(app.db, requireActor(request), request.body, clock()))),
    );

    app.post(
      "/api/reminders/auto",
      {
        schema: {
          tags: ["reminders"],
          summary: "为逾期未报和进度滞后的任务自动生成催办（重复运行不会重复生成）",
          response: {
            200: z.array(reminderViewSchema).describe("the reminders created now"),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const created = await createAutomaticReminders(app.db, requireActor(request), clock());
        return created.map(presentReminder);
      },
    );
  };
  return routes;
}
