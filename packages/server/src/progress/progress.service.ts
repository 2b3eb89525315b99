// Filing and reviewing progress. A report is never overwritten: refiling after a return creates the
// next revision of the same period; accepting one moves its targets' latest values.
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.repository.js";
import type { Actor } from "../auth/actor.js";
import { chinaToday } from "../clock.js";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import { newId } from "../ids.js";
import type { PlanRef } from "../items/item.model.js";
import { setTargetCurrentValue } from "../items/item.repository.js";
import { loadReadableItem } from "../items/item.service.js";
import { assertCanFile } from "../items/item-access.js";
import { currentPeriod, endedPeriods, isPeriodOf } from "../plans/periods.js";
import { periodInWords } from "../words.js";
import { findEvidenceContent, findEvidenceFiles, insertEvidence } from "./evidence.repository.js";
import { evidenceContentType } from "./evidence-type.js";
import type { EvidenceRef, ProgressReport, ProgressValue } from "./progress.model.js";
import {
  findDraft,
  findItemForFiling,
  findReports,
  insertSubmission,
  markReviewed,
  saveDraft,
} from "./progress.repository.js";

export interface DraftView {
  period: string;
  periods: string[];
  values: ProgressValue[];
  narrative: string;
  evidenceIds: string[];
  evidence: EvidenceRef[];
  savedAt: string | null;
  lastValues: { targetId: string; value: number | null; period: string | null }[];
}

export async function getDraft(
  db: Kysely<Database>,
  actor: Actor,
  itemId: string,
  now: Date,
): Promise<DraftView> {
  const { item, plan } = await loadFilableItem(db, actor, itemId);
  const [draft, reports] = await Promise.all([
    findDraft(db, actor.orgId, itemId),
    findReports(db, actor.orgId, { itemId }),
  ]);
  // The latest period's latest revision, whatever its review state: what the unit last said.
  reports.sort((a, b) => (a.period === b.period ? b.revision - a.revision : a.period < b.period ? 1 : -1));
  const lastValues = item.targets.map((t) => {
    const latest = reports.find((r) => r.values.some((v) => v.targetId === t.id));
    const value = latest?.values.find((v) => v.targetId === t.id)?.value;
    return value !== undefined
      ? { targetId: t.id, value, period: latest?.period ?? null }
      : { targetId: t.id, value: t.currentValue, period: t.currentPeriod };
  });
  // A file the draft kept may since have become unreadable to this unit; it is dropped, not shown.
  const evidence = (await findEvidenceFiles(db, actor.orgId, draft?.evidenceIds ?? []))
    .filter((e) => e.unitId === actor.unitId)
    .sort((a, b) => (draft?.evidenceIds ?? []).indexOf(a.id) - (draft?.evidenceIds ?? []).indexOf(b.id))
    .map((e) => ({ id: e.id, name: e.name, size: e.size, type: e.type }));
  const today = chinaToday(now);
  const filed = new Set(reports.filter((r) => r.state !== "returned").map((r) => r.period));
  const returned = reports.find((r) => r.state === "returned" && !filed.has(r.period));
  const due =
    returned?.period ??
    endedPeriods(plan.year, plan.periodKind, today).find((p) => !filed.has(p)) ??
    currentPeriod(plan.year, plan.periodKind, today);
  return {
    period: draft?.period ?? due,
    periods: [
      ...endedPeriods(plan.year, plan.periodKind, today),
      currentPeriod(plan.year, plan.periodKind, today),
    ].filter((p, i, all) => all.indexOf(p) === i),
    values:
      draft?.values ??
      lastValues.flatMap((v) => (v.value === null ? [] : [{ targetId: v.targetId, value: v.value }])),
    narrative: draft?.narrative ?? "",
    evidenceIds: evidence.map((e) => e.id),
    evidence,
    savedAt: draft?.updatedAt.toISOString() ?? null,
    lastValues,
  };
}

