import { z } from "zod";
import { itemTypes } from "./item.model.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期应为“年-月-日”格式");
export const statusSchema = z.enum(["done", "on_track", "lagging", "seriously_lagging", "overdue"]);
export const itemTypeSchema = z.enum(itemTypes);
const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });
const unitRefSchema = z.object({ id: z.string(), name: z.string() });

export const milestoneSchema = z.object({
  id: z.string(),
  name: z.string(),
  due: z.string(),
  done: z.string().nullable(),
});

export const targetViewSchema = z
  .object({
    id: z.string(),
    metric: z.string(),
    unit: z.string(),
    comparator: z.enum(["eq", "gte", "gt", "approx", "lte", "range"]),
    measure: z.enum(["cumulative", "level"]),
    direction: z.enum(["up", "down"]).nullable(),
    kind: z.enum(["amount", "change"]),
    targetValue: z.number(),
    upperValue: z.number().nullable(),
    baseline: z.number().nullable(),
    quote: z.string().nullable(),
    source: spanSchema.nullable().describe("span in the plan's text"),
    currentValue: z.number().nullable(),
    currentPeriod: z.string().nullable(),
    currentSource: z.enum(["report", "statistics"]).nullable(),
    status: statusSchema,
    completion: z.number().describe("percent done, may exceed 100"),
    expected: z.number().describe("percent expected by today (序时进度)"),
    reason: z.string(),
  })
  .meta({ id: "Target" });

export const itemSummarySchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    type: itemTypeSchema,
    title: z.string(),
    area: z.string().nullable(),
    leadUnit: unitRefSchema.nullable(),
    coUnits: z.array(unitRefSchema),
    deadline: z.string(),
    status: statusSchema,
    completion: z.number().describe("percent"),
    expected: z.number().describe("percent"),
    statusReason: z.string(),
    targets: z.array(targetViewSchema),
    public: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: "ItemSummary" });

const progressValueSchema = z.object({ targetId: z.string(), value: z.number() });
const evidenceRefSchema = z.object({ id: z.string(), name: z.string(), size: z.number(), type: z.string() });

export const progressReportViewSchema = z
  .object({
    id: z.string(),
    itemId: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    period: z.string(),
    revision: z.number().int().describe("1 for the first filing of a period, +1 for each refiling"),
    state: z.enum(["submitted", "accepted", "returned"]),
    narrative: z.string(),
    values: z.array(progressValueSchema),
    evidence: z.array(evidenceRefSchema),
    evidenceIds: z.array(z.string()),
    itemTitle: z.string(),
    submittedBy: z.string(),
    submittedByName: z.string(),
    submittedAt: z.string(),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewComment: z.string().nullable(),
  })
  .meta({ id: "ProgressReport" });

export const commentViewSchema = z.object({
  id: z.string(),
  kind: z.enum(["comment", "instruction"]),
  body: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  author: z.string().describe("same as authorName"),
  createdAt: z.string(),
});

export const reminderViewSchema = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    itemId: z.string().nullable(),
    itemTitle: z.string().nullable(),
    message: z.string(),
    kind: z.enum(["manual", "late_report", "lagging"]),
    createdAt: z.string(),
  })
  .meta({ id: "Reminder" });

export const itemDetailSchema = itemSummarySchema
  .extend({
    description: z.string(),
    startDate: z.string(),
    milestones: z.array(milestoneSchema),
    publicProgress: z.string(),
    source: spanSchema.nullable(),
    progressReports: z.array(progressReportViewSchema),
    comments: z.array(commentViewSchema),
    instructions: z.array(commentViewSchema),
    reminders: z.array(reminderViewSchema),
  })
  .meta({ id: "ItemDetail" });

export const listItemsQuerySchema = z.object({
  planId: z.string().optional(),
  area: z.string().optional(),
  unitId: z.string().optional(),
  status: statusSchema.optional(),
  type: itemTypeSchema.optional(),
  q: z.string().max(100).optional(),
});

const comparatorSchema = z.enum(["eq", "gte", "gt", "approx", "lte", "range"]);

export const targetInputSchema = z.object({
  id: z.string().optional().describe("an existing target's id; omit to add a target"),
  metric: z.string().trim().min(1).max(200),
  unit: z.string().max(50).default(""),
  comparator: comparatorSchema.default("gte"),
  targetValue: z.number().finite(),
  upperValue: z.number().finite().nullable().default(null),
  baseline: z.number().finite().nullable().default(null),
  direction: z.enum(["up", "down"]).nullable().default(null),
  kind: z.enum(["amount", "change"]).default("amount"),
  measure: z
    .enum(["cumulative", "level"])
    .optional()
    .describe("derived from unit and comparator when omitted"),
});

export const milestoneInputSchema = z.object({
  id: z.string().optional(),
  name: z.string().trim().min(1).max(200),
  due: isoDate,
  done: isoDate.nullable().default(null),
});

export const createItemBodySchema = z.object({
  planId: z.string(),
  type: itemTypeSchema.default("task"),
  title: z.string().trim().min(1).max(500),
  description: z.string().max(20000).default(""),
  area: z.string().trim().max(200).nullable().default(null),
  leadUnitId: z.string().nullable().default(null),
  coUnitIds: z.array(z.string()).max(50).default([]),
  deadline: isoDate.optional(),
  milestones: z.array(milestoneInputSchema).max(50).default([]),
  targets: z.array(targetInputSchema).max(50).default([]),
  public: z.boolean().default(false),
  publicProgress: z.string().max(5000).default(""),
});

export const patchItemBodySchema = z.object({
  version: z.number().int().describe("the version the edit is based on; a stale one gets 409"),
  type: itemTypeSchema.optional(),
  title: z.string().trim().min(1).max(500).optional(),
  description: z.string().max(20000).optional(),
  area: z.string().trim().max(200).nullable().optional(),
  leadUnitId: z.string().nullable().optional(),
  coUnitIds: z.array(z.string()).max(50).optional(),
  deadline: isoDate.optional(),
  milestones: z.array(milestoneInputSchema).max(50).optional(),
  targets: z
    .array(targetInputSchema)
    .max(50)
    .optional()
    .describe("the full list: targets left out are removed"),
  public: z.boolean().optional(),
  publicProgress: z.string().max(5000).optional(),
});

export const bulkAssignBodySchema = z
  .object({
    itemIds: z.array(z.string()).min(1).max(1000),
    leadUnitId: z.string().nullable().optional(),
    coUnitIds: z.array(z.string()).max(50).optional(),
  })
  .refine((b) => b.leadUnitId !== undefined || b.coUnitIds !== undefined, {
    message: "至少指定牵头单位或配合单位之一",
    path: ["leadUnitId"],
  });

export const commentBodySchema = z.object({
  kind: z.enum(["comment", "instruction"]).default("comment"),
  body: z.string().trim().min(1).max(5000),
});

export type CreateItemInput = z.infer<typeof createItemBodySchema>;
export type PatchItemInput = z.infer<typeof patchItemBodySchema>;
export type TargetInput = z.infer<typeof targetInputSchema>;
export type ListItemsQuery = z.infer<typeof listItemsQuerySchema>;
export type ItemSummaryView = z.infer<typeof itemSummarySchema>;
export type ItemDetailView = z.infer<typeof itemDetailSchema>;
export type ProgressReportView = z.infer<typeof progressReportViewSchema>;
export type CommentView = z.infer<typeof commentViewSchema>;
export type ReminderView = z.infer<typeof reminderViewSchema>;
