// The shapes of the server's JSON API (briefs/api-sketch.md; the server's OpenAPI at /api/docs is the
// truth). Field names follow the wire, so these types are the one place to update when it changes.
import type { Fact, Section, SourceSpan, Theme } from "@luoshi/report";

export type Role = "admin" | "unit" | "leader";

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

export type PlanState = "draft" | "published";

export interface PlanSummary {
  id: string;
  title: string;
  place: string | null;
  year: number | null;
  state: PlanState;
  version: number;
  itemCount: number;
}

export interface PlanDetail {
  plan: PlanSummary;
  /** The report verbatim: every span below indexes into it. */
  text: string;
  sections: Section[];
  themes: Theme[];
  facts: Fact[];
}

export interface PlanVersion {
  version: number;
  publishedAt: string;
  publishedBy: string;
  note: string | null;
  changes: unknown[];
}

/** Status of a task or target against time; the light shows it with its word. */
export type ItemStatus = "done" | "on_track" | "lagging" | "seriously_lagging" | "overdue";

export type ItemType = "task" | "project" | "suggestion" | "proposal" | "enterprise_issue" | "instruction";

export interface UnitRef {
  id: string;
  name: string;
}

export interface Target {
  id: string;
  metric: string;
  quote: string;
  status: ItemStatus;
  completion: number;
  expected: number;
  reason: string;
  source: SourceSpan;
}

export interface MilestoneEntry {
  name: string;
  due: string;
  done?: boolean;
}

export interface ItemSummary {
  id: string;
  type: ItemType;
  title: string;
  area: string | null;
  leadUnit: UnitRef | null;
  coUnits: UnitRef[];
  deadline: string;
  status: ItemStatus;
  /** 0–100. */
  completion: number;
  /** Expected progress by now (序时进度), 0–100. */
  expected: number;
  statusReason: string;
  targets: Target[];
  public: boolean;
  version: number;
}

export type ProgressState = "draft" | "submitted" | "accepted" | "returned";

export interface ProgressValue {
  targetId: string;
  value: number | null;
}

export interface ProgressReport {
  id: string;
  itemId: string;
  period: string;
  values: ProgressValue[];
  narrative: string;
  evidenceIds: string[];
  state: ProgressState;
  submittedAt: string | null;
  reviewComment: string | null;
}

export interface ItemComment {
  id: string;
  kind: "comment" | "instruction";
  body: string;
  author: string;
  createdAt: string;
}

export interface Reminder {
  id: string;
  unitId: string;
  itemId: string | null;
  message: string;
  createdAt: string;
}

export interface ItemDetail extends ItemSummary {
  description: string | null;
  milestones: MilestoneEntry[];
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

export interface ItemPatch {
  version: number;
  title?: string;
  description?: string;
  area?: string;
  leadUnitId?: string;
  coUnitIds?: string[];
  deadline?: string;
  milestones?: MilestoneEntry[];
  targets?: Partial<Target>[];
  public?: boolean;
}

export interface ProgressDraft {
  period: string;
  values: ProgressValue[];
  narrative: string;
}

export interface ProgressSubmission extends ProgressDraft {
  evidenceIds: string[];
}

export interface EvidenceFile {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface CountByStatus {
  status: ItemStatus;
  count: number;
}

export interface CompletionByGroup {
  name: string;
  completion: number;
  expected: number;
  count: number;
}

export interface Dashboard {
  overall: { completion: number; expected: number; count: number };
  byStatus: CountByStatus[];
  byArea: CompletionByGroup[];
  byUnit: CompletionByGroup[];
  ranking: CompletionByGroup[];
  trend: { period: string; completion: number }[];
  seriouslyLagging: ItemSummary[];
}

export interface PublicItem {
  id: string;
  title: string;
  area: string | null;
  leadUnitName: string | null;
  status: ItemStatus;
  completion: number;
  progressText: string | null;
}

export interface Unit {
  id: string;
  name: string;
  shortName?: string | null;
}

export interface StatisticsImport {
  matched: number;
  unmatched: number;
}
