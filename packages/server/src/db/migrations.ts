// The schema, as migrations kept in code and run at every start (idempotent through Kysely's Migrator).
// Every table holding an organisation's data leads its primary key with org_id: the distribution
// column when the schema runs on Citus (see ARCHITECTURE.md). Dates without time are ISO text
// (`2026-12-31`) so both engines return the same strings.
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import type { Database } from "./schema.js";

const initialStatements = [
  `CREATE TABLE organisations (
    id text PRIMARY KEY,
    name text NOT NULL,
    parent_id text REFERENCES organisations (id),
    settings jsonb NOT NULL DEFAULT '{"laggingPp":5,"seriouslyLaggingPp":15}',
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE accounts (
    username text PRIMARY KEY,
    org_id text NOT NULL REFERENCES organisations (id),
    user_id text NOT NULL,
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until timestamptz
  )`,
  `CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    org_id text NOT NULL REFERENCES organisations (id),
    user_id text NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`,
  `CREATE TABLE units (
    org_id text NOT NULL REFERENCES organisations (id),
    id text NOT NULL,
    name text NOT NULL,
    keywords jsonb NOT NULL DEFAULT '[]',
    active boolean NOT NULL DEFAULT true,
    sort_order integer NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, name)
  )`,
  `CREATE TABLE users (
    org_id text NOT NULL REFERENCES organisations (id),
    id text NOT NULL,
    username text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('admin', 'unit', 'leader')),
    unit_id text,
    password_hash text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, username),
    FOREIGN KEY (org_id, unit_id) REFERENCES units (org_id, id),
    CHECK ((role = 'unit') = (unit_id IS NOT NULL))
  )`,
  `CREATE TABLE plans (
    org_id text NOT NULL REFERENCES organisations (id),
    id text NOT NULL,
    title text NOT NULL,
    place text,
    year integer NOT NULL,
    state text NOT NULL CHECK (state IN ('draft', 'published')),
    version integer NOT NULL DEFAULT 0,
    period_kind text NOT NULL CHECK (period_kind IN ('month', 'quarter')),
    file_name text NOT NULL,
    file_bytes bytea NOT NULL,
    text text NOT NULL,
    reading jsonb NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    PRIMARY KEY (org_id, id)
  )`,
  `CREATE TABLE plan_versions (
    org_id text NOT NULL,
    plan_id text NOT NULL,
    version integer NOT NULL,
    published_at timestamptz NOT NULL,
    published_by text NOT NULL,
    note text NOT NULL DEFAULT '',
    changes jsonb NOT NULL,
    snapshot jsonb NOT NULL,
    PRIMARY KEY (org_id, plan_id, version),
    FOREIGN KEY (org_id, plan_id) REFERENCES plans (org_id, id)
  )`,
  `CREATE TABLE plan_directory (
    plan_id text PRIMARY KEY,
    org_id text NOT NULL REFERENCES organisations (id),
    title text NOT NULL,
    year integer NOT NULL,
    place text,
    published_at timestamptz NOT NULL
  )`,
  `CREATE TABLE items (
    org_id text NOT NULL,
    id text NOT NULL,
    plan_id text NOT NULL,
    type text NOT NULL,
    title text NOT NULL,
    description text NOT NULL DEFAULT '',
    area text,
    lead_unit_id text,
    deadline text NOT NULL,
    start_date text NOT NULL,
    milestones jsonb NOT NULL DEFAULT '[]',
    public boolean NOT NULL DEFAULT false,
    public_progress text NOT NULL DEFAULT '',
    source_start integer,
    source_end integer,
    sort_order integer NOT NULL DEFAULT 0,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, plan_id) REFERENCES plans (org_id, id),
    FOREIGN KEY (org_id, lead_unit_id) REFERENCES units (org_id, id)
  )`,
  `CREATE INDEX items_plan ON items (org_id, plan_id, sort_order)`,
  `CREATE INDEX items_lead_unit ON items (org_id, lead_unit_id)`,
  `CREATE TABLE item_co_units (
    org_id text NOT NULL,
    item_id text NOT NULL,
    unit_id text NOT NULL,
    PRIMARY KEY (org_id, item_id, unit_id),
    FOREIGN KEY (org_id, item_id) REFERENCES items (org_id, id),
    FOREIGN KEY (org_id, unit_id) REFERENCES units (org_id, id)
  )`,
  `CREATE INDEX item_co_units_unit ON item_co_units (org_id, unit_id)`,
  `CREATE TABLE targets (
    org_id text NOT NULL,
    id text NOT NULL,
    item_id text NOT NULL,
    metric text NOT NULL,
    unit text NOT NULL,
    comparator text NOT NULL CHECK (comparator IN ('eq', 'gte', 'gt', 'approx', 'lte', 'range')),
    measure text NOT NULL CHECK (measure IN ('cumulative', 'level')),
    direction text CHECK (direction IN ('up', 'down')),
    kind text NOT NULL CHECK (kind IN ('amount', 'change')),
    target_value double precision NOT NULL,
    upper_value double precision,
    baseline double precision,
    quote text,
    source_start integer,
    source_end integer,
    current_value double precision,
    current_period text,
    current_source text CHECK (current_source IN ('report', 'statistics')),
    sort_order integer NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, item_id) REFERENCES items (org_id, id)
  )`,
  `CREATE INDEX targets_item ON targets (org_id, item_id, sort_order)`,
  `CREATE TABLE progress_reports (
    org_id text NOT NULL,
    id text NOT NULL,
    item_id text NOT NULL,
    unit_id text NOT NULL,
    period text NOT NULL,
    revision integer NOT NULL,
    state text NOT NULL CHECK (state IN ('submitted', 'accepted', 'returned')),
    narrative text NOT NULL,
    submitted_by text NOT NULL,
    submitted_at timestamptz NOT NULL,
    reviewed_by text,
    reviewed_at timestamptz,
    review_comment text,
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, item_id, period, revision),
    FOREIGN KEY (org_id, item_id) REFERENCES items (org_id, id)
  )`,
  `CREATE INDEX progress_reports_state ON progress_reports (org_id, state, submitted_at)`,
  `CREATE TABLE progress_values (
    org_id text NOT NULL,
    report_id text NOT NULL,
    target_id text NOT NULL,
    value double precision NOT NULL,
    PRIMARY KEY (org_id, report_id, target_id),
    FOREIGN KEY (org_id, report_id) REFERENCES progress_reports (org_id, id),
    FOREIGN KEY (org_id, target_id) REFERENCES targets (org_id, id)
  )`,
  `CREATE TABLE progress_drafts (
    org_id text NOT NULL,
    item_id text NOT NULL,
    period text NOT NULL,
    values jsonb NOT NULL,
    narrative text NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (org_id, item_id),
    FOREIGN KEY (org_id, item_id) REFERENCES items (org_id, id)
  )`,
  `CREATE TABLE evidence (
    org_id text NOT NULL,
    id text NOT NULL,
    name text NOT NULL,
    size integer NOT NULL,
    type text NOT NULL,
    content bytea NOT NULL,
    unit_id text,
    uploaded_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id)
  )`,
  `CREATE TABLE report_evidence (
    org_id text NOT NULL,
    report_id text NOT NULL,
    evidence_id text NOT NULL,
    PRIMARY KEY (org_id, report_id, evidence_id),
    FOREIGN KEY (org_id, report_id) REFERENCES progress_reports (org_id, id),
    FOREIGN KEY (org_id, evidence_id) REFERENCES evidence (org_id, id)
  )`,
  `CREATE TABLE comments (
    org_id text NOT NULL,
    id text NOT NULL,
    item_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('comment', 'instruction')),
    body text NOT NULL,
    author_id text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id),
    FOREIGN KEY (org_id, item_id) REFERENCES items (org_id, id)
  )`,
  `CREATE TABLE reminders (
    org_id text NOT NULL,
    id text NOT NULL,
    unit_id text NOT NULL,
    item_id text,
    message text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('manual', 'late_report', 'lagging')),
    dedupe_key text,
    created_by text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, id),
    UNIQUE (org_id, dedupe_key),
    FOREIGN KEY (org_id, unit_id) REFERENCES units (org_id, id)
  )`,
  `CREATE TABLE statistics (
    org_id text NOT NULL,
    indicator text NOT NULL,
    period text NOT NULL,
    value double precision NOT NULL,
    uploaded_by text NOT NULL,
    uploaded_at timestamptz NOT NULL,
    PRIMARY KEY (org_id, indicator, period)
  )`,
  `CREATE TABLE audit_log (
    org_id text NOT NULL,
    id text NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id text,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    before jsonb,
    after jsonb,
    PRIMARY KEY (org_id, id)
  )`,
  `CREATE INDEX audit_log_entity ON audit_log (org_id, entity, entity_id, at)`,
  `CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END;
  $$`,
  `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`,
  `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`,
];

const initial: Migration = {
  async up(db) {
    for (const statement of initialStatements) await sql.raw(statement).execute(db);
  },
};

// A saved draft keeps the evidence files uploaded for it (their ids; the files live in `evidence`).
const draftEvidence: Migration = {
  async up(db) {
    await sql`ALTER TABLE progress_drafts ADD COLUMN evidence_ids jsonb NOT NULL DEFAULT '[]'`.execute(db);
  },
};

// An item's plan belongs to one organisation, so org_id and plan_id are not independent: without
// this the planner expects 1/100 of a plan's items per organisation and joins their progress by
// thousands of index probes instead of one hash join (the dashboard's accepted-values query).
const itemPlanStatistics: Migration = {
  async up(db) {
    await sql`CREATE STATISTICS items_org_plan (dependencies) ON org_id, plan_id FROM items`.execute(db);
  },
};

const migrations: Record<string, Migration> = {
  "001_initial": initial,
  "002_draft_evidence": draftEvidence,
  "003_item_plan_statistics": itemPlanStatistics,
};

class InCodeMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/** Brings the schema up to date; throws when a migration fails so the server never starts half-migrated. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: new InCodeMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
  }
}
