// The organisation's settings: the thresholds the status engine uses to call an item lagging.
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.repository.js";
import type { Actor } from "../auth/actor.js";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import type { Thresholds } from "../status/status.js";
import { findOrganisation, type Organisation, updateThresholds } from "./org.repository.js";

export async function getOrganisation(db: Kysely<Database>, actor: Actor): Promise<Organisation> {
  const org = await findOrganisation(db, actor.orgId);
  if (!org) throw new AppError("NOT_LOGGED_IN");
  return org;
}

export async function setThresholds(
  db: Kysely<Database>,
  actor: Actor,
  thresholds: Thresholds,
): Promise<Organisation> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN_ROLE");
  return db.transaction().execute(async (trx) => {
    const before = await getOrganisation(trx, actor);
    await updateThresholds(trx, actor.orgId, thresholds);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "org.update",
      entity: "organisation",
      entityId: actor.orgId,
      before: before.thresholds,
      after: thresholds,
    });
    return { ...before, thresholds };
  });
}
