import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";

export interface Comment {
  id: string;
  itemId: string;
  kind: "comment" | "instruction";
  body: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
}

export async function findComments(db: Kysely<Database>, orgId: string, itemId: string): Promise<Comment[]> {
  const rows = await db
    .selectFrom("comments as c")
    .leftJoin("users as u", (j) => j.onRef("u.org_id", "=", "c.org_id").onRef("u.id", "=", "c.author_id"))
    .selectAll("c")
    .select("u.display_name")
    .where("c.org_id", "=", orgId)
    .where("c.item_id", "=", itemId)
    .orderBy("c.created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    kind: r.kind,
    body: r.body,
    authorId: r.author_id,
    authorName: r.display_name ?? "",
    createdAt: r.created_at,
  }));
}

export async function insertComment(
  db: Kysely<Database>,
  orgId: string,
  comment: Omit<Comment, "authorName" | "createdAt"> & { createdAt: Date },
): Promise<void> {
  await db
    .insertInto("comments")
    .values({
      org_id: orgId,
      id: comment.id,
      item_id: comment.itemId,
      kind: comment.kind,
      body: comment.body,
      author_id: comment.authorId,
      created_at: comment.createdAt,
    })
    .execute();
}
