import { z } from "zod";

export const periodKindSchema = z.enum(["month", "quarter"]);

export const planSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    place: z.string().nullable(),
    year: z.number().int(),
    state: z.enum(["draft", "published"]),
    version: z.number().int().describe("0 while a draft; 1 at first publication, +1 at each later one"),
    periodKind: periodKindSchema.describe("month: periods like 2026-03; quarter: 2026-Q1"),
    fileName: z.string(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    itemCount: z.number().int(),
  })
  .meta({ id: "Plan" });

export const planChangeSchema = z.object({
  kind: z.enum(["added", "removed", "changed"]),
  itemId: z.string(),
  title: z.string(),
  fields: z.array(z.string()).optional(),
});

export const planVersionSchema = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  publishedByName: z.string(),
  note: z.string(),
  changes: z.array(planChangeSchema),
});

export const planDetailSchema = z.object({
  plan: planSchema,
  text: z.string().describe("the report text verbatim; every source span indexes into it"),
  report: z.unknown().describe("ReportInfo from @luoshi/report"),
  sections: z.array(z.unknown()),
  themes: z.array(z.unknown()),
  facts: z.array(z.unknown()).describe("Fact from @luoshi/report, with source spans"),
  tasks: z.array(z.unknown()),
  issues: z.array(z.unknown()),
});

export const publishBodySchema = z.object({ note: z.string().max(2000).default("") }).default({ note: "" });

export const updatePlanBodySchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  periodKind: periodKindSchema.optional(),
});

export const planParamsSchema = z.object({ id: z.string() });
