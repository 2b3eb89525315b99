// Plans: importing a report into a draft ledger, publishing versions with the changes recorded.

import { MAX_REPORT_BYTES, type ReadReportResult } from "@luoshi/report";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.repository.js";
import type { Actor } from "../auth/actor.js";
import { chinaToday } from "../clock.js";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import { newId } from "../ids.js";
import type { Item } from "../items/item.model.js";
import { findItems, insertItems } from "../items/item.repository.js";
import { unitCatalogueOf } from "../units/unit.service.js";
import type { PeriodKind } from "./periods.js";
import type { Plan, PlanChange, PlanVersion } from "./plan.model.js";
import {
  findLatestSnapshot,
  findPlan,
  findPlanSource,
  insertPlan,
  insertPlanVersion,
  listPlans,
  listPlanVersions,
  markPublished,
  updatePlanSettings,
} from "./plan.repository.js";
import { draftItems, readUploadedReport } from "./plan-import.js";

export { MAX_REPORT_BYTES };

export async function importPlan(
  db: Kysely<Database>,
  actor: Actor,
  upload: { fileName: string; bytes: Uint8Array },
  now: Date,
): Promise<Plan> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN_ROLE", { message: "只有督查室可以导入报告" });
  // Reading happens before any write: a refused file leaves nothing behind.
  const { catalogue, idByName } = await unitCatalogueOf(db, actor.orgId);
  const { text, reading } = readUploadedReport(upload.bytes, MAX_REPORT_BYTES, catalogue);
  const year = reading.report.year ?? yearFromName(upload.fileName) ?? Number(chinaToday(now).slice(0, 4));
  const title = planTitle(reading, year, upload.fileName);
  const planId = newId();
  await db.transaction().execute(async (trx) => {
    await insertPlan(trx, actor.orgId, {
      id: planId,
      title,
      place: reading.report.place,
      year,
      periodKind: "month",
      fileName: upload.fileName,
      fileBytes: upload.bytes,
      text,
      reading,
      createdBy: actor.userId,
    });
    const items = draftItems(reading, text, { planId, year, unitIdByName: idByName });
    await insertItems(trx, actor.orgId, items);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "plan.import",
      entity: "plan",
      entityId: planId,
      before: null,
      after: { title, year, fileName: upload.fileName, items: items.length, facts: reading.facts.length },
    });
  });
  const plan = await findPlan(db, actor.orgId, planId);
  if (!plan) throw new AppError("INTERNAL");
  return plan;
}

export async function listPlanViews(db: Kysely<Database>, actor: Actor): Promise<Plan[]> {
  const plans = await listPlans(db, actor.orgId);
  return actor.role === "unit" ? plans.filter((p) => p.state === "published") : plans;
}

export async function getPlan(db: Kysely<Database>, actor: Actor, planId: string): Promise<Plan> {
  const plan = await findPlan(db, actor.orgId, planId);
  if (!plan || (actor.role === "unit" && plan.state !== "published")) throw new AppError("PLAN_NOT_FOUND");
  return plan;
}

export async function getPlanDetail(
  db: Kysely<Database>,
  actor: Actor,
  planId: string,
): Promise<{ plan: Plan; text: string; reading: ReadReportResult }> {
  const plan = await getPlan(db, actor, planId);
  const source = await findPlanSource(db, actor.orgId, planId);
  if (!source) throw new AppError("PLAN_NOT_FOUND");
  return { plan, text: source.text, reading: source.reading as ReadReportResult };
}

export async function updatePlan(
  db: Kysely<Database>,
  actor: Actor,
  planId: string,
  input: { title?: string | undefined; periodKind?: PeriodKind | undefined },
): Promise<Plan> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN_ROLE");
  await db.transaction().execute(async (trx) => {
    const before = await findPlan(trx, actor.orgId, planId);
    if (!before) throw new AppError("PLAN_NOT_FOUND");
    const after = { title: input.title ?? before.title, periodKind: input.periodKind ?? before.periodKind };
    await updatePlanSettings(trx, actor.orgId, planId, after);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "plan.update",
      entity: "plan",
      entityId: planId,
      before: { title: before.title, periodKind: before.periodKind },
      after,
    });
  });
  return getPlan(db, actor, planId);
}

