export { type AppOptions, buildApp } from "./app.js";
// The API's shapes, for the web client's type test (packages/web/src/api/api-types.test.ts).
export type { UserView } from "./auth/auth.schema.js";
export type { dashboardSchema, rollupSchema } from "./dashboard/dashboard.routes.js";
export { type DatabaseConfig, type DatabaseHandle, openDatabase } from "./db/database.js";
export { migrateToLatest } from "./db/migrations.js";
export { type ErrorCode, errorCatalogue } from "./errors.js";
export type {
  bulkAssignBodySchema,
  commentViewSchema,
  ItemDetailView,
  ItemSummaryView,
  ProgressReportView,
  patchItemBodySchema,
  ReminderView,
} from "./items/item.schema.js";
export type { planSchema, planVersionSchema } from "./plans/plan.schema.js";
export type {
  draftBodySchema,
  draftViewSchema,
  evidenceRefSchema,
  reviewBodySchema,
  submitBodySchema,
} from "./progress/progress.schema.js";
export type { publicItemSchema, publicPlanSchema } from "./public/public.routes.js";
export { prepareFirstStart } from "./seed/first-start.js";
export type { unitSchema } from "./units/unit.schema.js";
export type { managedUserSchema } from "./users/user.schema.js";
