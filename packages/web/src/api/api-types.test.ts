// The client's types against the server's own schemas: a field renamed, added or retyped on either
// side fails `npm run typecheck` here (these assertions are checked by tsc; at run time they are no-ops).

import type {
  bulkAssignBodySchema,
  commentViewSchema,
  dashboardSchema,
  draftBodySchema,
  draftViewSchema,
  evidenceRefSchema,
  ItemDetailView,
  ItemSummaryView,
  managedUserSchema,
  ProgressReportView,
  patchItemBodySchema,
  planSchema,
  planVersionSchema,
  publicItemSchema,
  publicPlanSchema,
  ReminderView,
  reviewBodySchema,
  rollupSchema,
  submitBodySchema,
  UserView,
  unitSchema,
} from "@luoshi/server";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type {
  BulkAssignment,
  Dashboard,
  EvidenceFile,
  ItemComment,
  ItemDetail,
  ItemPatch,
  ItemSummary,
  ManagedUser,
  PlanSummary,
  PlanVersion,
  ProgressDraft,
  ProgressDraftInput,
  ProgressReport,
  ProgressSubmission,
  PublicItem,
  PublicPlan,
  Reminder,
  ReviewDecision,
  Rollup,
  Unit,
  User,
} from "./api-types.js";

describe("the client's API types are the server's schemas", () => {
  it("reads items, their reports, comments and reminders as the server writes them", () => {
    expectTypeOf<ItemSummary>().toEqualTypeOf<ItemSummaryView>();
    expectTypeOf<ItemDetail>().toEqualTypeOf<ItemDetailView>();
    expectTypeOf<ProgressReport>().toEqualTypeOf<ProgressReportView>();
    expectTypeOf<ItemComment>().toEqualTypeOf<z.infer<typeof commentViewSchema>>();
    expectTypeOf<Reminder>().toEqualTypeOf<ReminderView>();
  });

  it("reads plans, drafts, evidence, units and users as the server writes them", () => {
    expectTypeOf<PlanSummary>().toEqualTypeOf<z.infer<typeof planSchema>>();
    expectTypeOf<PlanVersion>().toEqualTypeOf<z.infer<typeof planVersionSchema>>();
    expectTypeOf<ProgressDraft>().toEqualTypeOf<z.infer<typeof draftViewSchema>>();
    expectTypeOf<EvidenceFile>().toEqualTypeOf<z.infer<typeof evidenceRefSchema>>();
    expectTypeOf<Unit>().toEqualTypeOf<z.infer<typeof unitSchema>>();
    expectTypeOf<ManagedUser>().toEqualTypeOf<z.infer<typeof managedUserSchema>>();
    expectTypeOf<User>().toEqualTypeOf<UserView>();
  });

  it("reads the dashboard, the roll-up and the public page as the server writes them", () => {
    expectTypeOf<Dashboard>().toEqualTypeOf<z.infer<typeof dashboardSchema>>();
    expectTypeOf<Rollup>().toEqualTypeOf<z.infer<typeof rollupSchema>>();
    expectTypeOf<PublicPlan>().toEqualTypeOf<z.infer<typeof publicPlanSchema>>();
    expectTypeOf<PublicItem>().toEqualTypeOf<z.infer<typeof publicItemSchema>>();
  });

  it("sends only bodies the server's schemas accept", () => {
    expectTypeOf<ItemPatch>().toExtend<z.input<typeof patchItemBodySchema>>();
    expectTypeOf<BulkAssignment>().toExtend<z.input<typeof bulkAssignBodySchema>>();
    expectTypeOf<ProgressDraftInput>().toExtend<z.input<typeof draftBodySchema>>();
    expectTypeOf<ProgressSubmission>().toExtend<z.input<typeof submitBodySchema>>();
    expectTypeOf<ReviewDecision>().toExtend<z.input<typeof reviewBodySchema>>();
  });
});
