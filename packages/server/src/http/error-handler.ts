// Maps every failure to the catalogue's JSON shape once, so no stack trace or internal detail leaves
// the server: AppError as is, validation errors as 400 naming the field, body limits as 413.
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, type ErrorBody } from "../errors.js";
import { issueInWords } from "./validation-words.js";

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, "request failed");
    if (appError.retryAfterSeconds !== undefined) reply.header("retry-after", appError.retryAfterSeconds);
    return reply.status(appError.status).send(appError.toBody() satisfies ErrorBody);
  });
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const field = first ? fieldName(first.instancePath, first.params) : undefined;
    return new AppError("VALIDATION_FAILED", {
      message: first
        ? issueInWords(field, { keyword: first.keyword, message: first.message ?? "", params: first.params })
        : "提交的内容不符合要求",
      ...(field ? { field } : {}),
    });
  }
  // Fastify's own (non-zod) validation speaks English: the code and the field are enough.
  if (error.validation) return new AppError("VALIDATION_FAILED");
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE" || error.code === "FST_REQ_FILE_TOO_LARGE") {
    return new AppError("REPORT_TOO_LARGE", { message: "上传的内容过大" });
  }
  if (
    error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ||
    error.code === "FST_INVALID_MULTIPART_CONTENT_TYPE"
  ) {
    return new AppError("VALIDATION_FAILED", { message: "请求的内容类型不受支持" });
  }
  if (error.code === "FST_ERR_CTP_EMPTY_JSON_BODY" || error.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
    return new AppError("VALIDATION_FAILED", { message: "请求体不是有效的 JSON" });
  }
  if (error.statusCode === 429) return new AppError("TOO_MANY_REQUESTS");
  // Two requests racing to create the same row (same report revision, same username): the loser
  // is told to reload, exactly as with a stale version.
  if ((error as { code?: string }).code === "23505") return new AppError("STALE_VERSION");
  return new AppError("INTERNAL");
}

function fieldName(instancePath: string, params: unknown): string | undefined {
  const path = instancePath.replace(/^\//, "").replaceAll("/", ".");
  // zod reports an unknown key on the object itself; the key is the field to name.
  const keys = (params as { keys?: string[] } | undefined)?.keys;
  if (keys && keys.length > 0) return path ? `${path}.${keys[0]}` : keys[0];
  return path || undefined;
}
