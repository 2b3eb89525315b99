// The rules of the ledger: who sees which items, how edits are versioned and recorded, and every
// item returned with its status computed for today.
import type { Kysely } from "kysely";
import { recordAudit, recordAudits } from "../audit/audit.repository.js";
import type { Actor } from "../auth/actor.js";
import { chinaToday } from "../clock.js";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import { newId } from "../ids.js";
import { findOrganisation } from "../orgs/org.repository.js";
import { findPlan, listPlans } from "../plans/plan.repository.js";
import { findReports } from "../progress/progress.repository.js";
import { findReminders } from "../reminders/reminder.repository.js";
import { classifyMeasure, defaultThresholds, type Thresholds } from "../status/status.js";
import { findUnit } from "../units/unit.repository.js";
import { findComments, insertComment } from "./comment.repository.js";
import type { Item, Milestone, Target } from "./item.model.js";
import { presentComment, presentItemDetail, presentItemSummary } from "./item.presenter.js";
import {
  deleteItem,
  deleteTargets,
  findItem,
  findItems,
  insertItems,
  insertTarget,
  itemHasHistory,
  maxSortOrder,
  replaceCoUnits,
  targetsWithProgress,
  updateItemFields,
  updateTargetDefinition,
} from "./item.repository.js";
import type {
  CommentView,
  CreateItemInput,
  ItemDetailView,
  ItemSummaryView,
  ListItemsQuery,
  PatchItemInput,
  TargetInput,
} from "./item.schema.js";
import { assertCanEdit, assertCanRead } from "./item-access.js";
import { assessStoredItem } from "./item-status.js";

export interface StatusContext {
  thresholds: Thresholds;
  today: string;
}

export async function statusContext(db: Kysely<Database>, orgId: string, now: Date): Promise<StatusContext> {
  const org = await findOrganisation(db, orgId);
  return { thresholds: org?.thresholds ?? defaultThresholds, today: chinaToday(now) };
}

export async function listItemViews(
  db: Kysely<Database>,
  actor: Actor,
  query: ListItemsQuery,
  now: Date,
): Promise<ItemSummaryView[]> {
  let planIds: string[] | undefined;
  let unitId = query.unitId;
  if (actor.role === "unit") {
    if (unitId && unitId !== actor.unitId) throw new AppError("FORBIDDEN_UNIT");
    unitId = actor.unitId ?? "";
    planIds = (await listPlans(db, actor.orgId)).filter((p) => p.state === "published").map((p) => p.id);
  }
  const items = await findItems(db, actor.orgId, {
    planId: query.planId,
    planIds,
    area: query.area,
    unitId,
    type: query.type,
    q: query.q,
  });
  const ctx = await statusContext(db, actor.orgId, now);
  const views = items.map((item) =>
    presentItemSummary(item, assessStoredItem(item, ctx.thresholds, ctx.today)),
  );
  return query.status ? views.filter((v) => v.status === query.status) : views;
}

/** An item the actor may read; 404 for an unknown id, 403 for another unit's item. */
export async function loadReadableItem(db: Kysely<Database>, actor: Actor, itemId: string): Promise<Item> {
  const item = await findItem(db, actor.orgId, itemId);
  if (!item) throw new AppError("TASK_NOT_FOUND");
  assertCanRead(actor, item, item.plan.state === "published");
  return item;
}

export async function getItemDetail(
  db: Kysely<Database>,
  actor: Actor,
  itemId: string,
  now: Date,
): Promise<ItemDetailView> {
  const item = await loadReadableItem(db, actor, itemId);
  const [reports, comments, reminders, ctx] = await Promise.all([
    findReports(db, actor.orgId, { itemId }),
    findComments(db, actor.orgId, itemId),
    findReminders(db, actor.orgId, { itemId }),
    statusContext(db, actor.orgId, now),
  ]);
  return presentItemDetail(item, assessStoredItem(item, ctx.thresholds, ctx.today), {
    reports,
    comments,
    reminders: actor.role === "unit" ? reminders.filter((r) => r.unitId === actor.unitId) : reminders,
  });
}

