// SQL for progress reports, their values and evidence links, and the one saved draft per item.
import { type Kysely, sql } from "kysely";
import { progressReportsQuery } from "../db/hot-queries.js";
import type { Database } from "../db/schema.js";
import type { ProgressDraft, ProgressReport, ProgressValue, ReportState } from "./progress.model.js";

export interface ReportFilter {
  itemId?: string | undefined;
  reportId?: string | undefined;
  state?: ReportState | undefined;
  unitId?: string | undefined;
}

export async function findReports(
  db: Kysely<Database>,
  orgId: string,
  filter: ReportFilter,
  order: "newest" | "oldest" = "newest",
): Promise<ProgressReport[]> {
  const rows = await progressReportsQuery(db, orgId, filter, order).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [values, evidence] = await Promise.all([
    db
      .selectFrom("progress_values")
      .select(["report_id", "target_id", "value"])
      .where("org_id", "=", orgId)
      .where("report_id", "in", ids)
      .execute(),
    db
      .selectFrom("report_evidence as re")
      .innerJoin("evidence as e", (j) =>
        j.onRef("e.org_id", "=", "re.org_id").onRef("e.id", "=", "re.evidence_id"),
      )
      .select(["re.report_id", "e.id", "e.name", "e.size", "e.type"])
      .where("re.org_id", "=", orgId)
      .where("re.report_id", "in", ids)
      .execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    itemTitle: r.item_title,
    unitId: r.unit_id,
    unitName: r.unit_name,
    period: r.period,
    revision: r.revision,
    state: r.state,
    narrative: r.narrative,
    values: values
      .filter((v) => v.report_id === r.id)
      .map((v) => ({ targetId: v.target_id, value: v.value })),
    evidence: evidence
      .filter((e) => e.report_id === r.id)
      .map((e) => ({ id: e.id, name: e.name, size: e.size, type: e.type })),
    submittedBy: r.submitted_by,
    submittedByName: r.submitter_name ?? "",
    submittedAt: r.submitted_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    reviewComment: r.review_comment,
  }));
}

/** What filing needs to know about an item, in one round trip: its lead unit, plan and targets. */
export async function findItemForFiling(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
): Promise<{
  title: string;
  leadUnitId: string | null;
  leadUnitName: string | null;
  plan: { state: "draft" | "published"; year: number; periodKind: "month" | "quarter" };
  targetIds: string[];
} | null> {
  const row = await db
    .selectFrom("items as i")
    .innerJoin("plans as p", (j) => j.onRef("p.org_id", "=", "i.org_id").onRef("p.id", "=", "i.plan_id"))
    .leftJoin("units as u", (j) => j.onRef("u.org_id", "=", "i.org_id").onRef("u.id", "=", "i.lead_unit_id"))
    .select((eb) => [
      "i.title",
      "i.lead_unit_id",
      "u.name as lead_unit_name",
      "p.state",
      "p.year",
      "p.period_kind",
      eb
        .selectFrom("targets as t")
        .select(sql<string[]>`coalesce(array_agg(t.id), '{}')`.as("ids"))
        .whereRef("t.org_id", "=", "i.org_id")
        .whereRef("t.item_id", "=", "i.id")
        .as("target_ids"),
    ])
    .where("i.org_id", "=", orgId)
    .where("i.id", "=", itemId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    title: row.title,
    leadUnitId: row.lead_unit_id,
    leadUnitName: row.lead_unit_name,
    plan: { state: row.state, year: row.year, periodKind: row.period_kind },
    targetIds: row.target_ids ?? [],
  };
}

/**
 * Files a report in one atomic statement: the next revision of its period (refused, returning
 * null, while an earlier one awaits review), its values, its evidence links, the draft cleared and
 * the audit entry written. One round trip keeps filing fast when a whole province reports at once.
 */
