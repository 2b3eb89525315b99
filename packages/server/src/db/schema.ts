// Row types of every table, as Kysely sees them. They stay inside repositories: services and routes
// work with the domain types each folder defines.
import type { ColumnType, Generated, JSONColumnType } from "kysely";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface OrganisationsTable {
  id: string;
  name: string;
  parent_id: string | null;
  settings: JSONColumnType<{ laggingPp: number; seriouslyLaggingPp: number }>;
  created_at: CreatedAt;
}

/** Global login directory: usernames are unique across organisations, so a login finds its org. */
export interface AccountsTable {
  username: string;
  org_id: string;
  user_id: string;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
}

/** Global: a session is found by the hash of its cookie before its organisation is known. */
export interface SessionsTable {
  token_hash: string;
  org_id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface UnitsTable {
  org_id: string;
  id: string;
  name: string;
  keywords: JSONColumnType<string[]>;
  active: Generated<boolean>;
  sort_order: Generated<number>;
}

export interface UsersTable {
  org_id: string;
  id: string;
  username: string;
  display_name: string;
  role: "admin" | "unit" | "leader";
  unit_id: string | null;
  password_hash: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface PlansTable {
  org_id: string;
  id: string;
  title: string;
  place: string | null;
  year: number;
  state: "draft" | "published";
  version: number;
  period_kind: "month" | "quarter";
  file_name: string;
  file_bytes: Uint8Array;
  text: string;
  reading: JSONColumnType<object>;
  created_by: string;
  created_at: CreatedAt;
  published_at: Timestamp | null;
}

export interface PlanVersionsTable {
  org_id: string;
  plan_id: string;
  version: number;
  published_at: Timestamp;
  published_by: string;
  note: string;
  changes: JSONColumnType<object>;
  snapshot: JSONColumnType<object>;
}

/** Global: the public page finds a published plan's organisation from the plan id alone. */
export interface PlanDirectoryTable {
  plan_id: string;
  org_id: string;
  title: string;
  year: number;
  place: string | null;
  published_at: Timestamp;
}

export interface ItemsTable {
  org_id: string;
  id: string;
  plan_id: string;
  type: string;
  title: string;
  description: string;
  area: string | null;
  lead_unit_id: string | null;
  deadline: string;
  start_date: string;
  milestones: JSONColumnType<{ id: string; name: string; due: string; done: string | null }[]>;
  public: boolean;
  public_progress: string;
  source_start: number | null;
  source_end: number | null;
  sort_order: number;
  version: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ItemCoUnitsTable {
  org_id: string;
  item_id: string;
  unit_id: string;
}

export interface TargetsTable {
  org_id: string;
  id: string;
  item_id: string;
  metric: string;
  unit: string;
  comparator: string;
  measure: "cumulative" | "level";
  direction: "up" | "down" | null;
  kind: "amount" | "change";
  target_value: number;
  upper_value: number | null;
  baseline: number | null;
  quote: string | null;
  source_start: number | null;
  source_end: number | null;
  current_value: number | null;
  current_period: string | null;
  current_source: "report" | "statistics" | null;
  sort_order: number;
}

export interface ProgressReportsTable {
  org_id: string;
  id: string;
  item_id: string;
  unit_id: string;
  period: string;
  revision: number;
  state: "submitted" | "accepted" | "returned";
  narrative: string;
  submitted_by: string;
  submitted_at: Timestamp;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  review_comment: string | null;
}

export interface ProgressValuesTable {
  org_id: string;
  report_id: string;
  target_id: string;
  value: number;
}

export interface ProgressDraftsTable {
  org_id: string;
  item_id: string;
  period: string;
  values: JSONColumnType<{ targetId: string; value: number }[]>;
  narrative: string;
  evidence_ids: JSONColumnType<string[]>;
  updated_by: string;
  updated_at: Timestamp;
}

export interface EvidenceTable {
  org_id: string;
  id: string;
  name: string;
  size: number;
  type: string;
  content: Uint8Array;
  unit_id: string | null;
  uploaded_by: string;
  created_at: CreatedAt;
}

export interface ReportEvidenceTable {
  org_id: string;
  report_id: string;
  evidence_id: string;
}

export interface CommentsTable {
  org_id: string;
  id: string;
  item_id: string;
  kind: "comment" | "instruction";
  body: string;
  author_id: string;
  created_at: CreatedAt;
}

export interface RemindersTable {
  org_id: string;
  id: string;
  unit_id: string;
  item_id: string | null;
  message: string;
  kind: "manual" | "late_report" | "lagging";
  dedupe_key: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface StatisticsTable {
  org_id: string;
  indicator: string;
  period: string;
  value: number;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface AuditLogTable {
  org_id: string;
  id: string;
  at: CreatedAt;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
}

export interface Database {
  organisations: OrganisationsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  units: UnitsTable;
  users: UsersTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  plan_directory: PlanDirectoryTable;
  items: ItemsTable;
  item_co_units: ItemCoUnitsTable;
  targets: TargetsTable;
  progress_reports: ProgressReportsTable;
  progress_values: ProgressValuesTable;
  progress_drafts: ProgressDraftsTable;
  evidence: EvidenceTable;
  report_evidence: ReportEvidenceTable;
  comments: CommentsTable;
  reminders: RemindersTable;
  statistics: StatisticsTable;
  audit_log: AuditLogTable;
}