export async function createItem(
  db: Kysely<Database>,
  actor: Actor,
  input: CreateItemInput,
  now: Date,
): Promise<ItemDetailView> {
  assertCanEdit(actor);
  const itemId = await db.transaction().execute(async (trx) => {
    const plan = await findPlan(trx, actor.orgId, input.planId);
    if (!plan) throw new AppError("PLAN_NOT_FOUND", { field: "planId" });
    await checkUnits(trx, actor.orgId, input.leadUnitId, input.coUnitIds);
    const [id] = await insertItems(trx, actor.orgId, [
      {
        planId: plan.id,
        type: input.type,
        title: input.title,
        description: input.description,
        area: input.area,
        leadUnitId: input.leadUnitId,
        coUnitIds: input.coUnitIds.filter((u) => u !== input.leadUnitId),
        startDate: `${plan.year}-01-01`,
        deadline: input.deadline ?? `${plan.year}-12-31`,
        milestones: input.milestones.map(toMilestone),
        public: input.public,
        publicProgress: input.publicProgress,
        source: null,
        sortOrder: (await maxSortOrder(trx, actor.orgId, plan.id)) + 1,
        targets: input.targets.map(toTargetDefinition),
      },
    ]);
    const created = await findItem(trx, actor.orgId, id as string);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "item.create",
      entity: "item",
      entityId: id as string,
      before: null,
      after: created,
    });
    return id as string;
  });
  return getItemDetail(db, actor, itemId, now);
}

export async function patchItem(
  db: Kysely<Database>,
  actor: Actor,
  itemId: string,
  input: PatchItemInput,
  now: Date,
): Promise<ItemDetailView> {
  assertCanEdit(actor);
  await db.transaction().execute(async (trx) => {
    const before = await findItem(trx, actor.orgId, itemId);
    if (!before) throw new AppError("TASK_NOT_FOUND");
    if (before.version !== input.version) throw new AppError("STALE_VERSION", { field: "version" });
    const leadUnitId = input.leadUnitId !== undefined ? input.leadUnitId : (before.leadUnit?.id ?? null);
    const coUnitIds = input.coUnitIds ?? before.coUnits.map((u) => u.id);
    await checkUnits(trx, actor.orgId, input.leadUnitId ?? null, input.coUnitIds ?? []);
    const next: Item = {
      ...before,
      type: input.type ?? before.type,
      title: input.title ?? before.title,
      description: input.description ?? before.description,
      area: input.area !== undefined ? input.area : before.area,
      leadUnit: leadUnitId ? { id: leadUnitId, name: "" } : null,
      deadline: input.deadline ?? before.deadline,
      milestones: input.milestones ? input.milestones.map(toMilestone) : before.milestones,
      public: input.public ?? before.public,
      publicProgress: input.publicProgress ?? before.publicProgress,
    };
    if (!(await updateItemFields(trx, actor.orgId, next, input.version))) {
      throw new AppError("STALE_VERSION", { field: "version" });
    }
    if (input.coUnitIds !== undefined || input.leadUnitId !== undefined) {
      await replaceCoUnits(
        trx,
        actor.orgId,
        itemId,
        coUnitIds.filter((u) => u !== leadUnitId),
      );
    }
    if (input.targets) await replaceTargets(trx, actor.orgId, before, input.targets);
    const after = await findItem(trx, actor.orgId, itemId);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "item.update",
      entity: "item",
      entityId: itemId,
      before,
      after,
    });
  });
  return getItemDetail(db, actor, itemId, now);
}

export async function bulkAssign(
  db: Kysely<Database>,
  actor: Actor,
  input: { itemIds: string[]; leadUnitId?: string | null | undefined; coUnitIds?: string[] | undefined },
): Promise<{ updated: number }> {
  assertCanEdit(actor);
  return db.transaction().execute(async (trx) => {
    await checkUnits(trx, actor.orgId, input.leadUnitId ?? null, input.coUnitIds ?? []);
    const items = await findItems(trx, actor.orgId, { ids: [...new Set(input.itemIds)] });
    if (items.length !== new Set(input.itemIds).size)
      throw new AppError("TASK_NOT_FOUND", { field: "itemIds" });
    const audits = [];
    for (const before of items) {
      const leadUnitId = input.leadUnitId !== undefined ? input.leadUnitId : (before.leadUnit?.id ?? null);
      const next: Item = { ...before, leadUnit: leadUnitId ? { id: leadUnitId, name: "" } : null };
      if (!(await updateItemFields(trx, actor.orgId, next, before.version)))
        throw new AppError("STALE_VERSION");
      const coUnitIds = (input.coUnitIds ?? before.coUnits.map((u) => u.id)).filter((u) => u !== leadUnitId);
      await replaceCoUnits(trx, actor.orgId, before.id, coUnitIds);
      audits.push({
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "item.assign",
        entity: "item",
        entityId: before.id,
        before: { leadUnitId: before.leadUnit?.id ?? null, coUnitIds: before.coUnits.map((u) => u.id) },
        after: { leadUnitId, coUnitIds },
      });
    }
    await recordAudits(trx, audits);
    return { updated: items.length };
  });
}