export async function putDraft(
  db: Kysely<Database>,
  actor: Actor,
  itemId: string,
  filed: { period: string; values: EnteredValue[]; narrative: string; evidenceIds: string[] },
  now: Date,
): Promise<DraftView> {
  const input = {
    ...filed,
    values: enteredValues(filed.values),
    evidenceIds: [...new Set(filed.evidenceIds)],
  };
  const { item, plan } = await loadFilableItem(db, actor, itemId);
  checkFiling(new Set(item.targets.map((t) => t.id)), plan, input);
  await assertOwnEvidence(db, actor, input.evidenceIds);
  await saveDraft(db, actor.orgId, itemId, { ...input, updatedBy: actor.userId, updatedAt: now });
  return getDraft(db, actor, itemId, now);
}

export async function submitProgress(
  db: Kysely<Database>,
  actor: Actor & { displayName?: string },
  itemId: string,
  filed: { period: string; values: EnteredValue[]; narrative: string; evidenceIds: string[] },
  now: Date,
): Promise<ProgressReport> {
  const input = { ...filed, values: enteredValues(filed.values) };
  if (actor.role !== "unit") {
    throw new AppError("FORBIDDEN_ROLE", { message: "进展由承办单位填报，当前角色不能填报" });
  }
  const item = await findItemForFiling(db, actor.orgId, itemId);
  if (!item) throw new AppError("TASK_NOT_FOUND");
  if (item.leadUnitId !== actor.unitId) {
    throw new AppError("FORBIDDEN_UNIT", { message: "只有该任务的牵头单位可以填报进展" });
  }
  if (item.plan.state !== "published") throw new AppError("PLAN_NOT_PUBLISHED");
  checkFiling(new Set(item.targetIds), item.plan, input);
  const ownEvidence = await assertOwnEvidence(db, actor, input.evidenceIds);
  const id = newId();
  const inserted = await insertSubmission(db, actor.orgId, {
    id,
    itemId,
    unitId: actor.unitId as string,
    period: input.period,
    narrative: input.narrative,
    submittedBy: actor.userId,
    submittedAt: now,
    values: input.values,
    evidenceIds: input.evidenceIds,
    auditId: newId(),
  });
  if (!inserted) {
    throw new AppError("STALE_VERSION", {
      message: `${periodInWords(input.period)}的进展报告正在审核中，不能重复提交`,
    });
  }
  return {
    id,
    itemId,
    itemTitle: item.title,
    unitId: actor.unitId as string,
    unitName: item.leadUnitName ?? "",
    period: input.period,
    revision: inserted.revision,
    state: "submitted",
    narrative: input.narrative,
    values: input.values,
    evidence: ownEvidence.map((e) => ({ id: e.id, name: e.name, size: e.size, type: e.type })),
    submittedBy: actor.userId,
    submittedByName: actor.displayName ?? "",
    submittedAt: now,
    reviewedBy: null,
    reviewedAt: null,
    reviewComment: null,
  };
}

export async function reviewProgress(
  db: Kysely<Database>,
  actor: Actor,
  reportId: string,
  input: { decision: "accept" | "return"; comment: string },
  now: Date,
): Promise<ProgressReport> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN_ROLE", { message: "只有督查室可以审核进展报告" });
  if (input.decision === "return" && input.comment.trim() === "") {
    throw new AppError("VALIDATION_FAILED", { field: "comment", message: "退回时请写明退回原因" });
  }
  await db.transaction().execute(async (trx) => {
    const [report] = await findReports(trx, actor.orgId, { reportId });
    if (!report) throw new AppError("PROGRESS_NOT_FOUND");
    const state = input.decision === "accept" ? "accepted" : "returned";
    const reviewed = await markReviewed(trx, actor.orgId, reportId, {
      state,
      by: actor.userId,
      at: now,
      comment: input.comment,
    });
    if (!reviewed) throw new AppError("REPORT_NOT_SUBMITTED");
    if (state === "accepted") {
      for (const v of report.values) {
        await setTargetCurrentValue(trx, actor.orgId, v.targetId, {
          value: v.value,
          period: report.period,
          source: "report",
        });
      }
    }
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: `progress.${input.decision}`,
      entity: "progress_report",
      entityId: reportId,
      before: { state: report.state },
      after: { state, comment: input.comment },
    });
  });
  const [report] = await findReports(db, actor.orgId, { reportId });
  if (!report) throw new AppError("INTERNAL");
  return report;
}

