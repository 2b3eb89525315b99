import { z } from "zod";

// A null value is a field left empty: accepted and dropped, so a form can send every target.
const valueSchema = z.object({ targetId: z.string(), value: z.number().finite().nullable() });
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, "应为某年的月份或季度");

const evidenceIds = z.array(z.string()).max(50).default([]);

export const draftBodySchema = z.object({
  period,
  values: z.array(valueSchema).max(100).default([]),
  narrative: z.string().max(20000).default(""),
  evidenceIds: evidenceIds.describe("evidence files uploaded for the draft, kept with it"),
});

export const submitBodySchema = z.object({
  period,
  values: z.array(valueSchema).max(100).default([]),
  narrative: z.string().trim().min(1, "请填写进展情况").max(20000),
  evidenceIds,
});

export const reviewBodySchema = z.object({
  decision: z.enum(["accept", "return"]),
  comment: z.string().max(5000).default(""),
});

export const evidenceRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number(),
  type: z.string(),
});

export const draftViewSchema = z.object({
  period: z.string(),
  periods: z.array(z.string()).describe("periods that may be filed now"),
  values: z.array(valueSchema),
  narrative: z.string(),
  evidenceIds: z.array(z.string()),
  evidence: z.array(evidenceRefSchema).describe("the draft's evidence files, in the order kept"),
  savedAt: z.string().nullable(),
  lastValues: z.array(
    z.object({ targetId: z.string(), value: z.number().nullable(), period: z.string().nullable() }),
  ),
});
