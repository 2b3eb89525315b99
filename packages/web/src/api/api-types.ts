// The shapes of the server's JSON API, field for field as its zod schemas define them
// (packages/server/src/*/*.schema.ts and the response schemas in *.routes.ts; OpenAPI at /api/docs).
// This file is the one place to update when the wire changes.
import type { Fact, ReadReportResult, ReportInfo, Section, Task, Theme } from "@luoshi/report";

export type Role = "admin" | "unit" | "leader";

/** A range of the plan's text, as `SourceSpan` of @luoshi/report (which the viewer takes). */
export interface Span {
  start: number;
  end: number;
}

/** The logged-in user (auth.schema.ts `User`). */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  orgId: string;
  orgName: string;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface Credentials {
  username: string;
  password: string;
}

// ---- Plans (plan.schema.ts)

export type PlanState = "draft" | "published";

/** How often departments report: `2026-03` months or `2026-Q1` quarters. */
export type PeriodKind = "month" | "quarter";

export interface PlanSummary {
  id: string;
  title: string;
  place: string | null;
  year: number;
  state: PlanState;
  /** 0 while a draft; 1 at first publication, +1 at each later one. */
  version: number;
  periodKind: PeriodKind;
  fileName: string;
  createdAt: string;
  publishedAt: string | null;
  itemCount: number;
}

export interface PlanDetail {
  plan: PlanSummary;
  /** The report verbatim: every span below indexes into it. */
  text: string;
  report: ReportInfo;
  sections: Section[];
  themes: Theme[];
  facts: Fact[];
  tasks: Task[];
  issues: ReadReportResult["issues"];
}

export interface PlanChange {
  kind: "added" | "removed" | "changed";
  itemId: string;
  title: string;
  /** The fields a `changed` item changed. */
  fields?: string[];
}

export interface PlanVersion {
  version: number;
  publishedAt: string;
  publishedBy: string;
  publishedByName: string;
  note: string;
  changes: PlanChange[];
}

export interface PlanPatch {
  title?: string;
  periodKind?: PeriodKind;
}

// ---- Items (item.schema.ts)

/** Status of a task or target against time; the light shows it with its word. */
export type ItemStatus = "done" | "on_track" | "lagging" | "seriously_lagging" | "overdue";

export type ItemType = "task" | "project" | "suggestion" | "proposal" | "enterprise_issue" | "instruction";

export type TargetComparator = "eq" | "gte" | "gt" | "approx" | "lte" | "range";

export interface UnitRef {
  id: string;
  name: string;
}

export interface Target {
  id: string;
  metric: string;
  unit: string;
  comparator: TargetComparator;
  /** `cumulative`: built up over the year (新建5G基站78个); `level`: a rate to hold (增长6%). */
  measure: "cumulative" | "level";
  direction: "up" | "down" | null;
  kind: "amount" | "change";
  targetValue: number;
  upperValue: number | null;
  baseline: number | null;
  /** The words of the report, e.g. `78个以上`; null for a target added by hand. */
  quote: string | null;
  /** Span in the plan's text. */
  source: Span | null;
  /** The latest accepted value, from a progress report or a statistics table. */
  currentValue: number | null;
  currentPeriod: string | null;
  currentSource: "report" | "statistics" | null;
  status: ItemStatus;
  /** Percent done; may exceed 100. */
  completion: number;
  /** Percent expected by today (序时进度). */
  expected: number;
  reason: string;
}

export interface Milestone {
  id: string;
  name: string;
  /** ISO date. */
  due: string;
  /** ISO date the milestone was met, or null. */
  done: string | null;
}

export interface ItemSummary {
  id: string;
  planId: string;
  type: ItemType;
  title: string;
  area: string | null;
  leadUnit: UnitRef | null;
  coUnits: UnitRef[];
  deadline: string;
  status: ItemStatus;
  /** Percent, 0–100. */
  completion: number;
  /** Expected progress by now (序时进度), percent. */
  expected: number;
  statusReason: string;
  targets: Target[];
  public: boolean;
  /** Optimistic lock: an edit sends the version it was based on. */
  version: number;
}

export type ReportState = "submitted" | "accepted" | "returned";

export interface ProgressValue {
  targetId: string;
  value: number;
}

