import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../auth/auth.plugin.js";
import type { Clock } from "../clock.js";
import { errorBodySchema, errorResponses } from "../http/responses.js";
import { readUploadedFile } from "../http/upload.js";
import { presentReport } from "../items/item.presenter.js";
import { progressReportViewSchema } from "../items/item.schema.js";
import { MAX_EVIDENCE_BYTES } from "./evidence-type.js";
import {
  draftBodySchema,
  draftViewSchema,
  evidenceRefSchema,
  reviewBodySchema,
  submitBodySchema,
} from "./progress.schema.js";
import {
  downloadEvidence,
  getDraft,
  putDraft,
  reviewProgress,
  reviewQueue,
  submitProgress,
  uploadEvidence,
} from "./progress.service.js";

const params = z.object({ id: z.string() });

export function progressRoutes(clock: Clock) {
  const routes: FastifyPluginAsyncZod = async (app) => {
    app.get(
      "/api/items/:id/progress/draft",
      {
        schema: {
          tags: ["progress"],
          summary: "本单位的填报草稿，预填上次的数值",
          params,
          response: { 200: draftViewSchema, ...errorResponses },
        },
      },
      async (request) => getDraft(app.db, requireActor(request), request.params.id, clock()),
    );

    app.put(
      "/api/items/:id/progress/draft",
      {
        schema: {
          tags: ["progress"],
          summary: "保存填报草稿",
          params,
          body: draftBodySchema,
          response: { 200: draftViewSchema, ...errorResponses },
        },
      },
      async (request) => putDraft(app.db, requireActor(request), request.params.id, request.body, clock()),
    );

    app.post(
      "/api/items/:id/progress",
      {
        schema: {
          tags: ["progress"],
          summary: "提交进展报告（牵头单位）",
          params,
          body: submitBodySchema,
          response: { 201: z.object({ report: progressReportViewSchema }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const report = await submitProgress(
          app.db,
          requireActor(request),
          request.params.id,
          request.body,
          clock(),
        );
        return reply.status(201).send({ report: presentReport(report) });
      },
    );

    app.get(
      "/api/reviews",
      {
        schema: {
          tags: ["progress"],
          summary: "审核队列",
          querystring: z.object({
            state: z.enum(["submitted", "accepted", "returned"]).default("submitted"),
          }),
          response: { 200: z.array(progressReportViewSchema), ...errorResponses },
        },
      },
      async (request) =>
        (await reviewQueue(app.db, requireActor(request), request.query.state)).map(presentReport),
    );

    app.post(
      "/api/progress/:id/review",
      {
        schema: {
          tags: ["progress"],
          summary: "审核：通过或退回（退回须写原因）",
          params,
          body: reviewBodySchema,
          response: { 200: progressReportViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        presentReport(
          await reviewProgress(app.db, requireActor(request), request.params.id, request.body, clock()),
        ),
    );

    app.post(
      "/api/evidence",
      {
        schema: {
          tags: ["progress"],
          summary: "上传佐证材料（multipart 字段 file；PDF、图片、Office、压缩包、文本；不超过 10 MB）",
          consumes: ["multipart/form-data"],
          response: { 201: evidenceRefSchema, ...errorResponses, 413: errorBodySchema },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request, ["admin", "unit"]);
        const file = await readUploadedFile(request, {
          maxBytes: MAX_EVIDENCE_BYTES,
          tooLarge: "EVIDENCE_TOO_LARGE",
          tooLargeMessage: `佐证材料不能超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`,
        });
        return reply.status(201).send(await uploadEvidence(app.db, actor, file));
      },
    );

    app.get(
      "/api/evidence/:id",
      { schema: { tags: ["progress"], summary: "下载佐证材料", params } },
      async (request, reply) => {
        const file = await downloadEvidence(app.db, requireActor(request), request.params.id);
        return reply
          .header("content-type", file.type)
          .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
          .header("x-content-type-options", "nosniff")
          .send(Buffer.from(file.content));
      },
    );
  };
  return routes;
}