export async function insertSubmission(
  db: Kysely<Database>,
  orgId: string,
  s: {
    id: string;
    itemId: string;
    unitId: string;
    period: string;
    narrative: string;
    submittedBy: string;
    submittedAt: Date;
    values: readonly ProgressValue[];
    evidenceIds: readonly string[];
    auditId: string;
  },
): Promise<{ revision: number } | null> {
  const targetIds = s.values.map((v) => v.targetId);
  const numbers = s.values.map((v) => v.value);
  const evidenceIds = [...new Set(s.evidenceIds)];
  const result = await sql<{ revision: number }>`
    with report as (
      insert into progress_reports
        (org_id, id, item_id, unit_id, period, revision, state, narrative, submitted_by, submitted_at)
      select ${orgId}, ${s.id}, ${s.itemId}, ${s.unitId}, ${s.period},
             coalesce(max(r.revision), 0) + 1, 'submitted', ${s.narrative}, ${s.submittedBy}, ${s.submittedAt}
      from progress_reports r
      where r.org_id = ${orgId} and r.item_id = ${s.itemId} and r.period = ${s.period}
      having not coalesce(bool_or(r.state = 'submitted'), false)
      returning id, revision
    ), reported as (
      insert into progress_values (org_id, report_id, target_id, value)
      select ${orgId}, report.id, v.target_id, v.value
      from report, unnest(${targetIds}::text[], ${numbers}::float8[]) as v(target_id, value)
    ), attached as (
      insert into report_evidence (org_id, report_id, evidence_id)
      select ${orgId}, report.id, e.id from report, unnest(${evidenceIds}::text[]) as e(id)
    ), cleared as (
      delete from progress_drafts d using report where d.org_id = ${orgId} and d.item_id = ${s.itemId}
    ), audited as (
      insert into audit_log (org_id, id, actor_id, action, entity, entity_id, before, after)
      select ${orgId}, ${s.auditId}, ${s.submittedBy}, 'progress.submit', 'progress_report', report.id, null,
             jsonb_build_object('itemId', ${s.itemId}::text, 'period', ${s.period}::text, 'revision', report.revision,
                                'values', ${JSON.stringify(s.values)}::jsonb)
      from report
    )
    select revision from report`.execute(db);
  const row = result.rows[0];
  return row ? { revision: Number(row.revision) } : null;
}
/** Records a review if the report is still awaiting one; false when someone reviewed it first. */
export async function markReviewed(
  db: Kysely<Database>,
  orgId: string,
  reportId: string,
  review: { state: "accepted" | "returned"; by: string; at: Date; comment: string },
): Promise<boolean> {
  const result = await db
    .updateTable("progress_reports")
    .set({
      state: review.state,
      reviewed_by: review.by,
      reviewed_at: review.at,
      review_comment: review.comment,
    })
    .where("org_id", "=", orgId)
    .where("id", "=", reportId)
    .where("state", "=", "submitted")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findDraft(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
): Promise<ProgressDraft | null> {
  const row = await db
    .selectFrom("progress_drafts")
    .select(["period", "values", "narrative", "evidence_ids", "updated_at"])
    .where("org_id", "=", orgId)
    .where("item_id", "=", itemId)
    .executeTakeFirst();
  return row
    ? {
        period: row.period,
        values: row.values,
        narrative: row.narrative,
        evidenceIds: row.evidence_ids,
        updatedAt: row.updated_at,
      }
    : null;
}

export async function saveDraft(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
  draft: {
    period: string;
    values: readonly ProgressValue[];
    narrative: string;
    evidenceIds: readonly string[];
    updatedBy: string;
    updatedAt: Date;
  },
): Promise<void> {
  const values = JSON.stringify(draft.values);
  const evidenceIds = JSON.stringify(draft.evidenceIds);
  await db
    .insertInto("progress_drafts")
    .values({
      org_id: orgId,
      item_id: itemId,
      period: draft.period,
      values,
      narrative: draft.narrative,
      evidence_ids: evidenceIds,
      updated_by: draft.updatedBy,
      updated_at: draft.updatedAt,
    })
    .onConflict((oc) =>
      oc.columns(["org_id", "item_id"]).doUpdateSet({
        period: draft.period,
        values,
        narrative: draft.narrative,
        evidence_ids: evidenceIds,
        updated_by: draft.updatedBy,
        updated_at: draft.updatedAt,
      }),
    )
    .execute();
}
/** Items of a plan that have a live (submitted or accepted) report for a period. */
export async function itemsReportedFor(
  db: Kysely<Database>,
  orgId: string,
  planId: string,
  period: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom("progress_reports as r")
    .innerJoin("items as i", (j) => j.onRef("i.org_id", "=", "r.org_id").onRef("i.id", "=", "r.item_id"))
    .select("r.item_id")
    .distinct()
    .where("r.org_id", "=", orgId)
    .where("i.plan_id", "=", planId)
    .where("r.period", "=", period)
    .where("r.state", "in", ["submitted", "accepted"])
    .execute();
  return new Set(rows.map((r) => r.item_id));
}