export interface EvidenceFile {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface ProgressReport {
  id: string;
  itemId: string;
  itemTitle: string;
  unitId: string;
  unitName: string;
  period: string;
  /** 1 for the first filing of a period, +1 for each refiling after a return. */
  revision: number;
  state: ReportState;
  narrative: string;
  values: ProgressValue[];
  evidence: EvidenceFile[];
  evidenceIds: string[];
  submittedBy: string;
  submittedByName: string;
  submittedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

export interface ItemComment {
  id: string;
  kind: "comment" | "instruction";
  body: string;
  authorId: string;
  authorName: string;
  /** Same as authorName. */
  author: string;
  createdAt: string;
}

export interface Reminder {
  id: string;
  unitId: string;
  unitName: string;
  itemId: string | null;
  itemTitle: string | null;
  message: string;
  kind: "manual" | "late_report" | "lagging";
  createdAt: string;
}

export interface ItemDetail extends ItemSummary {
  description: string;
  startDate: string;
  milestones: Milestone[];
  /** The office's own words for the public page. */
  publicProgress: string;
  /** The task's span in the plan's text. */
  source: Span | null;
  /** Newest first (by submission, then revision). */
  progressReports: ProgressReport[];
  comments: ItemComment[];
  instructions: ItemComment[];
  reminders: Reminder[];
}

export interface ItemFilter {
  planId?: string;
  area?: string;
  unitId?: string;
  status?: ItemStatus;
  type?: ItemType;
  q?: string;
}

export interface TargetInput {
  /** An existing target's id; omitted to add a target. */
  id?: string;
  metric: string;
  unit?: string;
  comparator?: TargetComparator;
  targetValue: number;
  upperValue?: number | null;
  baseline?: number | null;
  direction?: "up" | "down" | null;
  kind?: "amount" | "change";
  measure?: "cumulative" | "level";
}

export interface MilestoneInput {
  id?: string;
  name: string;
  due: string;
  done?: string | null;
}

export interface ItemPatch {
  version: number;
  type?: ItemType;
  title?: string;
  description?: string;
  area?: string | null;
  leadUnitId?: string | null;
  coUnitIds?: string[];
  deadline?: string;
  milestones?: MilestoneInput[];
  /** The full list: targets left out are removed. */
  targets?: TargetInput[];
  public?: boolean;
  publicProgress?: string;
}

export interface NewItem extends Omit<ItemPatch, "version"> {
  planId: string;
  title: string;
}

export interface BulkAssignment {
  itemIds: string[];
  leadUnitId?: string | null;
  coUnitIds?: string[];
}

// ---- Progress (progress.schema.ts)

/** A value field left empty is sent as null and dropped by the server. */
export interface EnteredValue {
  targetId: string;
  value: number | null;
}

export interface ProgressDraftInput {
  period: string;
  values: EnteredValue[];
  narrative: string;
  /** Evidence files already uploaded for the draft; the server keeps them with it. */
  evidenceIds: string[];
}

export type ProgressSubmission = ProgressDraftInput;

/** The unit's draft for an item, pre-filled with its last values when nothing is saved. */
export interface ProgressDraft {
  /** The period the draft is for: the saved draft's, else the one due. */
  period: string;
  /** Periods that may be filed now. */
  periods: string[];
  values: EnteredValue[];
  narrative: string;
  evidenceIds: string[];
  /** The draft's evidence files, in the order kept. */
  evidence: EvidenceFile[];
  savedAt: string | null;
  lastValues: { targetId: string; value: number | null; period: string | null }[];
}

export interface ReviewDecision {
  decision: "accept" | "return";
  comment: string;
}

export interface ReminderInput {
  unitId: string;
  itemId?: string;
  message: string;
}

// ---- Dashboard (dashboard.routes.ts)

export interface StatusSummary {
  count: number;
  /** Percent done, items weighted by their number of targets. */
  completion: number;
  /** Percent expected by now (序时进度), weighted the same way. */
  expected: number;
  byStatus: Record<ItemStatus, number>;
}

export interface CountByStatus {
  status: ItemStatus;
  count: number;
}

export interface AreaSummary extends StatusSummary {
  name: string;
  area: string;
}

export interface UnitSummary extends StatusSummary {
  name: string;
  /** null for the items no lead unit has been assigned to yet. */
  unitId: string | null;
  unitName: string;
}

export interface UnitRank {
  rank: number;
  name: string;
  unitId: string | null;
  unitName: string;
  completion: number;
  expected: number;
  count: number;
}

export interface LaggingItem {
  id: string;
  title: string;
  area: string | null;
  leadUnit: { id: string; name: string } | null;
  deadline: string;
  status: ItemStatus;
  completion: number;
  expected: number;
  statusReason: string;
}

export interface Dashboard {
  plan: { id: string; title: string; year: number; version: number } | null;
  overall: StatusSummary;
  byStatus: CountByStatus[];
  byArea: AreaSummary[];
  byUnit: UnitSummary[];
  ranking: UnitRank[];
  /** Completion at the end of each period that has ended, oldest first. */
  trend: { period: string; completion: number }[];
  seriouslyLagging: LaggingItem[];
}

export interface OrganisationSummary extends StatusSummary {
  orgId: string;
  orgName: string;
  planId: string | null;
  planTitle: string | null;
}

export interface Rollup {
  total: StatusSummary;
  organisations: OrganisationSummary[];
}

// ---- Public (public.routes.ts)

export interface PublicPlan {
  id: string;
  title: string;
  year: number;
  place: string | null;
  orgName: string;
  publishedAt: string;
}

export interface PublicItem {
  id: string;
  title: string;
  area: string | null;
  leadUnitName: string | null;
  deadline: string;
  status: ItemStatus;
  completion: number;
  /** The office's own words for the public. */
  progressText: string;
}

// ---- Organisation, units and users (org.routes.ts, unit.schema.ts, user.schema.ts)

export interface Organisation {
  id: string;
  name: string;
  parentId: string | null;
  thresholds: { laggingPp: number; seriouslyLaggingPp: number };
}

export interface Unit {
  id: string;
  name: string;
  /** Topic words that suggest this unit for a task at import. */
  keywords: string[];
  active: boolean;
  sortOrder: number;
}

export interface UnitInput {
  name?: string;
  keywords?: string[];
  active?: boolean;
  sortOrder?: number;
}

/** A user as the office manages it. */
export interface ManagedUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  active: boolean;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string | null;
  /** Omitted: the server generates one and returns it once. */
  password?: string;
}

export interface UserPatch {
  displayName?: string;
  role?: Role;
  unitId?: string | null;
  active?: boolean;
}

// ---- Statistics (statistics.routes.ts)

export interface StatisticsRow {
  indicator: string;
  period: string;
  value: number;
}

export interface StatisticsImport {
  matched: (StatisticsRow & { targets: { id: string; itemId: string; metric: string }[] })[];
  unmatched: StatisticsRow[];
  skippedRows: number;
}

// ---- Audit (audit.routes.ts)

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}
