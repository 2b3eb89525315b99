// The error body every route may answer with, for the OpenAPI document.
import { z } from "zod";

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
      retryAfterSeconds: z.number().optional(),
    }),
  })
  .meta({ id: "Error" });

export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
} as const;
