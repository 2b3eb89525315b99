import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { EvidenceRef } from "./progress.model.js";

export interface EvidenceFile extends EvidenceRef {
  unitId: string | null;
  uploadedBy: string;
}

export async function insertEvidence(
  db: Kysely<Database>,
  orgId: string,
  file: EvidenceFile & { content: Uint8Array },
): Promise<void> {
  await db
    .insertInto("evidence")
    .values({
      org_id: orgId,
      id: file.id,
      name: file.name,
      size: file.size,
      type: file.type,
      content: file.content,
      unit_id: file.unitId,
      uploaded_by: file.uploadedBy,
    })
    .execute();
}

export async function findEvidenceFiles(
  db: Kysely<Database>,
  orgId: string,
  ids: readonly string[],
): Promise<EvidenceFile[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("evidence")
    .select(["id", "name", "size", "type", "unit_id", "uploaded_by"])
    .where("org_id", "=", orgId)
    .where("id", "in", ids)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    size: r.size,
    type: r.type,
    unitId: r.unit_id,
    uploadedBy: r.uploaded_by,
  }));
}

export async function findEvidenceContent(
  db: Kysely<Database>,
  orgId: string,
  id: string,
): Promise<(EvidenceFile & { content: Uint8Array }) | null> {
  const row = await db
    .selectFrom("evidence")
    .selectAll()
    .where("org_id", "=", orgId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        name: row.name,
        size: row.size,
        type: row.type,
        unitId: row.unit_id,
        uploadedBy: row.uploaded_by,
        content: row.content,
      }
    : null;
}