/** Reports in a review state, oldest first: the office's queue when the state is `submitted`. */
export async function reviewQueue(
  db: Kysely<Database>,
  actor: Actor,
  state: "submitted" | "accepted" | "returned",
): Promise<ProgressReport[]> {
  if (actor.role === "unit") throw new AppError("FORBIDDEN_ROLE");
  return findReports(db, actor.orgId, { state }, "oldest");
}

export async function uploadEvidence(
  db: Kysely<Database>,
  actor: Actor,
  file: { fileName: string; bytes: Uint8Array },
): Promise<EvidenceRef> {
  if (actor.role === "leader") throw new AppError("FORBIDDEN_ROLE");
  if (file.bytes.length === 0) throw new AppError("EVIDENCE_EMPTY");
  const type = evidenceContentType(file.fileName, file.bytes);
  if (!type) throw new AppError("EVIDENCE_TYPE");
  const evidence = {
    id: newId(),
    name: file.fileName.slice(0, 255),
    size: file.bytes.length,
    type,
    unitId: actor.unitId,
    uploadedBy: actor.userId,
  };
  await insertEvidence(db, actor.orgId, { ...evidence, content: file.bytes });
  return { id: evidence.id, name: evidence.name, size: evidence.size, type: evidence.type };
}

export async function downloadEvidence(db: Kysely<Database>, actor: Actor, evidenceId: string) {
  const file = await findEvidenceContent(db, actor.orgId, evidenceId);
  if (!file) throw new AppError("EVIDENCE_NOT_FOUND");
  if (actor.role === "unit" && file.unitId !== actor.unitId) {
    throw new AppError("FORBIDDEN_UNIT", { message: "只能查看本单位上传的佐证材料" });
  }
  return file;
}

async function loadFilableItem(db: Kysely<Database>, actor: Actor, itemId: string) {
  const item = await loadReadableItem(db, actor, itemId);
  assertCanFile(actor, item);
  if (item.plan.state !== "published") throw new AppError("PLAN_NOT_PUBLISHED");
  return { item, plan: item.plan };
}

/** The unit's own evidence files by id; refused when one is unknown or another unit's. */
async function assertOwnEvidence(db: Kysely<Database>, actor: Actor, evidenceIds: readonly string[]) {
  const evidence = await findEvidenceFiles(db, actor.orgId, evidenceIds);
  const own = evidence.filter((e) => e.unitId === actor.unitId);
  if (own.length !== new Set(evidenceIds).size) {
    throw new AppError("EVIDENCE_NOT_FOUND", { field: "evidenceIds" });
  }
  return own;
}

type EnteredValue = { targetId: string; value: number | null };

function enteredValues(values: readonly EnteredValue[]): ProgressValue[] {
  return values.filter((v): v is ProgressValue => v.value !== null);
}

function checkFiling(
  targetIds: ReadonlySet<string>,
  plan: PlanRef,
  input: { period: string; values: ProgressValue[] },
): void {
  if (!isPeriodOf(input.period, plan.year, plan.periodKind)) {
    const example = periodInWords(plan.periodKind === "month" ? `${plan.year}-03` : `${plan.year}-Q1`);
    throw new AppError("PERIOD_INVALID", {
      field: "period",
      message: `填报期间应为${plan.year}年的${plan.periodKind === "month" ? "月份" : "季度"}，例如${example}`,
    });
  }
  const seen = new Set<string>();
  for (const v of input.values) {
    if (!targetIds.has(v.targetId) || seen.has(v.targetId))
      throw new AppError("TARGET_NOT_IN_ITEM", { field: "values" });
    seen.add(v.targetId);
  }
}
