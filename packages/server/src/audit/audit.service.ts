// Reading the audit log is the office's; there is deliberately no way to change it.
import type { Kysely } from "kysely";
import type { Actor } from "../auth/actor.js";
import type { Database } from "../db/schema.js";
import { AppError } from "../errors.js";
import { type AuditRecord, listAudit } from "./audit.repository.js";

export async function readAuditLog(
  db: Kysely<Database>,
  actor: Actor,
  filter: { entity?: string | undefined; entityId?: string | undefined; limit: number },
): Promise<AuditRecord[]> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN_ROLE", { message: "只有督查室可以查看审计日志" });
  return listAudit(db, actor.orgId, filter);
}
