// What the government chose to publish (政务公开): published plans and their public items, with
// status and the office's own progress text. Nothing internal: no comments, reviews, evidence or staff.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import { toPercent } from "../items/item.presenter.js";
import { findItems } from "../items/item.repository.js";
import { statusContext } from "../items/item.service.js";
import { assessStoredItem } from "../items/item-status.js";
import { findPlan, findPublishedPlanOrg, listPublishedDirectory } from "../plans/plan.repository.js";

export async function listPublicPlans(db: Kysely<Database>) {
  return (await listPublishedDirectory(db)).map((p) => ({ ...p, publishedAt: p.publishedAt.toISOString() }));
}

export async function listPublicItems(db: Kysely<Database>, planId: string, now: Date) {
  const orgId = await findPublishedPlanOrg(db, planId);
  const plan = orgId ? await findPlan(db, orgId, planId) : null;
  if (!orgId || !plan || plan.state !== "published") throw new AppError("PLAN_NOT_FOUND");
  const [items, ctx] = await Promise.all([
    findItems(db, orgId, { planId, publicOnly: true }),
    statusContext(db, orgId, now),
  ]);
  return items.map((item) => {
    const a = assessStoredItem(item, ctx.thresholds, ctx.today);
    return {
      id: item.id,
      title: item.title,
      area: item.area,
      leadUnitName: item.leadUnit?.name ?? null,
      deadline: item.deadline,
      status: a.status,
      completion: toPercent(a.completion),
      progressText: item.publicProgress,
    };
  });
}