export async function publishPlan(
  db: Kysely<Database>,
  actor: Pick<Actor, "orgId" | "userId" | "role">,
  planId: string,
  note: string,
  now: Date,
): Promise<Plan> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN_ROLE", { message: "只有督查室可以发布计划" });
  await db.transaction().execute(async (trx) => {
    const plan = await findPlan(trx, actor.orgId, planId);
    if (!plan) throw new AppError("PLAN_NOT_FOUND");
    const items = await findItems(trx, actor.orgId, { planId });
    const snapshot = items.map(snapshotOf);
    const previous = (await findLatestSnapshot(trx, actor.orgId, planId)) as ItemSnapshot[] | null;
    const changes = diffSnapshots(previous ?? [], snapshot);
    const version = plan.version + 1;
    if (!(await markPublished(trx, actor.orgId, plan, version, now))) throw new AppError("STALE_VERSION");
    await insertPlanVersion(
      trx,
      actor.orgId,
      planId,
      { version, publishedAt: now, publishedBy: actor.userId, note, changes },
      snapshot,
    );
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "plan.publish",
      entity: "plan",
      entityId: planId,
      before: { state: plan.state, version: plan.version },
      after: { state: "published", version, note, changes: changes.length },
    });
  });
  return (await findPlan(db, actor.orgId, planId)) as Plan;
}

export async function listVersions(
  db: Kysely<Database>,
  actor: Actor,
  planId: string,
): Promise<PlanVersion[]> {
  await getPlan(db, actor, planId);
  return listPlanVersions(db, actor.orgId, planId);
}

type ItemSnapshot = ReturnType<typeof snapshotOf>;

function snapshotOf(item: Item) {
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    description: item.description,
    area: item.area,
    leadUnitId: item.leadUnit?.id ?? null,
    coUnitIds: item.coUnits.map((u) => u.id),
    deadline: item.deadline,
    milestones: item.milestones.map((m) => ({ name: m.name, due: m.due })),
    targets: item.targets.map((t) => ({
      metric: t.metric,
      unit: t.unit,
      comparator: t.comparator,
      targetValue: t.targetValue,
      upperValue: t.upperValue,
      baseline: t.baseline,
    })),
    public: item.public,
  };
}

function diffSnapshots(before: readonly ItemSnapshot[], after: readonly ItemSnapshot[]): PlanChange[] {
  const old = new Map(before.map((s) => [s.id, s]));
  const changes: PlanChange[] = [];
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) {
      changes.push({ kind: "added", itemId: item.id, title: item.title });
      continue;
    }
    old.delete(item.id);
    const fields = (Object.keys(item) as (keyof ItemSnapshot)[]).filter(
      (k) => canonicalJson(item[k]) !== canonicalJson(was[k]),
    );
    if (fields.length > 0) changes.push({ kind: "changed", itemId: item.id, title: item.title, fields });
  }
  for (const gone of old.values()) changes.push({ kind: "removed", itemId: gone.id, title: gone.title });
  return changes;
}

// jsonb stores object keys in its own order, so a snapshot read back is compared key-sorted.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function planTitle(reading: ReadReportResult, year: number, fileName: string): string {
  const { title, place } = reading.report;
  if (!title) return fileName.replace(/\.[^.]+$/, "");
  if (/\d{4}/.test(title)) return title;
  return `${place ?? ""}${year}年${title}`;
}

function yearFromName(name: string): number | null {
  const m = /(20\d{2})/.exec(name);
  return m ? Number(m[1]) : null;
}
