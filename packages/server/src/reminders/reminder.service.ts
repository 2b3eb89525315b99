// Reminders (催办): sent by the office by hand, or created automatically for reports not filed after
// their period ended and for items lagging behind. Automatic ones carry a key so a rerun adds nothing.
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.repository.js";
import type { Actor } from "../auth/actor.js";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import { newId } from "../ids.js";
import { findItem, findItems } from "../items/item.repository.js";
import { statusContext } from "../items/item.service.js";
import { assessStoredItem } from "../items/item-status.js";
import { endedPeriods } from "../plans/periods.js";
import { listPlans } from "../plans/plan.repository.js";
import { itemsReportedFor } from "../progress/progress.repository.js";
import { findUnit } from "../units/unit.repository.js";
import { periodInWords } from "../words.js";
import { findReminders, insertReminders, type Reminder } from "./reminder.repository.js";

export async function listRemindersFor(db: Kysely<Database>, actor: Actor): Promise<Reminder[]> {
  return findReminders(db, actor.orgId, actor.role === "unit" ? { unitId: actor.unitId ?? "" } : {});
}

export async function sendReminder(
  db: Kysely<Database>,
  actor: Actor,
  input: { unitId: string; itemId?: string | undefined; message: string },
  now: Date,
): Promise<Reminder> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN_ROLE", { message: "只有督查室可以催办" });
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (!(await findUnit(trx, actor.orgId, input.unitId)))
      throw new AppError("UNIT_NOT_FOUND", { field: "unitId" });
    if (input.itemId && !(await findItem(trx, actor.orgId, input.itemId))) {
      throw new AppError("TASK_NOT_FOUND", { field: "itemId" });
    }
    await insertReminders(trx, actor.orgId, [
      {
        id,
        unitId: input.unitId,
        itemId: input.itemId ?? null,
        message: input.message,
        kind: "manual",
        dedupeKey: null,
        createdBy: actor.userId,
        createdAt: now,
      },
    ]);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "reminder.send",
      entity: "reminder",
      entityId: id,
      before: null,
      after: input,
    });
  });
  const created = (await findReminders(db, actor.orgId, { unitId: input.unitId })).find((r) => r.id === id);
  if (!created) throw new AppError("INTERNAL");
  return created;
}

/** Creates the reminders due today for every published plan; returns the ones that are new. */
export async function createAutomaticReminders(
  db: Kysely<Database>,
  actor: Pick<Actor, "orgId" | "userId" | "role">,
  now: Date,
): Promise<Reminder[]> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN_ROLE", { message: "只有督查室可以催办" });
  const ctx = await statusContext(db, actor.orgId, now);
  const plans = (await listPlans(db, actor.orgId)).filter((p) => p.state === "published");
  const drafts: {
    unitId: string;
    itemId: string;
    kind: "late_report" | "lagging";
    dedupeKey: string;
    message: string;
  }[] = [];
  for (const plan of plans) {
    const items = (await findItems(db, actor.orgId, { planId: plan.id })).filter((i) => i.leadUnit);
    const lastEnded = endedPeriods(plan.year, plan.periodKind, ctx.today).at(-1);
    if (lastEnded) {
      const reported = await itemsReportedFor(db, actor.orgId, plan.id, lastEnded);
      for (const item of items) {
        if (reported.has(item.id)) continue;
        drafts.push({
          unitId: item.leadUnit?.id as string,
          itemId: item.id,
          kind: "late_report" as const,
          dedupeKey: `late:${item.id}:${lastEnded}`,
          message: `“${item.title}”${periodInWords(lastEnded)}的进展尚未报送，请尽快填报。`,
        });
      }
    }
    const month = ctx.today.slice(0, 7);
    for (const item of items) {
      const a = assessStoredItem(item, ctx.thresholds, ctx.today);
      if (a.status !== "lagging" && a.status !== "seriously_lagging" && a.status !== "overdue") continue;
      const label = { lagging: "滞后", seriously_lagging: "严重滞后", overdue: "逾期" }[a.status];
      drafts.push({
        unitId: item.leadUnit?.id as string,
        itemId: item.id,
        kind: "lagging" as const,
        dedupeKey: `lag:${item.id}:${month}`,
        message: `“${item.title}”进度${label}：${a.reason}。请加快推进并报告原因和措施。`,
      });
    }
  }
  const createdIds = await db.transaction().execute(async (trx) => {
    const ids = await insertReminders(
      trx,
      actor.orgId,
      drafts.map((d) => ({ ...d, id: newId(), createdBy: actor.userId, createdAt: now })),
    );
    if (ids.length > 0) {
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "reminder.auto",
        entity: "reminder",
        entityId: ids[0] as string,
        before: null,
        after: { created: ids },
      });
    }
    return new Set(ids);
  });
  return (await findReminders(db, actor.orgId, {})).filter((r) => createdIds.has(r.id));
}
