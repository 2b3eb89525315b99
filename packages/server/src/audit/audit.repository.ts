// The audit log: append-only (the database refuses UPDATE and DELETE on it, see migrations.ts).
// Every service that changes data records who, when, what, before and after in the same transaction.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { newId } from "../ids.js";

export interface AuditEntry {
  orgId: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditRecord extends AuditEntry {
  id: string;
  at: Date;
}

export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await recordAudits(db, [entry]);
}

export async function recordAudits(db: Kysely<Database>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto("audit_log")
    .values(
      entries.map((e) => ({
        org_id: e.orgId,
        id: newId(),
        actor_id: e.actorId,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId,
        before: e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
        after: e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
      })),
    )
    .execute();
}

export async function listAudit(
  db: Kysely<Database>,
  orgId: string,
  filter: {
    entity?: string | undefined;
    entityId?: string | undefined;
    since?: Date | undefined;
    limit: number;
  },
): Promise<AuditRecord[]> {
  let q = db.selectFrom("audit_log").selectAll().where("org_id", "=", orgId);
  if (filter.entity) q = q.where("entity", "=", filter.entity);
  if (filter.entityId) q = q.where("entity_id", "=", filter.entityId);
  if (filter.since) q = q.where("at", ">", filter.since);
  const rows = await q.orderBy("at", "desc").limit(filter.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    at: r.at,
    actorId: r.actor_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
  }));
}