/**
 * Removes an item the office drafted or added by mistake. Once a department reported on it or
 * someone commented, it stays: history is never deleted. The next publication lists it as removed.
 */
export async function removeItem(db: Kysely<Database>, actor: Actor, itemId: string): Promise<void> {
  assertCanEdit(actor);
  await db.transaction().execute(async (trx) => {
    const before = await findItem(trx, actor.orgId, itemId);
    if (!before) throw new AppError("TASK_NOT_FOUND");
    if (await itemHasHistory(trx, actor.orgId, itemId)) throw new AppError("ITEM_HAS_HISTORY");
    await deleteItem(trx, actor.orgId, itemId);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "item.delete",
      entity: "item",
      entityId: itemId,
      before,
      after: null,
    });
  });
}

/** Leaders comment and give instructions (批示); the office comments; units only read. */
export async function addComment(
  db: Kysely<Database>,
  actor: Actor,
  itemId: string,
  input: { kind: "comment" | "instruction"; body: string },
  now: Date,
): Promise<CommentView> {
  if (actor.role === "unit") throw new AppError("FORBIDDEN_ROLE", { message: "承办单位不能发表评论或批示" });
  if (input.kind === "instruction" && actor.role !== "leader") {
    throw new AppError("FORBIDDEN_ROLE", { message: "只有领导可以作出批示" });
  }
  return db.transaction().execute(async (trx) => {
    await loadReadableItem(trx, actor, itemId);
    const id = newId();
    await insertComment(trx, actor.orgId, {
      id,
      itemId,
      kind: input.kind,
      body: input.body,
      authorId: actor.userId,
      createdAt: now,
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: `item.${input.kind}`,
      entity: "item",
      entityId: itemId,
      before: null,
      after: { id, kind: input.kind, body: input.body },
    });
    const comment = (await findComments(trx, actor.orgId, itemId)).find((c) => c.id === id);
    if (!comment) throw new AppError("INTERNAL");
    return presentComment(comment);
  });
}

async function replaceTargets(
  db: Kysely<Database>,
  orgId: string,
  before: Item,
  inputs: readonly TargetInput[],
): Promise<void> {
  const existing = new Map(before.targets.map((t) => [t.id, t]));
  const kept = new Set(inputs.flatMap((t) => (t.id ? [t.id] : [])));
  for (const id of kept) {
    if (!existing.has(id))
      throw new AppError("VALIDATION_FAILED", { field: "targets.id", message: "指标不属于该任务" });
  }
  const removed = before.targets.filter((t) => !kept.has(t.id)).map((t) => t.id);
  const withProgress = await targetsWithProgress(db, orgId, removed);
  if (withProgress.size > 0) {
    throw new AppError("VALIDATION_FAILED", { field: "targets", message: "已有填报数据的指标不能删除" });
  }
  await deleteTargets(db, orgId, before.id, removed);
  for (const [order, input] of inputs.entries()) {
    const definition = toTargetDefinition(input);
    const current = input.id ? existing.get(input.id) : undefined;
    if (current) await updateTargetDefinition(db, orgId, before.id, { ...current, ...definition }, order);
    else await insertTarget(db, orgId, before.id, definition, order);
  }
}

function toTargetDefinition(
  input: TargetInput,
): Omit<Target, "id" | "currentValue" | "currentPeriod" | "currentSource"> {
  const base = {
    metric: input.metric,
    unit: input.unit,
    comparator: input.comparator,
    direction: input.direction,
    kind: input.kind,
    targetValue: input.targetValue,
    upperValue: input.upperValue,
    baseline: input.baseline,
  };
  return { ...base, measure: input.measure ?? classifyMeasure(base), quote: null, source: null };
}

function toMilestone(input: {
  id?: string | undefined;
  name: string;
  due: string;
  done: string | null;
}): Milestone {
  return { id: input.id ?? newId(), name: input.name, due: input.due, done: input.done };
}

async function checkUnits(
  db: Kysely<Database>,
  orgId: string,
  leadUnitId: string | null,
  coUnitIds: readonly string[],
): Promise<void> {
  if (leadUnitId) {
    const unit = await findUnit(db, orgId, leadUnitId);
    if (!unit?.active) throw new AppError("UNIT_INVALID", { field: "leadUnitId" });
  }
  for (const id of coUnitIds) {
    const unit = await findUnit(db, orgId, id);
    if (!unit?.active) throw new AppError("UNIT_INVALID", { field: "coUnitIds" });
  }
}
