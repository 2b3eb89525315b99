import { z } from "zod";

export const unitSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    keywords: z.array(z.string()),
    active: z.boolean(),
    sortOrder: z.number().int(),
  })
  .meta({ id: "Unit" });

export const createUnitBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  keywords: z.array(z.string().trim().min(1).max(50)).max(200).default([]),
  sortOrder: z.number().int().optional(),
});

export const updateUnitBodySchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  keywords: z.array(z.string().trim().min(1).max(50)).max(200).optional(),
  active: z.boolean().optional(),
  sortOrder: z.number().int().optional(),
});

export type CreateUnitInput = z.infer<typeof createUnitBodySchema>;
export type UpdateUnitInput = z.infer<typeof updateUnitBodySchema>;
